/*
 * Sign-off attributions: a quotation followed by a dash and a name ending
 * its line, maybe with a description ("... our greatest shame.” ― Sonya
 * Herridge", "― Tomas Berg, a teacher in Malmö"), the way readers' voices,
 * epigraphs and social-media roundups are credited.  The trained cue
 * tagger never sees the dash as a cue (the training articles have no such
 * lines), so this is a rule: the dash is the cue, the name (and its
 * description) the source, the whole quotation the content.
 */
#include <string.h>

#include "attr.h"

/* Tokens: of a name, of its description, of an unpaired quotation's line. */
enum { SIGN_OFF_MAX_NAME = 4, SIGN_OFF_MAX_ROLE = 16, SIGN_OFF_MAX_QUOTE = 400 };

/* Is token i "―" or "—"? */
static int is_long_dash(const struct nf_attr_work *w, const char *text, size_t i)
{
	const struct nf_attr_tok *t = &w->t[i];

	return t->b - t->a == 3 && memcmp(text + t->a, "\xE2\x80", 2) == 0 &&
	       (text[t->a + 2] == '\x94' || text[t->a + 2] == '\x95');
}

/* Does a line end at token k (the end of the text, or a line break)? */
static int line_ends(const struct nf_attr_work *w, size_t k)
{
	if (k < w->n && w->t[k].shape == NF_SH_STOP && w->t[k].b - w->t[k].a == 1)
		k++;
	return k >= w->n || (w->t[k].flags & NF_TF_LINE);
}

/* Does token t begin with a quote mark (“ ” or "), glued to a word or not? */
static int opens_with_quote(const char *text, const struct nf_attr_tok *t)
{
	const char *s = text + t->a;

	return s[0] == '"' || (t->b - t->a >= 3 && memcmp(s, "\xE2\x80", 2) == 0 &&
				(s[2] == '\x9C' || s[2] == '\x9D'));
}

/*
 * The opening quote mark of the quotation that ends at token q: its pair,
 * or else the first token of q's line if it begins with a quote mark
 * (typed the wrong way round, "”Mr. Trump ... shame.”", it pairs with
 * nothing and stays glued to its word), looked for over a bounded stretch
 * so that a line of many sign-off dashes costs no quadratic time.
 */
static size_t quote_start(const struct nf_attr_work *w, const char *text, size_t q)
{
	size_t k = q;

	if (nf_attr_qopen(w, q) != NF_ATTR_NONE)
		return nf_attr_qopen(w, q);
	while (k > 0 && q - k < SIGN_OFF_MAX_QUOTE && !(w->t[k].flags & NF_TF_LINE))
		k--;
	return k < q && opens_with_quote(text, &w->t[k]) ? k : NF_ATTR_NONE;
}

/*
 * After a name at token k, ", a nurse in Ohio" up to the line's end: the
 * end of that description (exclusive), or 0 if there is none (no comma,
 * a quote mark, a line break or too many words before the line ends).
 */
static size_t description_end(const struct nf_attr_work *w, size_t k)
{
	size_t j;

	if (k >= w->n || w->t[k].shape != NF_SH_COMMA || (w->t[k].flags & NF_TF_LINE))
		return 0;
	for (j = k + 1; j < w->n && j <= k + SIGN_OFF_MAX_ROLE; j++) {
		if ((w->t[j].flags & NF_TF_LINE) || nf_attr_is_quote(w->t[j].shape))
			return 0;
		if (line_ends(w, j + 1))
			return w->t[j].shape == NF_SH_STOP ? j : j + 1;
	}
	return 0;
}

/*
 * If token i is the dash of a sign-off, the end of the name after it, with
 * its description if any (exclusive); else 0.
 */
static size_t sign_off_end(const struct nf_attr_work *w, const char *text, size_t i)
{
	size_t k;

	if (i == 0 || i + 1 >= w->n || !is_long_dash(w, text, i) ||
	    w->t[i - 1].shape != NF_SH_CLOSEQ || (w->t[i].flags & NF_TF_LINE) ||
	    quote_start(w, text, i - 1) == NF_ATTR_NONE)
		return 0;
	for (k = i + 1; k < w->n && k <= i + SIGN_OFF_MAX_NAME; k++)
		if (w->t[k].shape != NF_SH_CAP && w->t[k].shape != NF_SH_UPPER)
			break;
	if (k == i + 1)
		return 0;
	if (line_ends(w, k))
		return k;
	return description_end(w, k);
}

void nf_attr_mark_sign_offs(struct nf_attr_work *w, const char *text)
{
	size_t i;

	for (i = 1; i < w->n; i++)
		if (w->tag[i] == NF_AC_O && sign_off_end(w, text, i))
			w->tag[i] = NF_AC_B;
}

int nf_attr_sign_off(const struct nf_attr_work *w, const char *text, struct nf_attr_found *f)
{
	size_t e;

	if (f->cue_b != f->cue_a + 1 || !(e = sign_off_end(w, text, f->cue_a)))
		return 0;
	f->src_a = f->cue_b;
	f->src_b = (uint32_t)e;
	f->con_a = (uint32_t)quote_start(w, text, f->cue_a - 1);
	f->con_b = f->cue_a;
	f->con2_a = f->con2_b = NF_ATTR_NONE;
	f->quoted = 1;
	return 1;
}
