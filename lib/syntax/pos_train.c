/*
 * Training the part-of-speech tagger (see pos_train.h): a greedy averaged
 * perceptron that learns from its own previous tags, sentences visited in
 * an order that depends only on the seed, so the same data gives the same
 * model bytes.  The model keeps the frozen weights and the words seen
 * often enough to be worth compiling into rows at load time.
 */
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "perceptron.h"
#include "pos_internal.h"
#include "pos_train.h"
#include "rng.h"

static int best(const float *s)
{
	int c, b = 0;

	for (c = 1; c < NF_POS_NTAGS; c++)
		if (s[c] > s[b])
			b = c;
	return b;
}

/* One pass over sentence s; counts the tokens tagged right in *ok. */
static int learn(struct nf_ptrain *t, const struct nf_pos_corpus *c,
		 const struct nf_pos_sent *s, struct nf_pos_word *wv, size_t *ok)
{
	uint64_t f[NF_POS_ALLF];
	float sc[NF_POS_NTAGS];
	size_t i, n;
	int t1 = NF_POS_NTAGS, t2 = NF_POS_NTAGS, p, g;

	for (i = 0; i < s->ntok; i++) {
		const struct nf_pos_tok *k = &c->toks[s->tok + i];
		nf_pos_word_info(&wv[i], c->text.data + k->a, k->b - k->a, k->w);
	}
	for (i = 0; i < s->ntok; i++) {
		n = nf_pos_all_feats(wv, s->ntok, i, t2, t1, f);
		memset(sc, 0, sizeof(sc));
		nf_ptrain_score(t, f, n, sc);
		p = best(sc);
		g = c->gold[s->tok + i];
		if (p == g)
			(*ok)++;
		else if (nf_ptrain_update(t, f, n, g, 1) < 0 || nf_ptrain_update(t, f, n, p, -1) < 0)
			return -1;
		nf_ptrain_tick(t);
		t2 = t1;
		t1 = p;
	}
	return 0;
}

static size_t longest(const struct nf_pos_corpus *c)
{
	size_t i, m = 1;

	for (i = 0; i < c->nsents; i++)
		m = c->sents[i].ntok > m ? c->sents[i].ntok : m;
	return m;
}

static int epochs(struct nf_ptrain *t, const struct nf_pos_corpus *c,
		  const struct nf_pos_train_opts *o)
{
	size_t *order = malloc((c->nsents + 1) * sizeof(*order));
	struct nf_pos_word *wv = malloc(longest(c) * sizeof(*wv));
	uint64_t state = o->seed;
	size_t i, ok;
	unsigned e;
	int rc = 0;

	if (!order || !wv)
		rc = -1;
	for (i = 0; !rc && i < c->nsents; i++)
		order[i] = i;
	for (e = 1; !rc && e <= o->epochs; e++) {
		nf_shuffle(order, c->nsents, &state);
		for (i = ok = 0; !rc && i < c->nsents; i++)
			rc = learn(t, c, &c->sents[order[i]], wv, &ok);
		if (!rc && o->log)
			fprintf(o->log, "epoch %u/%u: training tokens right %.2f%%\n", e, o->epochs,
				c->ntoks ? 100.0 * (double)ok / (double)c->ntoks : 0.0);
	}
	free(order);
	free(wv);
	return rc;
}

/* A word counted for the vocabulary: its first token and count. */
struct wcount {
	uint64_t w;
	size_t tok, n;
};

static int count_words(const struct nf_pos_corpus *c, struct wcount **out, size_t *cap)
{
	size_t i, s, mask;

	for (*cap = 1024; *cap < 2 * c->ntoks + 2; *cap *= 2)
		;
	*out = calloc(*cap, sizeof(**out));
	if (!*out)
		return -1;
	mask = *cap - 1;
	for (i = 0; i < c->ntoks; i++) {
		uint64_t w = c->toks[i].w ? c->toks[i].w : 1;
		for (s = (size_t)w & mask; (*out)[s].n && (*out)[s].w != w; s = (s + 1) & mask)
			;
		if (!(*out)[s].n) {
			(*out)[s].w = w;
			(*out)[s].tok = i;
		}
		(*out)[s].n++;
	}
	return 0;
}

/* A vocabulary word: count and bytes (in the corpus text). */
struct ventry {
	size_t n, len;
	const char *s;
};

/* For qsort: more frequent first, then by lower-cased bytes. */
static int cmp_ventry(const void *x, const void *y)
{
	const struct ventry *a = x, *b = y;
	size_t i;

	if (a->n != b->n)
		return a->n > b->n ? -1 : 1;
	for (i = 0; i < a->len && i < b->len; i++)
		if (nf_ascii_lower((unsigned char)a->s[i]) != nf_ascii_lower((unsigned char)b->s[i]))
			return nf_ascii_lower((unsigned char)a->s[i]) < nf_ascii_lower((unsigned char)b->s[i]) ? -1 : 1;
	return a->len < b->len ? -1 : a->len > b->len;
}

int nf_pos_vocab(const struct nf_pos_corpus *c, unsigned min, struct nf_buf *out)
{
	struct wcount *wc;
	struct ventry *v;
	size_t cap, i, j, n = 0;
	int rc = -1;

	if (count_words(c, &wc, &cap) < 0)
		return -1;
	v = malloc(cap * sizeof(*v));
	for (i = 0; v && i < cap; i++) {
		const struct nf_pos_tok *t = &c->toks[wc[i].tok];
		if (wc[i].n < (min ? min : 1) || t->b - t->a > 255)
			continue;
		v[n].n = wc[i].n;
		v[n].len = t->b - t->a;
		v[n++].s = c->text.data + t->a;
	}
	if (v) {
		qsort(v, n, sizeof(*v), cmp_ventry);
		for (i = 0, rc = 0; i < n && !rc; i++) {
			for (j = 0; j < v[i].len && !rc; j++)
				rc = nf_buf_addc(out, (char)nf_ascii_lower((unsigned char)v[i].s[j]));
			if (!rc)
				rc = nf_buf_addc(out, '\n');
		}
	}
	free(v);
	free(wc);
	return rc;
}

static int write_model(const struct nf_ptrain *t, const struct nf_pos_corpus *c,
		       const struct nf_pos_train_opts *o, struct nf_buf *out)
{
	struct nf_buf meta = NF_BUF_INIT, w = NF_BUF_INIT, v = NF_BUF_INIT;
	int rc = -1;

	if (nf_buf_adds(&meta, nf_pos_features_version()) == 0 &&
	    nf_buf_addc(&meta, '\n') == 0 && (!o->notes || nf_buf_adds(&meta, o->notes) == 0) &&
	    nf_ptrain_freeze(t, o->min_weight, &w) == 0 && nf_pos_vocab(c, o->vocab_min, &v) == 0 &&
	    nf_model_begin(out, "pos", 3) == 0 &&
	    nf_model_add(out, "meta", meta.data, meta.len) == 0 &&
	    nf_model_add(out, "weights", w.data, w.len) == 0 &&
	    nf_model_add(out, "vocab", v.data ? v.data : "", v.len) == 0 &&
	    nf_model_finish(out) == 0)
		rc = 0;
	nf_buf_release(&meta);
	nf_buf_release(&w);
	nf_buf_release(&v);
	return rc;
}

int nf_pos_train(const struct nf_pos_corpus *c, const struct nf_pos_train_opts *o,
		 struct nf_buf *out)
{
	struct nf_ptrain t;
	int rc;

	if (nf_ptrain_init(&t, NF_POS_NTAGS) < 0)
		return -1;
	if (o->log)
		fprintf(o->log, "%zu sentences, %zu tokens (%zu UD words)\n", c->nsents, c->ntoks,
			c->nud);
	rc = epochs(&t, c, o);
	if (!rc)
		rc = write_model(&t, c, o, out);
	nf_ptrain_release(&t);
	return rc;
}

int nf_pos_evaluate(const struct nf_pos_model *m, const struct nf_pos_corpus *c,
		    struct nf_pos_score *sc)
{
	const struct nf_pos_sent *s;
	uint8_t *tags = malloc((c->ntoks > c->nud ? c->ntoks : c->nud) + 1);
	size_t i, k;

	memset(sc, 0, sizeof(*sc));
	if (!tags)
		return -1;
	for (i = 0; i < c->nsents; i++) {
		s = &c->sents[i];
		nf_pos_tag(m, c->text.data, c->toks + s->tok, s->ntok, tags);
		for (k = 0; k < s->ntok; k++)
			sc->ok += tags[k] == c->gold[s->tok + k];
		sc->n += s->ntok;
		nf_pos_tag(m, c->text.data, c->ud + s->ud, s->nud, tags);
		for (k = 0; k < s->nud; k++)
			sc->ud_ok += tags[k] == c->ud_gold[s->ud + k];
		sc->ud_n += s->nud;
	}
	free(tags);
	return 0;
}
