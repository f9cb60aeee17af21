/*
 * The attribution model's feature templates (private to lib/attr_*.c),
 * and its "small" features: those with a few possible values (shapes,
 * distance buckets, cue strengths, the previous tag).  A small feature is
 * a slot and a value; it hashes like any other feature (nf_feat_u64 of
 * the slot's key and the value), so training sees no difference, but at
 * run time its weights come from a table filled once when the model is
 * loaded instead of from a hash-table lookup per use.
 */
#ifndef NF_ATTR_FEATS_H
#define NF_ATTR_FEATS_H

#include <stddef.h>
#include <stdint.h>

#include "attr.h"
#include "perceptron.h"

/* Feature template ids: one per feature kind, spaced by decision. */
enum {
	T_BIAS = 1, T_W, T_LEX, T_WM1, T_WP1, T_WM2, T_WP2, T_BIM, T_BIP, T_SHAPES,
	T_PREV, T_PREVW, T_PREVLEX, T_INQ, T_QLEFT, T_QRIGHT, T_POS, T_POSEND,
	T_LEXP1, T_LEXM1, T_SHWM1, T_SENTQ, T_PARA, T_WQ, T_WSH, T_WINQ, T_WPOS, T_TRI,
	T_P0, T_PM1P0, T_P0P1, T_P1P2, T_PM2PM1, T_LEXP0, T_WP1POS, T_WM1POS
};
enum { T_SRC = 100, T_CON = 300, T_SIDE_START = 0, T_SIDE_END = 40, T_PAIR = 80,
       T_NONE = 120 };

/* Candidate spans end before the anchor, start after it, or open the sentence. */
enum { DIR_BEFORE, DIR_AFTER, DIR_SUBJECT, NDIR };

/* Small-feature slots of the cue tagger. */
enum {
	S_BIAS, S_LEX, S_SHAPES, S_PREV, S_PREVLEX, S_INQ, S_QLEFT, S_QRIGHT, S_POS,
	S_POSEND, S_LEXP1, S_LEXM1, S_SENTQ, S_P0, S_PM1P0, S_P0P1, S_P1P2, S_PM2PM1,
	S_LEXP0, S_CUE_N
};

/* Of each span boundary (side), pair and "none" feature group: sub-feature ids. */
enum { SIDE_SMALL = 9, PAIR_SMALL = 8, NONE_SMALL = 3 };
enum {
	S_SIDE0 = S_CUE_N,
	S_PAIR0 = S_SIDE0 + 2 * 2 * NDIR * SIDE_SMALL,
	S_NONE0 = S_PAIR0 + 2 * NDIR * PAIR_SMALL,
	S_N = S_NONE0 + 2 * NONE_SMALL
};

/*
 * A slot's weights in tab are only those of the classes its decision
 * scores (ncls from cls0: the cue tagger's three tags, a chooser's one
 * class), as int16 (a feature's weight is one int16 of the model), so the
 * table is 0.2 MB instead of 1.5 MB and stays in cache.
 */
struct nf_attr_small {
	uint64_t key[S_N];
	uint32_t range[S_N];	/* values 0..range-1; 0: the key alone, no value */
	uint32_t off[S_N];	/* first weight in tab */
	uint8_t cls0[S_N], ncls[S_N];	/* the classes kept: [cls0, cls0 + ncls) */
	size_t nrows, len;	/* values of all slots; weights in tab */
	int16_t *tab;		/* value v of slot j at off[j] + v * ncls[j], or NULL (training,
				   or a weight too large for int16: then hashed like the rest) */
};

/* kind T_SRC/T_CON -> 0/1; side T_SIDE_START/T_SIDE_END -> 0/1 */
static inline unsigned nf_attr_kind_i(int kind)
{
	return kind == T_CON;
}

/* Slot of sub-feature j (0-based, see attr_small.c) of a boundary, pair, none group. */
static inline unsigned nf_attr_side_slot(int kind, int side, int dir, unsigned j)
{
	return S_SIDE0 + ((nf_attr_kind_i(kind) * 2 + (side == T_SIDE_END)) * NDIR +
			  (unsigned)dir) * SIDE_SMALL + j;
}

static inline unsigned nf_attr_pair_slot(int kind, int dir, unsigned j)
{
	return S_PAIR0 + (nf_attr_kind_i(kind) * NDIR + (unsigned)dir) * PAIR_SMALL + j;
}

static inline unsigned nf_attr_none_slot(int kind, unsigned j)
{
	return S_NONE0 + nf_attr_kind_i(kind) * NONE_SMALL + j;
}

/*
 * Lays out the slots and, given frozen weights w, fills their table (with
 * w NULL only the keys, for training).  Returns 0 or -1 (ENOMEM).
 */
int nf_attr_small_init(struct nf_attr_small *sm, const struct nf_weights *w);
void nf_attr_small_release(struct nf_attr_small *sm);

/* The hash of small feature (slot, v), as the perceptron sees it. */
static inline uint64_t nf_attr_small_hash(const struct nf_attr_small *sm, unsigned slot,
					  unsigned v)
{
	return sm->range[slot] ? nf_feat_u64(sm->key[slot], v) : sm->key[slot];
}

#endif
