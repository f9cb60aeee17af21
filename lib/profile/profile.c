/*
 * The sourcing profile of one record (see profile.h): reads and checks
 * the five keys the other filters wrote, marks each sentence hedged,
 * attributed or covered by a note, and counts.  Kept apart from the stage
 * so the counting can be tested on hand-built JSON.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "exitcode.h"
#include "profile.h"

const char *const nf_profile_kind_names[NF_PK_COUNT] = {
	"person", "organization", "media", "government", "anonymous", "document",
	"unknown"
};

/* What a sentence holds, as flags. */
enum { SENT_HEDGED = 1, SENT_ATTRIBUTED = 2, SENT_COVERED = 4 };

/* One entry of "sources", sorted by id for lookups. */
struct source {
	json_int_t id;
	int kind;		/* an enum nf_profile_kind */
	int anonymous;
};

/* The state of one computation. */
struct scan {
	const json_t *sentences, *hedges, *attributions, *sources, *references;
	size_t nsent;
	unsigned char *flags;	/* per sentence */
	struct source *src;	/* sorted by id */
	size_t nsrc;
	struct nf_error *err;
};

/* The filter that writes key, for the message telling what to run. */
static const char *writer_of(const char *key)
{
	if (strcmp(key, "sentences") == 0)
		return "split-sentences";
	if (strcmp(key, "hedges") == 0)
		return "detect-hedge";
	return "link-sources";
}

/* Fetches the array root[key] into *out.  Returns 0, or -1 with err set. */
static int get_array(const json_t *root, const char *key, const json_t **out,
		     struct nf_error *err)
{
	const json_t *v = json_object_get(root, key);

	if (!v)
		return nf_fail(err, NF_EXIT_DATA, "no '%s' key: run %s first", key,
			       writer_of(key));
	if (!json_is_array(v))
		return nf_fail(err, NF_EXIT_DATA, "'%s' is not an array: run %s again",
			       key, writer_of(key));
	*out = v;
	return 0;
}

/* Rejects item i of key, saying what is wrong with it. */
static int bad_item(struct scan *s, const char *key, size_t i, const char *what)
{
	return nf_fail(s->err, NF_EXIT_DATA, "'%s' item %zu: %s: run %s again", key, i,
		       what, writer_of(key));
}

/*
 * Reads v as a sentence index into *out.  Returns 0, or -1 with err set
 * (naming key, item i and member name) when it is not an integer or not
 * the index of one of the record's sentences.
 */
static int sentence_index(struct scan *s, const json_t *v, const char *key, size_t i,
			  const char *name, size_t *out)
{
	json_int_t k;

	if (!json_is_integer(v))
		return nf_fail(s->err, NF_EXIT_DATA, "'%s' item %zu: %s is not an integer: run %s again",
			       key, i, name, writer_of(key));
	k = json_integer_value(v);
	if (k < 0 || (unsigned long long)k >= s->nsent)
		return nf_fail(s->err, NF_EXIT_DATA,
			       "'%s' item %zu: sentence %lld out of range (%zu sentences): "
			       "run %s again after split-sentences",
			       key, i, (long long)k, s->nsent, writer_of(key));
	*out = (size_t)k;
	return 0;
}

/* Fetches the five keys, in pipeline order, so the first missing is named. */
static int get_keys(struct scan *s, const json_t *root)
{
	return get_array(root, "sentences", &s->sentences, s->err) < 0 ||
	       get_array(root, "hedges", &s->hedges, s->err) < 0 ||
	       get_array(root, "attributions", &s->attributions, s->err) < 0 ||
	       get_array(root, "sources", &s->sources, s->err) < 0 ||
	       get_array(root, "references", &s->references, s->err) < 0 ? -1 : 0;
}

/* Marks the sentences holding a hedge. */
static int scan_hedges(struct scan *s)
{
	size_t i, k;
	const json_t *h;

	json_array_foreach(s->hedges, i, h) {
		if (!json_is_object(h))
			return bad_item(s, "hedges", i, "not an object");
		if (sentence_index(s, json_object_get(h, "sentence"), "hedges", i,
				   "\"sentence\"", &k) < 0)
			return -1;
		s->flags[k] |= SENT_HEDGED;
	}
	return 0;
}

static int kind_of(const char *name)
{
	int k;

	for (k = 0; k < NF_PK_UNKNOWN; k++)
		if (strcmp(name, nf_profile_kind_names[k]) == 0)
			return k;
	return NF_PK_UNKNOWN;
}

static int by_id(const void *a, const void *b)
{
	json_int_t x = ((const struct source *)a)->id, y = ((const struct source *)b)->id;

	return (x > y) - (x < y);
}

/* Reads "sources" into s->src, sorted by id; counts them into p. */
static int scan_sources(struct scan *s, struct nf_profile *p)
{
	size_t i;
	const json_t *o, *id, *kind, *anon;

	s->nsrc = json_array_size(s->sources);
	s->src = calloc(s->nsrc ? s->nsrc : 1, sizeof(*s->src));
	if (!s->src)
		return nf_fail(s->err, NF_EXIT_SOFTWARE, "out of memory");
	json_array_foreach(s->sources, i, o) {
		id = json_object_get(o, "id");
		kind = json_object_get(o, "kind");
		anon = json_object_get(o, "anonymous");
		if (!json_is_integer(id) || !json_is_string(kind) || !json_is_boolean(anon))
			return bad_item(s, "sources", i,
					"no integer \"id\", string \"kind\" and boolean \"anonymous\"");
		s->src[i].id = json_integer_value(id);
		s->src[i].kind = kind_of(json_string_value(kind));
		s->src[i].anonymous = json_is_true(anon);
		p->anonymous_sources += s->src[i].anonymous;
	}
	p->sources = s->nsrc;
	qsort(s->src, s->nsrc, sizeof(*s->src), by_id);
	for (i = 1; i < s->nsrc; i++)
		if (s->src[i].id == s->src[i - 1].id)
			return nf_fail(s->err, NF_EXIT_DATA, "'sources': id %lld appears twice: "
				       "run link-sources again", (long long)s->src[i].id);
	return 0;
}

/* The source an attribution's "source_id" names, or NULL (null or unknown). */
static const struct source *find_source(const struct scan *s, const json_t *id)
{
	struct source key;

	if (!json_is_integer(id))
		return NULL;
	key.id = json_integer_value(id);
	return bsearch(&key, s->src, s->nsrc, sizeof(*s->src), by_id);
}

/* Counts the attributions by kind and marks their sentences. */
static int scan_attributions(struct scan *s, struct nf_profile *p)
{
	size_t i, k;
	const json_t *a, *id;
	const struct source *src;

	json_array_foreach(s->attributions, i, a) {
		if (!json_is_object(a))
			return bad_item(s, "attributions", i, "not an object");
		id = json_object_get(a, "source_id");
		if (!id || !(json_is_integer(id) || json_is_null(id)))
			return bad_item(s, "attributions", i,
					"\"source_id\" is not an integer or null");
		if (sentence_index(s, json_object_get(a, "sentence"), "attributions", i,
				   "\"sentence\"", &k) < 0)
			return -1;
		s->flags[k] |= SENT_ATTRIBUTED;
		src = find_source(s, id);
		p->by_kind[src ? src->kind : NF_PK_UNKNOWN]++;
		p->anonymous_attributions += src && src->anonymous;
	}
	p->attributions = json_array_size(s->attributions);
	return 0;
}

/*
 * Marks the sentences one reference is linked to: those in "cited_by"
 * (indices) and in "supports" (objects with a "sentence").  *linked is
 * set when there is at least one.
 */
static int scan_reference(struct scan *s, size_t i, const json_t *r, int *linked)
{
	const json_t *cited = json_object_get(r, "cited_by");
	const json_t *sup = json_object_get(r, "supports");
	const json_t *v;
	size_t j, k;

	if (!json_is_array(cited) || !json_is_array(sup))
		return bad_item(s, "references", i, "no \"cited_by\" and \"supports\" arrays");
	json_array_foreach(cited, j, v) {
		if (sentence_index(s, v, "references", i, "a \"cited_by\" entry", &k) < 0)
			return -1;
		s->flags[k] |= SENT_COVERED;
	}
	json_array_foreach(sup, j, v) {
		if (!json_is_object(v))
			return bad_item(s, "references", i, "a \"supports\" entry is not an object");
		if (sentence_index(s, json_object_get(v, "sentence"), "references", i,
				   "a \"supports\" sentence", &k) < 0)
			return -1;
		s->flags[k] |= SENT_COVERED;
	}
	*linked = json_array_size(cited) + json_array_size(sup) > 0;
	return 0;
}

static int scan_references(struct scan *s, struct nf_profile *p)
{
	size_t i;
	const json_t *r;
	int linked = 0;

	json_array_foreach(s->references, i, r) {
		if (!json_is_object(r))
			return bad_item(s, "references", i, "not an object");
		if (scan_reference(s, i, r, &linked) < 0)
			return -1;
		p->references_linked += linked;
	}
	p->references = json_array_size(s->references);
	return 0;
}

/* The per-sentence counts, once every key has been read. */
static void count_sentences(const struct scan *s, struct nf_profile *p)
{
	size_t k;
	unsigned f;

	p->sentences = s->nsent;
	for (k = 0; k < s->nsent; k++) {
		f = s->flags[k];
		p->hedged_sentences += (f & SENT_HEDGED) != 0;
		p->unattributed_hedged_sentences +=
			(f & (SENT_HEDGED | SENT_ATTRIBUTED)) == SENT_HEDGED;
		p->covered_sentences += (f & SENT_COVERED) != 0;
	}
}

int nf_profile_compute(const json_t *root, struct nf_profile *p, struct nf_error *err)
{
	struct scan s;
	int rc = -1;

	memset(p, 0, sizeof(*p));
	memset(&s, 0, sizeof(s));
	s.err = err;
	if (!json_is_object(root))
		return nf_fail(err, NF_EXIT_DATA, "not a JSON object");
	if (get_keys(&s, root) < 0)
		return -1;
	s.nsent = json_array_size(s.sentences);
	s.flags = calloc(s.nsent ? s.nsent : 1, 1);
	if (!s.flags)
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	if (scan_hedges(&s) == 0 && scan_sources(&s, p) == 0 &&
	    scan_attributions(&s, p) == 0 && scan_references(&s, p) == 0) {
		count_sentences(&s, p);
		rc = 0;
	}
	free(s.flags);
	free(s.src);
	if (rc < 0)
		memset(p, 0, sizeof(*p));
	return rc;
}

void nf_profile_add(struct nf_profile *sum, const struct nf_profile *p)
{
	size_t k;

	sum->sentences += p->sentences;
	sum->hedged_sentences += p->hedged_sentences;
	sum->attributions += p->attributions;
	for (k = 0; k < NF_PK_COUNT; k++)
		sum->by_kind[k] += p->by_kind[k];
	sum->anonymous_attributions += p->anonymous_attributions;
	sum->sources += p->sources;
	sum->anonymous_sources += p->anonymous_sources;
	sum->unattributed_hedged_sentences += p->unattributed_hedged_sentences;
	sum->references += p->references;
	sum->references_linked += p->references_linked;
	sum->covered_sentences += p->covered_sentences;
}

double nf_profile_share(size_t n, size_t d)
{
	return round((double)n / (double)d * 10000.0) / 10000.0;
}

/* Sets o[key] to the count n.  Returns 0 or -1. */
static int put_count(json_t *o, const char *key, size_t n)
{
	return json_object_set_new(o, key, json_integer((json_int_t)n));
}

/* Sets o[key] to n / d rounded, or null when d is 0.  Returns 0 or -1. */
static int put_share(json_t *o, const char *key, size_t n, size_t d)
{
	return json_object_set_new(o, key, d ? json_real(nf_profile_share(n, d)) : json_null());
}

static json_t *kinds_json(const struct nf_profile *p)
{
	json_t *o = json_object();
	size_t k;

	for (k = 0; o && k < NF_PK_COUNT; k++)
		if (put_count(o, nf_profile_kind_names[k], p->by_kind[k]) < 0) {
			json_decref(o);
			return NULL;
		}
	return o;
}

/* Fills o with the profile's members, in order.  Returns 0 or -1. */
static int fill(json_t *o, const struct nf_profile *p)
{
	return put_count(o, "sentences", p->sentences) < 0 ||
	       put_count(o, "hedged_sentences", p->hedged_sentences) < 0 ||
	       put_share(o, "hedged_share", p->hedged_sentences, p->sentences) < 0 ||
	       put_count(o, "attributions", p->attributions) < 0 ||
	       json_object_set_new(o, "attributions_by_kind", kinds_json(p)) < 0 ||
	       put_count(o, "anonymous_attributions", p->anonymous_attributions) < 0 ||
	       put_share(o, "anonymous_share", p->anonymous_attributions, p->attributions) < 0 ||
	       put_count(o, "sources", p->sources) < 0 ||
	       put_count(o, "anonymous_sources", p->anonymous_sources) < 0 ||
	       put_count(o, "unattributed_hedged_sentences",
			 p->unattributed_hedged_sentences) < 0 ||
	       put_count(o, "references", p->references) < 0 ||
	       put_count(o, "references_linked", p->references_linked) < 0 ||
	       put_count(o, "covered_sentences", p->covered_sentences) < 0 ||
	       put_share(o, "note_coverage", p->covered_sentences, p->sentences) < 0 ? -1 : 0;
}

json_t *nf_profile_json(const struct nf_profile *p, const size_t *articles)
{
	json_t *o = json_object();

	if (!o)
		return NULL;
	if ((articles && put_count(o, "articles", *articles) < 0) || fill(o, p) < 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}
