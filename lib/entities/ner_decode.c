/*
 * Entity decoding: Viterbi under the BILOU constraints over the emission
 * scores (ner_emit.c), and labels back to entity spans; see ner.h.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ner_internal.h"

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

/*
 * Label groups of BILOU: a sentence can continue from the "ends" (O, L-*,
 * U-*) into the "opens" (O, B-*, U-*); I-t and L-t continue B-t or I-t.
 */
enum { NE = NF_NER_NENDS };
_Static_assert(NE == 9, "forward() is written out for four entity types");
_Static_assert((int)NF_NER_VLANES > (int)NF_NER_NLABELS, "only_outside() marks the lane after the labels");

/* The ends and the opens, by index: O, then L-t or B-t and U-t for each type. */
static const int END_LABEL[NE] = {
	0, NF_NER_LABEL(0, NF_L), NF_NER_LABEL(0, NF_U), NF_NER_LABEL(1, NF_L),
	NF_NER_LABEL(1, NF_U), NF_NER_LABEL(2, NF_L), NF_NER_LABEL(2, NF_U),
	NF_NER_LABEL(3, NF_L), NF_NER_LABEL(3, NF_U)
};
static const int OPEN_LABEL[NE] = {
	0, NF_NER_LABEL(0, NF_B), NF_NER_LABEL(0, NF_U), NF_NER_LABEL(1, NF_B),
	NF_NER_LABEL(1, NF_U), NF_NER_LABEL(2, NF_B), NF_NER_LABEL(2, NF_U),
	NF_NER_LABEL(3, NF_B), NF_NER_LABEL(3, NF_U)
};

/* Derives the Viterbi tables from tr->m. */
static void derive(struct nf_ner_trans *tr)
{
	int o, e, cur, p;

	for (o = 0; o < NE; o++)
		for (e = 0; e < NE; e++)
			tr->open_end[o][e] = tr->m[(size_t)(END_LABEL[e] + 1) * K + OPEN_LABEL[o]];
	for (e = 0; e < NE; e++)
		for (o = 0; o < NF_NER_OPEN_LANES; o++)
			tr->end_open[e][o] = o < NE ? tr->open_end[o][e] : -INFINITY;
	for (cur = 0; cur < K; cur++) {
		tr->npred[cur] = 0;
		for (p = 0; p < K; p++)
			if (valid(p, cur)) {
				tr->pred_m[cur][tr->npred[cur]] = tr->m[(size_t)(p + 1) * K + cur];
				tr->pred[cur][tr->npred[cur]++] = p;
			}
	}
}

void nf_ner_fill_trans(struct nf_ner_trans *tr, nf_ner_scorer score, const void *weights)
{
	int prev, cur;
	uint64_t f;

	memset(tr->m, 0, sizeof(tr->m));
	for (prev = -1; prev < K; prev++) {
		f = nf_ner_trans_feature(prev);
		score(weights, &f, 1, tr->m + (size_t)(prev + 1) * K);
		for (cur = 0; cur < K; cur++)
			if (!valid(prev, cur))
				tr->m[(size_t)(prev + 1) * K + cur] = -INFINITY;
	}
	derive(tr);
}

static inline float max2(float a, float b)
{
	return a > b ? a : b;
}

/* The best of the nine ends pe[] into the open label with row r. */
static inline float best_end(const float *pe, const float *r)
{
	return max2(max2(max2(pe[0] + r[0], pe[1] + r[1]), max2(pe[2] + r[2], pe[3] + r[3])),
		    max2(max2(pe[4] + r[4], pe[5] + r[5]),
			 max2(max2(pe[6] + r[6], pe[7] + r[7]), pe[8] + r[8])));
}

typedef float nf_v4f __attribute__((vector_size(16)));
typedef int32_t nf_v4i __attribute__((vector_size(16)));

/* The larger of a and b lane by lane, as max2 takes it (MAXPS does). */
static inline nf_v4f vmax(nf_v4f a, nf_v4f b)
{
#ifdef __SSE__
	return __builtin_ia32_maxps(a, b);
#else
	nf_v4i m = a > b;

	return (nf_v4f)(((nf_v4i)a & m) | ((nf_v4i)b & ~m));
#endif
}

static inline nf_v4f load4(const float *p)
{
	nf_v4f v;

	memcpy(&v, p, sizeof(v));
	return v;
}

_Static_assert(NF_NER_OPEN_LANES == 12, "best_opens() is written out for three vectors");

/*
 * best_end for every open at once: best[o] = the largest pe[e] +
 * open_end[o][e], four opens a vector.  The maximum of the same nine
 * sums, so the same bits (there is no NaN, and no -0: scores are sums of
 * integers times the scale).
 */
static inline void best_opens(const float *pe, const struct nf_ner_trans *tr, float *best)
{
	nf_v4f v0 = pe[0] + load4(tr->end_open[0]), v1 = pe[0] + load4(tr->end_open[0] + 4),
	       v2 = pe[0] + load4(tr->end_open[0] + 8);
	int e;

	for (e = 1; e < NE; e++) {
		v0 = vmax(v0, pe[e] + load4(tr->end_open[e]));
		v1 = vmax(v1, pe[e] + load4(tr->end_open[e] + 4));
		v2 = vmax(v2, pe[e] + load4(tr->end_open[e] + 8));
	}
	memcpy(best, &v0, sizeof(v0));
	memcpy(best + 4, &v1, sizeof(v1));
	memcpy(best + 8, &v2, sizeof(v2));
}

/* The first row of the forward pass, in place: d[cur] += trans[start][cur]. */
static inline void first_row(float *d, const struct nf_ner_trans *tr)
{
	int o;

	for (o = 0; o < K; o++)
		d[o] = tr->m[o] + d[o];
}

/*
 * Is row d that of a pruned token (settle_outside: every label but O at
 * -inf, and lane K, past the labels, marked)?  Then only O can come out
 * finite: -inf plus any finite or -inf score stays -inf, so next_row may
 * skip the other labels and still give the same bits.  Most tokens of
 * news are pruned.  Every other row has lane K at 0.
 */
static inline int only_outside(const float *d)
{
	return d[K] != 0;	/* the mark settle_outside leaves */
}

/*
 * One step of the forward pass, in place: row d holds a token's emission
 * scores and becomes delta[cur] = max over valid prev of pd[prev] +
 * trans[prev][cur], plus the emission (each lane only needs its own
 * emission and the row before).  Written out for the BILOU structure (a
 * 9 x 9 block and two-way choices) and keeping only the maximum, so it
 * runs without branches; the winning prev is found again on the way back,
 * for the best path only.  A pruned row (only_outside) needs O alone.
 */
static inline void next_row(const float *pd, float *d, const struct nf_ner_trans *tr)
{
	float pe[NE], best[NF_NER_OPEN_LANES], a, b;
	int o, e, t, lb, li;

	if (only_outside(d) && only_outside(pd)) {	/* best_end's maximum is its first term */
		d[0] = (pd[0] + tr->open_end[0][0]) + d[0];
		return;
	}
	for (e = 0; e < NE; e++)
		pe[e] = pd[END_LABEL[e]];
	if (only_outside(d)) {	/* OPEN_LABEL[0] is O */
		d[0] = best_end(pe, tr->open_end[0]) + d[0];
		return;
	}
	best_opens(pe, tr, best);
	for (o = 0; o < NE; o++)
		d[OPEN_LABEL[o]] = best[o] + d[OPEN_LABEL[o]];
	for (t = 0; t < NF_NTYPES; t++) {
		lb = NF_NER_LABEL(t, NF_B);
		li = NF_NER_LABEL(t, NF_I);
		for (o = li; o <= NF_NER_LABEL(t, NF_L); o++) {
			a = pd[lb] + tr->m[(size_t)(lb + 1) * K + o];
			b = pd[li] + tr->m[(size_t)(li + 1) * K + o];
			d[o] = max2(a, b) + d[o];
		}
	}
}

/* The forward pass over the n rows of d (NF_NER_VLANES apart), in place. */
static void forward(float *d, const struct nf_ner_trans *tr, size_t n)
{
	size_t i;

	first_row(d, tr);
	for (i = 1; i < n; i++, d += L)
		next_row(d, d + L, tr);
}

/* The prev whose score in row pd leads to cur (the lowest on ties). */
static int best_prev(const float *pd, const struct nf_ner_trans *tr, int cur)
{
	float best = pd[tr->pred[cur][0]] + tr->pred_m[cur][0], v;
	int k, arg = tr->pred[cur][0];

	if (only_outside(pd))	/* O, the first prev if it is one, is the only finite */
		return arg;

	for (k = 1; k < tr->npred[cur]; k++) {
		v = pd[tr->pred[cur][k]] + tr->pred_m[cur][k];
		if (v > best) {
			best = v;
			arg = tr->pred[cur][k];
		}
	}
	return arg;
}

/* The best label to end a sentence with, given its last row of scores. */
static int best_last(const float *last)
{
	float best = -INFINITY;
	int cur, arg = 0;

	for (cur = 0; cur < K; cur++)
		if (valid_last(cur) && last[cur] > best) {
			best = last[cur];
			arg = cur;
		}
	return arg;
}

void nf_ner_viterbi(struct nf_ner_work *w, const struct nf_ner_trans *tr, size_t first,
		    size_t end)
{
	size_t i;
	int arg;

	if (first >= end)
		return;
	forward(w->scores, tr, end - first);
	arg = best_last(w->scores + (end - 1 - first) * L);
	for (i = end; i-- > first;) {
		w->labels[i] = (uint8_t)arg;
		if (i > first)
			arg = best_prev(w->scores + (i - 1 - first) * L, tr, arg);
	}
}

/*
 * Viterbi over a long sentence [first, end), in memory per token of one
 * byte per label: each token's emission scores go into one of two rows
 * in turn, and the winning prev of every label (best_prev, as the short
 * path finds it on the way back) is kept in w->back instead of the rows.
 */
static void tag_long(const struct nf_ner_model *nm, struct nf_ner_work *w, const char *text,
		     size_t first, size_t end)
{
	float *row[2] = { w->scores, w->scores + L };
	uint8_t *bp;
	size_t i;
	int cur, arg;

	nf_ner_emission_chunk(nm, w, text, first, first + 1, row[0]);
	first_row(row[0], &nm->trans);
	for (i = first + 1; i < end; i++) {
		float *pd = row[(i - first - 1) & 1], *d = row[(i - first) & 1];

		nf_ner_emission_chunk(nm, w, text, i, i + 1, d);
		next_row(pd, d, &nm->trans);
		bp = w->back + (i - first) * K;
		for (cur = 0; cur < K; cur++)
			bp[cur] = (uint8_t)best_prev(pd, &nm->trans, cur);
	}
	arg = best_last(row[(end - 1 - first) & 1]);
	for (i = end; i-- > first;) {
		w->labels[i] = (uint8_t)arg;
		if (i > first)
			arg = w->back[(i - first) * K + (size_t)arg];
	}
}

/*
 * A cache of scores, n entries of size bytes: p allocated if NULL (it may
 * stay NULL: the caches are optional), emptied if stale (from other
 * weights).
 */
static void *score_cache(void *p, size_t n, size_t size, int stale)
{
	if (!p)
		return calloc(n, size);
	if (stale)
		memset(p, 0, n * size);
	return p;
}

void nf_ner_tag(const struct nf_ner_model *nm, struct nf_ner_work *w, const char *text)
{
	size_t s, i, first, end;

	w->cache = score_cache(w->cache, w->cache_slots, sizeof(*w->cache),
			       w->cache_for != &nm->weights);
	w->sides = score_cache(w->sides, NF_NER_SIDES, sizeof(*w->sides),
			       w->cache_for != &nm->weights);
	w->cache_for = &nm->weights;
	for (s = 0; s < w->nsents; s++) {
		first = w->sent_first[s];
		end = w->sent_first[s + 1];
		nf_ner_load_sentence(w, s);
		nf_ner_prefetch_cached(w, first, end);
		if (end - first > w->long_sentence) {
			tag_long(nm, w, text, first, end);
		} else {
			for (i = first; i < end; i += NF_NER_CHUNK)
				nf_ner_emission_chunk(nm, w, text, i,
						      end - i < NF_NER_CHUNK ? end : i + NF_NER_CHUNK,
						      w->scores + (i - first) * L);
			nf_ner_viterbi(w, &nm->trans, first, end);
		}
		nf_ner_apply_conventions(w, nm->conventions, text, first, end);
		nf_ner_note_history(w, first, end);
	}
	if (nm->consistency)
		nf_ner_consistency(w);
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
