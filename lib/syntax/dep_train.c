/*
 * Training and measuring the dependency parser (see dep_train.h).  The
 * action classifier learns greedily with the dynamic oracle (dep_system.c):
 * at each state the best-scoring transition of least cost is the right
 * one, and after the first epoch the parser mostly follows its own
 * choice, right or wrong, so it learns to recover from its mistakes
 * (Goldberg and Nivre 2012).  The relation classifier learns from the
 * gold trees.  Sentence order and exploration come from the seed only,
 * so the same data gives the same model bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "dep_internal.h"
#include "dep_train.h"
#include "perceptron.h"
#include "rng.h"

/* Per-sentence arrays, sized for the longest sentence (ours or UD's). */
struct scratch {
	int32_t *stack, *head, *lc, *rc;
	uint8_t *nl, *nr, *rel;
	uint64_t *w;
};

static void scratch_release(struct scratch *s)
{
	free(s->stack);
	free(s->head);
	free(s->lc);
	free(s->rc);
	free(s->nl);
	free(s->nr);
	free(s->rel);
	free(s->w);
}

static int scratch_init(struct scratch *s, size_t n)
{
	n++;
	s->stack = malloc(n * sizeof(*s->stack));
	s->head = malloc(n * sizeof(*s->head));
	s->lc = malloc(n * sizeof(*s->lc));
	s->rc = malloc(n * sizeof(*s->rc));
	s->nl = malloc(n);
	s->nr = malloc(n);
	s->rel = malloc(n);
	s->w = malloc(n * sizeof(*s->w));
	if (s->stack && s->head && s->lc && s->rc && s->nl && s->nr && s->rel && s->w)
		return 0;
	scratch_release(s);
	return -1;
}

static size_t longest(const struct nf_pos_corpus *c)
{
	size_t i, m = 1;

	for (i = 0; i < c->nsents; i++) {
		m = c->sents[i].ntok > m ? c->sents[i].ntok : m;
		m = c->sents[i].nud > m ? c->sents[i].nud : m;
	}
	return m;
}

/* The children arrays of the tree head[0..n). */
static void children(const int32_t *head, size_t n, struct scratch *s)
{
	size_t d;
	int32_t h;

	for (d = 0; d < n; d++) {
		s->lc[d] = s->rc[d] = -1;
		s->nl[d] = s->nr[d] = 0;
	}
	for (d = 0; d < n; d++) {
		if ((h = head[d]) < 0)
			continue;
		if ((int32_t)d < h) {
			if (s->lc[h] < 0)
				s->lc[h] = (int32_t)d;
			s->nl[h] += s->nl[h] < 255;
		} else {
			s->rc[h] = (int32_t)d;
			s->nr[h] += s->nr[h] < 255;
		}
	}
}

struct trainer {
	struct nf_ptrain acts, rels;
	const struct nf_dep_corpus *c;
	const struct nf_dep_train_opts *o;
	struct scratch s;
	uint64_t rng;
	unsigned epoch;
	size_t act_ok, act_n, rel_ok, rel_n;
};

static int best_float(const float *sc, int n, int skip)
{
	int c, b = skip == 0 ? 1 : 0;

	for (c = b + 1; c < n; c++)
		if (c != skip && sc[c] > sc[b])
			b = c;
	return b;
}

/* One transition: scores, the oracle's choice, an update if needed; the next move. */
static int step(struct trainer *t, const struct nf_dep_state *st, const uint8_t *tags,
		const int32_t *gold)
{
	uint64_t f[NF_DEP_AFEATS];
	struct nf_dep_view v;
	float sc[NF_DT_N] = { 0 };
	size_t cost[NF_DT_N], n, min = SIZE_MAX;
	int k, p = -1, g = -1;

	nf_dep_view(st, tags, &v);
	n = nf_dep_all_feats(&v, t->s.w, f);
	nf_ptrain_score(&t->acts, f, n, sc);
	for (k = 0; k < NF_DT_N; k++) {
		cost[k] = nf_dep_legal(st, k) ? nf_dep_cost(st, gold, k) : SIZE_MAX;
		if (cost[k] < min)
			min = cost[k];
		if (cost[k] != SIZE_MAX && (p < 0 || sc[k] > sc[p]))
			p = k;
	}
	for (k = 0; k < NF_DT_N; k++)
		if (cost[k] == min && (g < 0 || sc[k] > sc[g]))
			g = k;
	t->act_n++;
	if (cost[p] == min)
		t->act_ok++;
	else if (nf_ptrain_update(&t->acts, f, n, g, 1) < 0 ||
		 nf_ptrain_update(&t->acts, f, n, p, -1) < 0)
		return -1;
	nf_ptrain_tick(&t->acts);
	if (t->epoch > 1 && nf_splitmix64(&t->rng) % 100 < t->o->explore)
		return p;
	return g;
}

static int learn_actions(struct trainer *t, const struct nf_pos_sent *s)
{
	const struct nf_dep_corpus *c = t->c;
	struct nf_dep_state st;
	int k;

	nf_dep_state_init(&st, s->ntok, t->s.stack, t->s.head, t->s.lc, t->s.rc, t->s.nl,
			  t->s.nr);
	while (!nf_dep_done(&st)) {
		if ((k = step(t, &st, c->tags + s->tok, c->head + s->tok)) < 0)
			return -1;
		nf_dep_apply(&st, k);
	}
	return 0;
}

static int learn_rels(struct trainer *t, const struct nf_pos_sent *s)
{
	const int32_t *gh = t->c->head + s->tok;
	const uint8_t *gr = t->c->rel + s->tok, *tags = t->c->tags + s->tok;
	uint64_t f[NF_DEP_LFEATS];
	struct nf_dep_lview v;
	float sc[NF_DEP_NRELS];
	size_t d, n;
	int p;

	children(gh, s->ntok, &t->s);
	for (d = 0; d < s->ntok; d++) {
		if (gh[d] < 0 || gr[d] == NF_DEP_ROOT)
			continue;
		nf_dep_lview(gh, t->s.lc, t->s.rc, t->s.nl, t->s.nr, tags, d, &v);
		n = nf_dep_all_lfeats(&v, t->s.w, f);
		memset(sc, 0, sizeof(sc));
		nf_ptrain_score(&t->rels, f, n, sc);
		p = best_float(sc, NF_DEP_NRELS, NF_DEP_ROOT);
		t->rel_n++;
		if (p == gr[d])
			t->rel_ok++;
		else if (nf_ptrain_update(&t->rels, f, n, gr[d], 1) < 0 ||
			 nf_ptrain_update(&t->rels, f, n, p, -1) < 0)
			return -1;
		nf_ptrain_tick(&t->rels);
	}
	return 0;
}

static int learn(struct trainer *t, const struct nf_pos_sent *s)
{
	size_t i;

	for (i = 0; i < s->ntok; i++)
		t->s.w[i] = t->c->pc.toks[s->tok + i].w;
	return learn_actions(t, s) < 0 || learn_rels(t, s) < 0 ? -1 : 0;
}

static double pct(size_t ok, size_t n)
{
	return n ? 100.0 * (double)ok / (double)n : 0.0;
}

static int epochs(struct trainer *t)
{
	const struct nf_pos_corpus *pc = &t->c->pc;
	size_t *order = malloc((pc->nsents + 1) * sizeof(*order)), i;
	int rc = order ? 0 : -1;

	for (i = 0; !rc && i < pc->nsents; i++)
		order[i] = i;
	for (t->epoch = 1; !rc && t->epoch <= t->o->epochs; t->epoch++) {
		nf_shuffle(order, pc->nsents, &t->rng);
		t->act_ok = t->act_n = t->rel_ok = t->rel_n = 0;
		for (i = 0; !rc && i < pc->nsents; i++)
			rc = learn(t, &pc->sents[order[i]]);
		if (!rc && t->o->log)
			fprintf(t->o->log, "epoch %u/%u: transitions right %.2f%%, relations %.2f%%\n",
				t->epoch, t->o->epochs, pct(t->act_ok, t->act_n),
				pct(t->rel_ok, t->rel_n));
	}
	free(order);
	return rc;
}

static int write_model(const struct trainer *t, struct nf_buf *out)
{
	struct nf_buf meta = NF_BUF_INIT, a = NF_BUF_INIT, r = NF_BUF_INIT, v = NF_BUF_INIT;
	const struct nf_dep_train_opts *o = t->o;
	int rc = -1;

	if (nf_buf_adds(&meta, nf_dep_features_version()) == 0 &&
	    nf_buf_addc(&meta, '\n') == 0 && (!o->notes || nf_buf_adds(&meta, o->notes) == 0) &&
	    nf_ptrain_freeze(&t->acts, o->min_weight, &a) == 0 &&
	    nf_ptrain_freeze(&t->rels, o->min_weight, &r) == 0 &&
	    nf_pos_vocab(&t->c->pc, o->vocab_min, &v) == 0 &&
	    nf_model_begin(out, "dep", 4) == 0 &&
	    nf_model_add(out, "meta", meta.data, meta.len) == 0 &&
	    nf_model_add(out, "actions", a.data, a.len) == 0 &&
	    nf_model_add(out, "rels", r.data, r.len) == 0 &&
	    nf_model_add(out, "vocab", v.data ? v.data : "", v.len) == 0 &&
	    nf_model_finish(out) == 0)
		rc = 0;
	nf_buf_release(&meta);
	nf_buf_release(&a);
	nf_buf_release(&r);
	nf_buf_release(&v);
	return rc;
}

int nf_dep_train(const struct nf_dep_corpus *c, const struct nf_dep_train_opts *o,
		 struct nf_buf *out)
{
	struct trainer t;
	int rc = -1;

	memset(&t, 0, sizeof(t));
	t.c = c;
	t.o = o;
	t.rng = o->seed;
	if (nf_ptrain_init(&t.acts, NF_DT_N) < 0)
		return -1;
	if (nf_ptrain_init(&t.rels, NF_DEP_NRELS) < 0) {
		nf_ptrain_release(&t.acts);
		return -1;
	}
	if (o->log)
		fprintf(o->log, "%zu sentences, %zu tokens (%zu UD words)\n", c->pc.nsents,
			c->pc.ntoks, c->pc.nud);
	if (scratch_init(&t.s, longest(&c->pc)) == 0) {
		rc = epochs(&t);
		if (!rc)
			rc = write_model(&t, out);
		scratch_release(&t.s);
	}
	nf_ptrain_release(&t.acts);
	nf_ptrain_release(&t.rels);
	return rc;
}

static void count(struct nf_dep_score *sc, const int32_t *head, const uint8_t *rel,
		  const int32_t *gh, const uint8_t *gr, const uint8_t *gtag, size_t n)
{
	size_t i;
	int u, l;

	for (i = 0; i < n; i++) {
		u = head[i] == gh[i];
		l = u && rel[i] == gr[i];
		sc->uas += u;
		sc->las += l;
		sc->n++;
		if (gtag[i] == NF_POS_PUNCT)
			continue;
		sc->uas_np += u;
		sc->las_np += l;
		sc->n_np++;
	}
}

int nf_dep_evaluate(const struct nf_dep_model *m, const struct nf_dep_corpus *c,
		    struct nf_dep_score s[2])
{
	const struct nf_pos_corpus *pc = &c->pc;
	struct nf_dep_work w = NF_DEP_WORK_INIT;
	struct scratch sc;
	const struct nf_pos_sent *st;
	size_t i;
	int rc = 0;

	memset(s, 0, 2 * sizeof(*s));
	if (scratch_init(&sc, longest(pc)) < 0)
		return -1;
	for (i = 0; !rc && i < pc->nsents; i++) {
		st = &pc->sents[i];
		rc = nf_dep_parse(m, &w, pc->text.data, pc->toks + st->tok, c->tags + st->tok,
				  st->ntok, sc.head, sc.rel);
		if (!rc)
			count(&s[0], sc.head, sc.rel, c->head + st->tok, c->rel + st->tok,
			      pc->gold + st->tok, st->ntok);
		if (!rc)
			rc = nf_dep_parse(m, &w, pc->text.data, pc->ud + st->ud, c->ud_tags + st->ud,
					  st->nud, sc.head, sc.rel);
		if (!rc)
			count(&s[1], sc.head, sc.rel, pc->ud_head + st->ud, pc->ud_rel + st->ud,
			      pc->ud_gold + st->ud, st->nud);
	}
	nf_dep_work_release(&w);
	scratch_release(&sc);
	return rc;
}

static int hashed_action(const struct nf_dep_model *m, const struct nf_dep_state *st,
			 const uint64_t *w, const uint8_t *tags)
{
	uint64_t f[NF_DEP_AFEATS];
	struct nf_dep_view v;
	int32_t sc[NF_DEP_ACC(NF_DT_N)] = { 0 };
	int k, best = -1;

	nf_dep_view(st, tags, &v);
	nf_weights_acc(&m->acts, f, nf_dep_all_feats(&v, w, f), sc);
	for (k = 0; k < NF_DT_N; k++)
		if (nf_dep_legal(st, k) && (best < 0 || sc[k] > sc[best]))
			best = k;
	return best;
}

int nf_dep_parse_hashed(const struct nf_dep_model *m, const uint64_t *w, const uint8_t *tags,
			size_t n, int32_t *head, uint8_t *rel)
{
	struct scratch s;
	struct nf_dep_state st;
	struct nf_dep_lview v;
	uint64_t f[NF_DEP_LFEATS];
	int32_t sc[NF_DEP_ACC(NF_DEP_NRELS)];
	size_t d;

	if (scratch_init(&s, n) < 0)
		return -1;
	nf_dep_state_init(&st, n, s.stack, head, s.lc, s.rc, s.nl, s.nr);
	while (!nf_dep_done(&st))
		nf_dep_apply(&st, hashed_action(m, &st, w, tags));
	for (d = 0; d < n; d++) {
		rel[d] = NF_DEP_ROOT;
		if (head[d] < 0)
			continue;
		nf_dep_lview(head, s.lc, s.rc, s.nl, s.nr, tags, d, &v);
		memset(sc, 0, sizeof(sc));
		nf_weights_acc(&m->rels, f, nf_dep_all_lfeats(&v, w, f), sc);
		rel[d] = (uint8_t)nf_dep_best(sc, NF_DEP_NRELS, NF_DEP_ROOT);
	}
	scratch_release(&s);
	return 0;
}
