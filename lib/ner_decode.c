/*
 * Entity decoding: emission scores from the weights, Viterbi under the
 * BILOU constraints, and labels back to entity spans; see ner.h.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ner.h"

enum { K = NF_NER_NLABELS };

/* Can label cur follow label prev (-1 = sentence start)? */
static int valid(int prev, int cur)
{
	int open = prev > 0 && (NF_NER_POS(prev) == NF_B || NF_NER_POS(prev) == NF_I);

	if (!open)
		return cur == 0 || NF_NER_POS(cur) == NF_B || NF_NER_POS(cur) == NF_U;
	return cur > 0 && NF_NER_TYPE(cur) == NF_NER_TYPE(prev) &&
	       (NF_NER_POS(cur) == NF_I || NF_NER_POS(cur) == NF_L);
}

static int valid_last(int cur)
{
	return cur == 0 || NF_NER_POS(cur) == NF_L || NF_NER_POS(cur) == NF_U;
}

void nf_ner_fill_trans(float *trans, nf_ner_scorer score, const void *weights)
{
	int prev, cur;
	uint64_t f;

	memset(trans, 0, (K + 1) * K * sizeof(*trans));
	for (prev = -1; prev < K; prev++) {
		f = nf_ner_trans_feature(prev);
		score(weights, &f, 1, trans + (size_t)(prev + 1) * K);
		for (cur = 0; cur < K; cur++)
			if (!valid(prev, cur))
				trans[(size_t)(prev + 1) * K + cur] = -INFINITY;
	}
}

/*
 * The labels that may precede cur: O, B and U follow O, L, U (or the
 * start); I and L follow B or I of their own type.  Listing them makes
 * Viterbi visit 97 label pairs instead of 289.
 */
static size_t predecessors(int cur, int *out)
{
	size_t n = 0;
	int p;

	for (p = 0; p < K; p++)
		if (valid(p, cur))
			out[n++] = p;
	return n;
}

void nf_ner_viterbi(struct nf_ner_work *w, const float *trans, size_t first, size_t end)
{
	float delta[K], next[K], v, best;
	int preds[K][K];
	size_t npreds[K], i, k;
	const float *s;
	int cur, arg;

	if (first >= end)
		return;
	for (cur = 0; cur < K; cur++)
		npreds[cur] = predecessors(cur, preds[cur]);
	s = w->scores + first * K;
	for (cur = 0; cur < K; cur++)
		delta[cur] = trans[cur] + s[cur];
	for (i = first + 1; i < end; i++) {
		s = w->scores + i * K;
		for (cur = 0; cur < K; cur++) {
			best = -INFINITY;
			arg = preds[cur][0];
			for (k = 0; k < npreds[cur]; k++) {
				int prev = preds[cur][k];
				v = delta[prev] + trans[(size_t)(prev + 1) * K + cur];
				if (v > best) {
					best = v;
					arg = prev;
				}
			}
			next[cur] = best + s[cur];
			w->back[i * K + cur] = (uint8_t)arg;
		}
		memcpy(delta, next, sizeof(delta));
	}
	best = -INFINITY;
	arg = 0;
	for (cur = 0; cur < K; cur++)
		if (valid_last(cur) && delta[cur] > best) {
			best = delta[cur];
			arg = cur;
		}
	for (i = end; i-- > first;) {
		w->labels[i] = (uint8_t)arg;
		if (i > first)
			arg = w->back[i * K + arg];
	}
}

/*
 * Emission scores of token i: its own features' scores come from the
 * cache when the same bytes with the same flags were scored before; the
 * sum is computed the same way either way, so results never depend on
 * what was tagged earlier.
 */
static void emission(const struct nf_ner_model *nm, struct nf_ner_work *w, const char *text,
		     size_t i)
{
	uint64_t feats[NF_NER_MAXFEATS];
	uint64_t key = nf_feat_u64(w->info[i].raw, w->info[i].flags) | 1;
	struct nf_ner_cached *c = w->cache ? &w->cache[key & (NF_NER_CACHE - 1)] : NULL;
	float *s = w->scores + i * K;
	size_t n;

	if (c && c->key == key) {
		memcpy(s, c->s, sizeof(c->s));
	} else {
		n = nf_ner_token_features(w, text, i, feats);
		memset(s, 0, K * sizeof(float));
		nf_weights_score(&nm->weights, feats, n, s);
		if (c) {
			c->key = key;
			memcpy(c->s, s, sizeof(c->s));
		}
	}
	n = nf_ner_context_features(w, i, feats);
	nf_weights_score(&nm->weights, feats, n, s);
}

void nf_ner_tag(const struct nf_ner_model *nm, struct nf_ner_work *w, const char *text)
{
	size_t s, i;

	if (!w->cache)
		w->cache = calloc(NF_NER_CACHE, sizeof(*w->cache));	/* optional */
	for (s = 0; s < w->nsents; s++) {
		for (i = w->sent_first[s]; i < w->sent_first[s + 1]; i++)
			emission(nm, w, text, i);
		nf_ner_viterbi(w, nm->trans, w->sent_first[s], w->sent_first[s + 1]);
		nf_ner_note_history(w, w->sent_first[s], w->sent_first[s + 1]);
	}
}

int nf_ner_spans(const struct nf_ner_work *w, int (*fn)(void *arg, const struct nf_entity *e),
		 void *arg)
{
	struct nf_entity e;
	size_t i;
	int lab, rc;

	for (i = 0; i < w->toks.n; i++) {
		lab = w->labels[i];
		if (lab == 0 || (NF_NER_POS(lab) != NF_B && NF_NER_POS(lab) != NF_U))
			continue;
		e.first = i;
		e.type = NF_NER_TYPE(lab);
		while (NF_NER_POS(lab) == NF_B || NF_NER_POS(lab) == NF_I) {
			if (i + 1 >= w->toks.n || w->labels[i + 1] == 0 ||
			    NF_NER_TYPE(w->labels[i + 1]) != e.type)
				break;
			lab = w->labels[++i];
		}
		e.end = i + 1;
		if ((rc = fn(arg, &e)) != 0)
			return rc;
	}
	return 0;
}
