/*
 * The rules that finish a chosen source and content, where the trained
 * choosers (attr_decode.c) see too little: a quotation or a sentence that
 * the cue splits in two gets its second fragment; an apposition after
 * "according to X," moves from the content to the source; a participle
 * cue after a comma takes the source of the cue before it.  Each rule was
 * kept for what it measured on PolNeAR dev (docs/sources-model.md).
 */
#include <string.h>

#include "attr.h"

/*
 * Past the end of a cue's clause: from p, over tokens without quote marks
 * ("to the TV", ", clapping", ", an economist at the Tax Foundation") to
 * the sentence's stop, the token after the stop; or p itself after a
 * comma or stop; an opening quote mark after a comma ("A," she said,
 * referring to X, "B."); else NF_ATTR_NONE.  The tail may be long: "A,"
 * said X, a ... group. "B." still continues the quotation (PolNeAR dev:
 * +12 exact contents against a limit of 8 tokens).
 */
enum { CLAUSE_TAIL_MAX = 40 };

static size_t clause_tail(const struct nf_attr_work *w, size_t p)
{
	size_t k;

	if (p < w->n && w->t[p].shape == NF_SH_COMMA && p + 1 < w->n &&
	    w->t[p + 1].shape == NF_SH_OPENQ)
		return p + 1;
	for (k = p; k < w->n && k < p + CLAUSE_TAIL_MAX; k++) {
		if (k > p && w->t[k].shape == NF_SH_OPENQ && w->t[k - 1].shape == NF_SH_COMMA &&
		    !(w->t[k].flags & NF_TF_SENT))
			return k;	/* ", she said, referring to X, “B.”" */
		if (nf_attr_is_quote(w->t[k].shape) || (k > p && (w->t[k].flags & NF_TF_PARA)))
			return NF_ATTR_NONE;
		if (w->t[k].shape == NF_SH_STOP)
			return k + 1;
	}
	return NF_ATTR_NONE;
}

/* Does the quotation opened at token p make up its paragraph (or line)? */
static int whole_paragraph(const struct nf_attr_work *w, size_t p)
{
	size_t e = nf_attr_qclose(w, p) + 1;

	return e >= w->n || (w->t[e].flags & (NF_TF_PARA | NF_TF_LINE));
}

/*
 * "A," she said, "B." or "A," she said. "B.": the next quotation continues
 * the content, also when it is a paragraph of its own ("A," he said.
 * NEWPARA "B."), the way news goes on quoting the last speaker; and also
 * when the content only opens with a quotation ("''A'' of the plan," X
 * said. "B.").
 */
void nf_attr_split_quote(const struct nf_attr_work *w, struct nf_attr_found *f)
{
	size_t p = f->cue_b;

	f->con2_a = f->con2_b = NF_ATTR_NONE;
	if (f->con_a == NF_ATTR_NONE || f->con_b > f->cue_a ||
	    (w->t[f->con_b - 1].shape != NF_SH_CLOSEQ && w->t[f->con_a].shape != NF_SH_OPENQ))
		return;
	if (f->src_a != NF_ATTR_NONE && f->src_a >= f->cue_b)
		p = f->src_b;
	p = clause_tail(w, p);
	if (p < w->n && w->t[p].shape == NF_SH_OPENQ && nf_attr_qclose(w, p) != NF_ATTR_NONE &&
	    (!(w->t[p].flags & NF_TF_PARA) || whole_paragraph(w, p))) {
		f->con2_a = (uint32_t)p;
		f->con2_b = nf_attr_qclose(w, p) + 1;
	}
}

/* The most tokens the second half of a split clause may have. */
enum { SPLIT_CLAUSE_MAX = 150 };

/*
 * "A, he said, B.": a content that ends at the comma before a cue in the
 * middle of its sentence goes on after the cue's clause to the sentence's
 * end ("Climate change, Mr. Obama often says, is the greatest threat").
 */
void nf_attr_split_clause(const struct nf_attr_work *w, struct nf_attr_found *f)
{
	size_t p = f->cue_b, k, se;

	if (f->con_a == NF_ATTR_NONE || f->con2_a != NF_ATTR_NONE || f->con_b > f->cue_a ||
	    w->t[f->con_b].shape != NF_SH_COMMA || !(w->t[f->con_a].flags & NF_TF_SENT))
		return;
	if (f->src_a != NF_ATTR_NONE && f->src_a >= f->cue_b)
		p = f->src_b;
	for (k = p; k < w->n && k < p + 6 && w->t[k].shape != NF_SH_COMMA; k++)
		if (nf_attr_is_punct(w->t[k].shape) || nf_attr_is_quote(w->t[k].shape) ||
		    (w->t[k].flags & NF_TF_SENT))
			return;
	if (k + 1 >= w->n || w->t[k].shape != NF_SH_COMMA)
		return;
	if (p != f->cue_b && w->t[k + 1].pos != NF_POS_AUX)
		return;		/* "..., said X, a lawyer": more of the source */
	for (se = k + 1; se < w->n && !(w->t[se].flags & NF_TF_SENT); se++)
		if (se - k > SPLIT_CLAUSE_MAX)
			return;	/* no end in sight: bounded, so many cues cost linear time */
	while (se > k + 1 && w->t[se - 1].shape == NF_SH_STOP)
		se--;
	if (se <= k + 2)
		return;
	f->con2_a = (uint32_t)(k + 1);
	f->con2_b = (uint32_t)se;
}

static int is_article(const char *text, const struct nf_attr_tok *t)
{
	size_t n = t->b - t->a;
	const char *s = text + t->a;

	return (n == 1 && s[0] == 'a') || (n == 2 && s[0] == 'a' && s[1] == 'n') ||
	       (n == 3 && memcmp(s, "the", 3) == 0);
}

/*
 * Does a phrase opening with an article follow, after a comma, the source
 * of f, which follows its cue ("said X, a lawyer", "according to X, the
 * envoy")?
 */
static int article_after_source(const struct nf_attr_work *w, const char *text,
				const struct nf_attr_found *f)
{
	size_t p = f->src_b;

	return f->src_a != NF_ATTR_NONE && f->src_a >= f->cue_b && f->con_a != NF_ATTR_NONE &&
	       p + 2 < w->n && w->t[p].shape == NF_SH_COMMA && is_article(text, &w->t[p + 1]);
}

/*
 * "According to X, a special envoy, Y": the phrase after a source that
 * follows its cue, set off by commas and opening with an article, belongs
 * to the source, not to the content.
 */
void nf_attr_apposition(const struct nf_attr_work *w, const char *text, struct nf_attr_found *f)
{
	uint32_t p = f->src_b, j;

	if (!article_after_source(w, text, f) || f->con_a != p + 1)
		return;
	for (j = p + 2; j < f->con_b && j < p + 16; j++)
		if (w->t[j].shape == NF_SH_COMMA || nf_attr_is_quote(w->t[j].shape) ||
		    w->t[j].shape == NF_SH_STOP)
			break;
	if (j + 1 < f->con_b && w->t[j].shape == NF_SH_COMMA) {
		f->src_b = j;
		f->con_a = j + 1;
	}
}

enum { APPOS_MAX = 40 };

static int is_relative(const char *text, const struct nf_attr_tok *t)
{
	return nf_attr_word_is(text, t, "who") || nf_attr_word_is(text, t, "whose") ||
	       nf_attr_word_is(text, t, "which");
}

/*
 * "“The port is open,” said Hanna Berg, a shipping analyst at a firm in
 * Oslo.": a source after its cue, with the content before the cue, takes
 * in the description after it that opens with an article, up to the end
 * of the sentence, a quotation going on, or a relative clause set off by
 * a comma (", whose ..."; PolNeAR train: 239 such
 * sources run to the sentence's end, 17 stop at the name, 16 at the next
 * comma).
 */
void nf_attr_description(const struct nf_attr_work *w, const char *text,
			 struct nf_attr_found *f)
{
	size_t p = f->src_b, j;

	if (!article_after_source(w, text, f) || f->con_b > f->cue_a ||
	    (w->t[p + 1].flags & NF_TF_SENT))
		return;
	for (j = p + 2; j < w->n && j - p < APPOS_MAX && !(w->t[j].flags & NF_TF_SENT); j++)
		if (w->t[j].shape == NF_SH_OPENQ || w->t[j].shape == NF_SH_COLON ||
		    (w->t[j].shape == NF_SH_COMMA && j + 1 < w->n && is_relative(text, &w->t[j + 1])))
			break;
	if (j - p >= APPOS_MAX)
		return;
	while (j > p + 2 && (nf_attr_is_punct(w->t[j - 1].shape) ||
			     nf_attr_is_quote(w->t[j - 1].shape)))
		j--;
	f->src_b = (uint32_t)j;
}

/* Is token t a word ending in "ing" tagged as a verb? */
static int is_participle(const char *text, const struct nf_attr_tok *t)
{
	return t->pos == NF_POS_VERB && t->b - t->a > 4 &&
	       memcmp(text + t->b - 3, "ing", 3) == 0;
}

/*
 * "“We need change,” the businessman said, arguing that ...": the one
 * arguing is the businessman.  The source chooser looks only next to the
 * cue and at the sentence's start (PolNeAR dev: 13 sources given, none
 * wrong; the scorer counts each document's distinct spans, so its
 * figures stay).  Only the 8 cues before are looked at: linear time.
 */
void nf_attr_inherit_source(struct nf_attr_work *w, const char *text, size_t k)
{
	struct nf_attr_found *f = &w->found[k];
	size_t j;

	if (f->src_a != NF_ATTR_NONE || f->cue_a == 0 || !is_participle(text, &w->t[f->cue_a]) ||
	    w->t[f->cue_a - 1].shape != NF_SH_COMMA)
		return;
	for (j = k; j-- > 0 && k - j <= 8 && w->found[j].sent == f->sent;)
		if (w->found[j].src_a != NF_ATTR_NONE) {
			f->src_a = w->found[j].src_a;
			f->src_b = w->found[j].src_b;
			return;
		}
}
