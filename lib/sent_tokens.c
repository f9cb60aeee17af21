/*
 * The sentence splitter's tokenizer: white-space separated tokens with the
 * newlines between them, tokens split where a sentence visibly ends with
 * no space ("quality.You'll"), and hard-wrapped paragraphs detected.
 */
#include <stdlib.h>
#include <string.h>

#include "sent_internal.h"
#include "uchar.h"

static int push(struct nf_sentsplit *ss, size_t a, size_t b, unsigned nl, int glued)
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

int nf_sent_tokenize(struct nf_sentsplit *ss, const char *t, size_t len)
{
	size_t i = 0, a, cut, step;
	unsigned nl = 0;
	int32_t cp;

	ss->ntoks = 0;
	while (i < len) {
		step = nf_decode(t, len, i, &cp);
		if (nf_is_space(cp)) {
			if (cp == '\n' || cp == 0x85 || cp == 0x2028 ||
			    (cp == '\r' && (i + 1 == len || t[i + 1] != '\n')))
				nl++;
			else if (cp == 0x2029)
				nl += 2;
			i += step;
			continue;
		}
		a = i;
		while (i < len) {
			unsigned char ch = (unsigned char)t[i];
			if (ch > ' ' && ch < 0x80) {
				i++;	/* the common case: printable ASCII */
				continue;
			}
			step = nf_decode(t, len, i, &cp);
			if (nf_is_space(cp))
				break;
			i += step;
		}
		if (push(ss, a, i, nl, 0) < 0)
			return -1;
		nl = 0;
		while ((cut = glued_split(ss, t, a, i)) != 0) {
			ss->toks[ss->ntoks - 1].b = cut;
			if (push(ss, cut, i, 0, 1) < 0)
				return -1;
			a = cut;
		}
	}
	return 0;
}

/*
 * A paragraph is hard-wrapped when it has three or more lines and every
 * line but the last is long and about as long as the longest: the shape
 * left by a fixed-width editor or mailer, not by headlines and bullets.
 */
static int wrapped_paragraph(const struct nf_tok *toks, size_t first, size_t end)
{
	size_t i, line_start = first, lines = 0, maxw = 0, minw = (size_t)-1, w;

	for (i = first + 1; i <= end; i++) {
		if (i < end && toks[i].nl == 0)
			continue;
		if (i == end)
			break;	/* the last line may be short */
		w = toks[i - 1].b - toks[line_start].a;
		maxw = w > maxw ? w : maxw;
		minw = w < minw ? w : minw;
		lines++;
		line_start = i;
	}
	return lines >= 2 && maxw >= 30 && maxw <= 100 && minw + 25 >= maxw;
}

void nf_sent_mark_wrapped(struct nf_tok *toks, size_t n)
{
	size_t first = 0, end, i;

	while (first < n) {
		for (end = first + 1; end < n && toks[end].nl < 2; end++)
			;
		if (wrapped_paragraph(toks, first, end))
			for (i = first + 1; i < end; i++)
				toks[i].wrapped = toks[i].nl == 1;
		first = end;
	}
}
