/*
 * Tagging, the hot path (see pos.h).  A window slides over the sentence:
 * each token is hashed eight tokens ahead of the one being tagged (and its
 * index slot fetched), looked up four ahead in the compiled word index
 * (pos_model.c, its rows fetched), so memory waits overlap the work; an
 * unknown word has its rows computed from the hashed weights into its
 * window slot instead (or copied from the caller's memo, pos_memo.c).  A tag is then eleven int16 row additions and an
 * argmax.  Nothing is allocated.
 */
#include <string.h>

#include "pos_internal.h"

/* One token in the window: its hash, shape and rows (compiled, or own). */
struct slot {
	uint64_t w;
	const int16_t *rows;
	uint8_t shape;
	int16_t own[NF_PK_N * NF_POS_ROW];
};

/*
 * The window: tokens i-2..i+SEE (hashed SEE ahead, looked up LOOK ahead:
 * far enough for a fetch from memory to arrive in time).
 */
enum { SEE = 8, LOOK = 4, RING = 16 };
_Static_assert(SEE + 3 <= RING, "the window fits the ring");

/* Rows of an unknown word: remembered in mm (if not NULL), or from the hashed weights. */
static void unknown_rows(const struct nf_pos_model *m, struct nf_pos_memo *mm, const char *s,
			 size_t n, struct slot *sl)
{
	struct nf_pos_word wi;
	uint64_t f[NF_POS_MAXF];
	float sc[NF_POS_NTAGS];
	int16_t *row;
	int k, c;

	nf_pos_word_info(&wi, s, n, sl->w);
	sl->rows = sl->own;
	if (mm && nf_pos_memo_get(mm, &wi, sl->own))
		return;
	for (k = 0; k < NF_PK_N; k++) {
		memset(sc, 0, sizeof(sc));
		nf_weights_score(&m->weights, f, nf_pos_word_feats(&wi, k, f), sc);
		row = sl->own + k * NF_POS_ROW;
		for (c = 0; c < NF_POS_NTAGS; c++)
			row[c] = nf_pos_quantize(sc[c], m->q, m->bound[k]);
		memset(row + NF_POS_NTAGS, 0, (NF_POS_ROW - NF_POS_NTAGS) * sizeof(*row));
	}
	if (mm)
		nf_pos_memo_put(mm, &wi, sl->own);
}

/* First sight of a token: its hash and shape; starts fetching its index slot (key, entry). */
static void see(const struct nf_pos_model *m, const char *text, const struct nf_pos_tok *t,
		struct slot *sl)
{
	size_t n = t->b - t->a;

	sl->w = t->w ? t->w : nf_pos_word_hash(text + t->a, n);
	sl->shape = n ? nf_pos_shape(text + t->a, n) : 0;
	__builtin_prefetch(m->keys + (sl->w & (m->cap - 1)));
	__builtin_prefetch(m->index + (sl->w & (m->cap - 1)));
}

/* Looks the token up, and starts fetching its rows. */
static void look_up(const struct nf_pos_model *m, struct nf_pos_memo *mm, const char *text,
		    const struct nf_pos_tok *t, struct slot *sl)
{
	size_t mask = m->cap - 1, i, k;

	for (i = (size_t)sl->w & mask; m->keys[i]; i = (i + 1) & mask)
		if (m->keys[i] == sl->w) {
			sl->rows = m->rows + (size_t)m->index[i] * NF_PK_N * NF_POS_ROW;
			for (k = 0; k < NF_PK_N * NF_POS_ROW; k += 32)
				__builtin_prefetch(sl->rows + k);
			return;
		}
	unknown_rows(m, mm, text + t->a, t->b - t->a, sl);
}

typedef int16_t v8 __attribute__((vector_size(16)));

struct acc {
	v8 v[NF_POS_ROW / 8];
};

static inline void add(struct acc *a, const int16_t *row)
{
	v8 x;
	int k;

	for (k = 0; k < NF_POS_ROW / 8; k++) {
		memcpy(&x, row + 8 * k, sizeof(x));
		a->v[k] += x;
	}
}

static inline v8 vmax(v8 a, v8 b)
{
	v8 gt = a > b;

	return (a & gt) | (b & ~gt);
}

_Static_assert(NF_POS_NTAGS == 17 && NF_POS_ROW >= 24, "argmax reads tags 0-15 in two vectors");

/*
 * The best tag (the first on ties): the top score found eight lanes at a
 * time (tags 0-15, then tag 16), then the first tag that has it.
 */
static int argmax(const struct acc *a)
{
	int16_t s[NF_POS_ROW], top;
	v8 m = vmax(a->v[0], a->v[1]);
	int c;

	m = vmax(m, __builtin_shufflevector(m, m, 4, 5, 6, 7, 0, 1, 2, 3));
	m = vmax(m, __builtin_shufflevector(m, m, 2, 3, 0, 1, 6, 7, 4, 5));
	m = vmax(m, __builtin_shufflevector(m, m, 1, 0, 3, 2, 5, 4, 7, 6));
	memcpy(s, a->v, sizeof(s));
	top = m[0] > s[16] ? m[0] : s[16];
	for (c = 0; s[c] != top; c++)
		;
	return c;
}

/* Rows of the word at i + d as row kind k, or of the edge past the range. */
static const int16_t *word_row(const struct nf_pos_model *m, const struct slot *ring,
			       size_t i, size_t n, int d, int k)
{
	size_t e;

	if ((d < 0 && i < (size_t)-d) || (d > 0 && i + (size_t)d >= n)) {
		e = m->nvocab + (d > 0);
		return m->rows + (e * NF_PK_N + (size_t)k) * NF_POS_ROW;
	}
	return ring[(i + (size_t)d) % RING].rows + k * NF_POS_ROW;
}

static const int16_t *table(const struct nf_pos_model *m, size_t r)
{
	return m->tables + r * NF_POS_ROW;
}

static int tag_one(const struct nf_pos_model *m, const struct slot *ring, size_t i, size_t n,
		   int t2, int t1)
{
	struct acc a;
	int sp = i > 0 ? ring[(i - 1) % RING].shape : NF_PS_EDGE;
	int sn = i + 1 < n ? ring[(i + 1) % RING].shape : NF_PS_EDGE;

	memset(&a, 0, sizeof(a));
	add(&a, word_row(m, ring, i, n, 0, NF_PK_SELF));
	add(&a, word_row(m, ring, i, n, -1, NF_PK_PREV));
	add(&a, word_row(m, ring, i, n, 1, NF_PK_NEXT));
	add(&a, word_row(m, ring, i, n, -2, NF_PK_PREV2));
	add(&a, word_row(m, ring, i, n, 2, NF_PK_NEXT2));
	add(&a, table(m, NF_PT_BIAS));
	add(&a, table(m, NF_PT_SHAPE + (size_t)(ring[i % RING].shape * 2 + (i == 0))));
	add(&a, table(m, NF_PT_SHAPE + NF_PS_SLOTS + (size_t)sp));
	add(&a, table(m, NF_PT_SHAPE + 2 * NF_PS_SLOTS + (size_t)sn));
	add(&a, table(m, NF_PT_HIST1 + (size_t)t1));
	add(&a, table(m, NF_PT_HIST2 + (size_t)(t2 * NF_POS_HIST + t1)));
	return argmax(&a);
}

void nf_pos_tag_memo(const struct nf_pos_model *m, struct nf_pos_memo *mm, const char *text,
		     const struct nf_pos_tok *toks, size_t n, uint8_t *tags)
{
	struct slot ring[RING];
	size_t i;
	int t1 = NF_POS_NTAGS, t2 = NF_POS_NTAGS, t;

	if (mm && nf_pos_memo_model(mm) != m)
		mm = NULL;
	for (i = 0; i < n && i < SEE; i++)
		see(m, text, &toks[i], &ring[i]);
	for (i = 0; i < n && i < LOOK; i++)
		look_up(m, mm, text, &toks[i], &ring[i]);
	for (i = 0; i < n; i++) {
		if (i + SEE < n)
			see(m, text, &toks[i + SEE], &ring[(i + SEE) % RING]);
		if (i + LOOK < n)
			look_up(m, mm, text, &toks[i + LOOK], &ring[(i + LOOK) % RING]);
		t = tag_one(m, ring, i, n, t2, t1);
		tags[i] = (uint8_t)t;
		t2 = t1;
		t1 = t;
	}
}

void nf_pos_tag(const struct nf_pos_model *m, const char *text,
		const struct nf_pos_tok *toks, size_t n, uint8_t *tags)
{
	nf_pos_tag_memo(m, NULL, text, toks, n, tags);
}
