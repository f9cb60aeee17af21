/*
 * Parsing, the hot path (see dep.h).  Each token is looked up once in the
 * compiled vocabulary (dep_model.c) for its rows at every position (of
 * both classifiers), or has them computed from the hashed weights if it
 * is unknown; then each transition adds those rows and the rows of its
 * tag tuples (tables), and takes the best legal action.  The relations
 * are chosen afterwards (dep_label.c).  The work struct is the only
 * memory, grown once per longer sentence.
 */
#include <stdlib.h>
#include <string.h>

#include "dep_internal.h"

void nf_dep_work_release(struct nf_dep_work *w)
{
	free(w->mem);
	memset(w, 0, sizeof(*w));
}

/* Bytes of a token's action rows and of its relation rows. */
enum { AROWS = NF_DR_N * NF_DEP_AROW * 2, LROWS = NF_DL_N * NF_DEP_LROW * 2 };

/* Bytes per token of the work block, widest members first (alignment). */
enum { PER_TOK = 2 * sizeof(int16_t *) + 8 + 4 * 4 + AROWS + LROWS + 2 };

static int reserve(struct nf_dep_work *w, size_t n)
{
	unsigned char *p;
	size_t cap;

	if (n <= w->cap)
		return 0;
	for (cap = w->cap ? w->cap : 64; cap < n; cap *= 2)
		if (cap > SIZE_MAX / 2 / PER_TOK)
			return -1;
	p = malloc(cap * PER_TOK);
	if (!p)
		return -1;
	free(w->mem);
	w->mem = p;
	w->cap = cap;
	w->arow = (const int16_t **)(void *)p;
	w->lrow = (const int16_t **)(void *)(p += cap * sizeof(int16_t *));
	w->w = (uint64_t *)(void *)(p += cap * sizeof(int16_t *));
	w->stack = (int32_t *)(void *)(p += cap * 8);
	w->lc = (int32_t *)(void *)(p += cap * 4);
	w->rc = (int32_t *)(void *)(p += cap * 4);
	w->vi = (uint32_t *)(void *)(p += cap * 4);
	w->own = (int16_t *)(void *)(p += cap * 4);
	w->lown = (int16_t *)(void *)(p += cap * AROWS);
	w->nl = p += cap * LROWS;
	w->nr = p + cap;
	return 0;
}

/*
 * Hashes every token and starts fetching its slot of the word index, so
 * that look_up's probes find their cache lines on the way rather than
 * waiting for each in turn.
 */
static void hash_all(const struct nf_dep_model *m, struct nf_dep_work *w, const char *text,
		     const struct nf_pos_tok *toks, size_t n)
{
	size_t i, s;

	for (i = 0; i < n; i++) {
		w->w[i] = toks[i].w ? toks[i].w
				    : nf_pos_word_hash(text + toks[i].a, toks[i].b - toks[i].a);
		s = (size_t)w->w[i] & (m->cap - 1);
		__builtin_prefetch(m->keys + s);
		__builtin_prefetch(m->index + s);
	}
}

_Static_assert((int)NF_DL_N <= (int)NF_DR_N, "own_rows' room");

/*
 * The int16 rows of the word hashed h at each of npos positions, of width
 * classes, from the hashed weights, one feature per position (feat), in
 * one batch.  A feature's weights are int16 in the model: nothing is lost.
 */
static void own_rows(const struct nf_weights *wt, uint64_t (*feat)(int, uint64_t), uint64_t h,
		     int npos, int width, int16_t *rows)
{
	int32_t acc[NF_DR_N * NF_DEP_ACC(NF_DEP_LROW)];
	uint64_t f[NF_DR_N] = { 0 };	/* zeroed only to quiet -O1 (maybe-uninitialized) */
	size_t stride = (size_t)NF_DEP_ACC(width);
	int r, c;

	for (r = 0; r < npos; r++)
		f[r] = feat(r, h);
	memset(acc, 0, (size_t)npos * stride * sizeof(*acc));
	nf_weights_acc_each(wt, f, (size_t)npos, acc, stride);
	for (r = 0; r < npos; r++)
		for (c = 0; c < width; c++)
			rows[r * width + c] = (int16_t)acc[(size_t)r * stride + (size_t)c];
}

/*
 * Looks token i up and starts fetching its action rows; the rows of an
 * unknown word are computed into own.  Its relation rows wait until an
 * arc asks for them (nf_dep_lrows).
 */
static void look_up(const struct nf_dep_model *m, struct nf_dep_work *w, size_t i)
{
	size_t mask = m->cap - 1, s;
	uint32_t vi = UINT32_MAX;
	int16_t *own = w->own + i * NF_DR_N * NF_DEP_AROW;

	for (s = (size_t)w->w[i] & mask; m->keys[s]; s = (s + 1) & mask)
		if (m->keys[s] == w->w[i]) {
			vi = m->index[s];
			break;
		}
	w->vi[i] = vi;
	w->lrow[i] = NULL;
	if (vi != UINT32_MAX) {
		w->arow[i] = m->arows + (size_t)vi * NF_DR_N * NF_DEP_AROW;
		nf_dep_fetch(w->arow[i], AROWS);
	} else {
		own_rows(&m->acts, nf_dep_word_feat, w->w[i], NF_DR_N, NF_DEP_AROW, own);
		w->arow[i] = own;
	}
}

void nf_dep_lrows(const struct nf_dep_model *m, struct nf_dep_work *w, size_t i)
{
	int16_t *lown = w->lown + i * NF_DL_N * NF_DEP_LROW;

	if (w->lrow[i])
		return;
	if (w->vi[i] < m->nlvocab) {
		w->lrow[i] = m->lrows + (size_t)w->vi[i] * NF_DL_N * NF_DEP_LROW;
	} else {
		own_rows(&m->rels, nf_dep_lword_feat, w->w[i], NF_DL_N, NF_DEP_LROW, lown);
		w->lrow[i] = lown;
	}
}

typedef int16_t v8h __attribute__((vector_size(16)));
typedef int64_t v2l __attribute__((vector_size(16)));
typedef int32_t v4i __attribute__((vector_size(16)));

/*
 * The four int16 of an action row as int32: each doubled into both halves
 * of its lane, then shifted down, sign and all (two instructions where a
 * conversion took six; the same in either byte order).
 */
static inline v4i row(const int16_t *p)
{
	int64_t bits;
	v2l q;
	v8h h;

	_Static_assert(NF_DEP_AROW * sizeof(*p) == sizeof(bits), "an action row is 8 bytes");
	memcpy(&bits, p, sizeof(bits));
	q = (v2l){ bits, 0 };
	h = (v8h)q;
	return (v4i)__builtin_shufflevector(h, h, 0, 0, 1, 1, 2, 2, 3, 3) >> 16;
}

/* The one legal transition in state s, or -1 if there are several. */
static int forced(const struct nf_dep_state *s)
{
	int t, only = -1;

	for (t = 0; t < NF_DT_N; t++)
		if (nf_dep_legal(s, t)) {
			if (only >= 0)
				return -1;
			only = t;
		}
	return only;
}

_Static_assert(NF_DEP_ATEMPL % 5 == 0, "decide adds the table rows five at a time");

/*
 * The best legal transition in state s; where only one is legal (an
 * empty stack, an empty buffer) it is taken without scoring.  The loops
 * over the rows are unrolled (the table's by hand, five at a time, which
 * measured better than whole): their upkeep cost as much as the adding.
 */
static int decide(const struct nf_dep_model *m, const struct nf_dep_work *w,
		  const struct nf_dep_state *s, const uint8_t *tags)
{
	struct nf_dep_view v;
	uint32_t rows[NF_DEP_ATEMPL];
	int32_t sc[NF_DEP_AROW];
	v4i acc = { 0, 0, 0, 0 };
	int r, t, best = forced(s);

	if (best >= 0)
		return best;
	nf_dep_view(s, tags, &v);
#pragma GCC unroll 10
	for (r = 0; r < NF_DR_N; r++)
		if (v.tok[r] >= 0)
			acc += row(w->arow[v.tok[r]] + r * NF_DEP_AROW);
	nf_dep_atab_index(&v, rows);
	for (r = 0; r < NF_DEP_ATEMPL; r += 5)
		acc += row(m->atab + (size_t)rows[r] * NF_DEP_AROW) +
		       row(m->atab + (size_t)rows[r + 1] * NF_DEP_AROW) +
		       row(m->atab + (size_t)rows[r + 2] * NF_DEP_AROW) +
		       row(m->atab + (size_t)rows[r + 3] * NF_DEP_AROW) +
		       row(m->atab + (size_t)rows[r + 4] * NF_DEP_AROW);
	memcpy(sc, &acc, sizeof(sc));
	for (t = 0; t < NF_DT_N; t++)
		if (nf_dep_legal(s, t) && (best < 0 || sc[t] > sc[best]))
			best = t;
	return best;
}

/* Parses into head; labels as nf_dep_label does with want. */
static int parse(const struct nf_dep_model *m, struct nf_dep_work *w, const char *text,
		 const struct nf_pos_tok *toks, const uint8_t *tags, size_t n,
		 const uint8_t *want, int32_t *head, uint8_t *rel)
{
	struct nf_dep_state s;
	size_t i;

	if (n == 0)
		return 0;
	if (reserve(w, n) < 0)
		return -1;
	hash_all(m, w, text, toks, n);
	for (i = 0; i < n; i++)
		look_up(m, w, i);
	nf_dep_state_init(&s, n, w->stack, head, w->lc, w->rc, w->nl, w->nr);
	while (!nf_dep_done(&s))
		nf_dep_apply(&s, decide(m, w, &s, tags));
	nf_dep_label(m, w, tags, n, head, want, rel);
	return 0;
}

int nf_dep_parse(const struct nf_dep_model *m, struct nf_dep_work *w, const char *text,
		 const struct nf_pos_tok *toks, const uint8_t *tags, size_t n,
		 int32_t *head, uint8_t *rel)
{
	return parse(m, w, text, toks, tags, n, NULL, head, rel);
}

int nf_dep_parse_some(const struct nf_dep_model *m, struct nf_dep_work *w, const char *text,
		      const struct nf_pos_tok *toks, const uint8_t *tags, size_t n,
		      const uint8_t *want, int32_t *head, uint8_t *rel)
{
	return parse(m, w, text, toks, tags, n, want, head, rel);
}
