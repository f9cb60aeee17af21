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
 * A caller may ask for the relations of some arcs only (nf_dep_parse_some):
 * the others, and the relation rows of words no labelled arc touches,
 * cost nothing.
 */
#include <string.h>

#include "dep_internal.h"

/* Arcs prepared: a power of two. */
enum { AHEAD = 4 };

/* Bytes of one relation row. */
#define LROW_BYTES (NF_DEP_LROW * sizeof(int16_t))

typedef int16_t v8h __attribute__((vector_size(16)));
typedef int32_t v4i __attribute__((vector_size(16)));
typedef uint32_t v4u __attribute__((vector_size(16)));

/* Eight-lane chunks of a row. */
enum { NCH = NF_DEP_LROW / 8 };

/*
 * Scores of the relations, by chunk of eight: lanes 2j and 2j+1 of chunk
 * k are even[k][j] and odd[k][j].  A chunk of int16 seen as four int32
 * holds an even lane in one half of each and an odd one in the other, so
 * two shifts sign-extend it, in registers (which half depends on the byte
 * order).  Lanes that no relation may take (root, padding) start so low
 * that no sum of eight int16 lifts them to a real score.
 */
struct lacc {
	v4i even[NCH], odd[NCH];
};

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
enum { LOW_IS_ODD = 1 };
#else
enum { LOW_IS_ODD = 0 };
#endif

/* The start of every arc's scores: 0, or far below any score for lanes not to take. */
enum { BARRED = -(1 << 30) };

static void lacc_start(struct lacc *a)
{
	int c;

	memset(a, 0, sizeof(*a));
	for (c = 0; c < NF_DEP_LROW; c++)
		if (c == NF_DEP_ROOT || c >= NF_DEP_NRELS) {
			if (c & 1)
				a->odd[c / 8][(c % 8) / 2] = BARRED;
			else
				a->even[c / 8][(c % 8) / 2] = BARRED;
		}
}

/* Adds chunk k of row (eight int16) to the scores. */
static inline void add_chunk(struct lacc *a, const int16_t *row, int k)
{
	v8h h;
	v4i x, lo, hi;

	memcpy(&h, row + 8 * k, sizeof(h));
	x = (v4i)h;
	lo = (v4i)((v4u)x << 16) >> 16;
	hi = x >> 16;
	a->even[k] += LOW_IS_ODD ? hi : lo;
	a->odd[k] += LOW_IS_ODD ? lo : hi;
}

/* Adds a row, its chunks spelt out so that the scores stay in registers. */
static inline void add_row(struct lacc *a, const int16_t *row)
{
	_Static_assert(NCH == 5, "a row is five chunks");
	add_chunk(a, row, 0);
	add_chunk(a, row, 1);
	add_chunk(a, row, 2);
	add_chunk(a, row, 3);
	add_chunk(a, row, 4);
}

static inline v4i vmax(v4i a, v4i b)
{
	v4i gt = a > b;

	return (a & gt) | (b & ~gt);
}

/* The first lane with the highest score: the best relation (never a barred lane). */
static int best(const struct lacc *a)
{
	int32_t e[NCH * 4], o[NCH * 4], top;
	v4i m = a->even[0];
	int k, c;

	for (k = 0; k < NCH; k++)
		m = vmax(vmax(m, a->even[k]), a->odd[k]);
	top = m[0] > m[1] ? m[0] : m[1];
	top = top > m[2] ? top : m[2];
	top = top > m[3] ? top : m[3];
	memcpy(e, a->even, sizeof(e));
	memcpy(o, a->odd, sizeof(o));
	for (c = 0; c < NF_DEP_NRELS; c++)
		if ((c & 1 ? o : e)[c / 8 * 4 + c % 8 / 2] == top)
			return c;
	return NF_DEP_DEP;	/* not reached */
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
		     const int32_t *head, size_t d, const uint32_t *rows, const struct lacc *start)
{
	struct lacc a = *start;
	int k;

	add_row(&a, word_row(w, d, NF_DL_DEP));
	add_row(&a, word_row(w, (size_t)head[d], NF_DL_HEAD));
	for (k = 0; k < NF_DEP_LTEMPL; k++)
		add_row(&a, m->ltab + (size_t)rows[k] * NF_DEP_LROW);
	return best(&a);
}

/* Is the arc into d labelled?  (The root's is "root" without scoring.) */
static int wanted(const int32_t *head, const uint8_t *want, size_t d)
{
	return head[d] >= 0 && (!want || want[head[d]]);
}

void nf_dep_label(const struct nf_dep_model *m, struct nf_dep_work *w, const uint8_t *tags,
		  size_t n, const int32_t *head, const uint8_t *want, uint8_t *rel)
{
	uint32_t rows[AHEAD][NF_DEP_LTEMPL];
	struct lacc start;
	size_t d, e;

	for (d = 0; d < n; d++)
		if (wanted(head, want, d)) {
			nf_dep_lrows(m, w, d);
			nf_dep_lrows(m, w, (size_t)head[d]);
		}
	lacc_start(&start);
	for (e = 0; e < n && e < AHEAD - 1; e++)
		if (wanted(head, want, e))
			prepare(m, w, tags, head, e, rows[e % AHEAD]);
	for (d = 0; d < n; d++, e++) {
		if (e < n && wanted(head, want, e))
			prepare(m, w, tags, head, e, rows[e % AHEAD]);
		rel[d] = (uint8_t)(head[d] < 0 ? NF_DEP_ROOT
			 : !wanted(head, want, d) ? NF_DEP_UNLABELLED
			 : label_one(m, w, head, d, rows[d % AHEAD], &start));
	}
}
