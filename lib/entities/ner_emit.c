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

enum { K = NF_NER_NLABELS, L = NF_NER_VLANES, ACC = (K + 7) / 8 * 8 };	/* see add_row */

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
		__builtin_prefetch(&w->cache[cache_key(w, i) & (NF_NER_CACHE - 1)]);
}

/*
 * Adds the summed scores of the features token i takes from its neighbour
 * on side d to acc: from w->sides when that neighbour's facts were scored
 * before, else from the weight rows of those features if found already
 * (rows, NF_NER_SIDE_FEATS of them), else looked up now.  Integer sums,
 * so the grouping changes nothing.
 */
static void add_side(const struct nf_ner_model *nm, struct nf_ner_work *w, size_t i, int d,
		     const uint32_t *rows, int32_t *acc)
{
	uint64_t feats[NF_NER_SIDE_FEATS], key;
	struct nf_ner_sidesum *c;
	int k;

	if (!w->sides) {
		nf_weights_acc(&nm->weights, feats, nf_ner_side_features(w, i, d, feats), acc);
		return;
	}
	key = nf_ner_side_key(w, i, d);
	c = &w->sides[key & (NF_NER_SIDES - 1)];
	if (c->key != key) {
		memset(c->acc, 0, sizeof(c->acc));
		if (rows)
			nf_weights_add(&nm->weights, rows, NF_NER_SIDE_FEATS, c->acc);
		else
			nf_weights_acc(&nm->weights, feats, nf_ner_side_features(w, i, d, feats),
				       c->acc);
		c->key = key;
	}
	for (k = 0; k < ACC; k += 8) {	/* one vector add of eight */
		nf_ner_v8i a, b;

		memcpy(&a, acc + k, sizeof(a));
		memcpy(&b, c->acc + k, sizeof(b));
		a += b;
		memcpy(acc + k, &a, sizeof(a));
	}
}

/* Touches the neighbour sums of token i that add_side will read. */
static void touch_sides(const struct nf_ner_work *w, size_t i)
{
	if (w->sides) {
		__builtin_prefetch(&w->sides[nf_ner_side_key(w, i, -1) & (NF_NER_SIDES - 1)]);
		__builtin_prefetch(&w->sides[nf_ner_side_key(w, i, 1) & (NF_NER_SIDES - 1)]);
	}
}

/* The weight rows of a token's neighbour features not in w->sides, found ahead. */
struct side_rows {
	uint64_t feats[2][NF_NER_SIDE_FEATS];
	uint32_t rows[2][NF_NER_SIDE_FEATS];
	int found[2];		/* rows[k] hold the features of side k (0 before, 1 after) */
};

/*
 * Adds to s the scores of token i's context: its neighbours' sums (with
 * the rows of sr found ahead, if sr is not NULL) and the weight
 * rows[0..n) (nf_weights_find) of the rest of its features.
 */
static void context_scores(const struct nf_ner_model *nm, struct nf_ner_work *w, size_t i,
			   const struct side_rows *sr, const uint32_t *rows, size_t n, float *s)
{
	int32_t acc[ACC] = { 0 };
	int k;

	add_side(nm, w, i, -1, sr && sr->found[0] ? sr->rows[0] : NULL, acc);
	add_side(nm, w, i, 1, sr && sr->found[1] ? sr->rows[1] : NULL, acc);
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
	struct nf_ner_cached *c = w->cache ? &w->cache[key & (NF_NER_CACHE - 1)] : NULL;
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

/* Token i's own features, then its context's. */
void nf_ner_emission(const struct nf_ner_model *nm, struct nf_ner_work *w, const char *text,
		     size_t i, float *s)
{
	uint64_t feats[NF_NER_MAXFEATS];
	uint32_t rows[NF_NER_MAXFEATS];
	size_t n;

	if (!own_scores(nm, w, text, i, s))
		return;
	n = nf_ner_context_rest(w, i, feats);
	nf_weights_find(&nm->weights, feats, n, rows);
	context_scores(nm, w, i, NULL, rows, n, s);
}

/*
 * The neighbour features of token i whose sums are not in w->sides into
 * sr, their weight slots touched (their sums' slots were touched before,
 * so that this test finds them come).
 */
static void side_misses(const struct nf_ner_model *nm, const struct nf_ner_work *w, size_t i,
			struct side_rows *sr)
{
	uint64_t key;
	int k;

	for (k = 0; k < 2; k++) {
		key = nf_ner_side_key(w, i, k ? 1 : -1);
		sr->found[k] = w->sides && w->sides[key & (NF_NER_SIDES - 1)].key != key;
		if (!sr->found[k])
			continue;
		nf_ner_side_features(w, i, k ? 1 : -1, sr->feats[k]);
		nf_weights_touch(&nm->weights, sr->feats[k], NF_NER_SIDE_FEATS);
	}
}

/*
 * Three passes over the chunk: every token's own scores and context
 * features (touching the weight slots and neighbour sums those will
 * read), then where their weights are (touching them), then the sums.
 */
void nf_ner_emission_chunk(const struct nf_ner_model *nm, struct nf_ner_work *w,
			   const char *text, size_t first, size_t end, float *s)
{
	uint64_t feats[NF_NER_CHUNK][NF_NER_MAXFEATS];
	uint32_t rows[NF_NER_CHUNK][NF_NER_MAXFEATS];
	struct side_rows sr[NF_NER_CHUNK];
	size_t nf[NF_NER_CHUNK], i, j, k;

	for (i = first; i < end; i++) {
		j = i - first;
		nf[j] = 0;
		sr[j].found[0] = sr[j].found[1] = 0;
		if (!own_scores(nm, w, text, i, s + j * L))
			continue;
		nf[j] = nf_ner_context_rest(w, i, feats[j]);
		nf_weights_touch(&nm->weights, feats[j], nf[j]);
		touch_sides(w, i);
	}
	for (i = first; i < end; i++)
		if (nf[i - first])
			side_misses(nm, w, i, &sr[i - first]);
	for (j = 0; j < end - first; j++) {
		nf_weights_find(&nm->weights, feats[j], nf[j], rows[j]);
		for (k = 0; k < 2; k++)
			if (sr[j].found[k])
				nf_weights_find(&nm->weights, sr[j].feats[k], NF_NER_SIDE_FEATS,
						sr[j].rows[k]);
	}
	for (i = first; i < end; i++)
		if (s[(i - first) * L + K] == 0)	/* not settled (settle_outside) */
			context_scores(nm, w, i, &sr[i - first], rows[i - first], nf[i - first],
				       s + (i - first) * L);
}
