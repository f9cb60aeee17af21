/*
 * Unit tests for lib/profile/profile.c: the sourcing profile of hand-built
 * records whose figures are counted by hand below, the roll-up sums, and
 * the rejection of records missing a key or holding a bad index.
 */
#include <stdlib.h>

#include "exitcode.h"
#include "profile.h"
#include "unit.h"

#define DUMP_FLAGS (JSON_COMPACT | JSON_REAL_PRECISION(6))

/*
 * Four sentences.  Hedges in 0 (twice), 2 and 3.  Attributions: 0 to a
 * named person, 2 to an anonymous source, 1 to no source and 1 to an id
 * not in "sources".  Sources: the person, the anonymous one, and an
 * anonymous official nobody is attributed to.  Notes: one cited by 3 and
 * matching 0, one linked to nothing, a bullet matching 3.
 */
static const char *rec_full =
	"{\"text\":\"...\",\"sentences\":[{},{},{},{}],"
	"\"hedges\":[{\"sentence\":0},{\"sentence\":0},{\"sentence\":2},{\"sentence\":3}],"
	"\"attributions\":[{\"source_id\":1,\"sentence\":0},{\"source_id\":2,\"sentence\":2},"
	"{\"source_id\":null,\"sentence\":1},{\"source_id\":9,\"sentence\":1}],"
	"\"sources\":[{\"id\":2,\"kind\":\"anonymous\",\"anonymous\":true},"
	"{\"id\":1,\"kind\":\"person\",\"anonymous\":false},"
	"{\"id\":3,\"kind\":\"government\",\"anonymous\":true}],"
	"\"references\":[{\"cited_by\":[3],\"supports\":[{\"sentence\":0,\"score\":0.5}]},"
	"{\"cited_by\":[],\"supports\":[]},"
	"{\"cited_by\":[],\"supports\":[{\"sentence\":3,\"score\":0.3}]}]}";

static const char *want_full =
	"{\"sentences\":4,\"hedged_sentences\":3,\"hedged_share\":0.75,"
	"\"attributions\":4,\"attributions_by_kind\":{\"person\":1,\"organization\":0,"
	"\"media\":0,\"government\":0,\"anonymous\":1,\"document\":0,\"unknown\":2},"
	"\"anonymous_attributions\":1,\"anonymous_share\":0.25,\"sources\":3,"
	"\"anonymous_sources\":2,\"unattributed_hedged_sentences\":1,\"references\":3,"
	"\"references_linked\":2,\"covered_sentences\":2,\"note_coverage\":0.5}";

static const char *rec_empty =
	"{\"text\":\"\",\"sentences\":[],\"hedges\":[],\"attributions\":[],"
	"\"sources\":[],\"references\":[]}";

/* Parses s, profiles it; returns what nf_profile_compute returned. */
static int profile_of(const char *s, struct nf_profile *p, struct nf_error *err)
{
	json_error_t je;
	json_t *root = json_loads(s, 0, &je);
	int rc;

	if (!root) {
		fprintf(stderr, "bad test JSON: %s\n", je.text);
		return -2;
	}
	rc = nf_profile_compute(root, p, err);
	json_decref(root);
	return rc;
}

/* Checks that the JSON of p (a roll-up of *articles if not NULL) is want. */
static void check_json(const struct nf_profile *p, const size_t *articles, const char *want)
{
	json_t *v = nf_profile_json(p, articles);
	char *s = v ? json_dumps(v, DUMP_FLAGS) : NULL;

	CHECK(s != NULL);
	if (s)
		CHECK_STR(s, want);
	free(s);
	json_decref(v);
}

static void test_full(void)
{
	struct nf_profile p;
	struct nf_error err = { 0, "" };

	CHECK(profile_of(rec_full, &p, &err) == 0);
	CHECK_SIZE(p.by_kind[NF_PK_PERSON] + p.by_kind[NF_PK_ANONYMOUS] +
		   p.by_kind[NF_PK_UNKNOWN], p.attributions);
	check_json(&p, NULL, want_full);
}

static void test_empty(void)
{
	struct nf_profile p;
	struct nf_error err = { 0, "" };

	CHECK(profile_of(rec_empty, &p, &err) == 0);
	check_json(&p, NULL,
		   "{\"sentences\":0,\"hedged_sentences\":0,\"hedged_share\":null,"
		   "\"attributions\":0,\"attributions_by_kind\":{\"person\":0,"
		   "\"organization\":0,\"media\":0,\"government\":0,\"anonymous\":0,"
		   "\"document\":0,\"unknown\":0},\"anonymous_attributions\":0,"
		   "\"anonymous_share\":null,\"sources\":0,\"anonymous_sources\":0,"
		   "\"unattributed_hedged_sentences\":0,\"references\":0,"
		   "\"references_linked\":0,\"covered_sentences\":0,\"note_coverage\":null}");
}

/* A kind link-sources does not write counts as unknown. */
static void test_unknown_kind(void)
{
	struct nf_profile p;
	struct nf_error err = { 0, "" };

	CHECK(profile_of("{\"sentences\":[{}],\"hedges\":[],"
			 "\"attributions\":[{\"source_id\":4,\"sentence\":0}],"
			 "\"sources\":[{\"id\":4,\"kind\":\"oracle\",\"anonymous\":false}],"
			 "\"references\":[]}", &p, &err) == 0);
	CHECK_SIZE(p.by_kind[NF_PK_UNKNOWN], 1);
	CHECK_SIZE(p.anonymous_attributions, 0);
	CHECK_SIZE(p.unattributed_hedged_sentences, 0);
}

/* Sums, and shares from the sums: (3+0+1)/(4+0+2), not an average. */
static void test_rollup(void)
{
	struct nf_profile p, sum;
	struct nf_error err = { 0, "" };
	size_t articles = 3;

	memset(&sum, 0, sizeof(sum));
	CHECK(profile_of(rec_full, &p, &err) == 0);
	nf_profile_add(&sum, &p);
	CHECK(profile_of(rec_empty, &p, &err) == 0);
	nf_profile_add(&sum, &p);
	CHECK(profile_of("{\"sentences\":[{},{}],\"hedges\":[{\"sentence\":1}],"
			 "\"attributions\":[{\"source_id\":1,\"sentence\":0},"
			 "{\"source_id\":1,\"sentence\":0}],"
			 "\"sources\":[{\"id\":1,\"kind\":\"media\",\"anonymous\":true}],"
			 "\"references\":[{\"cited_by\":[0,0],\"supports\":[]}]}",
			 &p, &err) == 0);
	nf_profile_add(&sum, &p);
	check_json(&sum, &articles,
		   "{\"articles\":3,\"sentences\":6,\"hedged_sentences\":4,"
		   "\"hedged_share\":0.6667,\"attributions\":6,\"attributions_by_kind\":"
		   "{\"person\":1,\"organization\":0,\"media\":2,\"government\":0,"
		   "\"anonymous\":1,\"document\":0,\"unknown\":2},"
		   "\"anonymous_attributions\":3,\"anonymous_share\":0.5,\"sources\":4,"
		   "\"anonymous_sources\":3,\"unattributed_hedged_sentences\":2,"
		   "\"references\":4,\"references_linked\":3,\"covered_sentences\":3,"
		   "\"note_coverage\":0.5}");
	CHECK(nf_profile_share(1, 3) == 0.3333);
	CHECK(nf_profile_share(2, 3) == 0.6667);
	CHECK(nf_profile_share(7, 7) == 1.0);
}

/* s is rejected as bad data with exactly the message want. */
static void check_reject(const char *s, const char *want)
{
	struct nf_profile p;
	struct nf_error err = { 0, "" };

	CHECK(profile_of(s, &p, &err) == -1);
	CHECK(err.status == NF_EXIT_DATA);
	CHECK_STR(err.msg, want);
	CHECK_SIZE(p.sentences, 0);
}

#define KEYS_BUT_REFS \
	"\"sentences\":[{},{}],\"hedges\":[],\"attributions\":[],\"sources\":[]"

static void test_rejects(void)
{
	check_reject("{\"text\":\"a\"}", "no 'sentences' key: run split-sentences first");
	check_reject("{\"sentences\":[]}", "no 'hedges' key: run detect-hedge first");
	check_reject("{\"sentences\":[],\"hedges\":[]}",
		     "no 'attributions' key: run link-sources first");
	check_reject("{\"sentences\":[],\"hedges\":[],\"attributions\":[]}",
		     "no 'sources' key: run link-sources first");
	check_reject("{\"sentences\":[],\"hedges\":[],\"attributions\":[],\"sources\":[]}",
		     "no 'references' key: run link-sources first");
	check_reject("{\"sentences\":3,\"hedges\":[],\"attributions\":[],\"sources\":[],"
		     "\"references\":[]}",
		     "'sentences' is not an array: run split-sentences again");
	check_reject("{\"sentences\":[{}],\"hedges\":[{\"sentence\":1}],\"attributions\":[],"
		     "\"sources\":[],\"references\":[]}",
		     "'hedges' item 0: sentence 1 out of range (1 sentences): "
		     "run detect-hedge again after split-sentences");
	check_reject("{\"sentences\":[{}],\"hedges\":[{\"sentence\":\"0\"}],\"attributions\":[],"
		     "\"sources\":[],\"references\":[]}",
		     "'hedges' item 0: \"sentence\" is not an integer: run detect-hedge again");
	check_reject("{\"sentences\":[{}],\"hedges\":[],"
		     "\"attributions\":[{\"sentence\":0,\"source_id\":1},{\"sentence\":0}],"
		     "\"sources\":[],\"references\":[]}",
		     "'attributions' item 1: \"source_id\" is not an integer or null: "
		     "run link-sources again");
	check_reject("{\"sentences\":[{}],\"hedges\":[],\"attributions\":[],"
		     "\"sources\":[{\"id\":1,\"kind\":\"media\",\"anonymous\":false},"
		     "{\"id\":1,\"kind\":\"person\",\"anonymous\":false}],\"references\":[]}",
		     "'sources': id 1 appears twice: run link-sources again");
	check_reject("{\"sentences\":[{}],\"hedges\":[],\"attributions\":[],"
		     "\"sources\":[{\"id\":1,\"kind\":\"media\"}],\"references\":[]}",
		     "'sources' item 0: no integer \"id\", string \"kind\" and boolean "
		     "\"anonymous\": run link-sources again");
	check_reject("{" KEYS_BUT_REFS ",\"references\":[{\"cited_by\":[-1],\"supports\":[]}]}",
		     "'references' item 0: sentence -1 out of range (2 sentences): "
		     "run link-sources again after split-sentences");
	check_reject("{" KEYS_BUT_REFS ",\"references\":[{\"cited_by\":[],"
		     "\"supports\":[{\"sentence\":2}]}]}",
		     "'references' item 0: sentence 2 out of range (2 sentences): "
		     "run link-sources again after split-sentences");
	check_reject("{" KEYS_BUT_REFS ",\"references\":[{\"cited_by\":[]}]}",
		     "'references' item 0: no \"cited_by\" and \"supports\" arrays: "
		     "run link-sources again");
	check_reject("{" KEYS_BUT_REFS ",\"references\":[{\"cited_by\":[],\"supports\":[1]}]}",
		     "'references' item 0: a \"supports\" entry is not an object: "
		     "run link-sources again");
}

int main(void)
{
	test_full();
	test_empty();
	test_unknown_kind();
	test_rollup();
	test_rejects();
	return unit_done("profile");
}
