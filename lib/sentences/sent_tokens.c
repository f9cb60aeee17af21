/*
 * The sentence splitter's tokenizer: white-space separated tokens with the
 * newlines between them, tokens split where a sentence visibly ends with
 * no space ("quality.You'll"), and hard-wrapped paragraphs detected.
 *
 * Not lib/tokens.c (the taggers' tokenizer), on purpose: the splitter's
 * rules look at a token with its stop and quotes still attached ("Corp."
 * against "end."), count every line break Unicode knows (CR, NEL, U+2028,
 * U+2029 as a paragraph) where the taggers count '\n', and must cut glued
 * sentences, which the taggers' tokens never do.  The taggers' boundaries
 * are fixed by their trained models; these by the splitter's tests.
 */
#include <stdlib.h>
#include <string.h>

#include "sent_internal.h"
#include "uchar.h"

static inline int push(struct nf_sentsplit *ss, size_t a, size_t b, unsigned nl, int glued)
{
	struct nf_tok *t;

	if (ss->ntoks == ss->toks_cap) {
		size_t cap = ss->toks_cap ? ss->toks_cap * 2 : 256;
		t = realloc(ss->toks, cap * sizeof(*t));
		if (!t)
			return -1;
		ss->toks = t;
		ss->toks_cap = cap;
	}
	t = &ss->toks[ss->ntoks++];
	t->a = a;
	t->b = b;
	t->nl = (unsigned char)(nl > 2 ? 2 : nl);
	t->glued = (unsigned char)glued;
	t->wrapped = 0;
	return 0;
}

static int is_az(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_stop(char c)
{
	return c == '.' || c == '!' || c == '?';
}

static int is_upper_ascii(char c)
{
	return c >= 'A' && c <= 'Z';
}

static int is_lower_ascii(char c)
{
	return c >= 'a' && c <= 'z';
}

/*
 * Where inside t[a..b) a sentence ends with no space after it: a lower-case
 * word of two or more letters, stops, then a capitalised word with no more
 * dots ("quality.You", "recovery...Out").  Returns the split offset or 0.
 * Leaves e-mail addresses, URLs, paths and "St.Louis"-style names alone.
 */
static size_t glued_split(const struct nf_sentsplit *ss, const char *t,
			  size_t a, size_t b)
{
	size_t i, w = a, k;

	for (i = a; i + 2 < b && !is_stop(t[i]); i++)
		;
	if (i + 2 >= b)
		return 0;	/* no stop with two characters after it */
	while (w < b && (t[w] == '"' || t[w] == '\'' || t[w] == '(' || t[w] == '['))
		w++;
	for (i = w; i < b; i++)
		if (t[i] == '@' || t[i] == '/' || t[i] == '\\' || t[i] == '_')
			return 0;
	for (i = w; i < b && is_az(t[i]); i++)
		;
	if (i - w < 2 || i >= b || !is_stop(t[i]))
		return 0;
	k = i;
	while (k < b && is_stop(t[k]))
		k++;
	if (k + 1 >= b || !is_upper_ascii(t[k]) || !is_lower_ascii(t[k + 1]))
		return 0;
	if (!is_lower_ascii(t[i - 1]))
		return 0;
	if (t[i] == '.' && k - i == 1) {
		size_t e = k + 1;
		while (e < b && is_az(t[e]))
			e++;
		if (nf_lexicon_get(&ss->abbrev, t + w, i - w) >= 0 ||
		    nf_lexicon_get(&ss->starters, t + k, e - k) < 0)
			return 0;	/* "St.Louis", "Newsfeed.Com" */
	}
	if (memchr(t + k, '.', b - k) && t[b - 1] != '.')
		return 0;
	for (i = k; i < b - 1; i++)
		if (t[i] == '.' && t[i + 1] != '.')
			return 0;
	return k;
}

/* White space as nf_is_space() sees it, for an ASCII byte. */
static inline int ascii_space(unsigned char ch)
{
	return ch == ' ' || (ch >= 9 && ch <= 13) || (ch >= 28 && ch <= 31);
}

/*
 * Measures the white space at t[i] (one character): returns its length,
 * or 0 if t[i] starts a token; adds the newlines it makes to *nl.
 */
static size_t space_at(const char *t, size_t len, size_t i, unsigned *nl)
{
	unsigned char ch = (unsigned char)t[i];
	int32_t cp;
	size_t step;

	if (ch < 0x80) {
		if (!ascii_space(ch))
			return 0;
		*nl += ch == '\n' || (ch == '\r' && (i + 1 == len || t[i + 1] != '\n'));
		return 1;
	}
	step = nf_decode(t, len, i, &cp);
	if (!nf_is_space(cp))
		return 0;
	*nl += cp == 0x85 || cp == 0x2028 ? 1 : cp == 0x2029 ? 2 : 0;
	return step;
}

/*
 * The end of the token starting at t[i]; *stop is set to the offset of its
 * first '.', '!' or '?' (len if none), so glued_split() runs only when a
 * stop has room for a word after it.
 */
static size_t token_end(const char *t, size_t len, size_t i, size_t *stop)
{
	unsigned char ch;
	int32_t cp;
	size_t step;

	*stop = len;
	while (i < len) {
		ch = (unsigned char)t[i];
		if ((unsigned char)(ch - 0x40) < 0x40) {
			i++;	/* '@' to DEL (letters): never white space nor a stop */
			continue;
		}
		if (ch < 0x80) {
			if (ascii_space(ch))
				break;
			if ((ch == '.' || ch == '!' || ch == '?') && *stop == len)
				*stop = i;
			i++;	/* the common case: ASCII */
			continue;
		}
		step = nf_decode(t, len, i, &cp);
		if (nf_is_space(cp))
			break;
		i += step;
	}
	return i;
}

int nf_sent_tokenize(struct nf_sentsplit *ss, const char *t, size_t len)
{
	size_t i = 0, a, cut, step, stop;
	unsigned nl = 0;

	ss->ntoks = 0;
	while (i < len) {
		if ((step = space_at(t, len, i, &nl)) != 0) {
			i += step;
			continue;
		}
		a = i;
		i = token_end(t, len, i, &stop);
		if (push(ss, a, i, nl, 0) < 0)
			return -1;
		nl = 0;
		while (stop + 2 < i && (cut = glued_split(ss, t, a, i)) != 0) {
			ss->toks[ss->ntoks - 1].b = cut;
			if (push(ss, cut, i, 0, 1) < 0)
				return -1;
			a = cut;
		}
	}
	return 0;
}

/*
 * Hard wrapping shows as a block of lines (up to a blank line) most of
 * which are long and about as long as the longest: the shape left by a
 * fixed-width editor or mailer, not by headlines and bullets.  Within such
 * a block, a newline after a full-length line is a wrap (white space); one
 * after a short line still ends a paragraph.
 */
struct line_stats {
	size_t lines;		/* lines but the last */
	size_t maxw;
	size_t full;		/* lines within WRAP_SLACK of maxw */
};

enum { WRAP_SLACK = 25, WRAP_MIN = 30, WRAP_MAX = 100 };

/* Width in bytes of the line that ends before token i (i > first). */
static size_t width_before(const struct nf_tok *toks, size_t first, size_t i)
{
	size_t s = i - 1;

	while (s > first && toks[s].nl == 0)
		s--;
	return toks[i - 1].b - toks[s].a;
}

static void measure(const struct nf_tok *toks, size_t first, size_t end,
		    struct line_stats *st)
{
	size_t i, w, pass;

	memset(st, 0, sizeof(*st));
	for (pass = 0; pass < 2; pass++)
		for (i = first + 1; i < end; i++) {
			if (toks[i].nl == 0)
				continue;
			w = width_before(toks, first, i);
			if (pass == 0) {
				st->lines++;
				st->maxw = w > st->maxw ? w : st->maxw;
			} else {
				st->full += w + WRAP_SLACK >= st->maxw;
			}
		}
}

/* Does token j open a list item or bullet line ("-", "*", "•", "2.", "b)")? */
static int opens_item(const char *t, const struct nf_tok *tk)
{
	size_t n = tk->b - tk->a, i;
	const unsigned char *p = (const unsigned char *)t + tk->a;

	if (n == 1 && (*p == '-' || *p == '*'))
		return 1;
	if (p[0] == 0xE2 && n >= 3 && (p[1] == 0x80 || p[1] == 0x81 || p[1] == 0x96 ||
				       p[1] == 0x97 || p[1] == 0x9E))
		return 1;	/* bullets, dashes and arrows: U+2010-U+207F, U+2580-U+27BF */
	for (i = 0; i < n && i < 3 && p[i] >= '0' && p[i] <= '9'; i++)
		;
	if (i == 0 && n == 2 && ((*p | 32) >= 'a' && (*p | 32) <= 'z'))
		i = 1;
	return i > 0 && i + 1 == n && (p[i] == '.' || p[i] == ')');
}

void nf_sent_mark_wrapped(const char *text, struct nf_tok *toks, size_t n)
{
	struct line_stats st;
	size_t first = 0, end, i;

	while (first < n) {
		for (end = first + 1; end < n && toks[end].nl < 2; end++)
			;
		measure(toks, first, end, &st);
		if (st.lines >= 2 && st.maxw >= WRAP_MIN && st.maxw <= WRAP_MAX &&
		    st.full * 10 >= st.lines * 6)
			for (i = first + 1; i < end; i++)
				toks[i].wrapped = toks[i].nl == 1 &&
					width_before(toks, first, i) + WRAP_SLACK >= st.maxw &&
					text[toks[i - 1].b - 1] != ':' && !opens_item(text, &toks[i]);
		first = end;
	}
}
