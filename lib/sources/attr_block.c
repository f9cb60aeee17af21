/*
 * A cue that introduces the next paragraph: "Caddell continued:" or "He
 * said:" closing its paragraph, with the quotation or transcript set out
 * below it.  The choosers see only the cue's sentence (or the quotation
 * it sits in), so they cannot reach it; this rule makes that paragraph
 * the content (PolNeAR train: 41 such contents, 4,665 words; see
 * docs/sources-model.md).
 */
#include "attr.h"

/* The longest paragraph taken (tokens): a longer one is left alone. */
enum { BLOCK_MAX = 400 };

/* Does a paragraph (or at least a line) start at token p? */
static int starts_line(const struct nf_attr_work *w, size_t p)
{
	return p < w->n && (w->t[p].flags & (NF_TF_PARA | NF_TF_LINE));
}

/*
 * A quotation of several paragraphs opens each with a quote mark and
 * closes only the last: from e, the end of a paragraph whose opening mark
 * at q is unpaired, the end of the last paragraph of the quotation (at
 * most BLOCK_MAX tokens after q); e itself if q opens no such quotation.
 * A paragraph holding a cue of its own ("\"WALLACE: ...", "..., he
 * said") is not part of it.
 */
size_t nf_attr_quote_paragraphs(const struct nf_attr_work *w, size_t q, size_t e)
{
	size_t k;

	if (q >= w->n || w->t[q].shape != NF_SH_OPENQ || nf_attr_qclose(w, q) != NF_ATTR_NONE)
		return e;
	while (e < w->n && w->t[e].shape == NF_SH_OPENQ && (w->t[e].flags & NF_TF_PARA)) {
		q = e;
		for (k = e; k < w->n && (k == e || !starts_line(w, k)); k++)
			if (k - q >= BLOCK_MAX || w->tag[k] != NF_AC_O)
				return e;
		e = k;
		if (nf_attr_qclose(w, q) != NF_ATTR_NONE)
			break;	/* the last paragraph, closed */
	}
	return e;
}

void nf_attr_colon_block(const struct nf_attr_work *w, struct nf_attr_found *f)
{
	size_t p = f->cue_b, e;

	if (f->src_a != NF_ATTR_NONE && f->src_a >= f->cue_b)
		p = f->src_b;
	if (p < w->n && w->t[p].shape == NF_SH_COLON)
		p++;
	else if (w->t[p - 1].shape != NF_SH_COLON)
		return;
	if (!starts_line(w, p))
		return;
	for (e = p + 1; e < w->n && !starts_line(w, e); e++)
		if (e - p >= BLOCK_MAX)
			return;
	f->con_a = (uint32_t)p;
	f->con_b = (uint32_t)nf_attr_quote_paragraphs(w, p, e);
	f->con2_a = f->con2_b = NF_ATTR_NONE;
}
