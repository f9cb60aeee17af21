/*
 * Unit tests for the sentence splitter's interface (lib/sentences/sentsplit.c,
 * lib/sentences/sentstage.c): byte spans from nf_sentsplit_run(), the span
 * invariants, newline modes, added abbreviations, and the code point
 * offsets of nf_sentences_json().
 */
#include <stdlib.h>

#include <jansson.h>

#include "sent_internal.h"
#include "sentsplit.h"
#include "sentstage.h"
#include "uchar.h"
#include "unit.h"

/* The spans as "[a,b)" pairs, e.g. "0-4 5-9". */
static const char *spans(const struct nf_sentsplit *ss)
{
	static char buf[512];
	size_t i, n = 0;

	buf[0] = '\0';
	for (i = 0; i < ss->nspans && n + 48 < sizeof(buf); i++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s%zu-%zu",
				      i ? " " : "", ss->spans[i].start, ss->spans[i].end);
	return buf;
}

static const char *split(struct nf_sentsplit *ss, const char *t)
{
	if (nf_sentsplit_run(ss, t, strlen(t)) < 0)
		return "(error)";
	return spans(ss);
}

/*
 * Spans in order, not overlapping, never starting or ending with white
 * space, and covering every non-space byte of t[0..n).
 */
static int spans_ok(const struct nf_sentsplit *ss, const char *t, size_t n)
{
	size_t i, at = 0, k, len;
	int32_t cp;

	for (i = 0; i < ss->nspans; i++) {
		const struct nf_span *s = &ss->spans[i];
		if (s->start < at || s->start >= s->end || s->end > n)
			return 0;
		for (k = at; k < s->start; k += len) {	/* the gap: only space */
			len = nf_decode(t, n, k, &cp);
			if (!nf_is_space(cp))
				return 0;
		}
		nf_decode(t, n, s->start, &cp);
		if (nf_is_space(cp))
			return 0;
		nf_decode(t, n, s->end - nf_prev_len(t, s->end), &cp);
		if (nf_is_space(cp))
			return 0;
		at = s->end;
	}
	for (k = at; k < n; k += len) {
		len = nf_decode(t, n, k, &cp);
		if (!nf_is_space(cp))
			return 0;
	}
	return 1;
}

static void test_basic(struct nf_sentsplit *ss)
{
	CHECK_STR(split(ss, "One. Two."), "0-4 5-9");
	CHECK_STR(split(ss, "  One.   Two.  "), "2-6 9-13");
	CHECK_STR(split(ss, ""), "");
	CHECK_SIZE(ss->nspans, 0);
	CHECK_STR(split(ss, " \n\t "), "");
	CHECK_STR(split(ss, "No final stop"), "0-13");
	CHECK_STR(split(ss, "Mr. Lee left. He was tired."), "0-13 14-27");
	/* bytes, not code points: "Café." is 6 bytes, "Ça va." 7 */
	CHECK_STR(split(ss, "Caf\xC3\xA9. \xC3\x87" "a va."), "0-6 7-14");
	/* U+00A0 between sentences is white space too */
	CHECK_STR(split(ss, "Rain fell.\xC2\xA0Roads shut."), "0-10 12-23");
	/* the scratch is reused: a shorter run after a longer one */
	CHECK_STR(split(ss, "Cats run. Dogs sit. Birds fly. Fish swim."), "0-9 10-19 20-30 31-41");
	CHECK_STR(split(ss, "Hello there."), "0-12");
}

/*
 * nf_sent_bullet_len looks at the lead byte first: every bullet still
 * counts (each at its full length, before any text), nothing else does;
 * and the rules that read bullets, quotes and brackets still split on them.
 */
static void test_bullets(struct nf_sentsplit *ss)
{
	static const char *const others[] = { "1.", "-", "*", "\xE2\x80\x9C", "\xE2\x80\xA6",
		"\xE2\x80\x94", "\xC2\xAB", "a", "", NULL };
	char buf[16];
	size_t k, n;

	for (k = 0; nf_sent_bullets[k]; k++) {
		n = strlen(nf_sent_bullets[k]);
		memcpy(buf, nf_sent_bullets[k], n);
		memcpy(buf + n, "Go", 2);
		CHECK_SIZE(nf_sent_bullet_len(buf, 0, n + 2), n);
		CHECK_SIZE(nf_sent_bullet_len(buf, 0, n - 1), 0);	/* cut short */
	}
	CHECK(k >= 10);
	for (k = 0; others[k]; k++)
		CHECK_SIZE(nf_sent_bullet_len(others[k], 0, strlen(others[k])), 0);
	CHECK_STR(split(ss, "Intro:\n\xE2\x80\xA2 one thing \xE2\x80\xA2 two things"),
		  "0-6 7-20 21-35");
	CHECK_STR(split(ss, "He said \"(go).\" Then [it] ended."), "0-15 16-32");
}

/* Text may hold U+0000: it is a character like any other. */
static void test_nul(struct nf_sentsplit *ss)
{
	static const char t[] = "a\0b. Next one.";

	CHECK(nf_sentsplit_run(ss, t, sizeof(t) - 1) == 0);
	CHECK_STR(spans(ss), "0-4 5-14");
}

static void test_invariants(struct nf_sentsplit *ss)
{
	static const char *texts[] = {
		"Gen. Ruth Hale, 61, told the U.S. Senate on Jan. 4 that\n"
		"troops would stay. \xE2\x80\x9CWe are not leaving,\xE2\x80\x9D she said!",
		"  \xE2\x80\xA2 First point\n\xE2\x80\xA2 Second point \xF0\x9F\x98\x80\n\n\n[1] A note.  ",
		"Wait... what? Really?! Yes.\r\nOK\xE2\x80\xA6 fine\xC2\xA0\xC2\xA0.",
		"\xE3\x80\x80" "Ideographic space\xE3\x80\x80" "and more.\xE2\x80\x83" "Em space.",
		"...",
		".",
		"\xE2\x80\x9C",
		"a.b.c.d.e.f.g. h",
	};
	size_t i;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		size_t n = strlen(texts[i]);
		CHECK(nf_sentsplit_run(ss, texts[i], n) == 0);
		if (!CHECK(spans_ok(ss, texts[i], n)))
			fprintf(stderr, "  text %zu: %s\n", i, spans(ss));
	}
}

static void test_newlines(void)
{
	struct nf_sentsplit ss;
	const char *t = "Floods hit coastal towns\nHeavy rain fell on Monday.";
	enum nf_newlines m;

	CHECK(nf_newlines_parse("auto", &m) == 0 && m == NF_NL_AUTO);
	CHECK(nf_newlines_parse("break", &m) == 0 && m == NF_NL_BREAK);
	CHECK(nf_newlines_parse("space", &m) == 0 && m == NF_NL_SPACE);
	CHECK(nf_newlines_parse("Break", &m) == -1);
	CHECK(nf_newlines_parse("", &m) == -1);
	if (nf_sentsplit_init(&ss) < 0) {
		CHECK(!"nf_sentsplit_init");
		return;
	}
	CHECK(ss.newlines == NF_NL_AUTO);
	CHECK_STR(split(&ss, t), "0-24 25-51");
	ss.newlines = NF_NL_BREAK;
	CHECK_STR(split(&ss, t), "0-24 25-51");
	CHECK_STR(split(&ss, "half a\nsentence."), "0-6 7-16");
	ss.newlines = NF_NL_SPACE;
	CHECK_STR(split(&ss, t), "0-51");
	CHECK_STR(split(&ss, "half a\nsentence."), "0-16");
	/* a blank line always ends a sentence */
	CHECK_STR(split(&ss, "one here\n\ntwo here"), "0-8 10-18");
	CHECK_STR(split(&ss, "one here\n \t\ntwo here"), "0-8 12-20");
	nf_sentsplit_release(&ss);
}

static void test_add_abbreviations(void)
{
	struct nf_sentsplit ss;
	size_t errline = 7;
	const char *t = "Cllr. Ann Boyd spoke.";
	const char *bad = "# mine\ncllr\ttitle\nfoo\tnoun\n";

	if (nf_sentsplit_init(&ss) < 0) {
		CHECK(!"nf_sentsplit_init");
		return;
	}
	CHECK(nf_sentsplit_add_abbreviations(&ss, "CLLR\ttitle\n", 11, &errline) == 0);
	CHECK_SIZE(errline, 0);
	CHECK_STR(split(&ss, t), "0-21");
	CHECK(nf_sentsplit_add_abbreviations(&ss, bad, strlen(bad), &errline) == -1);
	CHECK_SIZE(errline, 3);
	nf_sentsplit_release(&ss);
}

/* Byte spans become code point offsets in the "sentences" value. */
static void test_sentences_json(struct nf_sentsplit *ss)
{
	/* "Zoë won 😀. “Yes,” she said." */
	const char *t = "Zo\xC3\xAB won \xF0\x9F\x98\x80. \xE2\x80\x9CYes,\xE2\x80\x9D she said.";
	json_t *v;
	char *s;

	CHECK(nf_sentsplit_run(ss, t, strlen(t)) == 0);
	CHECK_STR(spans(ss), "0-14 15-35");
	v = nf_sentences_json(ss, t);
	CHECK(v != NULL);
	s = v ? json_dumps(v, JSON_COMPACT) : NULL;
	CHECK(s != NULL);
	if (s)
		CHECK_STR(s, "[{\"start\":0,\"end\":10},{\"start\":11,\"end\":27}]");
	free(s);
	json_decref(v);
	CHECK(nf_sentsplit_run(ss, "", 0) == 0);
	v = nf_sentences_json(ss, "");
	CHECK(v && json_is_array(v) && json_array_size(v) == 0);
	json_decref(v);
}

int main(void)
{
	struct nf_sentsplit ss;

	if (nf_sentsplit_init(&ss) < 0) {
		fprintf(stderr, "nf_sentsplit_init failed\n");
		return 1;
	}
	test_basic(&ss);
	test_nul(&ss);
	test_bullets(&ss);
	test_invariants(&ss);
	test_sentences_json(&ss);
	nf_sentsplit_release(&ss);
	test_newlines();
	test_add_abbreviations();
	return unit_done("sentsplit");
}
