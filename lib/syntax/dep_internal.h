/*
 * What the dependency parser's files share and callers do not need: the
 * state of the transition system, the view of a state (or of an arc of a
 * finished tree) that features look at, and the features themselves,
 * used alike by training (dep_train.c), by compiling a model's rows and
 * tables (dep_model.c) and by parsing (dep_parse.c, dep_label.c), so the
 * three can never disagree.
 */
#ifndef NF_DEP_INTERNAL_H
#define NF_DEP_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "dep.h"

/*
 * Room for the scores nf_weights_acc adds to: a dense row adds eight
 * classes at a time, even for a model (damaged or made up) with fewer.
 */
#define NF_DEP_ACC(nclasses) (((nclasses) + 7) / 8 * 8)

/* A tag value meaning "no token here". */
#define NF_DEP_NOTAG NF_POS_NTAGS
#define NF_DEP_TAGV (NF_POS_NTAGS + 1)

/*
 * The arc-hybrid state of one sentence of n tokens.  The root is implicit
 * below the stack: the last token left on the stack when the buffer is
 * empty becomes the root, so there is exactly one.
 */
struct nf_dep_state {
	size_t n, b, sp;		/* tokens, buffer front, stack depth */
	int32_t *stack, *head, *lc, *rc;
	uint8_t *nl, *nr;
};

/* Sets up s over the caller's arrays (each of n), all tokens unattached. */
void nf_dep_state_init(struct nf_dep_state *s, size_t n, int32_t *stack, int32_t *head,
		       int32_t *lc, int32_t *rc, uint8_t *nl, uint8_t *nr);

static inline int nf_dep_done(const struct nf_dep_state *s)
{
	return s->b == s->n && s->sp == 0;
}

/* Is transition t allowed now? */
static inline int nf_dep_legal(const struct nf_dep_state *s, int t)
{
	if (t == NF_DT_SHIFT)
		return s->b < s->n;
	if (t == NF_DT_LEFT)
		return s->sp > 0 && s->b < s->n;
	return s->sp > 1 || (s->sp == 1 && s->b == s->n);
}

/* Applies a legal transition. */
void nf_dep_apply(struct nf_dep_state *s, int t);

/*
 * The cost of transition t (how many gold arcs it makes unreachable) given
 * gold heads g[0..n) (-1 root): the dynamic oracle of Goldberg and Nivre
 * (2013) for arc-hybrid.  Exact for projective gold trees.
 */
size_t nf_dep_cost(const struct nf_dep_state *s, const int32_t *g, int t);

/* What the action features look at in a state. */
struct nf_dep_view {
	int32_t tok[NF_DR_N];		/* token per position, -1 none */
	uint8_t tag[NF_DR_N];		/* its tag, NF_DEP_NOTAG for none */
	uint8_t d1, d2;			/* distance buckets s0-b0, s1-s0 */
	uint8_t vl0, vr0, vlb, vr1;	/* valency buckets of s0, b0, s1 */
};

void nf_dep_view(const struct nf_dep_state *s, const uint8_t *tags, struct nf_dep_view *v);

/* Action tables: one row per value of each tag-tuple template. */
enum { NF_DEP_ATEMPL = 25, NF_DEP_ATAB_MAX = 64 * 1024 };
size_t nf_dep_atab_rows(void);
/* The table row of each template for v (NF_DEP_ATEMPL of them). */
void nf_dep_atab_index(const struct nf_dep_view *v, uint32_t *rows);
/* The feature a table row stands for. */
uint64_t nf_dep_atab_feat(size_t row);

/* The feature of word hash w seen at position r (NF_DR_*). */
uint64_t nf_dep_word_feat(int r, uint64_t w);

/* Every action feature of v (for training); returns how many. */
enum { NF_DEP_AFEATS = NF_DR_N + NF_DEP_ATEMPL };
size_t nf_dep_all_feats(const struct nf_dep_view *v, const uint64_t *w, uint64_t *out);

/* What the relation features look at for the arc into token d of a tree. */
struct nf_dep_lview {
	int32_t dep, head, first;	/* first: d's leftmost child, or -1 */
	uint8_t dt, ht, hht, ft, lt;	/* tags: d, head, head's head, first, last child */
	uint8_t dir, dist, kids;	/* 0 left of head, 1 right, 2 root; buckets */
};

void nf_dep_lview(const int32_t *head, const int32_t *lc, const int32_t *rc, const uint8_t *nl,
		  const uint8_t *nr, const uint8_t *tags, size_t d, struct nf_dep_lview *v);

enum { NF_DEP_LTEMPL = 6, NF_DEP_LTAB_MAX = 64 * 1024 };
size_t nf_dep_ltab_rows(void);
void nf_dep_ltab_index(const struct nf_dep_lview *v, uint32_t *rows);
uint64_t nf_dep_ltab_feat(size_t row);
uint64_t nf_dep_lword_feat(int r, uint64_t w);
enum { NF_DEP_LFEATS = NF_DL_N + NF_DEP_LTEMPL };
size_t nf_dep_all_lfeats(const struct nf_dep_lview *v, const uint64_t *w, uint64_t *out);

/*
 * Labels the tree head[0..n) built in w (dep_label.c): every arc, or
 * (want not NULL) the arcs into the dependents of tokens h with want[h],
 * the others NF_DEP_UNLABELLED.  The relation rows of the tokens it needs
 * are found first (nf_dep_lrows, dep_parse.c).
 */
void nf_dep_label(const struct nf_dep_model *m, struct nf_dep_work *w, const uint8_t *tags,
		  size_t n, const int32_t *head, const uint8_t *want, uint8_t *rel);

/* Sets w->lrow[i] (compiled, or computed for a word without compiled rows). */
void nf_dep_lrows(const struct nf_dep_model *m, struct nf_dep_work *w, size_t i);

/* The best class of scores s[0..n) (first on ties), skipping class skip (or -1). */
static inline int nf_dep_best(const int32_t *s, int n, int skip)
{
	int c, b = skip == 0 ? 1 : 0;
	int32_t best = s[b];

	for (c = b + 1; c < n; c++)
		if (c != skip && s[c] > best) {
			best = s[c];
			b = c;
		}
	return b;
}

/* Starts fetching the cache lines of p[0..len) (len > 0). */
static inline void nf_dep_fetch(const void *p, size_t len)
{
	const char *c = p;
	size_t k;

	for (k = 0; k < len; k += 64)
		__builtin_prefetch(c + k);
	__builtin_prefetch(c + len - 1);
}

/* The bucket of a distance or count: 0 1 2 3 4 5-6 7-9 10+ (d) or 0 1 2 3+ (k). */
static inline uint8_t nf_dep_dist_bucket(size_t d)
{
	return (uint8_t)(d < 5 ? d : d < 7 ? 5 : d < 10 ? 6 : 7);
}

static inline uint8_t nf_dep_count_bucket(unsigned k)
{
	return (uint8_t)(k < 3 ? k : 3);
}

#endif
