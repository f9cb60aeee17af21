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
	f->con_b = (uint32_t)e;
	f->con2_a = f->con2_b = NF_ATTR_NONE;
}
