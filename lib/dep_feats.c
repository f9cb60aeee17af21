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
 * Action views.  Value slots: 0-9 the tag at each position (NF_DR_*),
 * 10 and 11 the distance buckets, 12-15 the valency buckets.
 */
enum { V_D1 = NF_DR_N, V_D2, V_VL0, V_VR0, V_VLB, V_VR1, V_N };

static const uint8_t radix[V_N] = {
	18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 8, 8, 4, 4, 4, 4
};

/* A template: its first row, and up to three value slots (-1: none). */
struct templ {
	uint32_t off;
	int8_t c[4];
};

/* Single tags, then pairs and triples after Zhang and Nivre (2011). */
static const struct templ atempl[NF_DEP_ATEMPL] = {
	{ 0, { 0, -1, -1, -1 } },		/* s0 */
	{ 18, { 1, -1, -1, -1 } },		/* s1 */
	{ 36, { 2, -1, -1, -1 } },		/* s2 */
	{ 54, { 3, -1, -1, -1 } },		/* b0 */
	{ 72, { 4, -1, -1, -1 } },		/* b1 */
	{ 90, { 5, -1, -1, -1 } },		/* b2 */
	{ 108, { 6, -1, -1, -1 } },		/* s0 leftmost child */
	{ 126, { 7, -1, -1, -1 } },		/* s0 rightmost child */
	{ 144, { 8, -1, -1, -1 } },		/* s1 rightmost child */
	{ 162, { 9, -1, -1, -1 } },		/* b0 leftmost child */
	{ 180, { 0, 3, -1, -1 } },		/* s0 b0 */
	{ 504, { 0, 3, 4, -1 } },		/* s0 b0 b1 */
	{ 6336, { 1, 0, 3, -1 } },		/* s1 s0 b0 */
	{ 12168, { 2, 1, 0, -1 } },		/* s2 s1 s0 */
	{ 18000, { 3, 4, 5, -1 } },		/* b0 b1 b2 */
	{ 23832, { 0, 6, 3, -1 } },		/* s0 s0l b0 */
	{ 29664, { 0, 7, 3, -1 } },		/* s0 s0r b0 */
	{ 35496, { 0, 3, 9, -1 } },		/* s0 b0 b0l */
	{ 41328, { 1, 8, 0, -1 } },		/* s1 s1r s0 */
	{ 47160, { V_D1, 0, 3, -1 } },	/* distance s0-b0, s0 b0 */
	{ 49752, { V_D2, 1, 0, -1 } },	/* distance s1-s0, s1 s0 */
	{ 52344, { V_VL0, V_VR0, 0, -1 } },	/* valency of s0 */
	{ 52632, { V_VLB, 3, -1, -1 } },	/* left valency of b0 */
	{ 52704, { V_VR1, 1, 0, -1 } },	/* right valency of s1 */
	{ 54000, { 1, 3, -1, -1 } },	/* s1 b0 */
};
enum { ATAB_ROWS = 54324 };

size_t nf_dep_atab_rows(void)
{
	return ATAB_ROWS;
}

/* The row of template t for values val (up to four slots). */
static uint32_t row_of(const struct templ *t, const uint8_t *val, const uint8_t *rad)
{
	uint32_t i = 0;
	int k;

	for (k = 0; k < 4 && t->c[k] >= 0; k++)
		i = i * rad[t->c[k]] + val[t->c[k]];
	return t->off + i;
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
	uint8_t val[V_N];
	int k;

	memcpy(val, v->tag, NF_DR_N);
	val[V_D1] = v->d1;
	val[V_D2] = v->d2;
	val[V_VL0] = v->vl0;
	val[V_VR0] = v->vr0;
	val[V_VLB] = v->vlb;
	val[V_VR1] = v->vr1;
	for (k = 0; k < NF_DEP_ATEMPL; k++)
		rows[k] = row_of(&atempl[k], val, radix);
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
 * Relation views.  Value slots: 0 the dependent's tag, 1 the head's, 2 the
 * head's head's, 3 and 4 the dependent's first and last child's, 5 the
 * direction, 6 the distance bucket, 7 the children count bucket.
 */
static const uint8_t lradix[8] = { 18, 18, 18, 18, 18, 3, 8, 4 };

static const struct templ ltempl[NF_DEP_LTEMPL] = {
	{ 0, { 0, 1, 5, -1 } },		/* dep head direction */
	{ 972, { 0, 1, 5, 6 } },	/* ... and distance */
	{ 8748, { 0, 1, 2, -1 } },	/* dep head grandparent */
	{ 14580, { 0, 3, 4, -1 } },	/* dep and its first and last child */
	{ 20412, { 0, 7, 5, 1 } },	/* dep, its children, direction, head */
	{ 24300, { 0, 5, -1, -1 } },	/* dep direction */
};
enum { LTAB_ROWS = 24354 };

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
	uint8_t val[8];
	int k;

	val[0] = v->dt;
	val[1] = v->ht;
	val[2] = v->hht;
	val[3] = v->ft;
	val[4] = v->lt;
	val[5] = v->dir;
	val[6] = v->dist;
	val[7] = v->kids;
	for (k = 0; k < NF_DEP_LTEMPL; k++)
		rows[k] = row_of(&ltempl[k], val, lradix);
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
