/*
 * What a word is to detect-hedge: its characters, where it ends, and its
 * hash (an apostrophe typed either way hashes the same).  The word list
 * (hedge_lex.c) and the scanner (hedge_scan.c) both use these, so they
 * live here, below both.
 */
#include <string.h>

#include "hash.h"
#include "hedge.h"
#include "uchar.h"

/* 1 for ASCII letters and digits. */
const unsigned char nf_hedge_ascii_word[128] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
	['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1,
	['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
	['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1,
	['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1,
	['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
	['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1,
	['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

static int ascii_letter(unsigned char c)
{
	return c < 0x80 && nf_hedge_ascii_word[c] && c > '9';
}

size_t nf_hedge_word_char(const char *s, size_t n, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	int32_t cp;
	size_t len;

	if (c < 0x80)
		return nf_hedge_ascii_word[c];
	len = nf_decode(s, n, i, &cp);
	return nf_is_alpha(cp) || nf_is_digit(cp) ? len : 0;
}

/* Length of an apostrophe at s[i] that joins two parts of a word, or 0. */
static size_t inner_apostrophe(const char *s, size_t n, size_t i)
{
	if (s[i] == '\'' && i + 1 < n && ascii_letter((unsigned char)s[i + 1]))
		return 1;
	if (i + 3 < n && memcmp(s + i, "\xE2\x80\x99", 3) == 0 &&
	    ascii_letter((unsigned char)s[i + 3]))
		return 3;
	return 0;
}

size_t nf_hedge_word_end(const char *s, size_t n, size_t i)
{
	size_t j, k;

	if (i >= n || !(k = nf_hedge_word_char(s, n, i)))
		return i;
	for (j = i + k; j < n; j += k) {
		unsigned char c = (unsigned char)s[j];
		if (c < 0x80 && nf_hedge_ascii_word[c])
			k = 1;
		else if (!(k = nf_hedge_word_char(s, n, j)) && !(k = inner_apostrophe(s, n, j)))
			break;
	}
	return j;
}

uint64_t nf_hedge_hash(const char *w, size_t n)
{
	uint64_t h = NF_FNV_BASIS;
	size_t i;
	unsigned char c;

	for (i = 0; i < n; i++) {
		c = nf_ascii_lower((unsigned char)w[i]);
		if (c == 0xE2 && i + 2 < n && (unsigned char)w[i + 1] == 0x80 &&
		    (unsigned char)w[i + 2] == 0x99) {
			c = '\'';	/* U+2019 hashes as an ASCII apostrophe */
			i += 2;
		}
		h = nf_fnv1a_byte(h, c);
	}
	return h;
}
