/*
 * The sentence splitter's decisions: does a sentence end after a token,
 * and does one start at a token although the previous did not end (list
 * items, bullets).  Each rule is a small function named for the case it
 * settles; nf_sent_ends_after() says in what order they apply.
 */
#include <string.h>

#include "sent_internal.h"
#include "uchar.h"

/* What the left token looks like once quotes, brackets and notes are peeled. */
struct left {
	size_t w0, w1;		/* the word before the final stops */
	size_t core;		/* end of the token without closers */
	size_t start, end;	/* the token */
	int term;		/* '.', '?', '!' or 'e' (ellipsis); 0 if none */
	int ndots;		/* trailing periods */
};

/* What the right token starts with. */
struct right {
	enum { R_LOWER, R_UPPER, R_DIGIT, R_OTHER } kind;
	size_t w0, w1;		/* its leading word (letters) */
};

static const char *const openers[] = { "\"", "'", "(", "[", "{", "\xE2\x80\x9C",
	"\xE2\x80\x98", "\xC2\xAB", "\xC2\xBF", "\xC2\xA1", NULL };
static const char *const closers[] = { "\"", "'", ")", "]", "}", "\xE2\x80\x9D",
	"\xE2\x80\x99", "\xC2\xBB", NULL };
static const char *const bullets[] = { "\xE2\x80\xA2", "\xE2\x81\x83",
	"\xE2\x80\xA3", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xE2\x97\x8F",
	"\xE2\x96\xA0", "\xE2\x96\xBA", "\xE2\x96\xB6", "\xE2\x9E\xA2", NULL };
static const char ELLIPSIS[] = "\xE2\x80\xA6";

/* Length of the entry of set that t[a..b) starts with, or 0. */
static size_t starts_with_any(const char *t, size_t a, size_t b, const char *const *set)
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

	while (a < b && (k = starts_with_any(t, a, b, openers)) != 0)
		a += k;
	return a;
}

static void read_left(const char *t, size_t a, size_t b, struct left *l)
{
	size_t k, e = b, prev;

	do {
		prev = e;
		e = strip_note(t, a, e);
		while (e > a && (k = ends_with_any(t, a, e, closers)) != 0)
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
		} else if (e - a >= 3 && memcmp(t + e - 3, ELLIPSIS, 3) == 0) {
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

static void read_right(const char *t, size_t a, size_t b, struct right *r)
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

static int is_starter(const struct nf_sentctx *c, const struct right *r)
{
	return r->w1 > r->w0 &&
	       nf_lexicon_get(&c->ss->starters, c->t + r->w0, r->w1 - r->w0) >= 0;
}

static int abbrev_tag(const struct nf_sentctx *c, size_t a, size_t b)
{
	return nf_lexicon_get(&c->ss->abbrev, c->t + a, b - a);
}

/* Is t[a..b) one capital letter, as in an initial? */
static int is_initial(const char *t, size_t a, size_t b)
{
	int32_t cp;

	return a < b && nf_decode(t, b, a, &cp) == b - a && nf_is_upper(cp);
}

/* Is t[a..b) dotted like U.S, a.m, Ph.D, e.g: short letter groups and dots? */
static int is_dotted(const char *t, size_t a, size_t b)
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

/* Is token j capitalised (a name, a title) or an initial? */
static int capitalised(const struct nf_sentctx *c, size_t j)
{
	struct right r;

	read_right(c->t, c->toks[j].a, c->toks[j].b, &r);
	return r.kind == R_UPPER;
}

/*
 * A list marker: "3." "3)" "3.)" "(3)" "b." "b)", optionally after a
 * bullet.  Returns its style (0 if none) and its value in *value.
 */
static int marker(const char *t, size_t a, size_t b, long *value)
{
	size_t k, i;
	long v = 0;
	int paren = 0;

	while (a < b && (k = starts_with_any(t, a, b, bullets)) != 0)
		a += k;
	if (a == b)
		return 0;	/* bullets only */
	if (t[a] == '(')
		paren = 1, a++;
	for (i = a; i < b && i - a < 3 && t[i] >= '0' && t[i] <= '9'; i++)
		v = v * 10 + (t[i] - '0');
	if (i == a) {
		if (b - a < 2 || !(((t[a] | 32) >= 'a' && (t[a] | 32) <= 'z')))
			return 0;
		*value = (t[a] | 32) - 'a' + 1;
		i = a + 1;
		if (b - i == 1 && !paren && (t[i] == '.' || t[i] == ')'))
			return t[i] == '.' ? 5 : 6;
		return 0;
	}
	*value = v;
	if (paren)
		return b - i == 1 && t[i] == ')' ? 4 : 0;
	if (b - i == 1 && (t[i] == '.' || t[i] == ')'))
		return t[i] == '.' ? 1 : 2;
	return b - i == 2 && t[i] == '.' && t[i + 1] == ')' ? 3 : 0;
}

static long marker_value(const char *t, size_t a, size_t b, int *style)
{
	long v = 0;

	*style = marker(t, a, b, &v);
	return v;
}

/* Are the tokens from the sentence start up to j bullets only? */
static int opens_sentence(const struct nf_sentctx *c, size_t j)
{
	size_t i, k, a;

	for (i = c->start; i < j; i++) {
		a = c->toks[i].a;
		k = starts_with_any(c->t, a, c->toks[i].b, bullets);
		if (!k || a + k != c->toks[i].b)
			return 0;
	}
	return 1;
}

static const char *const emoticons[] = { ":)", ":(", ":P", ":D", ":-)", ":-(",
	";)", ";-)", ":p", "XD", ":/", NULL };

/* Is t[a..b) "[12]", "[...]" or "[…]": a note or omission mark? */
static int note_mark(const char *t, size_t a, size_t b)
{
	size_t i;

	if (b - a < 3 || t[a] != '[' || t[b - 1] != ']')
		return 0;
	if (b - a == 5 && memcmp(t + a + 1, ELLIPSIS, 3) == 0)
		return 1;
	for (i = a + 1; i < b - 1; i++)
		if (!(t[i] >= '0' && t[i] <= '9') && t[i] != '.')
			return 0;
	return 1;
}

int nf_sent_is_trailer(const struct nf_sentctx *c, size_t j)
{
	const char *t = c->t;
	size_t a = c->toks[j].a, b = c->toks[j].b, k;

	if (note_mark(t, a, b))
		return !note_mark(t, c->toks[c->start].a, c->toks[c->start].b);
	for (k = 0; emoticons[k]; k++)
		if (strlen(emoticons[k]) == b - a && memcmp(t + a, emoticons[k], b - a) == 0)
			return 1;
	return 0;
}

void nf_sent_note_marker(struct nf_sentctx *c, size_t j)
{
	int style;
	long v = marker_value(c->t, c->toks[j].a, c->toks[j].b, &style);

	if (style) {
		c->last_style = style;
		c->last_value = v;
	}
}

/* Is t[a..b) a separator line such as "***", "=====" or "____"? */
static int separator(const char *t, size_t a, size_t b)
{
	size_t i;

	if (b - a < (t[a] == '*' ? 3u : 4u) || !strchr("*=_-#~", t[a]))
		return 0;	/* "---" is a dash, not a line */
	for (i = a + 1; i < b; i++)
		if (t[i] != t[a])
			return 0;
	return 1;
}

/* Does token j match shape: d = digits, other bytes literal, d runs 1..4? */
static int tok_shape(const struct nf_sentctx *c, size_t j, const char *shape)
{
	const char *t = c->t;
	size_t i = c->toks[j].a, b = c->toks[j].b, run;

	for (; *shape; shape++) {
		if (*shape != 'd') {
			if (i == b || t[i++] != *shape)
				return 0;
			continue;
		}
		for (run = 0; i < b && t[i] >= '0' && t[i] <= '9'; i++)
			run++;
		if (run == 0 || run > 4)
			return 0;
	}
	return i == b;
}

/* Do tokens j, j+1, j+2 read "08/16/2000 03:48 PM", a mail header stamp? */
static int timestamp_at(const struct nf_sentctx *c, size_t j)
{
	size_t k = j + 2;

	if (k >= c->n || !(tok_shape(c, j, "d/d/d")) ||
	    !(tok_shape(c, j + 1, "d:d") || tok_shape(c, j + 1, "d:d:d")))
		return 0;
	return c->toks[k].b - c->toks[k].a == 2 &&
	       (memcmp(c->t + c->toks[k].a, "AM", 2) == 0 ||
		memcmp(c->t + c->toks[k].a, "PM", 2) == 0);
}

static int is_url(const struct nf_sentctx *c, size_t j)
{
	const char *p = c->t + c->toks[j].a;
	size_t n = c->toks[j].b - c->toks[j].a;

	return (n > 7 && memcmp(p, "http", 4) == 0 && memchr(p, ':', 6)) ||
	       (n > 4 && memcmp(p, "www.", 4) == 0);
}

/*
 * Mail and web furniture: a header stamp stands alone, as does each of
 * several URLs in a row.
 */
static int furniture_ends(const struct nf_sentctx *c, size_t i)
{
	if (i >= 2 && timestamp_at(c, i - 2))
		return 1;
	return is_url(c, i) && is_url(c, i + 1);
}

static int furniture_starts(const struct nf_sentctx *c, size_t j)
{
	const char *t = c->t;

	return timestamp_at(c, j) && !(t[c->toks[j - 1].a] >= 'a' && t[c->toks[j - 1].a] <= 'z');
}

int nf_sent_starts_at(struct nf_sentctx *c, size_t j)
{
	const struct nf_tok *tk = &c->toks[j];
	int style;
	long v;
	unsigned char c0 = (unsigned char)c->t[tk->a];

	if (c0 == 0xE2 && starts_with_any(c->t, tk->a, tk->b, bullets))
		return 1;
	if (c0 >= '0' && c0 <= '9' && furniture_starts(c, j))
		return 1;
	if (strchr("*=_-#~", c0) && c0 && separator(c->t, tk->a, tk->b))
		return 1;
	if (c0 == '[' && note_mark(c->t, tk->a, tk->b) &&
	    note_mark(c->t, c->toks[c->start].a, c->toks[c->start].b))
		return 1;	/* "[1] ... 8:15 a.m. [2] ...": the next note */
	if (!(c0 >= '0' && c0 <= '9') && c0 != '(' && tk->b - tk->a != 2)
		return 0;
	v = marker_value(c->t, tk->a, tk->b, &style);
	if (!style || style != c->last_style || v != c->last_value + 1 || j + 1 >= c->n)
		return 0;
	return capitalised(c, j + 1);
}

/* "a.m." / "p.m.": ends a sentence unless the time opens it or a day follows. */
static int weekday(const char *t, size_t a, size_t b)
{
	static const char *const days[] = { "monday", "tuesday", "wednesday", "thursday",
		"friday", "saturday", "sunday", NULL };
	size_t k, i;

	for (k = 0; days[k]; k++) {
		if (strlen(days[k]) != b - a)
			continue;
		for (i = 0; i < b - a && (t[a + i] | 32) == days[k][i]; i++)
			;
		if (i == b - a)
			return 1;
	}
	return 0;
}

static int time_ends(const struct nf_sentctx *c, size_t i, const struct right *r)
{
	size_t n = r->w1 - r->w0;
	size_t k;
	int caps = 1;

	for (k = r->w0; k < r->w1; k++)
		caps &= c->t[k] >= 'A' && c->t[k] <= 'Z';
	if (caps && n >= 2 && n <= 4)
		return 0;	/* a time zone: "3 p.m. EST" */
	if (abbrev_tag(c, r->w0, r->w1) == NF_AB_MONTH || weekday(c->t, r->w0, r->w1))
		return 0;	/* "3 p.m. Tuesday" */
	return i - c->start >= 4 || is_starter(c, r);
}

/* Is token j a free-standing period, one dot of ". . ."? */
static int lone_dot(const struct nf_sentctx *c, size_t j)
{
	return c->toks[j].b - c->toks[j].a == 1 && c->t[c->toks[j].a] == '.';
}

/* How many lone dots follow from token j on the same line? */
static size_t dots_from(const struct nf_sentctx *c, size_t j)
{
	size_t k = j;

	while (k < c->n && lone_dot(c, k) && (k == j || !c->toks[k].nl))
		k++;
	return k - j;
}

/* How many lone dots end at token j? */
static size_t dots_until(const struct nf_sentctx *c, size_t j)
{
	size_t k = j + 1;

	while (k > c->start && lone_dot(c, k - 1))
		k--;
	return j + 1 - k;
}

/*
 * Does the token before token k (in the same sentence) end in a letter or
 * digit (a word, not "compounds.")?
 */
static int word_before(const struct nf_sentctx *c, size_t k)
{
	char e;

	if (k == 0 || k - 1 < c->start)
		return 0;
	e = c->t[c->toks[k - 1].b - 1];
	return ((e | 32) >= 'a' && (e | 32) <= 'z') || (e >= '0' && e <= '9');
}

/*
 * Spaced ellipses: ". . ." continues a sentence, ". . . ." ends one
 * before a capital, and "word. . . . Next" ends at the word's own period.
 */
static int spaced_dots_end(const struct nf_sentctx *c, size_t i,
			   const struct left *l, const struct right *r)
{
	size_t run;
	struct right after;

	if (l->w0 == l->w1 && l->core == c->toks[i].b && lone_dot(c, i)) {
		if (i + 1 < c->n && lone_dot(c, i + 1) && !c->toks[i + 1].nl)
			return 0;	/* the run goes on */
		if (dots_until(c, i) == 1)
			return 1;	/* "the elevator . Although" */
		if (dots_until(c, i) == 3 && word_before(c, i - 2) && r->kind == R_UPPER && is_starter(c, r) &&
		    !(r->w1 - r->w0 == 1 && c->t[r->w0] == 'I'))
			return 1;	/* "retreated . . . The army", not ". . . I mean" */
		return dots_until(c, i) >= 4 && r->kind == R_UPPER;
	}
	run = dots_from(c, i + 1);
	if (run == 3 && i + 4 < c->n) {
		read_right(c->t, c->toks[i + 4].a, c->toks[i + 4].b, &after);
		return after.kind == R_UPPER;
	}
	return 0;
}

static int ellipsis_ends(const struct left *l, const struct right *r)
{
	if (l->w0 == l->w1 && l->w0 != l->start)
		return 0;	/* "[...]" marks an omission */
	return r->kind == R_UPPER;
}

/*
 * Before a lower-case word, a stop ends a sentence only in informal text
 * ("it is real. i want it") and never inside quotes or brackets ("'This
 * is great.' she said", "Yahoo! in").
 */
static int lower_follows(const char *t, const struct left *l)
{
	int32_t cp;

	if (l->core != l->end)
		return 0;
	if (l->term != '!' || l->core - l->w1 > 1 || l->w0 == l->w1)
		return 1;
	nf_decode(t, l->w1, l->w0, &cp);
	return !nf_is_upper(cp);	/* "Yahoo! in" */
}

/* The word before a single period is an abbreviation, initial or word. */
static int period_ends(const struct nf_sentctx *c, size_t i,
		       const struct left *l, const struct right *r)
{
	const char *t = c->t;
	int tag = abbrev_tag(c, l->w0, l->w1);

	if (r->kind == R_LOWER)
		return lower_follows(t, l) && tag < 0 && !is_dotted(t, l->w0, l->w1) &&
		       l->w1 - l->w0 > 1;
	if (tag == NF_AB_TITLE || tag == NF_AB_INNER)
		return 0;
	if (r->kind == R_DIGIT)
		return tag < 0 && !is_initial(t, l->w0, l->w1) &&
		       !(l->w1 - l->w0 == 1 && nf_is_alpha((unsigned char)t[l->w0]));
	if (tag == NF_AB_TIME)
		return time_ends(c, i, r);
	if (is_initial(t, l->w0, l->w1)) {
		if (i > c->start && capitalised(c, i - 1))
			return 0;	/* George W. Bush */
		return is_starter(c, r);
	}
	if (tag >= 0 || is_dotted(t, l->w0, l->w1) ||
	    (l->w1 - l->w0 == 1 && nf_is_alpha((unsigned char)t[l->w0])))
		return is_starter(c, r);	/* an abbreviation, or "p." */
	return 1;
}

/* Is token j all capitals, three letters or more ("WASHINGTON")? */
static int all_caps(const struct nf_sentctx *c, size_t j)
{
	size_t i, n = 0;

	for (i = c->toks[j].a; i < c->toks[j].b; i++) {
		if (c->t[i] >= 'a' && c->t[i] <= 'z')
			return 0;
		n += c->t[i] >= 'A' && c->t[i] <= 'Z';
	}
	return n >= 3;
}

static int is_dash(const char *t, size_t a, size_t b)
{
	return (b - a == 1 && t[a] == '-') || (b - a == 2 && t[a] == '-' && t[a + 1] == '-') ||
	       (b - a == 3 && (memcmp(t + a, "\xE2\x80\x94", 3) == 0 ||
			       memcmp(t + a, "\xE2\x80\x93", 3) == 0));
}

/*
 * Sentences that end with no stop: after a separator line, a dateline
 * ("WASHINGTON (Reuters) -"), a closing ("Regards,"), a mail quote ">>".
 */
static int unpunctuated_ends(const struct nf_sentctx *c, size_t i)
{
	const char *t = c->t;
	const struct nf_tok *tk = &c->toks[i];
	struct right r;

	if (separator(t, tk->a, tk->b))
		return 1;
	read_right(t, c->toks[i + 1].a, c->toks[i + 1].b, &r);
	if (r.kind != R_UPPER)
		return 0;
	if (is_dash(t, tk->a, tk->b))
		return i - c->start <= 5 && all_caps(c, c->start);
	if (tk->b - tk->a == 2 && t[tk->a] == '>' && t[tk->a + 1] == '>')
		return 1;
	if (t[tk->b - 1] == ',' && i - c->start <= 1)
		return nf_lexicon_get(&c->ss->closings, t + tk->a, tk->b - 1 - tk->a) >= 0;
	return 0;
}

/* Can a token ending in byte c end a sentence?  (A cheap first test.) */
static int may_end(char c)
{
	switch (c) {
	case '.': case '?': case '!': case '"': case '\'': case ')': case ']': case '}':
	case '-': case ',': case '>': case '*': case '=': case '_': case '#': case '~':
		return 1;
	default:
		return (unsigned char)c >= 0x80;
	}
}

int nf_sent_ends_after(struct nf_sentctx *c, size_t i)
{
	const struct nf_tok *tk = &c->toks[i], *nx = &c->toks[i + 1];
	struct left l;
	struct right r;
	long v;

	if (!may_end(c->t[tk->b - 1]))
		return furniture_ends(c, i);
	read_left(c->t, tk->a, tk->b, &l);
	if (!l.term)
		return unpunctuated_ends(c, i);
	if (opens_sentence(c, i) && marker(c->t, tk->a, tk->b, &v))
		return 0;	/* "1." opening a list item */
	read_right(c->t, nx->a, nx->b, &r);
	if (l.term == '.' && l.ndots == 1 && (lone_dot(c, i) || lone_dot(c, i + 1)))
		return spaced_dots_end(c, i, &l, &r);
	if (l.term == '?' || l.term == '!')
		return r.kind != R_LOWER || lower_follows(c->t, &l);
	if (l.term == 'e')
		return ellipsis_ends(&l, &r);
	return period_ends(c, i, &l, &r);
}
