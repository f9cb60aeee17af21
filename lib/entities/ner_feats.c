/*
 * The entity tagger's feature templates; see ner.h.  Features combine the
 * cached facts of a token and its neighbours in the loaded sentence
 * (ner_prepare.c) with a
 * template number; nothing here allocates.
 */
#include <string.h>

#include "hash.h"
#include "ner_internal.h"
#include "ner_run.h"

/* Feature templates; the numbers are part of the model format. */
enum {
	T_BIAS = 100, T_W, T_WP1, T_WN1, T_WP2, T_WN2, T_SH, T_SHP1, T_SHN1,
	T_SHP1_SH, T_SH_SHN1, T_WP1_W, T_W_WN1, T_PRE, T_SUF, T_FLAGS, T_DOC,
	T_DOC_SH, T_CL, T_CLP1, T_CLN1, T_GAZ, T_GAZP1, T_GAZN1, T_POS, T_HEAD_W,
	T_TRANS, T_CLC, T_CLP1C, T_CLN1C, T_HIST, T_HIST_SH, T_RUN_CL, T_RUN_CLC, T_RUN_W,
	T_LINK, T_LINK_CL, T_LINK_W, T_LINK_LCL
};

static inline uint64_t mix(uint32_t templ, uint64_t v)
{
	return nf_feat_u64(nf_feat(templ), v);
}

static inline uint64_t mix2(uint32_t templ, uint64_t a, uint64_t b)
{
	return nf_feat_u64(nf_feat_u64(nf_feat(templ), a), b);
}

uint64_t nf_ner_trans_feature(int prev)
{
	return mix(T_TRANS, (uint64_t)(prev + 1));
}

/* Token i's lower form, or a boundary marker outside its sentence. */
static uint64_t lower_at(const struct nf_ner_work *w, size_t i, size_t first,
			 size_t end, long d)
{
	long j = (long)i + d;

	if (j < (long)first)
		return 3;
	if (j >= (long)end)
		return 4;
	return nf_ner_info(w, (size_t)j)->lower;
}

static uint64_t shape_at(const struct nf_ner_work *w, size_t i, size_t first,
			 size_t end, long d)
{
	long j = (long)i + d;

	if (j < (long)first || j >= (long)end)
		return j < (long)first ? 3 : 4;
	return nf_ner_info(w, (size_t)j)->shape;
}

static uint64_t cluster_at(const struct nf_ner_work *w, size_t i, size_t first,
			   size_t end, long d)
{
	long j = (long)i + d;

	if (j < (long)first || j >= (long)end)
		return j < (long)first ? 1000003 : 1000004;
	return (uint64_t)nf_ner_info(w, (size_t)j)->cluster;
}

/* Prefixes and suffixes of 1-4 bytes, ASCII case folded. */
static size_t affixes(const char *text, size_t a, size_t b, uint64_t *out)
{
	size_t n = 0, k;

	for (k = 1; k <= 4 && k <= b - a; k++) {
		out[n++] = nf_fnv1a_lower_from(nf_feat(T_PRE * 10 + (uint32_t)k), text + a, k);
		out[n++] = nf_fnv1a_lower_from(nf_feat(T_SUF * 10 + (uint32_t)k), text + b - k, k);
	}
	return n;
}

/*
 * What earlier sentences of the document made of this word: the type it
 * was most often tagged with, and whether it was also left outside.
 */
static uint64_t history_key(const struct nf_ner_work *w, size_t i)
{
	const struct nf_ner_docstat *st = nf_ner_stat_get(w, nf_ner_info(w, i)->lower);
	int t, best = -1;

	if (!st || (nf_ner_info(w, i)->flags & F_PUNCT))
		return 0;
	for (t = 0; t < NF_NTYPES; t++)
		if (st->hist[1 + t] && (best < 0 || st->hist[1 + t] > st->hist[1 + best]))
			best = t;
	if (best < 0)
		return st->hist[0] ? 1 : 0;
	return 2 + (uint64_t)best * 2 + (st->hist[0] > 0);
}

/* Document casing: is this capitalised word written lower-case elsewhere? */
static uint64_t doc_key(const struct nf_ner_work *w, size_t i)
{
	const struct nf_ner_tok *t = nf_ner_info(w, i);
	const struct nf_ner_docstat *st;
	uint64_t k = 0;

	if (!(t->flags & (F_UPPER1 | F_CAPS)))
		return 0;
	st = nf_ner_stat_get(w, t->lower);
	if (st && st->lower_mid)
		k |= 1;
	if (st && st->cap_mid)
		k |= 2;
	if (t->flags & F_FIRST)
		k |= 4;
	if (t->flags & F_HEADLINE)
		k |= 8;
	return k | 16;
}

static size_t gaz_feats(uint32_t templ, uint16_t gaz, uint64_t *out)
{
	size_t n = 0;
	int bit;

	while (gaz) {
		bit = __builtin_ctz(gaz);
		out[n++] = mix(templ, (uint64_t)bit);
		gaz &= (uint16_t)(gaz - 1);
	}
	return n;
}

size_t nf_ner_token_features(const struct nf_ner_work *w, const char *text, size_t i,
			     uint64_t *out)
{
	const struct nf_ner_tok *t = nf_ner_info(w, i);
	size_t n = 0;

	out[n++] = nf_feat(T_BIAS);
	out[n++] = mix(T_W, t->lower);
	out[n++] = mix(T_SH, t->shape);
	out[n++] = mix(T_FLAGS, t->flags);
	if (t->flags & F_HEADLINE)
		out[n++] = mix(T_HEAD_W, t->lower);
	if (t->cluster) {
		out[n++] = mix(T_CL, (uint64_t)t->cluster % 1024);
		out[n++] = mix(T_CLC, (uint64_t)t->cluster / 1024);
	}
	n += affixes(text, w->toks.v[i].a, w->toks.v[i].b, out + n);
	return nf_ner_regime_mix(w, out, n);
}

/* The head of the capitalised run token i is in, with i's place in it. */
static size_t run_feats(const struct nf_ner_work *w, size_t i, uint64_t *out)
{
	struct nf_ner_run r;
	const struct nf_ner_tok *h;
	uint64_t at;

	if (!nf_ner_run_of(w, i, &r))
		return 0;
	h = nf_ner_info(w, r.head);
	at = (uint64_t)r.pos * 2 + (i == r.head);
	out[0] = mix2(T_RUN_W, h->lower, at);
	out[1] = mix2(T_RUN_CL, (uint64_t)h->cluster % 1024, at);
	out[2] = mix2(T_RUN_CLC, (uint64_t)h->cluster / 1024, at);
	return 3;
}

/* The link between capitalised words ("Ministry of Energy and Mines") token i is in. */
static size_t link_feats(const struct nf_ner_work *w, size_t i, uint64_t *out)
{
	struct nf_ner_link c;
	uint64_t key;

	if (!nf_ner_link_of(w, i, &c))
		return 0;
	key = ((uint64_t)c.rel * 8 + (uint64_t)c.kind) * 4 + (uint64_t)c.left_of * 2 +
	      (uint64_t)c.right_run;
	out[0] = mix(T_LINK, key);
	out[1] = mix2(T_LINK_CL, key, (uint64_t)nf_ner_info(w, c.right_head)->cluster % 1024);
	out[2] = mix2(T_LINK_W, key, nf_ner_info(w, c.right_head)->lower);
	out[3] = mix2(T_LINK_LCL, key, (uint64_t)nf_ner_info(w, c.left_head)->cluster % 1024);
	return 4;
}

/* The templates of a neighbour's facts, for the token before (0) and after (1). */
static const uint32_t SIDE_W[2] = { T_WP1, T_WN1 }, SIDE_SH[2] = { T_SHP1, T_SHN1 },
		      SIDE_CL[2] = { T_CLP1, T_CLN1 }, SIDE_CLC[2] = { T_CLP1C, T_CLN1C };

/* The neighbour's facts of token i on side d (-1 or +1): form, shape and cluster. */
static void side_facts(const struct nf_ner_work *w, size_t i, int d, uint64_t f[3])
{
	f[0] = lower_at(w, i, w->info_first, w->info_end, d);
	f[1] = shape_at(w, i, w->info_first, w->info_end, d);
	f[2] = cluster_at(w, i, w->info_first, w->info_end, d);
}

uint64_t nf_ner_side_key(const struct nf_ner_work *w, size_t i, int d)
{
	size_t j = i + (size_t)(long)d;
	uint64_t salt = (uint64_t)(d > 0) + 2 * (uint64_t)w->regime;

	if (d < 0 ? i <= w->info_first : j >= w->info_end)	/* the boundary */
		return nf_feat_u64(nf_feat(T_TRANS), salt) | 1;
	/* the bytes decide the form, shape and cluster (ner_prepare.c) */
	return (nf_ner_info(w, j)->raw ^ (salt * 0x9E3779B97F4A7C15ULL)) | 1;
}

size_t nf_ner_side_features(const struct nf_ner_work *w, size_t i, int d, uint64_t *out)
{
	uint64_t f[3];
	int k = d > 0;

	side_facts(w, i, d, f);
	out[0] = mix(SIDE_W[k], f[0]);
	out[1] = mix(SIDE_SH[k], f[1]);
	out[2] = mix(SIDE_CL[k], f[2] % 1024);
	out[3] = mix(SIDE_CLC[k], f[2] / 1024);
	return nf_ner_regime_mix(w, out, NF_NER_SIDE_FEATS);
}

/*
 * The context features of token i, with those of its two neighbours'
 * facts (nf_ner_side_features) if sides, else without them.
 */
static size_t context(const struct nf_ner_work *w, size_t i, uint64_t *out, int sides)
{
	const struct nf_ner_tok *t = nf_ner_info(w, i);
	size_t first = w->info_first, end = w->info_end, n = 0, pos = i - first;
	uint64_t dk, p1 = lower_at(w, i, first, end, -1), n1 = lower_at(w, i, first, end, 1);
	uint64_t sp1 = shape_at(w, i, first, end, -1), sn1 = shape_at(w, i, first, end, 1);
	uint64_t cp1, cn1;

	if (sides) {
		out[n++] = mix(T_WP1, p1);
		out[n++] = mix(T_WN1, n1);
	}
	out[n++] = mix(T_WP2, lower_at(w, i, first, end, -2));
	out[n++] = mix(T_WN2, lower_at(w, i, first, end, 2));
	if (sides) {
		out[n++] = mix(T_SHP1, sp1);
		out[n++] = mix(T_SHN1, sn1);
	}
	out[n++] = mix2(T_SHP1_SH, sp1, t->shape);
	out[n++] = mix2(T_SH_SHN1, t->shape, sn1);
	out[n++] = mix2(T_WP1_W, p1, t->lower);
	out[n++] = mix2(T_W_WN1, t->lower, n1);
	out[n++] = mix(T_POS, pos < 3 ? pos : 3);
	if ((dk = doc_key(w, i)) != 0) {
		out[n++] = mix(T_DOC, dk);
		out[n++] = mix2(T_DOC_SH, dk, t->shape);
	}
	if ((dk = history_key(w, i)) != 0) {
		out[n++] = mix(T_HIST, dk);
		out[n++] = mix2(T_HIST_SH, dk, t->shape);
	}
	if (sides) {
		cp1 = cluster_at(w, i, first, end, -1);
		cn1 = cluster_at(w, i, first, end, 1);
		out[n++] = mix(T_CLP1, cp1 % 1024);
		out[n++] = mix(T_CLN1, cn1 % 1024);
		out[n++] = mix(T_CLP1C, cp1 / 1024);
		out[n++] = mix(T_CLN1C, cn1 / 1024);
	}
	n += gaz_feats(T_GAZ, t->gaz, out + n);
	if (i > first)
		n += gaz_feats(T_GAZP1, nf_ner_info(w, i - 1)->gaz, out + n);
	if (i + 1 < end)
		n += gaz_feats(T_GAZN1, nf_ner_info(w, i + 1)->gaz, out + n);
	n += run_feats(w, i, out + n);
	n += link_feats(w, i, out + n);
	return nf_ner_regime_mix(w, out, n);
}

size_t nf_ner_context_features(const struct nf_ner_work *w, size_t i, uint64_t *out)
{
	return context(w, i, out, 1);
}

size_t nf_ner_context_rest(const struct nf_ner_work *w, size_t i, uint64_t *out)
{
	return context(w, i, out, 0);
}

size_t nf_ner_features(const struct nf_ner_work *w, const char *text, size_t i,
		       uint64_t *out)
{
	size_t n = nf_ner_token_features(w, text, i, out);

	return n + nf_ner_context_features(w, i, out + n);
}
