/*
 * Parts of speech for link-sources (attr.h): the shared tagger (pos.h)
 * run over each sentence of the prepared tokens, so that the cue tagger
 * and the span choosers can tell a reporting verb from a noun and see
 * where a clause or a noun phrase stops.
 */
#include <stdlib.h>

#include "attr.h"

static int room(struct nf_attr_work *w, size_t n)
{
	struct nf_pos_tok *p;
	uint8_t *g;

	if (n <= w->ptok_cap)
		return 0;
	if (!(p = realloc(w->ptok, n * sizeof(*p))))
		return -1;
	w->ptok = p;
	if (!(g = realloc(w->ptag, n)))
		return -1;
	w->ptag = g;
	w->ptok_cap = n;
	return 0;
}

/* Might the cue tagger find a cue in tokens [sb, se)?  (Its gate, attr_decode.c.) */
static int may_cite(const struct nf_attr_work *w, size_t sb, size_t se)
{
	size_t i;

	for (i = sb; i < se; i++)
		if (w->t[i].lex >= 1)
			return 1;
	return 0;
}

int nf_attr_tag_pos(struct nf_attr_work *w, const struct nf_pos_model *pm, const char *text)
{
	size_t sb = 0, se, i;

	for (; sb < w->n; sb = se) {
		for (se = sb + 1; se < w->n && !(w->t[se].flags & NF_TF_SENT); se++)
			;
		if (!may_cite(w, sb, se))
			continue;
		if (room(w, se - sb) < 0)
			return -1;
		for (i = sb; i < se; i++) {
			w->ptok[i - sb].a = w->t[i].a;
			w->ptok[i - sb].b = w->t[i].b;
			w->ptok[i - sb].w = w->t[i].w;
		}
		nf_pos_tag(pm, text, w->ptok, se - sb, w->ptag);
		for (i = sb; i < se; i++)
			w->t[i].pos = w->ptag[i - sb];
	}
	return 0;
}
