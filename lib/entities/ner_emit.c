/*
 * Emission scores of the entity tagger: a token's own features (cached
 * by its bytes and flags, and pruned when they favour "outside" enough),
 * the summed scores of its neighbours' facts (cached by the neighbour's
 * bytes), and the rest of its context.  The tokens of a sentence are
 * scored in chunks whose cache misses overlap.  See ner_internal.h.
 */
#include <math.h>
#include <string.h>

#include "ner_internal.h"
#include "ner_run.h"

enum { K = NF_NER_NLABELS, L = NF_NER_VLANES, ACC = NF_NER_ACC };

typedef int32_t nf_ner_v8i __attribute__((vector_size(32)));

int nf_ner_prunable(const float *s, float margin)
{
	float most = s[1];
	int k;

	for (k = 2; k < K; k++)
		most = s[k] > most ? s[k] : most;
	return s[0] - most > margin;
}

/*
 * Settles a pruned token's scores as "O only", marked in lane K for
 * Viterbi (only_outside, ner_decode.c).
 */
static void settle_outside(float *s)
{
	int k;

	s[0] = 0;
	for (k = 1; k < K; k++)
		s[k] = -INFINITY;
	s[K] = 1;
}

/* Token i's key in the cache of own scores: its bytes, flags and the case regime. */
static uint64_t cache_key(const struct nf_ner_work *w, size_t i)
{
	return nf_feat_u64(nf_ner_info(w, i)->raw,
			   nf_ner_info(w, i)->flags ^ (uint64_t)w->regime << 32) | 1;
}

void nf_ner_prefetch_cached(const struct nf_ner_work *w, size_t first, size_t end)
{
	size_t i;

	for (i = first; w->cache && i < end && i < first + 64; i++)
		nf_ner_touch(&w->cache[cache_key(w, i) & (w->cache_slots - 1)], sizeof(*w->cache));
}

/*
 * Where a token's neighbour sums are kept (keys, from nf_ner_side_key, for
 * the token before and after it), and, for those not in w->sides, the
 * features and weight rows to sum, found ahead.
 */
struct sides {
	uint64_t key[2];
	int missing[2];		/* feats[k] and rows[k] hold side k's features */
	uint64_t feats[2][NF_NER_SIDE_FEATS];
	uint32_t rows[2][NF_NER_SIDE_FEATS];
};

static int side_d(int k)
{
	return k ? 1 : -1;
}

/* The keys of token i's neighbour sums into sd, their slots touched. */
static void touch_sides(const struct nf_ner_work *w, size_t i, struct sides *sd)
{
	int k;

	for (k = 0; k < 2; k++) {
		sd->key[k] = nf_ner_side_key(w, i, side_d(k));
		sd->missing[k] = 0;
		if (w->sides)
			nf_ner_touch(&w->sides[sd->key[k] & (NF_NER_SIDES - 1)], sizeof(*w->sides));
	}
}

/*
 * The neighbour features of token i whose sums are not in w->sides into
 * sd, their weight slots touched (the sums' slots were touched before, so
 * that this test finds them come).
 */
static void side_misses(const struct nf_ner_model *nm, const struct nf_ner_work *w, size_t i,
			struct sides *sd)
{
	int k;

	for (k = 0; w->sides && k < 2; k++) {
		sd->missing[k] = w->sides[sd->key[k] & (NF_NER_SIDES - 1)].key != sd->key[k];
		if (!sd->missing[k])
			continue;
		nf_ner_side_features(w, i, side_d(k), sd->feats[k]);
		nf_weights_touch(&nm->weights, sd->feats[k], NF_NER_SIDE_FEATS);
	}
}

/*
 * Adds the summed scores of the features token i takes from its neighbour
 * on side k of sd to acc: from w->sides when that neighbour's facts were
 * scored before, else from the weight rows found ahead (sd->missing),
 * else looked up now.  Integer sums, so the grouping changes nothing.
 */
static void add_side(const struct nf_ner_model *nm, struct nf_ner_work *w, size_t i,
		     const struct sides *sd, int k, int32_t *acc)
{
	uint64_t feats[NF_NER_SIDE_FEATS];
	struct nf_ner_sidesum *c;
	int j;

	if (!w->sides) {
		nf_weights_acc(&nm->weights, feats, nf_ner_side_features(w, i, side_d(k), feats),
			       acc);
		return;
	}
	c = &w->sides[sd->key[k] & (NF_NER_SIDES - 1)];
	if (c->key != sd->key[k]) {
		memset(c->acc, 0, sizeof(c->acc));
		if (sd->missing[k])
			nf_weights_add(&nm->weights, sd->rows[k], NF_NER_SIDE_FEATS, c->acc);
		else	/* taken by another token of the chunk since */
			nf_weights_acc(&nm->weights, feats,
				       nf_ner_side_features(w, i, side_d(k), feats), c->acc);
		c->key = sd->key[k];
	}
	for (j = 0; j < ACC; j += 8) {	/* one vector add of eight */
		nf_ner_v8i a, b;

		memcpy(&a, acc + j, sizeof(a));
		memcpy(&b, c->acc + j, sizeof(b));
		a += b;
		memcpy(acc + j, &a, sizeof(a));
	}
}

/*
 * Adds to s the scores of token i's context: its neighbours' sums (sd)
 * and the weight rows[0..n) (nf_weights_find) of the rest of its features.
 */
static void context_scores(const struct nf_ner_model *nm, struct nf_ner_work *w, size_t i,
			   const struct sides *sd, const uint32_t *rows, size_t n, float *s)
{
	int32_t acc[ACC] = { 0 };
	int k;

	add_side(nm, w, i, sd, 0, acc);
	add_side(nm, w, i, sd, 1, acc);
	nf_weights_add(&nm->weights, rows, n, acc);
	for (k = 0; k < K; k++)
		s[k] += (float)acc[k] * nm->weights.scale;
}

/*
 * The scores of token i's own features into s: from the cache when the
 * same bytes with the same flags were scored before; the sum is computed
 * the same way either way, so results never depend on what was tagged
 * earlier.  Returns 1 if its context must be scored too, 0 if the token
 * was settled as outside (pruning).
 */
static int own_scores(const struct nf_ner_model *nm, struct nf_ner_work *w, const char *text,
		      size_t i, float *s)
{
	uint64_t feats[NF_NER_MAXFEATS];
	uint64_t key = cache_key(w, i);
	struct nf_ner_cached *c = w->cache ? &w->cache[key & (w->cache_slots - 1)] : NULL;
	size_t n;
	int prunable;

	if (c && c->key == key) {
		memcpy(s, c->s, sizeof(c->s));
		prunable = c->prunable;
	} else {
		n = nf_ner_token_features(w, text, i, feats);
		memset(s, 0, K * sizeof(float));
		nf_weights_score(&nm->weights, feats, n, s);
		prunable = nm->prune > 0 && nf_ner_prunable(s, nm->prune);
		if (c) {
			c->key = key;
			memcpy(c->s, s, sizeof(c->s));
			c->prunable = prunable;
		}
	}
	s[K] = 0;
	if (prunable && !nf_ner_between_names(w, i)) {
		settle_outside(s);
		return 0;
	}
	return 1;
}

/*
 * Passes over the chunk, each for all its tokens: own scores, and for the
 * tokens not pruned their context features (touching the weight slots and
 * neighbour sums those will read); the neighbour features whose sums are
 * not cached (touching their slots); where all those weights are (touching
 * them); the sums.  The chunk's cache misses overlap instead of coming one
 * token after another.
 */
void nf_ner_emission_chunk(const struct nf_ner_model *nm, struct nf_ner_work *w,
			   const char *text, size_t first, size_t end, float *s)
{
	uint64_t feats[NF_NER_CHUNK][NF_NER_MAXFEATS];
	uint32_t rows[NF_NER_CHUNK][NF_NER_MAXFEATS];
	struct sides sd[NF_NER_CHUNK];
	size_t nf[NF_NER_CHUNK], m = end - first, j;
	uint8_t open[NF_NER_CHUNK];
	int k;

	for (j = 0; j < m; j++) {
		nf[j] = 0;
		open[j] = (uint8_t)own_scores(nm, w, text, first + j, s + j * L);
		if (!open[j])
			continue;
		nf[j] = nf_ner_context_rest(w, first + j, feats[j]);
		nf_weights_touch(&nm->weights, feats[j], nf[j]);
		touch_sides(w, first + j, &sd[j]);
	}
	for (j = 0; j < m; j++)
		if (open[j])
			side_misses(nm, w, first + j, &sd[j]);
	for (j = 0; j < m; j++) {
		if (!open[j])
			continue;
		nf_weights_find(&nm->weights, feats[j], nf[j], rows[j]);
		for (k = 0; k < 2; k++)
			if (sd[j].missing[k])
				nf_weights_find(&nm->weights, sd[j].feats[k], NF_NER_SIDE_FEATS,
						sd[j].rows[k]);
	}
	for (j = 0; j < m; j++)
		if (open[j])
			context_scores(nm, w, first + j, &sd[j], rows[j], nf[j], s + j * L);
}
