/*
 * The relations of a finished tree (see dep.h): each arc is labelled on
 * its own by the relation classifier, which sees the whole tree (the
 * dependent's children, the head's head).  The root is "root"; no other
 * token may be.  Words among the most frequent have compiled rows
 * (dep_model.c); others probe the hashed weights, to the same scores.
 */
#include <string.h>

#include "dep_internal.h"

/* Adds the weights of token i's word at relation position r. */
static void word(const struct nf_dep_model *m, const struct nf_dep_work *w, size_t i, int r,
		 int32_t *acc)
{
	const int16_t *row;
	uint64_t f;
	int c;

	if (w->vi[i] < m->nlvocab) {
		row = m->lrows + ((size_t)w->vi[i] * NF_DL_N + (size_t)r) * NF_DEP_LROW;
		for (c = 0; c < NF_DEP_LROW; c++)
			acc[c] += row[c];
		return;
	}
	f = nf_dep_lword_feat(r, w->w[i]);
	nf_weights_acc(&m->rels, &f, 1, acc);
}

static int label_one(const struct nf_dep_model *m, const struct nf_dep_work *w,
		     const uint8_t *tags, const int32_t *head, size_t d)
{
	struct nf_dep_lview v;
	uint32_t rows[NF_DEP_LTEMPL];
	int32_t acc[NF_DEP_ACC(NF_DEP_LROW)];
	const int16_t *row;
	int k, c;

	nf_dep_lview(head, w->lc, w->rc, w->nl, w->nr, tags, d, &v);
	memset(acc, 0, sizeof(acc));
	word(m, w, d, NF_DL_DEP, acc);
	word(m, w, (size_t)head[d], NF_DL_HEAD, acc);
	nf_dep_ltab_index(&v, rows);
	for (k = 0; k < NF_DEP_LTEMPL; k++) {
		row = m->ltab + (size_t)rows[k] * NF_DEP_LROW;
		for (c = 0; c < NF_DEP_LROW; c++)
			acc[c] += row[c];
	}
	return nf_dep_best(acc, NF_DEP_NRELS, NF_DEP_ROOT);
}

void nf_dep_label(const struct nf_dep_model *m, const struct nf_dep_work *w,
		  const uint8_t *tags, size_t n, const int32_t *head, uint8_t *rel)
{
	size_t d;

	for (d = 0; d < n; d++)
		rel[d] = (uint8_t)(head[d] < 0 ? NF_DEP_ROOT : label_one(m, w, tags, head, d));
}
