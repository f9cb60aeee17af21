/*
 * The predictive exchange algorithm; see clusters.h.  The corpus is kept
 * as word ids; successor counts per word in compressed rows; class-word
 * counts N(c,w) in a dense classes x words table.  Moving word v from
 * class c to d changes N(c,w) and N(d,w) only for v's successors w, so
 * the gain of each move costs one pass over those successors.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clusters.h"
#include "tokens.h"

void nf_cluster_corpus_init(struct nf_cluster_corpus *c)
{
	memset(c, 0, sizeof(*c));
	nf_lexicon_init(&c->vocab);
}

void nf_cluster_corpus_release(struct nf_cluster_corpus *c)
{
	nf_lexicon_release(&c->vocab);
	free(c->counts);
	free(c->seq);
	nf_cluster_corpus_init(c);
}

static int push_id(struct nf_cluster_corpus *c, int32_t id)
{
	if (c->n == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 1 << 16;
		int32_t *p = realloc(c->seq, cap * sizeof(*p));
		if (!p)
			return -1;
		c->seq = p;
		c->cap = cap;
	}
	c->seq[c->n++] = id;
	return 0;
}

static int32_t word_id(struct nf_cluster_corpus *c, const char *w, size_t n)
{
	int id = nf_lexicon_get(&c->vocab, w, n);

	if (id >= 0)
		return id;
	if (c->nwords == c->wcap) {
		size_t cap = c->wcap ? c->wcap * 2 : 4096;
		uint32_t *p = realloc(c->counts, cap * sizeof(*p));
		if (!p)
			return -1;
		c->counts = p;
		c->wcap = cap;
	}
	if (nf_lexicon_add(&c->vocab, w, n, (int)c->nwords) < 0)
		return -1;
	c->counts[c->nwords] = 0;
	return (int32_t)c->nwords++;
}

int nf_cluster_corpus_add(struct nf_cluster_corpus *c, const char *text, size_t len,
			  const struct nf_lexicon *abbrev)
{
	struct nf_tokens t = { 0 };
	size_t i;
	int32_t id;
	int rc = -1;

	if (nf_tokenize(&t, text, len, abbrev) < 0)
		goto done;
	for (i = 0; i < t.n; i++) {
		id = word_id(c, text + t.v[i].a, t.v[i].b - t.v[i].a);
		if (id < 0 || push_id(c, id) < 0)
			goto done;
		c->counts[id]++;
	}
	rc = push_id(c, -1);
done:
	nf_tokens_release(&t);
	return rc;
}

/* The exchange state for one clustering. */
struct exchange {
	size_t nv;		/* clustered words (ranks) */
	size_t nw;		/* successor columns: clustered words + one for the rest */
	size_t k;		/* classes */
	size_t *row;		/* successors of rank v: row[v]..row[v+1] */
	uint32_t *succ, *cnt;
	uint64_t *npred;	/* how often rank v precedes anything */
	uint32_t *cls;		/* class per rank */
	uint64_t *ncw;		/* k x nw */
	uint64_t *nc;		/* k */
	double *flog;		/* x log x for small x */
	size_t flog_n;
};

static double xlogx(const struct exchange *x, uint64_t n)
{
	return n < x->flog_n ? x->flog[n] : (double)n * log((double)n);
}

static int by_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

/* Successor rows from the corpus, with rank[] mapping word id -> rank or -1. */
static int build_rows(struct exchange *x, const struct nf_cluster_corpus *c, const int32_t *rank)
{
	uint64_t *pairs = malloc((c->n + 1) * sizeof(*pairs));
	size_t i, np = 0, k = 0;
	int32_t v, w;

	if (!pairs)
		return -1;
	for (i = 0; i + 1 < c->n; i++) {
		if (c->seq[i] < 0 || c->seq[i + 1] < 0 || (v = rank[c->seq[i]]) < 0)
			continue;
		w = rank[c->seq[i + 1]];
		pairs[np++] = (uint64_t)v << 32 | (uint32_t)(w < 0 ? (int32_t)x->nv : w);
	}
	qsort(pairs, np, sizeof(*pairs), by_u64);
	x->row = calloc(x->nv + 1, sizeof(*x->row));
	x->succ = malloc((np + 1) * sizeof(*x->succ));
	x->cnt = malloc((np + 1) * sizeof(*x->cnt));
	x->npred = calloc(x->nv + 1, sizeof(*x->npred));
	if (!x->row || !x->succ || !x->cnt || !x->npred) {
		free(pairs);
		return -1;
	}
	for (i = 0; i < np; i++) {
		v = (int32_t)(pairs[i] >> 32);
		if (k == 0 || pairs[i] != pairs[i - 1]) {
			x->succ[k] = (uint32_t)pairs[i];
			x->cnt[k++] = 0;
			x->row[v + 1] = k;
		}
		x->cnt[k - 1]++;
		x->npred[v]++;
	}
	for (i = 1; i <= x->nv; i++)
		if (x->row[i] < x->row[i - 1])
			x->row[i] = x->row[i - 1];
	free(pairs);
	return 0;
}

static void move_word(struct exchange *x, size_t v, size_t c, int sign)
{
	size_t j;
	uint64_t *col = x->ncw + c * x->nw;

	for (j = x->row[v]; j < x->row[v + 1]; j++)
		col[x->succ[j]] += sign > 0 ? x->cnt[j] : -(uint64_t)x->cnt[j];
	x->nc[c] += sign > 0 ? x->npred[v] : -x->npred[v];
}

/* What adding rank v to class d changes in the log likelihood. */
static double gain(const struct exchange *x, size_t v, size_t d)
{
	const uint64_t *col = x->ncw + d * x->nw;
	double g = 0;
	size_t j;

	for (j = x->row[v]; j < x->row[v + 1]; j++) {
		uint64_t n = col[x->succ[j]];
		g += xlogx(x, n + x->cnt[j]) - xlogx(x, n);
	}
	return g - (xlogx(x, x->nc[d] + x->npred[v]) - xlogx(x, x->nc[d]));
}

/* One pass over the words; returns how many changed class. */
static size_t exchange_pass(struct exchange *x)
{
	size_t v, d, best, moved = 0;
	double g, bg;

	for (v = 0; v < x->nv; v++) {
		move_word(x, v, x->cls[v], -1);
		best = x->cls[v];
		bg = gain(x, v, best);
		for (d = 0; d < x->k; d++) {
			if (d == x->cls[v])
				continue;
			g = gain(x, v, d);
			if (g > bg + 1e-9) {
				bg = g;
				best = d;
			}
		}
		moved += best != x->cls[v];
		x->cls[v] = (uint32_t)best;
		move_word(x, v, best, 1);
	}
	return moved;
}

static void exchange_release(struct exchange *x)
{
	free(x->row);
	free(x->succ);
	free(x->cnt);
	free(x->npred);
	free(x->cls);
	free(x->ncw);
	free(x->nc);
	free(x->flog);
}

/* Clusters the ranked words into k classes: x->cls. */
static int exchange_run(struct exchange *x, const struct nf_cluster_corpus *c,
			const int32_t *rank, size_t nv, size_t k, const struct nf_cluster_opts *o)
{
	size_t v, i;
	unsigned it;

	memset(x, 0, sizeof(*x));
	x->nv = nv;
	x->nw = nv + 1;
	x->k = k;
	x->flog_n = 1 << 20;
	x->cls = malloc((nv + 1) * sizeof(*x->cls));
	x->ncw = calloc(k * x->nw, sizeof(*x->ncw));
	x->nc = calloc(k, sizeof(*x->nc));
	x->flog = malloc(x->flog_n * sizeof(*x->flog));
	if (!x->cls || !x->ncw || !x->nc || !x->flog || build_rows(x, c, rank) < 0)
		return -1;
	for (i = 0; i < x->flog_n; i++)
		x->flog[i] = i ? (double)i * log((double)i) : 0;
	for (v = 0; v < nv; v++) {
		x->cls[v] = (uint32_t)(v % k);	/* the k most frequent words apart */
		move_word(x, v, x->cls[v], 1);
	}
	for (it = 1; it <= o->iterations; it++) {
		size_t moved = exchange_pass(x);
		if (o->progress)
			o->progress(o->arg, it, moved);
		if (moved == 0)
			break;
	}
	return 0;
}

struct ranked {
	uint32_t id, count;
};

static int by_count(const void *a, const void *b)
{
	const struct ranked *x = a, *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return (x->id > y->id) - (x->id < y->id);
}

struct word_ref {
	const char *w;
	size_t n;
	int value;
};

struct names {
	struct word_ref *by_id;
};

static void name_of(void *arg, const char *w, size_t n, int id)
{
	struct names *nm = arg;

	nm->by_id[id].w = w;
	nm->by_id[id].n = n;
}

static int by_word(const void *a, const void *b)
{
	const struct word_ref *x = a, *y = b;
	int c = memcmp(x->w, y->w, x->n < y->n ? x->n : y->n);

	return c ? c : (x->n > y->n) - (x->n < y->n);
}

/* Writes "word<TAB>value" for the clustered words, sorted by word. */
static int write_clusters(const struct nf_cluster_corpus *c, const struct ranked *r, size_t nv,
			  const uint32_t *fine, const uint32_t *coarse, struct nf_buf *out)
{
	struct names nm = { calloc(c->nwords + 1, sizeof(struct word_ref)) };
	struct word_ref *list = calloc(nv + 1, sizeof(*list));
	char num[24];
	size_t v;
	int rc = -1;

	if (!nm.by_id || !list)
		goto done;
	nf_lexicon_foreach(&c->vocab, name_of, &nm);
	for (v = 0; v < nv; v++) {
		list[v] = nm.by_id[r[v].id];
		list[v].value = (int)((coarse[v] + 1) * 1024 + fine[v] + 1);
	}
	qsort(list, nv, sizeof(*list), by_word);
	for (v = 0; v < nv; v++) {
		snprintf(num, sizeof(num), "\t%d\n", list[v].value);
		if (nf_buf_add(out, list[v].w, list[v].n) < 0 || nf_buf_adds(out, num) < 0)
			goto done;
	}
	rc = 0;
done:
	free(nm.by_id);
	free(list);
	return rc;
}

int nf_clusters_build(const struct nf_cluster_corpus *c, const struct nf_cluster_opts *o,
		      struct nf_buf *out)
{
	struct ranked *r = malloc((c->nwords + 1) * sizeof(*r));
	int32_t *rank = malloc((c->nwords + 1) * sizeof(*rank));
	struct exchange fine, coarse;
	size_t i, nv = 0;
	int rc = -1;

	memset(&fine, 0, sizeof(fine));
	memset(&coarse, 0, sizeof(coarse));
	if (!r || !rank)
		goto done;
	for (i = 0; i < c->nwords; i++) {
		r[i].id = (uint32_t)i;
		r[i].count = c->counts[i];
	}
	qsort(r, c->nwords, sizeof(*r), by_count);
	for (i = 0; i < c->nwords; i++)
		rank[i] = -1;
	while (nv < c->nwords && r[nv].count >= o->min_count) {
		rank[r[nv].id] = (int32_t)nv;
		nv++;
	}
	if (exchange_run(&fine, c, rank, nv, o->classes, o) < 0 ||
	    exchange_run(&coarse, c, rank, nv, o->coarse, o) < 0 ||
	    write_clusters(c, r, nv, fine.cls, coarse.cls, out) < 0)
		goto done;
	rc = 0;
done:
	exchange_release(&fine);
	exchange_release(&coarse);
	free(r);
	free(rank);
	return rc;
}
