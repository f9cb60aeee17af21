/*
 * The features of the dependency parser (see dep.h, dep_internal.h): what
 * a state or an arc shows (its view), the tag-tuple templates whose every
 * value is a row of a table compiled at load time, the word-at-a-position
 * features compiled per known word.  No feature combines two words
 * (word pairs were measured: +0.65 UAS for a third of the speed, see
 * docs/dep-model.md).  Training turns all of them into hashes; the
 * compiled parser adds the very same weights from rows and tables.
 */
#include <string.h>

#include "dep_internal.h"
#include "perceptron.h"

#define NF_DEP_FEATURES "dep-features 1"

const char *nf_dep_features_version(void)
{
	return NF_DEP_FEATURES;
}

/*
 * Action tables: one block of rows per tag-tuple template, rows numbered
 * by the template's values in mixed radix (18 per tag, NF_DEP_TAGV of
 * them; 8 per distance bucket; 4 per valency bucket), first slot most
 * significant.  Single tags, then pairs and triples after Zhang and
 * Nivre (2011):
 *
 *	 0 s0		 7 s0r		14 b0 b1 b2		21 vl0 vr0 s0
 *	 1 s1		 8 s1r		15 s0 s0l b0		22 vlb b0
 *	 2 s2		 9 b0l		16 s0 s0r b0		23 vr1 s1 s0
 *	 3 b0		10 s0 b0	17 s0 b0 b0l		24 s1 b0
 *	 4 b1		11 s0 b0 b1	18 s1 s1r s0
 *	 5 b2		12 s1 s0 b0	19 d1 s0 b0
 *	 6 s0l		13 s2 s1 s0	20 d2 s1 s0
 *
 * (s0l: s0's leftmost child, s0r its rightmost, s1r s1's rightmost, b0l
 * b0's leftmost; d1, d2 the distance buckets s0-b0 and s1-s0; vl0, vr0
 * s0's left and right valency, vlb b0's left one, vr1 s1's right one.)
 * nf_dep_atab_index spells the numbering out, template by template,
 * since it runs for every transition; tests/unit/test_dep.c checks it
 * against this table.
 */
enum { T = NF_DEP_TAGV, T2 = T * T };
enum {
	A_S0B0 = 10 * T, A_S0B0B1 = A_S0B0 + T2, A_S1S0B0 = A_S0B0B1 + T2 * T,
	A_S2S1S0 = A_S1S0B0 + T2 * T, A_B0B1B2 = A_S2S1S0 + T2 * T,
	A_S0S0LB0 = A_B0B1B2 + T2 * T, A_S0S0RB0 = A_S0S0LB0 + T2 * T,
	A_S0B0B0L = A_S0S0RB0 + T2 * T, A_S1S1RS0 = A_S0B0B0L + T2 * T,
	A_D1 = A_S1S1RS0 + T2 * T, A_D2 = A_D1 + 8 * T2, A_VAL0 = A_D2 + 8 * T2,
	A_VALB = A_VAL0 + 16 * T, A_VALR1 = A_VALB + 4 * T, A_S1B0 = A_VALR1 + 4 * T2,
	ATAB_ROWS = A_S1B0 + T2
};
/* The numbering is part of the feature set: the models' rows hash it. */
_Static_assert(A_D1 == 47160 && A_VALR1 == 52704 && ATAB_ROWS == 54324, "action rows moved");

size_t nf_dep_atab_rows(void)
{
	return ATAB_ROWS;
}

static int32_t at(const int32_t *v, int32_t i)
{
	return i >= 0 ? v[i] : -1;
}

static uint8_t tag_of(const uint8_t *tags, int32_t i)
{
	return i >= 0 ? tags[i] : NF_DEP_NOTAG;
}

void nf_dep_view(const struct nf_dep_state *s, const uint8_t *tags, struct nf_dep_view *v)
{
	int32_t s0 = s->sp > 0 ? s->stack[s->sp - 1] : -1;
	int32_t s1 = s->sp > 1 ? s->stack[s->sp - 2] : -1;
	int32_t b0 = s->b < s->n ? (int32_t)s->b : -1;
	int r;

	v->tok[NF_DR_S0] = s0;
	v->tok[NF_DR_S1] = s1;
	v->tok[NF_DR_S2] = s->sp > 2 ? s->stack[s->sp - 3] : -1;
	v->tok[NF_DR_B0] = b0;
	v->tok[NF_DR_B1] = s->b + 1 < s->n ? (int32_t)s->b + 1 : -1;
	v->tok[NF_DR_B2] = s->b + 2 < s->n ? (int32_t)s->b + 2 : -1;
	v->tok[NF_DR_S0L] = at(s->lc, s0);
	v->tok[NF_DR_S0R] = at(s->rc, s0);
	v->tok[NF_DR_S1R] = at(s->rc, s1);
	v->tok[NF_DR_B0L] = at(s->lc, b0);
#pragma GCC unroll 10	/* every transition: no loop upkeep */
	for (r = 0; r < NF_DR_N; r++)
		v->tag[r] = tag_of(tags, v->tok[r]);
	v->d1 = s0 >= 0 && b0 >= 0 ? nf_dep_dist_bucket((size_t)(b0 - s0)) : 0;
	v->d2 = s1 >= 0 ? nf_dep_dist_bucket((size_t)(s0 - s1)) : 0;
	v->vl0 = s0 >= 0 ? nf_dep_count_bucket(s->nl[s0]) : 0;
	v->vr0 = s0 >= 0 ? nf_dep_count_bucket(s->nr[s0]) : 0;
	v->vlb = b0 >= 0 ? nf_dep_count_bucket(s->nl[b0]) : 0;
	v->vr1 = s1 >= 0 ? nf_dep_count_bucket(s->nr[s1]) : 0;
}

void nf_dep_atab_index(const struct nf_dep_view *v, uint32_t *rows)
{
	const uint32_t s0 = v->tag[NF_DR_S0], s1 = v->tag[NF_DR_S1], s2 = v->tag[NF_DR_S2];
	const uint32_t b0 = v->tag[NF_DR_B0], b1 = v->tag[NF_DR_B1], b2 = v->tag[NF_DR_B2];
	const uint32_t s0b0 = s0 * T + b0, s1s0 = s1 * T + s0;
	int r;

#pragma GCC unroll 10
	for (r = 0; r < NF_DR_N; r++)
		rows[r] = (uint32_t)r * T + v->tag[r];
	rows[10] = A_S0B0 + s0b0;
	rows[11] = A_S0B0B1 + s0b0 * T + b1;
	rows[12] = A_S1S0B0 + s1s0 * T + b0;
	rows[13] = A_S2S1S0 + s2 * T2 + s1s0;
	rows[14] = A_B0B1B2 + (b0 * T + b1) * T + b2;
	rows[15] = A_S0S0LB0 + (s0 * T + v->tag[NF_DR_S0L]) * T + b0;
	rows[16] = A_S0S0RB0 + (s0 * T + v->tag[NF_DR_S0R]) * T + b0;
	rows[17] = A_S0B0B0L + s0b0 * T + v->tag[NF_DR_B0L];
	rows[18] = A_S1S1RS0 + (s1 * T + v->tag[NF_DR_S1R]) * T + s0;
	rows[19] = A_D1 + v->d1 * T2 + s0b0;
	rows[20] = A_D2 + v->d2 * T2 + s1s0;
	rows[21] = A_VAL0 + (v->vl0 * 4u + v->vr0) * T + s0;
	rows[22] = A_VALB + v->vlb * T + b0;
	rows[23] = A_VALR1 + v->vr1 * T2 + s1s0;
	rows[24] = A_S1B0 + s1 * T + b0;
}

uint64_t nf_dep_atab_feat(size_t row)
{
	return nf_feat_u64(nf_feat(0x44455441u), row);
}

uint64_t nf_dep_word_feat(int r, uint64_t w)
{
	return nf_feat_u64(nf_feat(0x44455700u + (uint32_t)r), w);
}

size_t nf_dep_all_feats(const struct nf_dep_view *v, const uint64_t *w, uint64_t *out)
{
	uint32_t rows[NF_DEP_ATEMPL];
	size_t n = 0;
	int r;

	for (r = 0; r < NF_DR_N; r++)
		if (v->tok[r] >= 0)
			out[n++] = nf_dep_word_feat(r, w[v->tok[r]]);
	nf_dep_atab_index(v, rows);
	for (r = 0; r < NF_DEP_ATEMPL; r++)
		out[n++] = nf_dep_atab_feat(rows[r]);
	return n;
}

/*
 * Relation tables, numbered as the action tables are (3 values per
 * direction: left of the head, right, root; 8 per distance bucket, 4 per
 * children count bucket):
 *
 *	0 dep head direction			3 dep, its first and last child
 *	1 dep head direction distance		4 dep, its children, direction, head
 *	2 dep head grandparent			5 dep direction
 *
 * nf_dep_ltab_index spells it out; tests/unit/test_dep.c checks it.
 */
enum {
	L_DHDIR = 0, L_DHDIRDIST = L_DHDIR + T2 * 3, L_DHG = L_DHDIRDIST + T2 * 3 * 8,
	L_DFL = L_DHG + T2 * T, L_DKDIRH = L_DFL + T2 * T, L_DDIR = L_DKDIRH + T * 4 * 3 * T,
	LTAB_ROWS = L_DDIR + T * 3
};
_Static_assert(L_DHG == 8748 && L_DDIR == 24300 && LTAB_ROWS == 24354, "relation rows moved");

size_t nf_dep_ltab_rows(void)
{
	return LTAB_ROWS;
}

void nf_dep_lview(const int32_t *head, const int32_t *lc, const int32_t *rc, const uint8_t *nl,
		  const uint8_t *nr, const uint8_t *tags, size_t d, struct nf_dep_lview *v)
{
	int32_t h = head[d];
	size_t dist = h < 0 ? 0 : (size_t)h > d ? (size_t)h - d : d - (size_t)h;

	v->dep = (int32_t)d;
	v->head = h;
	v->first = lc[d];
	v->dt = tags[d];
	v->ht = tag_of(tags, h);
	v->hht = tag_of(tags, h >= 0 ? head[h] : -1);
	v->ft = tag_of(tags, lc[d]);
	v->lt = tag_of(tags, rc[d]);
	v->dir = (uint8_t)(h < 0 ? 2 : (size_t)h > d ? 0 : 1);
	v->dist = nf_dep_dist_bucket(dist);
	v->kids = nf_dep_count_bucket((unsigned)nl[d] + nr[d]);
}

void nf_dep_ltab_index(const struct nf_dep_lview *v, uint32_t *rows)
{
	const uint32_t dt = v->dt, ht = v->ht, dir = v->dir;
	const uint32_t dhdir = (dt * T + ht) * 3 + dir;

	rows[0] = L_DHDIR + dhdir;
	rows[1] = L_DHDIRDIST + dhdir * 8 + v->dist;
	rows[2] = L_DHG + (dt * T + ht) * T + v->hht;
	rows[3] = L_DFL + (dt * T + v->ft) * T + v->lt;
	rows[4] = L_DKDIRH + ((dt * 4 + v->kids) * 3 + dir) * T + ht;
	rows[5] = L_DDIR + dt * 3 + dir;
}

uint64_t nf_dep_ltab_feat(size_t row)
{
	return nf_feat_u64(nf_feat(0x44454C54u), row);
}

uint64_t nf_dep_lword_feat(int r, uint64_t w)
{
	return nf_feat_u64(nf_feat(0x44454C00u + (uint32_t)r), w);
}

size_t nf_dep_all_lfeats(const struct nf_dep_lview *v, const uint64_t *w, uint64_t *out)
{
	uint32_t rows[NF_DEP_LTEMPL];
	size_t n = 0;
	int k;

	out[n++] = nf_dep_lword_feat(NF_DL_DEP, w[v->dep]);
	if (v->head >= 0)
		out[n++] = nf_dep_lword_feat(NF_DL_HEAD, w[v->head]);
	nf_dep_ltab_index(v, rows);
	for (k = 0; k < NF_DEP_LTEMPL; k++)
		out[n++] = nf_dep_ltab_feat(rows[k]);
	return n;
}
