/*
 * Unit tests for the hedge detector (lib/hedge_*.c): the word lists and
 * their errors, the word scanner, pattern triggers and longest matches,
 * the rough word classes of the features, the features of a modal,
 * and the model round trip: train a toy model, write it, load it back,
 * get the same answers and the same bytes again; and no damaged copy of
 * it may load into anything but a clean error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hedge.h"
#include "model.h"
#include "unit.h"

static const char CUES[] =
	"# a toy list\n"
	"may\tepistemic\n"
	"could\tepistemic\n"
	"reportedly\treportative\talways\n"
	"wouldn't\tconditional\tlemma=would\n"
	"alleges\treportative\tlemma=allege\n";

static const char PATS[] =
	"whether or not\tconditional\n"
	"(?:is|are) said to\treportative\talways\tattribution\n"
	"(?:some|many) (?:people )?say\tweasel\talways\tattribution\n"
	"(?<!\\bthe\\x20|\\ba\\x20)(?:claim|claims)(?= that)\treportative\talways\n";

static const char TRAIN[] =
	"Prices [[may]] rise again next spring.\n"
	"The vote takes place on 2 May.\n"
	"The line [[could]] open next year.\n"
	"As a child he could climb the oak tree.\n"
	"It [[may]] snow tonight.\n"
	"The fair opens in May.\n"
	"Shares [[could]] fall if the deal collapses.\n"
	"Back then she could run a mile in five minutes.\n";

static int load_lex(struct nf_hedge_lex *lx, const char *cues, const char *pats,
		    struct nf_error *err)
{
	return nf_hedge_lex_load(lx, cues, strlen(cues), "cues", pats, strlen(pats),
				 "pats", err);
}

static void test_lex_errors(void)
{
	static const struct {
		const char *cues, *pats, *msg;
	} cases[] = {
		{ "may\n", "", "cues:1: 'may' has no kind: write WORD<TAB>KIND" },
		{ "\n#\nmay\tmaybe\n", "", "cues:3: unknown kind 'maybe'" },
		{ "may be\tepistemic\n", "", "cues:1: 'may be' is not one word: put it in the patterns" },
		{ "may\tepistemic\nMAY\tepistemic\n", "", "cues:2: 'MAY' is listed twice" },
		{ "may\tepistemic\tnow\n", "", "cues:1: unknown option 'now': use always, attribution, consequence or lemma=WORD" },
		{ "", "said (to\tweasel\n", "pats:1: bad pattern: missing closing parenthesis" },
		{ "", "[a-z]+ said\tweasel\n", "pats:1: '[a-z]+ said' does not begin with a whole word or (?:word|word)" },
		{ "", "says? so\tweasel\n", "pats:1: 'says? so' does not begin with a whole word or (?:word|word)" },
		{ "", "(?:a|b)? so\tweasel\n", "pats:1: '(?:a|b)? so' does not begin with a whole word or (?:word|word)" },
		{ "", "so\n", "pats:1: 'so' has no kind: write REGEX<TAB>KIND" },
	};
	struct nf_hedge_lex lx;
	struct nf_error err = { 0, "" };
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		err.msg[0] = '\0';
		CHECK(load_lex(&lx, cases[i].cues, cases[i].pats, &err) < 0);
		CHECK_STR(err.msg, cases[i].msg);
		nf_hedge_lex_release(&lx);
	}
}

static void test_word_end(void)
{
	static const struct {
		const char *s;
		size_t end;
	} cases[] = {
		{ "wouldn't say", 8 }, { "couldn\xE2\x80\x99t go", 10 }, { "café,", 5 },
		{ "Putin's", 7 }, { "dogs' bones", 4 }, { "2026-05", 4 }, { "and/or", 3 },
		{ " x", 0 }, { "'tis", 0 }, { "\xE2\x80\x9CQuote", 0 },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK_SIZE(nf_hedge_word_end(cases[i].s, strlen(cases[i].s), 0), cases[i].end);
	/* the typographic apostrophe hashes as the ASCII one */
	CHECK(nf_hedge_hash("Wouldn\xE2\x80\x99t", 10) == nf_hedge_hash("wouldn't", 8));
}

/* The candidates of text as "a-b:kind" strings, space-separated. */
static void cands(const struct nf_hedge_lex *lx, const char *text, char *out, size_t n)
{
	struct nf_hedge_sent s;
	size_t i, k = 0;

	out[0] = '\0';
	if (nf_hedge_sent_init(&s) < 0 || nf_hedge_scan(&s, lx, text, 0, strlen(text)) < 0) {
		snprintf(out, n, "error");
		nf_hedge_sent_release(&s);
		return;
	}
	for (i = 0; i < s.ncands && k < n; i++)
		k += (size_t)snprintf(out + k, n - k, "%s%zu-%zu:%s", i ? " " : "",
				      s.cands[i].a, s.cands[i].b,
				      nf_hedge_kind_names[s.cands[i].kind]);
	nf_hedge_sent_release(&s);
}

static void test_scan(void)
{
	struct nf_hedge_lex lx;
	struct nf_error err = { 0, "" };
	char got[512];

	CHECK(load_lex(&lx, CUES, PATS, &err) == 0);
	cands(&lx, "It MAY rain; Whether  or\nnot, it is said to pour.", got, sizeof(got));
	CHECK_STR(got, "3-6:epistemic 13-28:conditional 33-43:reportative");
	cands(&lx, "He wouldn’t say; some people say so; many say not.", got, sizeof(got));
	CHECK_STR(got, "3-13:conditional 19-34:weasel 39-47:weasel");
	/* a pattern must end at the end of a word */
	cands(&lx, "whether or nothing", got, sizeof(got));
	CHECK_STR(got, "");
	/* a leading lookbehind sees the text before the trigger word */
	cands(&lx, "They claim that; the claim that; a claims that", got, sizeof(got));
	CHECK_STR(got, "5-10:reportative");
	nf_hedge_lex_release(&lx);
}

static void test_classes(void)
{
	static const struct {
		const char *w;
		int cls;
	} cases[] = {
		{ "may", 'M' }, { "Would", 'M' }, { "The", 'D' }, { "they", 'P' },
		{ "were", 'b' }, { "is", 'B' }, { "had", 'h' }, { "did", 'o' },
		{ "not", 'N' }, { "whether", 'F' }, { "of", 'I' }, { "that", 'W' },
		{ "2026", 'd' }, { "Paris", 'C' }, { "quickly", 'y' }, { "walked", 'e' },
		{ "running", 'g' }, { "government", 'n' }, { "cats", 's' },
		{ "glass", 'x' }, { "bed", 'x' }, { "sing", 'x' },
		/* words of rules and of time count for modals, but keep their form */
		{ "rules", 's' }, { "allowed", 'e' }, { "Monday", 'C' }, { "free", 'x' },
	};
	struct nf_hedge_classes c;
	size_t i, n;

	nf_hedge_classes_init(&c);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		n = strlen(cases[i].w);
		CHECK(nf_hedge_word_class(&c, cases[i].w, n, nf_hedge_hash(cases[i].w, n)) ==
		      cases[i].cls);
	}
}

/* The features of the first candidate of text, sorted; their count, or 0. */
static size_t first_feats(const struct nf_hedge_lex *lx, const char *text, uint64_t *out)
{
	struct nf_hedge_sent s;
	size_t i, j, n = 0;
	uint64_t t;

	if (nf_hedge_sent_init(&s) == 0 && nf_hedge_scan(&s, lx, text, 0, strlen(text)) == 0 &&
	    s.ncands > 0)
		n = nf_hedge_features(&s, text, &s.cands[0], out);
	nf_hedge_sent_release(&s);
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && out[j - 1] > out[j]; j--) {
			t = out[j];
			out[j] = out[j - 1];
			out[j - 1] = t;
		}
	return n;
}

/* How many of the sorted features a[0..n) are not in b[0..n). */
static size_t differ(const uint64_t *a, const uint64_t *b, size_t n)
{
	size_t i, j, d = 0;

	for (i = 0; i < n; i++) {
		for (j = 0; j < n && b[j] != a[i]; j++)
			;
		d += j == n;
	}
	return d;
}

/*
 * A modal also sees whether its sentence speaks of rules or a time window
 * (and the class of the verb it governs): "may" before "from Monday" or
 * in a sentence about rules differs from "may" before "near Monday" in
 * those features only; a word that is no modal gets none of them.
 */
static void test_modal_features(void)
{
	uint64_t a[NF_HEDGE_MAX_FEATS], b[NF_HEDGE_MAX_FEATS], c[NF_HEDGE_MAX_FEATS];
	struct nf_hedge_lex lx;
	struct nf_error err = { 0, "" };
	size_t na, nb, nc;

	CHECK(load_lex(&lx, CUES, PATS, &err) == 0);
	na = first_feats(&lx, "Drivers may park their cars in the square from Monday.", a);
	nb = first_feats(&lx, "Drivers may park their cars in the square near Monday.", b);
	nc = first_feats(&lx, "Drivers may park their cars in the square under the rules.", c);
	CHECK(na > 0 && na == nb && na == nc);
	/* the time window: the sentence feature and its two pairings */
	CHECK(differ(a, b, na) == 3);
	/* rules against a time window: the sentence feature alone */
	CHECK(differ(a, c, na) == 1);
	/* the same, with "not" and "still" between the modal and its verb */
	na = first_feats(&lx, "Drivers may not still park their cars in the square from Monday.", a);
	nb = first_feats(&lx, "Drivers may not still park their cars in the square near Monday.", b);
	CHECK(na > 0 && na == nb && differ(a, b, na) == 3);
	/* "alleges" is no modal: five features fewer than "may" in its place */
	nb = first_feats(&lx, "Drivers alleges park their cars in the square from Monday.", b);
	nc = first_feats(&lx, "Drivers may park their cars in the square from Monday.", c);
	CHECK(nb + 5 == nc);
	nf_hedge_lex_release(&lx);
}

/* Trains a toy model on TRAIN into out.  Returns 0 or -1. */
static int train_toy(struct nf_buf *out, unsigned epochs)
{
	struct nf_hedge_train_opts o = { epochs, 1, 0.0f, CUES, PATS, sizeof(CUES) - 1,
					 sizeof(PATS) - 1, "cues", "pats", "unit\n", NULL, 2 };
	struct nf_hedge_corpus c = { 0 };
	struct nf_error err = { 0, "" };
	struct nf_sentsplit ss;
	const char *p = TRAIN, *nl;
	int rc = 0;

	if (nf_sentsplit_init(&ss) < 0)
		return -1;
	for (; rc == 0 && (nl = strchr(p, '\n')); p = nl + 1)
		rc = nf_hedge_corpus_add_markup(&c, p, (size_t)(nl - p), &ss, &err);
	if (rc == 0 && (c.ndocs != 8 || nf_hedge_train(&c, NULL, 0, &o, out, &err) < 0))
		rc = -1;
	nf_hedge_corpus_release(&c);
	nf_sentsplit_release(&ss);
	return rc;
}

/* The hedges a model finds in text, as "cue/kind" strings. */
static void detect(const struct nf_hedge_model *m, int uncertainty_only, const char *text,
		   char *out, size_t n)
{
	struct nf_hedge_detector d;
	struct nf_span all = { 0, strlen(text) };
	size_t i, k = 0;

	out[0] = '\0';
	if (nf_hedge_detector_init(&d, &m->lex, &m->w) < 0)
		return;
	d.uncertainty_only = uncertainty_only;
	if (nf_hedge_detect(&d, text, all.end, &all, 1) == 0)
		for (i = 0; i < d.nfound && k < n; i++)
			k += (size_t)snprintf(out + k, n - k, "%s%.*s/%s", i ? " " : "",
					      (int)(d.found[i].b - d.found[i].a),
					      text + d.found[i].a, nf_hedge_kind_names[d.found[i].kind]);
	nf_hedge_detector_release(&d);
}

static void test_round_trip(void)
{
	struct nf_buf a = NF_BUF_INIT, b = NF_BUF_INIT;
	struct nf_hedge_model m;
	struct nf_error err = { 0, "" };
	char got[512];

	CHECK(train_toy(&a, 5) == 0);
	CHECK(train_toy(&b, 5) == 0);
	CHECK(a.len > 0 && a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
	CHECK(nf_hedge_model_load(&m, (const unsigned char *)a.data, a.len, &err) == 0);
	CHECK(m.features == NF_HEDGE_FEATURES && m.w.nclasses == 2);
	detect(&m, 0, "Rates may rise, and it is said to be likely.", got, sizeof(got));
	CHECK_STR(got, "may/epistemic is said to/reportative");
	detect(&m, 1, "Rates may rise, and it is said to be likely.", got, sizeof(got));
	CHECK_STR(got, "may/epistemic");
	detect(&m, 0, "Reportedly, many say so.", got, sizeof(got));
	CHECK_STR(got, "Reportedly/reportative many say/weasel");
	nf_hedge_model_release(&m);
	nf_buf_release(&a);
	nf_buf_release(&b);
}

/* Every truncation and many single-byte changes are refused cleanly. */
static void test_damaged(void)
{
	struct nf_buf a = NF_BUF_INIT;
	struct nf_hedge_model m;
	unsigned char *p;
	struct nf_error err = { 0, "" };
	size_t i, bad = 0, step;

	CHECK(train_toy(&a, 2) == 0);
	p = (unsigned char *)a.data;
	for (i = 0; i < a.len; i++) {
		bad += nf_hedge_model_load(&m, p, i, &err) < 0;
		nf_hedge_model_release(&m);
	}
	CHECK_SIZE(bad, a.len);
	step = a.len / 97 + 1;
	for (bad = 0, i = 0; i < a.len; i += step) {
		p[i] ^= 0x5A;
		bad += nf_hedge_model_load(&m, p, a.len, &err) < 0;
		nf_hedge_model_release(&m);
		p[i] ^= 0x5A;
	}
	CHECK_SIZE(bad, (a.len + step - 1) / step);
	CHECK(nf_hedge_model_load(&m, p, a.len, &err) == 0);
	nf_hedge_model_release(&m);
	nf_buf_release(&a);
}

int main(void)
{
	test_lex_errors();
	test_word_end();
	test_scan();
	test_classes();
	test_modal_features();
	test_round_trip();
	test_damaged();
	return unit_done("hedge");
}
