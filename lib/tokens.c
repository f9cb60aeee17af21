/*
 * Word tokenization; see tokens.h.  Works chunk by chunk (runs of
 * non-space): leading openers and trailing closers, stops and possessive
 * endings are split off, the middle stays whole ("1996-08-30", "U.S.-led").
 *
 * The project has three tokenizers, on purpose.  This is the one of every
 * trained tagger (entities, sources, the part-of-speech tagger and parser,
 * the word clusters): their models were trained on exactly these token
 * boundaries, so they may not move.  The sentence splitter
 * (sentences/sent_tokens.c) needs white-space tokens with their stops
 * still attached ("Corp." "end."), every kind of line break counted and
 * glued sentences cut ("quality.You"); detect-hedge (hedges/hedge_scan.c)
 * needs only words (letters, digits, inner apostrophes), hashed while
 * they are scanned, over every byte of the input.  Folding them into one
 * would change the splitter's sentences or every model's input.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "tokens.h"
#include "uchar.h"

/* Appends a token: inline, once per word, the growth (nf_grow) out of line. */
static inline int push(struct nf_tokens *t, size_t a, size_t b, unsigned nl)
{
	if (t->n == t->cap && nf_grow((void **)&t->v, &t->cap, t->n + 1, sizeof(*t->v)) < 0)
		return -1;
	t->v[t->n].a = a;
	t->v[t->n].b = b;
	t->v[t->n].nl = nl > 2 ? 2 : nl;
	t->n++;
	return 0;
}

void nf_tokens_release(struct nf_tokens *toks)
{
	free(toks->v);
	memset(toks, 0, sizeof(*toks));
}

/* Is c one of "([{ (an opener of one byte)? */
static int ascii_opener(unsigned char c)
{
	return c == '"' || c == '(' || c == '[' || c == '{';
}

/* Is c one of ")]},;:!? (a closer of one byte)? */
static int ascii_closer(unsigned char c)
{
	switch (c) {
	case '"': case ')': case ']': case '}': case ',': case ';': case ':': case '!': case '?':
		return 1;
	default:
		return 0;
	}
}

/* Byte length of a punctuation mark that splits off at s[i], or 0. */
static size_t opener_len(const char *s, size_t i, size_t b)
{
	unsigned char c = (unsigned char)s[i];

	if (ascii_opener(c))
		return 1;
	if (c == '\'' && i + 1 < b && !(b - i == 2 && (s[i + 1] | 32) == 's'))
		return 1;
	if (c == 0xE2 && b - i >= 3 && s[i + 1] == '\x80' &&
	    (s[i + 2] == '\x9C' || s[i + 2] == '\x98'))
		return 3;	/* “ ‘ */
	if (c == 0xC2 && b - i >= 2 && s[i + 1] == '\xAB')
		return 2;	/* « */
	return 0;
}

static size_t closer_len(const char *s, size_t a, size_t e)
{
	unsigned char c = (unsigned char)s[e - 1];

	if (ascii_closer(c))
		return 1;
	if (e - a >= 3 && (unsigned char)s[e - 3] == 0xE2 && s[e - 2] == '\x80' &&
	    (s[e - 1] == '\x9D' || s[e - 1] == '\x99' || s[e - 1] == '\xA6'))
		return 3;	/* ” ’ … */
	if (e - a >= 2 && (unsigned char)s[e - 2] == 0xC2 && s[e - 1] == '\xBB')
		return 2;	/* » */
	if (c == '\'')
		return 1;
	return 0;
}

/* Is s[a..e) "'s" or "’s" (a possessive to split off)? */
static size_t possessive_len(const char *s, size_t a, size_t e)
{
	if (e - a > 2 && (s[e - 1] | 32) == 's' && s[e - 2] == '\'')
		return 2;
	if (e - a > 4 && (s[e - 1] | 32) == 's' && memcmp(s + e - 4, "\xE2\x80\x99", 3) == 0)
		return 4;
	return 0;
}

/* Should the final period of s[a..e) stay with the word? */
static int keeps_period(const char *s, size_t a, size_t e, const struct nf_lexicon *abbrev)
{
	int32_t cp;

	if (e - a < 2)
		return 0;
	if (memchr(s + a, '.', e - 1 - a))
		return 1;	/* U.S. */
	if (nf_decode(s, e, a, &cp) == e - 1 - a && nf_is_alpha(cp))
		return 1;	/* an initial: J. */
	return abbrev && nf_lexicon_get(abbrev, s + a, e - 1 - a) >= 0;
}

/* Splits the chunk s[a..b) into tokens. */
static int chunk(struct nf_tokens *t, const char *s, size_t a, size_t b, unsigned nl,
		 const struct nf_lexicon *abbrev)
{
	size_t k, e = b, tail_start, mark = t->n;
	size_t tails[16], ntails = 0;

	while (a < b && (k = opener_len(s, a, b)) != 0) {
		if (push(t, a, a + k, nl) < 0)
			return -1;
		nl = 0;
		a += k;
	}
	while (e > a && ntails < 15) {
		if ((k = closer_len(s, a, e)) != 0 && e - k > a) {
		} else if ((k = possessive_len(s, a, e)) != 0) {
		} else if (e - a > 2 && s[e - 1] == '.' && s[e - 2] == '.') {
			k = 2;
			while (e - k > a + 1 && s[e - k - 1] == '.')
				k++;	/* an ellipsis "..." is one token */
		} else if (s[e - 1] == '.' && e - 1 > a && !keeps_period(s, a, e, abbrev)) {
			k = 1;
		} else {
			break;
		}
		tails[ntails++] = e;
		e -= k;
	}
	if (e > a && push(t, a, e, t->n == mark ? nl : 0) < 0)
		return -1;
	tail_start = e;
	while (ntails > 0) {
		size_t end = tails[--ntails];
		if (push(t, tail_start, end, 0) < 0)
			return -1;
		tail_start = end;
	}
	return 0;
}

static int is_alnum_ascii(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Is the chunk s[a..b) a plain word, with nothing to peel off? */
static int plain_word(const char *s, size_t a, size_t b)
{
	unsigned char first = (unsigned char)s[a], last = (unsigned char)s[b - 1];

	if (!is_alnum_ascii(first) || !is_alnum_ascii(last))
		return 0;
	return !((last | 32) == 's' && b - a > 2 &&
		 (s[b - 2] == '\'' || (unsigned char)s[b - 2] == 0x99));
}

/* White space as nf_is_space() sees it, answered inline for ASCII. */
static int space_cp(int32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1C && cp <= 0x1F);
	return nf_is_space(cp);
}

/* An em dash or a horizontal bar: a token of its own even between words ("plan—if"). */
static int is_long_dash(int32_t cp)
{
	return cp == 0x2014 || cp == 0x2015;
}

int nf_tokenize(struct nf_tokens *toks, const char *text, size_t len,
		const struct nf_lexicon *abbrev)
{
	size_t i = 0, a, step;
	unsigned nl = 0;
	int32_t cp;
	unsigned char c0;

	toks->n = 0;
	while (i < len) {
		c0 = (unsigned char)text[i];
		if (c0 == ' ' || c0 == '\n' || c0 == '\t' || c0 == '\r') {
			nl += c0 == '\n';
			i++;
			continue;
		}
		if (c0 < 0x80) {
			cp = c0;	/* what nf_decode gives, without the call */
			step = 1;
		} else {
			step = nf_decode(text, len, i, &cp);
		}
		if (space_cp(cp)) {
			i += step;
			continue;
		}
		if (is_long_dash(cp)) {
			if (push(toks, i, i + step, nl) < 0)
				return -1;
			nl = 0;
			i += step;
			continue;
		}
		a = i;
		while (i < len) {
			unsigned char ch = (unsigned char)text[i];
			if (ch > ' ' && ch < 0x80) {
				i++;
				continue;
			}
			if (ch < 0x80) {	/* ASCII: no dash, and its own code point */
				if (space_cp(ch))
					break;
				i++;
				continue;
			}
			step = nf_decode(text, len, i, &cp);
			if (nf_is_space(cp) || is_long_dash(cp))
				break;
			i += step;
		}
		if (plain_word(text, a, i) ? push(toks, a, i, nl) < 0 :
		    chunk(toks, text, a, i, nl, abbrev) < 0)
			return -1;
		nl = 0;
	}
	return 0;
}
