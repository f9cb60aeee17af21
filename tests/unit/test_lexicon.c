/*
 * Unit tests for lib/lexicon.c: loading the word list format, tags,
 * ASCII case-insensitive lookups, growth, and bad-tag line numbers.
 */
#include <stdio.h>

#include "lexicon.h"
#include "unit.h"

static const char *const tags[] = { "plain", "title", "number", NULL };

static int get(const struct nf_lexicon *lx, const char *w)
{
	return nf_lexicon_get(lx, w, strlen(w));
}

static int load(struct nf_lexicon *lx, const char *src, const char *const *t,
		size_t *errline)
{
	return nf_lexicon_load(lx, src, strlen(src), t, errline);
}

static void test_load_tags(void)
{
	struct nf_lexicon lx;
	size_t errline = 99;
	const char *src =
		"# titles\n"
		"mr\ttitle\n"
		"\n"
		"   \t  \n"
		"  dr\ttitle\n"		/* indented */
		"no\tnumber\n"
		"inc\n"			/* no tag: value 0 */
		"u.s\tplain\n"
		"e.g  title   \n"	/* blank-separated, trailing blanks */
		"capt\ttitle\r\n"	/* CRLF */
		"#no\ttitle\n"		/* a comment, not a word */
		"vs";			/* no final newline */

	nf_lexicon_init(&lx);
	CHECK(load(&lx, src, tags, &errline) == 0);
	CHECK_SIZE(errline, 0);
	CHECK_SIZE(lx.count, 8);
	CHECK(get(&lx, "mr") == 1);
	CHECK(get(&lx, "dr") == 1);
	CHECK(get(&lx, "no") == 2);
	CHECK(get(&lx, "inc") == 0);
	CHECK(get(&lx, "u.s") == 0);
	CHECK(get(&lx, "e.g") == 1);
	CHECK(get(&lx, "capt") == 1);
	CHECK(get(&lx, "vs") == 0);
	CHECK(get(&lx, "#no") == -1);
	CHECK(get(&lx, "titles") == -1);
	CHECK(get(&lx, "m") == -1);
	CHECK(get(&lx, "mrs") == -1);
	CHECK(nf_lexicon_get(&lx, "mr", 0) == -1);
	nf_lexicon_release(&lx);
}

static void test_case(void)
{
	struct nf_lexicon lx;
	size_t errline;

	nf_lexicon_init(&lx);
	CHECK(load(&lx, "Mr\ttitle\nU.S\nn\xC2\xB0\tnumber\n\xC3\xA9t\xC3\xA9\n", tags, &errline) == 0);
	CHECK(get(&lx, "mr") == 1);
	CHECK(get(&lx, "MR") == 1);
	CHECK(get(&lx, "mR") == 1);
	CHECK(get(&lx, "u.s") == 0);
	CHECK(get(&lx, "U.S") == 0);
	CHECK(get(&lx, "N\xC2\xB0") == 2);	/* N° */
	/* only ASCII is folded: É is not é */
	CHECK(get(&lx, "\xC3\xA9t\xC3\xA9") == 0);
	CHECK(get(&lx, "\xC3\x89T\xC3\x89") == -1);
	/* the probe is not NUL-terminated: only n bytes count */
	CHECK(nf_lexicon_get(&lx, "mrs", 2) == 1);
	nf_lexicon_release(&lx);
}

static void test_unknown_tag(void)
{
	struct nf_lexicon lx;
	size_t errline = 0;

	nf_lexicon_init(&lx);
	CHECK(load(&lx, "mr\ttitle\n# note\n\nfoo\tbogus\nbar\n", tags, &errline) == -1);
	CHECK_SIZE(errline, 4);
	/* tags are case-sensitive, whole words */
	CHECK(load(&lx, "mr\tTitle\n", tags, &errline) == -1);
	CHECK_SIZE(errline, 1);
	CHECK(load(&lx, "mr\ttitles\n", tags, &errline) == -1);
	CHECK_SIZE(errline, 1);
	nf_lexicon_release(&lx);
}

/* With tags NULL a tag is a number; a tab lets a word hold spaces. */
static void test_numeric_tags(void)
{
	struct nf_lexicon lx;
	size_t errline = 9;

	nf_lexicon_init(&lx);
	CHECK(load(&lx, "White House\t2\nsaid\t17\nplain\n", NULL, &errline) == 0);
	CHECK_SIZE(errline, 0);
	CHECK(get(&lx, "white house") == 2);
	CHECK(get(&lx, "WHITE HOUSE") == 2);
	CHECK(get(&lx, "white") == -1);
	CHECK(get(&lx, "said") == 17);
	CHECK(get(&lx, "plain") == 0);
	CHECK(load(&lx, "ok\t1\nbad\tx1\n", NULL, &errline) == -1);
	CHECK_SIZE(errline, 2);
	nf_lexicon_release(&lx);
}

static void test_add_and_grow(void)
{
	struct nf_lexicon lx;
	char w[32];
	int i, bad = 0;

	nf_lexicon_init(&lx);
	CHECK(get(&lx, "x") == -1);	/* empty lexicon */
	CHECK(nf_lexicon_add(&lx, "", 0, 1) == 0);	/* ignored */
	CHECK_SIZE(lx.count, 0);
	for (i = 0; i < 5000; i++) {
		snprintf(w, sizeof(w), "Word%d", i);
		if (nf_lexicon_add(&lx, w, strlen(w), i % 6) < 0)
			bad++;
	}
	CHECK(bad == 0);
	CHECK_SIZE(lx.count, 5000);
	for (i = 0; i < 5000; i++) {
		snprintf(w, sizeof(w), "WORD%d", i);
		bad += get(&lx, w) != i % 6;
	}
	CHECK(bad == 0);
	CHECK(get(&lx, "word5000") == -1);
	/* a later entry wins, the count stays */
	CHECK(nf_lexicon_add(&lx, "word7", 5, 5) == 0);
	CHECK(get(&lx, "Word7") == 5);
	CHECK_SIZE(lx.count, 5000);
	nf_lexicon_release(&lx);
	CHECK_SIZE(lx.count, 0);
}

/* raise: adds, keeps the larger value, ignores a smaller one; reserve grows once. */
static void test_raise_and_reserve(void)
{
	struct nf_lexicon lx;
	size_t slots;

	nf_lexicon_init(&lx);
	CHECK(nf_lexicon_reserve(&lx, 1000, 8000) == 0);
	slots = lx.nslots;
	CHECK(slots >= 2000);
	CHECK(nf_lexicon_raise(&lx, "New", 3, 2) == 0);
	CHECK(get(&lx, "new") == 2);
	CHECK(nf_lexicon_raise(&lx, "NEW", 3, 4) == 0);
	CHECK(get(&lx, "new") == 4);
	CHECK(nf_lexicon_raise(&lx, "new", 3, 3) == 0);
	CHECK(get(&lx, "new") == 4);
	CHECK(nf_lexicon_raise(&lx, "", 0, 9) == 0);	/* ignored, as add does */
	CHECK_SIZE(lx.count, 1);
	CHECK_SIZE(lx.nslots, slots);
	nf_lexicon_release(&lx);
}

static void count_entry(void *arg, const char *w, size_t n, int value)
{
	(void)w;
	(void)n;
	*(int *)arg += value;
}

static void test_foreach(void)
{
	struct nf_lexicon lx;
	size_t errline;
	int sum = 0;

	nf_lexicon_init(&lx);
	CHECK(load(&lx, "a\t1\nb\t2\nc\t4\n", NULL, &errline) == 0);
	nf_lexicon_foreach(&lx, count_entry, &sum);
	CHECK(sum == 7);
	nf_lexicon_release(&lx);
}

/* A lookup by a hash given (nf_lexicon_hash) finds what a plain lookup finds. */
static void test_hashed(void)
{
	struct nf_lexicon lx;
	size_t errline;
	const char *words[] = { "Paris", "new york", "NEW YORK", "berlin", "Bonn", "x" };
	size_t i;

	nf_lexicon_init(&lx);
	nf_lexicon_prefetch(&lx, nf_lexicon_hash("paris", 5));	/* empty: no slots to touch */
	nf_lexicon_prefetch_key(&lx, nf_lexicon_hash("paris", 5), 5);
	CHECK(nf_lexicon_get_hashed(&lx, nf_lexicon_hash("paris", 5), "paris", 5) == -1);
	CHECK(load(&lx, "paris\t3\nnew york\t5\nberlin\n", NULL, &errline) == 0);
	CHECK(nf_lexicon_hash("New York", 8) == nf_lexicon_hash("new york", 8));
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		size_t n = strlen(words[i]);
		nf_lexicon_prefetch(&lx, nf_lexicon_hash(words[i], n));
		nf_lexicon_prefetch_key(&lx, nf_lexicon_hash(words[i], n), n);
		CHECK(nf_lexicon_get_hashed(&lx, nf_lexicon_hash(words[i], n), words[i], n) ==
		      get(&lx, words[i]));
	}
	CHECK(get(&lx, "NEW YORK") == 5 && get(&lx, "bonn") == -1);
	nf_lexicon_release(&lx);
}

int main(void)
{
	test_hashed();
	test_load_tags();
	test_case();
	test_unknown_tag();
	test_numeric_tags();
	test_add_and_grow();
	test_raise_and_reserve();
	test_foreach();
	return unit_done("lexicon");
}
