/*
 * The table of small features (attr_feats.h): slot keys and value ranges
 * matching the feature functions of attr_decode.c, and their weights read
 * once from a frozen model.  A value outside its slot's range is scored
 * through the hash table instead, so a wrong range costs speed, never
 * correctness.
 */
#include <stdlib.h>
#include <string.h>

#include "attr_feats.h"

struct slotdef {
	unsigned sub;		/* the sub-feature number mixed into the group's base */
	uint32_t range;
};

/* The cue tagger's slots: template and value range, in S_* order. */
static const struct slotdef cue_slots[S_CUE_N] = {
	{ T_BIAS, 0 }, { T_LEX, 16 }, { T_SHAPES, 4096 }, { T_PREV, 4 },
	{ T_PREVLEX, 64 }, { T_INQ, 2 }, { T_QLEFT, 8 }, { T_QRIGHT, 8 }, { T_POS, 9 },
	{ T_POSEND, 9 }, { T_LEXP1, 16 }, { T_LEXM1, 256 }, { T_SENTQ, 32 }, { T_P0, 32 },
	{ T_PM1P0, 1024 }, { T_P0P1, 1024 }, { T_P1P2, 1024 }, { T_PM2PM1, 1024 },
	{ T_LEXP0, 512 }
};

/*
 * Of a boundary, pair and none group (base = the group's template): the
 * first sub-feature is the base with the value 1 (a bias), the others
 * nf_feat_u64(base, sub) with a value.
 */
static const struct slotdef side_slots[SIDE_SMALL] = {
	{ 1, 2 }, { 4, 256 }, { 5, 16 }, { 6, 9 }, { 7, 2 }, { 9, 256 }, { 10, 1024 },
	{ 11, 1024 }, { 12, 64 }
};
static const struct slotdef pair_slots[PAIR_SMALL] = {
	{ 1, 2 }, { 2, 9 }, { 4, 32 }, { 5, 256 }, { 6, 256 }, { 8, 1024 }, { 9, 64 }, { 10, 4096 }
};
static const struct slotdef none_slots[NONE_SMALL] = { { 1, 2 }, { 3, 256 }, { 5, 16 } };

static void group(struct nf_attr_small *sm, unsigned first, uint64_t base,
		  const struct slotdef *d, unsigned n)
{
	unsigned j;

	for (j = 0; j < n; j++) {
		sm->key[first + j] = j == 0 ? base : nf_feat_u64(base, d[j].sub);
		sm->range[first + j] = d[j].range;
	}
}

static void layout(struct nf_attr_small *sm)
{
	static const int kinds[2] = { T_SRC, T_CON }, sides[2] = { T_SIDE_START, T_SIDE_END };
	unsigned k, s, d, j;
	uint32_t off = 0;

	for (j = 0; j < S_CUE_N; j++) {
		sm->key[j] = nf_feat(cue_slots[j].sub);
		sm->range[j] = cue_slots[j].range;
	}
	for (k = 0; k < 2; k++) {
		for (s = 0; s < 2; s++)
			for (d = 0; d < NDIR; d++)
				group(sm, nf_attr_side_slot(kinds[k], sides[s], (int)d, 0),
				      nf_feat((uint32_t)(kinds[k] + sides[s] + (int)d * 10)),
				      side_slots, SIDE_SMALL);
		for (d = 0; d < NDIR; d++)
			group(sm, nf_attr_pair_slot(kinds[k], (int)d, 0),
			      nf_feat((uint32_t)(kinds[k] + T_PAIR + (int)d * 10)), pair_slots,
			      PAIR_SMALL);
		group(sm, nf_attr_none_slot(kinds[k], 0), nf_feat((uint32_t)(kinds[k] + T_NONE)),
		      none_slots, NONE_SMALL);
	}
	for (j = 0; j < S_N; j++) {
		sm->off[j] = off;
		off += sm->range[j] ? sm->range[j] : 1;
	}
	sm->nrows = off;
}

int nf_attr_small_init(struct nf_attr_small *sm, const struct nf_weights *w)
{
	uint64_t *keys;
	unsigned j, v, n;

	memset(sm, 0, sizeof(*sm));
	layout(sm);
	if (!w)
		return 0;
	keys = malloc(sm->nrows * sizeof(*keys));
	sm->tab = malloc(sm->nrows * NF_AC_N * sizeof(*sm->tab));
	if (!keys || !sm->tab) {
		free(keys);
		nf_attr_small_release(sm);
		return -1;
	}
	for (j = 0; j < S_N; j++) {
		n = sm->range[j] ? sm->range[j] : 1;
		for (v = 0; v < n; v++)
			keys[sm->off[j] + v] = nf_attr_small_hash(sm, j, v);
	}
	nf_weights_rows(w, keys, sm->nrows, sm->tab);
	free(keys);
	return 0;
}

void nf_attr_small_release(struct nf_attr_small *sm)
{
	free(sm->tab);
	sm->tab = NULL;
}
