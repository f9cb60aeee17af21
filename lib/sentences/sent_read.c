/*
 * How the sentence splitter reads a token: what ends it (stops, quotes,
 * brackets, note marks), what starts the next one (capital, lower case,
 * digit), and what kind of word it is (abbreviation, initial, dotted,
 * sentence starter).  The rules in sent_rules.c and sent_items.c decide
 * from these readings.
 */
#include <string.h>

#include "sent_internal.h"
#include "uchar.h"

static const char *const openers[] = { "\"", "'", "(", "[", "{", "\xE2\x80\x9C",
	"\xE2\x80\x98", "\xC2\xAB", "\xC2\xBF", "\xC2\xA1", NULL };

static const char *const closers[] = { "\"", "'", ")", "]", "}", "\xE2\x80\x9D",
	"\xE2\x80\x99", "\xC2\xBB", NULL };

const char *const nf_sent_bullets[] = { "\xE2\x80\xA2", "\xE2\x81\x83",
	"\xE2\x80\xA3", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xE2\x97\x8F",
	"\xE2\x96\xA0", "\xE2\x96\xBA", "\xE2\x96\xB6", "\xE2\x9E\xA2", NULL };

const char NF_SENT_ELLIPSIS[] = "\xE2\x80\xA6";

/*
 * An ASCII letter or digit: no opener, closer or bullet above starts or
 * ends with one, so most tokens are passed over without a look at the lists.
 */
static int alnum_ascii(char c)
{
	return ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9');
}

size_t nf_sent_bullet_len(const char *t, size_t a, size_t b)
{
	if (a >= b || (unsigned char)t[a] != 0xE2)
		return 0;	/* every bullet lies in U+2000-U+2FFF */
	return nf_sent_starts_with(t, a, b, nf_sent_bullets);
}

/* Length of the entry of set that t[a..b) starts with, or 0. */
size_t nf_sent_starts_with(const char *t, size_t a, size_t b, const char *const *set)
{
	size_t k, n;

	if (a >= b)
		return 0;
	for (k = 0; set[k]; k++) {
		if (t[a] != set[k][0])
			continue;
		n = strlen(set[k]);
		if (b - a >= n && memcmp(t + a, set[k], n) == 0)
			return n;
	}
	return 0;
}

static size_t ends_with_any(const char *t, size_t a, size_t b, const char *const *set)
{
	size_t k, n;

	for (k = 0; set[k]; k++) {
		n = strlen(set[k]);
		if (b - a >= n && t[b - 1] == set[k][n - 1] &&
		    memcmp(t + b - n, set[k], n) == 0)
			return n;
	}
	return 0;
}

/* Strips a trailing note marker "[12]" from t[a..b); returns the new end. */
static size_t strip_note(const char *t, size_t a, size_t b)
{
	size_t i = b - 1;

	if (b - a < 3 || t[i] != ']')
		return b;
	while (i > a && t[i - 1] >= '0' && t[i - 1] <= '9')
		i--;
	if (i == b - 1 || i == a || t[i - 1] != '[')
		return b;
	return i - 1;
}

static size_t skip_openers(const char *t, size_t a, size_t b)
{
	size_t k;

	while (a < b && !alnum_ascii(t[a]) && (k = nf_sent_starts_with(t, a, b, openers)) != 0)
		a += k;
	return a;
}

void nf_sent_read_left(const char *t, size_t a, size_t b, struct nf_left *l)
{
	size_t k, e = b, prev;

	do {
		prev = e;
		e = strip_note(t, a, e);
		while (e > a && !alnum_ascii(t[e - 1]) && (k = ends_with_any(t, a, e, closers)) != 0)
			e -= k;
	} while (e != prev);
	l->core = e;
	l->start = a;
	l->end = b;
	l->term = 0;
	l->ndots = 0;
	while (e > a) {
		if (t[e - 1] == '.') {
			l->ndots++;
			l->term = l->term ? l->term : '.';
			e--;
		} else if (t[e - 1] == '?' || t[e - 1] == '!') {
			if (l->term == 0 || l->term == '.')
				l->term = t[e - 1];
			e--;
		} else if (e - a >= 3 && memcmp(t + e - 3, NF_SENT_ELLIPSIS, 3) == 0) {
			l->term = 'e';
			e -= 3;
		} else {
			break;
		}
	}
	if (l->ndots >= 2 && l->term == '.')
		l->term = 'e';
	l->w0 = skip_openers(t, a, e);
	l->w1 = e > l->w0 ? e : l->w0;
}

void nf_sent_read_right(const char *t, size_t a, size_t b, struct nf_right *r)
{
	int32_t cp;
	size_t i = skip_openers(t, a, b), step;

	r->w0 = r->w1 = i;
	if (i == b) {
		r->kind = R_OTHER;
		return;
	}
	nf_decode(t, b, i, &cp);
	r->kind = nf_is_lower(cp) ? R_LOWER : nf_is_upper(cp) ? R_UPPER :
		  nf_is_digit(cp) ? R_DIGIT : R_OTHER;
	while (i < b) {
		step = nf_decode(t, b, i, &cp);
		if (!nf_is_alpha(cp))
			break;
		i += step;
	}
	r->w1 = i;
}

int nf_sent_is_starter(const struct nf_sentctx *c, const struct nf_right *r)
{
	return r->w1 > r->w0 &&
	       nf_lexicon_get(&c->ss->starters, c->t + r->w0, r->w1 - r->w0) >= 0;
}

int nf_sent_abbrev_tag(const struct nf_sentctx *c, size_t a, size_t b)
{
	return nf_lexicon_get(&c->ss->abbrev, c->t + a, b - a);
}

/* Is t[a..b) one capital letter, as in an initial? */
int nf_sent_is_initial(const char *t, size_t a, size_t b)
{
	int32_t cp;

	return a < b && nf_decode(t, b, a, &cp) == b - a && nf_is_upper(cp);
}

/* Is t[a..b) dotted like U.S, a.m, Ph.D, e.g: short letter groups and dots? */
int nf_sent_is_dotted(const char *t, size_t a, size_t b)
{
	size_t i, run = 0, dots = 0;

	for (i = a; i < b; i++) {
		if (t[i] == '.') {
			if (run == 0)
				return 0;
			dots++;
			run = 0;
		} else if ((t[i] | 32) >= 'a' && (t[i] | 32) <= 'z' && run < 3) {
			run++;
		} else {
			return 0;
		}
	}
	return dots > 0 && run > 0;
}

/* Is token j nf_sent_capitalised (a name, a title) or an initial? */
int nf_sent_capitalised(const struct nf_sentctx *c, size_t j)
{
	struct nf_right r;

	nf_sent_read_right(c->t, c->toks[j].a, c->toks[j].b, &r);
	return r.kind == R_UPPER;
}

/* Is t[a..b) "[12]", "[...]" or "[…]": a note or omission mark? */
int nf_sent_note_mark(const char *t, size_t a, size_t b)
{
	size_t i;

	if (b - a < 3 || t[a] != '[' || t[b - 1] != ']')
		return 0;
	if (b - a == 5 && memcmp(t + a + 1, NF_SENT_ELLIPSIS, 3) == 0)
		return 1;
	for (i = a + 1; i < b - 1; i++)
		if (!(t[i] >= '0' && t[i] <= '9') && t[i] != '.')
			return 0;
	return 1;
}
