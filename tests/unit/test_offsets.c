/*
 * Unit tests for lib/offsets.c: code point counting and the byte <-> code
 * point cursor, on ASCII and multi-byte text.
 */
#include <stdlib.h>

#include "offsets.h"
#include "unit.h"

/* A naive count to check the word-at-a-time one against. */
static size_t slow_count(const char *s, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += ((unsigned char)s[i] & 0xC0) != 0x80;
	return k;
}

static void test_count(void)
{
	/* é 2 bytes, 😀 4 bytes, “ ” 3 bytes each, U+00A0 2 bytes */
	const char *s = "caf\xC3\xA9 \xF0\x9F\x98\x80 \xE2\x80\x9Cq\xE2\x80\x9D\xC2\xA0.";

	CHECK_SIZE(nf_cp_count("", 0), 0);
	CHECK_SIZE(nf_cp_count("abc", 3), 3);
	CHECK_SIZE(nf_cp_count("a\0b", 3), 3);	/* U+0000 is one code point */
	CHECK_SIZE(nf_cp_count("\xC3\xA9", 2), 1);
	CHECK_SIZE(nf_cp_count("\xF0\x9F\x98\x80", 4), 1);
	CHECK_SIZE(strlen(s), 21);
	CHECK_SIZE(nf_cp_count(s, strlen(s)), 12);
	/* a prefix that stops inside a character counts its lead byte */
	CHECK_SIZE(nf_cp_count(s, 4), 4);
	CHECK_SIZE(nf_cp_count(s, 5), 4);
}

/* The eight-byte path: every length and start offset against the slow count. */
static void test_count_word_paths(void)
{
	char buf[200];
	size_t i, a, n, bad = 0;

	for (i = 0; i + 4 <= sizeof(buf); i += 4)
		memcpy(buf + i, (i / 4) % 3 == 0 ? "\xF0\x9F\x98\x80" :
		       (i / 4) % 3 == 1 ? "ab\xC3\xA9" : "\xE2\x80\x9Cx", 4);
	for (a = 0; a < 16; a++)
		for (n = 0; a + n <= sizeof(buf); n++)
			bad += nf_cp_count(buf + a, n) != slow_count(buf + a, n);
	CHECK_SIZE(bad, 0);
	/* all 256 byte values, at every alignment */
	{
		unsigned char all[256 + 8];
		for (i = 0; i < sizeof(all); i++)
			all[i] = (unsigned char)i;
		for (a = 0; a < 8; a++)
			bad += nf_cp_count((char *)all + a, 256) !=
			       slow_count((char *)all + a, 256);
		CHECK_SIZE(bad, 0);
		CHECK_SIZE(nf_cp_count((char *)all, 256), 256 - 64);
	}
}

static void test_cursor_forward_back(void)
{
	/* "Zoë 😀 ok": Z o ë(2) sp 😀(4) sp o k */
	const char *s = "Zo\xC3\xAB \xF0\x9F\x98\x80 ok";
	struct nf_cpcursor c;

	nf_cpcursor_init(&c, s);
	CHECK_SIZE(nf_cpcursor_at(&c, 0), 0);
	CHECK_SIZE(nf_cpcursor_at(&c, 2), 2);
	CHECK_SIZE(nf_cpcursor_at(&c, 4), 3);	/* after ë */
	CHECK_SIZE(nf_cpcursor_at(&c, 5), 4);
	CHECK_SIZE(nf_cpcursor_at(&c, 9), 5);	/* after 😀 */
	CHECK_SIZE(nf_cpcursor_at(&c, 12), 8);	/* end */
	/* backwards */
	CHECK_SIZE(nf_cpcursor_at(&c, 5), 4);
	CHECK_SIZE(nf_cpcursor_at(&c, 4), 3);
	CHECK_SIZE(nf_cpcursor_at(&c, 0), 0);
	/* same offset twice */
	CHECK_SIZE(nf_cpcursor_at(&c, 9), 5);
	CHECK_SIZE(nf_cpcursor_at(&c, 9), 5);
}

static void test_cursor_byte(void)
{
	const char *s = "Zo\xC3\xAB \xF0\x9F\x98\x80 ok";
	size_t len = strlen(s);
	struct nf_cpcursor c;

	nf_cpcursor_init(&c, s);
	CHECK_SIZE(nf_cpcursor_byte(&c, 0, len), 0);
	CHECK_SIZE(nf_cpcursor_byte(&c, 3, len), 4);
	CHECK_SIZE(nf_cpcursor_byte(&c, 5, len), 9);
	CHECK_SIZE(nf_cpcursor_byte(&c, 8, len), 12);
	CHECK_SIZE(nf_cpcursor_byte(&c, 99, len), 12);	/* clamped */
	CHECK_SIZE(nf_cpcursor_byte(&c, 4, len), 5);	/* backwards */
	CHECK_SIZE(nf_cpcursor_byte(&c, 2, len), 2);
	/* mixing both directions on one cursor */
	CHECK_SIZE(nf_cpcursor_at(&c, 9), 5);
	CHECK_SIZE(nf_cpcursor_byte(&c, 3, len), 4);
	CHECK_SIZE(nf_cpcursor_at(&c, 12), 8);
}

/* Round trip over a long mixed text: byte -> cp -> byte at every boundary. */
static void test_round_trip(void)
{
	static const char *parts[] = { "a", "\xC3\xA9", "\xE2\x80\x9D", "\xF0\x9F\x98\x80", " " };
	char buf[1000] = "";
	size_t n = 0, i, cp = 0, bad = 0;
	struct nf_cpcursor c, d;

	nf_cpcursor_init(&c, buf);
	nf_cpcursor_init(&d, buf);
	for (i = 0; n + 4 < sizeof(buf); i++) {
		const char *p = parts[(i * 7) % 5];
		memcpy(buf + n, p, strlen(p));
		n += strlen(p);
	}
	for (i = 0; i <= n; i++) {
		if (i < n && ((unsigned char)buf[i] & 0xC0) == 0x80)
			continue;
		bad += nf_cpcursor_at(&c, i) != cp;
		bad += nf_cpcursor_byte(&d, cp, n) != i;
		cp++;
	}
	CHECK_SIZE(bad, 0);
	CHECK_SIZE(cp - 1, nf_cp_count(buf, n));
}

int main(void)
{
	test_count();
	test_count_word_paths();
	test_cursor_forward_back();
	test_cursor_byte();
	test_round_trip();
	return unit_done("offsets");
}
