/*
 * The sentence splitter's decisions at stops: does a sentence end after a
 * token ending in ".", "?", "!" or an ellipsis (abbreviations, initials,
 * times, spaced dots, informal lower-case starts)?  nf_sent_ends_after()
 * says in what order the rules apply; the readings they use are in
 * sent_read.c, the rules for lists, notes and furniture in sent_items.c.
 */
#include <string.h>

#include "sent_internal.h"
#include "uchar.h"

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

static int time_ends(const struct nf_sentctx *c, size_t i, const struct nf_right *r)
{
	size_t n = r->w1 - r->w0;
	size_t k;
	int caps = 1;

	for (k = r->w0; k < r->w1; k++)
		caps &= c->t[k] >= 'A' && c->t[k] <= 'Z';
	if (caps && n >= 2 && n <= 4)
		return 0;	/* a time zone: "3 p.m. EST" */
	if (nf_sent_abbrev_tag(c, r->w0, r->w1) == NF_AB_MONTH || weekday(c->t, r->w0, r->w1))
		return 0;	/* "3 p.m. Tuesday" */
	return i - c->start >= 4 || nf_sent_is_starter(c, r);
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
			   const struct nf_left *l, const struct nf_right *r)
{
	size_t run;
	struct nf_right after;

	if (l->w0 == l->w1 && l->core == c->toks[i].b && lone_dot(c, i)) {
		if (i + 1 < c->n && lone_dot(c, i + 1) && !c->toks[i + 1].nl)
			return 0;	/* the run goes on */
		if (dots_until(c, i) == 1)
			return 1;	/* "the elevator . Although" */
		if (dots_until(c, i) == 3 && word_before(c, i - 2) && r->kind == R_UPPER && nf_sent_is_starter(c, r) &&
		    !(r->w1 - r->w0 == 1 && c->t[r->w0] == 'I'))
			return 1;	/* "retreated . . . The army", not ". . . I mean" */
		return dots_until(c, i) >= 4 && r->kind == R_UPPER;
	}
	run = dots_from(c, i + 1);
	if (run == 3 && i + 4 < c->n) {
		nf_sent_read_right(c->t, c->toks[i + 4].a, c->toks[i + 4].b, &after);
		return after.kind == R_UPPER;
	}
	return 0;
}

static int ellipsis_ends(const struct nf_left *l, const struct nf_right *r)
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
static int lower_follows(const char *t, const struct nf_left *l)
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
		       const struct nf_left *l, const struct nf_right *r)
{
	const char *t = c->t;
	int tag = nf_sent_abbrev_tag(c, l->w0, l->w1);

	if (r->kind == R_LOWER)
		return lower_follows(t, l) && tag < 0 && !nf_sent_is_dotted(t, l->w0, l->w1) &&
		       l->w1 - l->w0 > 1;
	if (tag == NF_AB_TITLE || tag == NF_AB_INNER)
		return 0;
	if (r->kind == R_DIGIT)
		return tag < 0 && !nf_sent_is_initial(t, l->w0, l->w1) &&
		       !(l->w1 - l->w0 == 1 && nf_is_alpha((unsigned char)t[l->w0]));
	if (tag == NF_AB_TIME)
		return time_ends(c, i, r);
	if (nf_sent_is_initial(t, l->w0, l->w1)) {
		if (i > c->start && nf_sent_capitalised(c, i - 1))
			return 0;	/* George W. Bush */
		return nf_sent_is_starter(c, r);
	}
	if (tag >= 0 || nf_sent_is_dotted(t, l->w0, l->w1) ||
	    (l->w1 - l->w0 == 1 && nf_is_alpha((unsigned char)t[l->w0])))
		return nf_sent_is_starter(c, r);	/* an abbreviation, or "p." */
	return 1;
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
	struct nf_left l;
	struct nf_right r;

	if (!may_end(c->t[tk->b - 1]))
		return nf_sent_furniture_ends(c, i);
	nf_sent_read_left(c->t, tk->a, tk->b, &l);
	if (!l.term)
		return nf_sent_unpunctuated_ends(c, i);
	if (nf_sent_opens_item(c, i))
		return 0;	/* "1." opening a list item */
	nf_sent_read_right(c->t, nx->a, nx->b, &r);
	if (l.term == '.' && l.ndots == 1 && (lone_dot(c, i) || lone_dot(c, i + 1)))
		return spaced_dots_end(c, i, &l, &r);
	if (l.term == '?' || l.term == '!')
		return r.kind != R_LOWER || lower_follows(c->t, &l);
	if (l.term == 'e')
		return ellipsis_ends(&l, &r);
	return period_ends(c, i, &l, &r);
}
