/*
 * Entity decoding: emission scores from the weights, Viterbi under the
 * BILOU constraints, and labels back to entity spans; see ner.h.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ner.h"

enum { K = NF_NER_NLABELS, L = NF_NER_VLANES };

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
 * start); I and L follow B or I of their own type: 97 label pairs of 289.
 */
struct preds {
	int n[K];
	int p[K][K];
	float t[K][K];		/* trans[p + 1][cur] for each listed p */
};

static void load_preds(struct preds *pr, const float *trans)
{
	int cur, p;

	for (cur = 0; cur < K; cur++) {
		pr->n[cur] = 0;
		for (p = 0; p < K; p++)
			if (valid(p, cur)) {
				pr->t[cur][pr->n[cur]] = trans[(size_t)(p + 1) * K + cur];
				pr->p[cur][pr->n[cur]++] = p;
			}
	}
}

/*
 * Label groups of BILOU: a sentence can continue from the "ends" (O, L-*,
 * U-*) into the "opens" (O, B-*, U-*); I-t and L-t continue B-t or I-t.
 */
enum { NE = 1 + 2 * NF_NTYPES };

static int end_label(int k)
{
	return k == 0 ? 0 : NF_NER_LABEL((k - 1) / 2, (k - 1) % 2 ? NF_U : NF_L);
}

static int open_label(int k)
{
	return k == 0 ? 0 : NF_NER_LABEL((k - 1) / 2, (k - 1) % 2 ? NF_U : NF_B);
}

/*
 * Forward pass: delta[i][cur] = max over valid prev of delta[i-1][prev] +
 * trans[prev][cur], plus the emission.  Written for the BILOU structure
 * (a 9 x 9 block and two-way choices) and keeping only the maximum, so it
 * runs without branches; the winning prev is found again on the way back,
 * for the best path only.
 */
static void forward(struct nf_ner_work *w, const float *trans, size_t first, size_t end)
{
	float te[NE][NE], pe[NE], best, v;	/* te[open][end] */
	const float *pd, *s;
	float *d;
	size_t i;
	int o, e, t, lb, li;

	for (o = 0; o < NE; o++)
		for (e = 0; e < NE; e++)
			te[o][e] = trans[(size_t)(end_label(e) + 1) * K + open_label(o)];
	s = w->scores + first * K;
	d = w->delta + first * L;
	for (o = 0; o < K; o++)
		d[o] = trans[o] + s[o];
	for (i = first + 1; i < end; i++) {
		pd = d;
		d = w->delta + i * L;
		s = w->scores + i * K;
		for (e = 0; e < NE; e++)
			pe[e] = pd[end_label(e)];
		for (o = 0; o < NE; o++) {
			best = pe[0] + te[o][0];
			for (e = 1; e < NE; e++) {
				v = pe[e] + te[o][e];
				best = v > best ? v : best;
			}
			d[open_label(o)] = best + s[open_label(o)];
		}
		for (t = 0; t < NF_NTYPES; t++) {
			lb = NF_NER_LABEL(t, NF_B);
			li = NF_NER_LABEL(t, NF_I);
			for (o = li; o <= NF_NER_LABEL(t, NF_L); o++) {
				best = pd[lb] + trans[(size_t)(lb + 1) * K + o];
				v = pd[li] + trans[(size_t)(li + 1) * K + o];
				d[o] = (v > best ? v : best) + s[o];
			}
		}
	}
}

/* The prev whose score leads to cur at token i (the lowest on ties). */
static int best_prev(const struct nf_ner_work *w, const struct preds *pr, size_t i, int cur)
{
	const float *pd = w->delta + (i - 1) * L;
	float best = pd[pr->p[cur][0]] + pr->t[cur][0], v;
	int k, arg = pr->p[cur][0];

	for (k = 1; k < pr->n[cur]; k++) {
		v = pd[pr->p[cur][k]] + pr->t[cur][k];
		if (v > best) {
			best = v;
			arg = pr->p[cur][k];
		}
	}
	return arg;
}

void nf_ner_viterbi(struct nf_ner_work *w, const float *trans, size_t first, size_t end)
{
	struct preds pr;
	const float *last;
	float best = -INFINITY;
	size_t i;
	int cur, arg = 0;

	if (first >= end)
		return;
	load_preds(&pr, trans);
	forward(w, trans, first, end);
	last = w->delta + (end - 1) * L;
	for (cur = 0; cur < K; cur++)
		if (valid_last(cur) && last[cur] > best) {
			best = last[cur];
			arg = cur;
		}
	for (i = end; i-- > first;) {
		w->labels[i] = (uint8_t)arg;
		if (i > first)
			arg = best_prev(w, &pr, i, arg);
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
