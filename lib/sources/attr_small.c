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
		  const struct slotdef *d, unsigned n, int kind)
{
	unsigned j;

	for (j = 0; j < n; j++) {
		sm->key[first + j] = j == 0 ? base : nf_feat_u64(base, d[j].sub);
		sm->range[first + j] = d[j].range;
		sm->cls0[first + j] = kind == T_SRC ? NF_AC_SRC : NF_AC_CON;
		sm->ncls[first + j] = 1;
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
		sm->cls0[j] = NF_AC_O;
		sm->ncls[j] = NF_AC_I + 1 - NF_AC_O;
	}
	for (k = 0; k < 2; k++) {
		for (s = 0; s < 2; s++)
			for (d = 0; d < NDIR; d++)
				group(sm, nf_attr_side_slot(kinds[k], sides[s], (int)d, 0),
				      nf_feat((uint32_t)(kinds[k] + sides[s] + (int)d * 10)),
				      side_slots, SIDE_SMALL, kinds[k]);
		for (d = 0; d < NDIR; d++)
			group(sm, nf_attr_pair_slot(kinds[k], (int)d, 0),
			      nf_feat((uint32_t)(kinds[k] + T_PAIR + (int)d * 10)), pair_slots,
			      PAIR_SMALL, kinds[k]);
		group(sm, nf_attr_none_slot(kinds[k], 0), nf_feat((uint32_t)(kinds[k] + T_NONE)),
		      none_slots, NONE_SMALL, kinds[k]);
	}
	sm->nrows = 0;
	for (j = 0; j < S_N; j++) {
		sm->off[j] = off;
		off += (sm->range[j] ? sm->range[j] : 1) * sm->ncls[j];
		sm->nrows += sm->range[j] ? sm->range[j] : 1;
	}
	sm->len = off;
}

/*
 * Keeps of each value's full row (rows, nrows x NF_AC_N) its slot's
 * classes.  Returns 0, or -1 if a weight does not fit int16.
 */
static int keep_classes(struct nf_attr_small *sm, const int32_t *rows)
{
	unsigned j, v, n, c;
	size_t r = 0;
	int32_t x;

	for (j = 0; j < S_N; j++) {
		n = sm->range[j] ? sm->range[j] : 1;
		for (v = 0; v < n; v++, r++)
			for (c = 0; c < sm->ncls[j]; c++) {
				x = rows[r * NF_AC_N + sm->cls0[j] + c];
				if (x < INT16_MIN || x > INT16_MAX)
					return -1;
				sm->tab[sm->off[j] + v * sm->ncls[j] + c] = (int16_t)x;
			}
	}
	return 0;
}

int nf_attr_small_init(struct nf_attr_small *sm, const struct nf_weights *w)
{
	uint64_t *keys;
	int32_t *rows;
	unsigned j, v, n;
	size_t r = 0;

	memset(sm, 0, sizeof(*sm));
	layout(sm);
	if (!w)
		return 0;
	keys = malloc(sm->nrows * sizeof(*keys));
	rows = malloc(sm->nrows * NF_AC_N * sizeof(*rows));
	sm->tab = malloc(sm->len * sizeof(*sm->tab));
	if (!keys || !rows || !sm->tab) {
		free(keys);
		free(rows);
		nf_attr_small_release(sm);
		return -1;
	}
	for (j = 0; j < S_N; j++) {
		n = sm->range[j] ? sm->range[j] : 1;
		for (v = 0; v < n; v++)
			keys[r++] = nf_attr_small_hash(sm, j, v);
	}
	nf_weights_rows(w, keys, sm->nrows, rows);
	if (keep_classes(sm, rows) < 0) {
		free(sm->tab);	/* scored through the hash table instead */
		sm->tab = NULL;
	}
	free(keys);
	free(rows);
	return 0;
}

void nf_attr_small_release(struct nf_attr_small *sm)
{
	free(sm->tab);
	sm->tab = NULL;
}
