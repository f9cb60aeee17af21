/*
 * The relations of a finished tree (see dep.h): each arc is labelled on
 * its own by the relation classifier, which sees the whole tree (the
 * dependent's children, the head's head).  The root is "root"; no other
 * token may be.  Each token's word brings its rows as a dependent and as
 * a head, compiled (dep_model.c) or, for an unknown word, computed from
 * the hashed weights when the sentence was looked up (dep_parse.c).
 *
 * An arc's eight rows (two words, six tag tables) are scattered over
 * megabytes, so the arcs are scored in a pipeline: the rows of the arc
 * AHEAD - 1 tokens on are found and fetched while this one is scored.
 */
#include <string.h>

#include "dep_internal.h"

/* Arcs prepared: a power of two. */
enum { AHEAD = 4 };

/* Bytes of one relation row. */
#define LROW_BYTES (NF_DEP_LROW * sizeof(int16_t))

typedef int16_t v8h __attribute__((vector_size(16)));
typedef int32_t v8i __attribute__((vector_size(32)));

/* Scores of the relations, eight lanes to a vector. */
struct lacc {
	v8i v[NF_DEP_LROW / 8];
};

static inline void add_row(struct lacc *a, const int16_t *row)
{
	v8h h;
	int k;

	for (k = 0; k < NF_DEP_LROW / 8; k++) {
		memcpy(&h, row + 8 * k, sizeof(h));
		a->v[k] += __builtin_convertvector(h, v8i);
	}
}

/* The row of token i's word at relation position r (dep_parse.c found it). */
static const int16_t *word_row(const struct nf_dep_work *w, size_t i, int r)
{
	return w->lrow[i] + r * NF_DEP_LROW;
}

/* Finds the table rows of the arc into d (not the root) and fetches all its rows. */
static void prepare(const struct nf_dep_model *m, const struct nf_dep_work *w,
		    const uint8_t *tags, const int32_t *head, size_t d, uint32_t *rows)
{
	struct nf_dep_lview v;
	int k;

	nf_dep_lview(head, w->lc, w->rc, w->nl, w->nr, tags, d, &v);
	nf_dep_ltab_index(&v, rows);
	for (k = 0; k < NF_DEP_LTEMPL; k++)
		nf_dep_fetch(m->ltab + (size_t)rows[k] * NF_DEP_LROW, LROW_BYTES);
	nf_dep_fetch(word_row(w, d, NF_DL_DEP), LROW_BYTES);
	nf_dep_fetch(word_row(w, (size_t)head[d], NF_DL_HEAD), LROW_BYTES);
}

/* The best relation (not root) of the arc into d, whose table rows are rows. */
static int label_one(const struct nf_dep_model *m, const struct nf_dep_work *w,
		     const int32_t *head, size_t d, const uint32_t *rows)
{
	struct lacc a;
	int32_t sc[NF_DEP_LROW];
	int k;

	memset(&a, 0, sizeof(a));
	add_row(&a, word_row(w, d, NF_DL_DEP));
	add_row(&a, word_row(w, (size_t)head[d], NF_DL_HEAD));
	for (k = 0; k < NF_DEP_LTEMPL; k++)
		add_row(&a, m->ltab + (size_t)rows[k] * NF_DEP_LROW);
	memcpy(sc, &a, sizeof(sc));
	return nf_dep_best(sc, NF_DEP_NRELS, NF_DEP_ROOT);
}

void nf_dep_label(const struct nf_dep_model *m, const struct nf_dep_work *w,
		  const uint8_t *tags, size_t n, const int32_t *head, uint8_t *rel)
{
	uint32_t rows[AHEAD][NF_DEP_LTEMPL];
	size_t d, e;

	for (e = 0; e < n && e < AHEAD - 1; e++)
		if (head[e] >= 0)
			prepare(m, w, tags, head, e, rows[e % AHEAD]);
	for (d = 0; d < n; d++, e++) {
		if (e < n && head[e] >= 0)
			prepare(m, w, tags, head, e, rows[e % AHEAD]);
		rel[d] = (uint8_t)(head[d] < 0 ? NF_DEP_ROOT
					       : label_one(m, w, head, d, rows[d % AHEAD]));
	}
}
