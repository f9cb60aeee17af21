/*
 * The sentence splitter's rules for what is not prose: list markers and
 * bullets that start an item, note marks and smileys that trail a
 * sentence, separator lines, datelines, letter closings, mail header
 * stamps and runs of URLs.
 */
#include <string.h>

#include "sent_internal.h"
#include "uchar.h"

/*
 * A list marker: "3." "3)" "3.)" "(3)" "b." "b)", optionally after a
 * bullet.  Returns its style (0 if none) and its value in *value.
 */
static int marker(const char *t, size_t a, size_t b, long *value)
{
	size_t k, i;
	long v = 0;
	int paren = 0;

	while (a < b && (k = nf_sent_bullet_len(t, a, b)) != 0)
		a += k;
	if (a == b)
		return 0;	/* nf_sent_bullets only */
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

/* Are the tokens from the sentence start up to j nf_sent_bullets only? */
static int opens_sentence(const struct nf_sentctx *c, size_t j)
{
	size_t i, k, a;

	for (i = c->start; i < j; i++) {
		a = c->toks[i].a;
		k = nf_sent_bullet_len(c->t, a, c->toks[i].b);
		if (!k || a + k != c->toks[i].b)
			return 0;
	}
	return 1;
}

static const char *const emoticons[] = { ":)", ":(", ":P", ":D", ":-)", ":-(",
	";)", ";-)", ":p", "XD", ":/", NULL };

int nf_sent_is_trailer(const struct nf_sentctx *c, size_t j)
{
	const char *t = c->t;
	size_t a = c->toks[j].a, b = c->toks[j].b, k;

	if (nf_sent_note_mark(t, a, b))
		return !nf_sent_note_mark(t, c->toks[c->start].a, c->toks[c->start].b);
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

/* Can a separator line be made of c (strchr("*=_-#~", c) without the call)? */
static int separator_byte(char c)
{
	switch (c) {
	case '*': case '=': case '_': case '-': case '#': case '~':
		return 1;
	default:
		return 0;
	}
}

/* Is t[a..b) a separator line such as "***", "=====" or "____"? */
static int separator(const char *t, size_t a, size_t b)
{
	size_t i;

	if (b - a < (t[a] == '*' ? 3u : 4u) || !separator_byte(t[a]))
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
static int is_digit_byte(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * Most tokens are neither, so the first bytes are looked at first: a
 * stamp starts with a digit, a URL with 'h' or 'w'.
 */
int nf_sent_furniture_ends(const struct nf_sentctx *c, size_t i)
{
	char u = c->t[c->toks[i].a];

	if (i >= 2 && is_digit_byte(c->t[c->toks[i - 2].a]) && timestamp_at(c, i - 2))
		return 1;
	return (u == 'h' || u == 'w') && is_url(c, i) && is_url(c, i + 1);
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

	if (c0 == 0xE2 && nf_sent_bullet_len(c->t, tk->a, tk->b))
		return 1;
	if (c0 >= '0' && c0 <= '9' && furniture_starts(c, j))
		return 1;
	if (separator_byte((char)c0) && separator(c->t, tk->a, tk->b))
		return 1;
	if (c0 == '[' && nf_sent_note_mark(c->t, tk->a, tk->b) &&
	    nf_sent_note_mark(c->t, c->toks[c->start].a, c->toks[c->start].b))
		return 1;	/* "[1] ... 8:15 a.m. [2] ...": the next note */
	if (!(c0 >= '0' && c0 <= '9') && c0 != '(' && tk->b - tk->a != 2)
		return 0;
	v = marker_value(c->t, tk->a, tk->b, &style);
	if (!style || style != c->last_style || v != c->last_value + 1 || j + 1 >= c->n)
		return 0;
	return nf_sent_capitalised(c, j + 1);
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
int nf_sent_unpunctuated_ends(const struct nf_sentctx *c, size_t i)
{
	const char *t = c->t;
	const struct nf_tok *tk = &c->toks[i];
	struct nf_right r;

	if (separator(t, tk->a, tk->b))
		return 1;
	nf_sent_read_right(t, c->toks[i + 1].a, c->toks[i + 1].b, &r);
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

int nf_sent_opens_item(const struct nf_sentctx *c, size_t i)
{
	long v;

	return opens_sentence(c, i) && marker(c->t, c->toks[i].a, c->toks[i].b, &v);
}
