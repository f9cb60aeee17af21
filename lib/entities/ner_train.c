/*
 * The entity tagger's training loop: an averaged structured perceptron
 * with Viterbi decoding.  The gazetteer feature is jackknifed (each
 * training document sees a gazetteer built from the other folds), so the
 * model learns how far to trust a gazetteer hit on unseen text.
 */
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "ner_tables.h"
#include "ner_train.h"

/*
 * FSTRIDE: room per token for its features and, in a document of an
 * auxiliary kind of text (train-entities -A), a copy of each in that
 * kind's own space ("frustratingly easy" domain adaptation, Daume 2007):
 * the copies learn what is peculiar to that text (GUM's conventions for
 * MISC, say) and are never scored when tagging, while the shared weights
 * learn what holds everywhere.
 */
enum { K = NF_NER_NLABELS, FOLDS = 5, FSTRIDE = 2 * NF_NER_MAXFEATS };

struct trainer {
	const struct nf_ner_train_opts *o;
	struct nf_ptrain pt;
	struct nf_ner_work w;
	struct nf_sentsplit ss;		/* for its abbreviations; and text without sentences */
	struct nf_lexicon clusters;
	struct nf_lexicon gaz_all;
	struct nf_lexicon gaz_fold[FOLDS];
	struct nf_lexicon first_fold[FOLDS];	/* nf_ner_gaz_index of each fold */
	uint8_t *gold;
	size_t gold_cap;
	uint64_t *feats;		/* per token of a sentence: FSTRIDE */
	size_t *nfeats;
	size_t feats_cap;
	struct nf_ner_trans trans;
	unsigned domain;		/* of the document being trained on */
	float weight;			/* of its updates */
};

double nf_ner_f1(const struct nf_ner_score *s)
{
	double p = s->tp + s->fp ? (double)s->tp / (double)(s->tp + s->fp) : 0;
	double r = s->tp + s->fn ? (double)s->tp / (double)(s->tp + s->fn) : 0;

	return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static struct nf_ner_res resources(struct trainer *t, const struct nf_lexicon *gaz,
				   const struct nf_lexicon *first)
{
	struct nf_ner_res r = { &t->clusters, gaz, first, &t->ss.abbrev, NULL, NULL };

	return r;
}

/* Gold BILOU labels for the tokens of d in t->w; counts entities lost. */
static int gold_labels(struct trainer *t, const struct nf_ner_doc *d, size_t *lost)
{
	const struct nf_tokens *tk = &t->w.toks;
	size_t i = 0, e, first, last;

	if (tk->n > t->gold_cap) {
		uint8_t *g = realloc(t->gold, tk->n * 2);
		if (!g)
			return -1;
		t->gold = g;
		t->gold_cap = tk->n * 2;
	}
	memset(t->gold, 0, tk->n);
	for (e = 0; e < d->nents; e++) {
		while (i < tk->n && tk->v[i].a < d->ents[e].a)
			i++;
		first = i;
		for (last = first; last < tk->n && tk->v[last].b < d->ents[e].b; last++)
			;
		if (first >= tk->n || last >= tk->n || tk->v[first].a != d->ents[e].a ||
		    tk->v[last].b != d->ents[e].b) {
			++*lost;
			continue;
		}
		if (first == last) {
			t->gold[first] = NF_NER_LABEL(d->ents[e].type, NF_U);
			continue;
		}
		t->gold[first] = NF_NER_LABEL(d->ents[e].type, NF_B);
		for (i = first + 1; i < last; i++)
			t->gold[i] = NF_NER_LABEL(d->ents[e].type, NF_I);
		t->gold[last] = NF_NER_LABEL(d->ents[e].type, NF_L);
		i = last + 1;
	}
	return 0;
}

/* The gazetteer key of tokens [first, last] of the current document. */
static size_t gaz_key(const struct trainer *t, const char *text, size_t first, size_t last,
		      char *key, size_t cap)
{
	size_t n = 0, k, len;

	for (k = first; k <= last; k++) {
		len = t->w.toks.v[k].b - t->w.toks.v[k].a;
		if (n + len + 1 > cap)
			return 0;
		if (k > first)
			key[n++] = ' ';
		memcpy(key + n, text + t->w.toks.v[k].a, len);
		n += len;
	}
	return n;
}

static int gaz_add(struct nf_lexicon *gaz, const char *key, size_t n, int type)
{
	int old = nf_lexicon_get(gaz, key, n);

	return nf_lexicon_add(gaz, key, n, (old < 0 ? 0 : old) | 1 << type);
}

/* Adds the gold entities of training document d to the gazetteers of the other folds. */
static int gaz_document(struct trainer *t, const struct nf_ner_doc *d)
{
	struct nf_ner_res res = resources(t, NULL, NULL);
	char key[256];
	size_t i, n, f, lost = 0;

	if (nf_ner_prepare(&t->w, &res, &t->ss, d->text, d->len, d->sents, d->nsents) < 0 ||
	    gold_labels(t, d, &lost) < 0)
		return -1;
	for (i = 0; i < t->w.toks.n; i++) {
		size_t last = i;
		int lab = t->gold[i];
		if (!lab || (NF_NER_POS(lab) != NF_B && NF_NER_POS(lab) != NF_U))
			continue;
		while (NF_NER_POS(t->gold[last]) != NF_L && NF_NER_POS(t->gold[last]) != NF_U)
			last++;
		if (last - i >= NF_GAZ_MAXLEN ||
		    (n = gaz_key(t, d->text, i, last, key, sizeof(key))) == 0)
			continue;
		if (gaz_add(&t->gaz_all, key, n, NF_NER_TYPE(lab)) < 0)
			return -1;
		for (f = 0; f < FOLDS; f++)
			if (f != d->origin % FOLDS &&
			    gaz_add(&t->gaz_fold[f], key, n, NF_NER_TYPE(lab)) < 0)
				return -1;
	}
	return 0;
}

static int reserve_feats(struct trainer *t, size_t n)
{
	uint64_t *f;
	size_t *c;

	if (n <= t->feats_cap)
		return 0;
	f = realloc(t->feats, n * FSTRIDE * sizeof(*f));
	if (!f)
		return -1;
	t->feats = f;
	c = realloc(t->nfeats, n * sizeof(*c));
	if (!c)
		return -1;
	t->nfeats = c;
	t->feats_cap = n;
	return 0;
}

static void score_ptrain(const void *pt, const uint64_t *f, size_t n, float *out)
{
	nf_ptrain_score(pt, f, n, out);
}

/* Perceptron update for one sentence [first, end) after decoding. */
static int update(struct trainer *t, size_t first, size_t end)
{
	const uint8_t *pred = t->w.labels, *gold = t->gold;
	size_t i;
	int gp, pp;
	uint64_t tf;

	for (i = first; i < end; i++) {
		gp = i > first ? gold[i - 1] : -1;
		pp = i > first ? pred[i - 1] : -1;
		if (gold[i] != pred[i]) {
			const uint64_t *f = t->feats + (i - first) * FSTRIDE;
			if (nf_ptrain_update(&t->pt, f, t->nfeats[i - first], gold[i], t->weight) < 0 ||
			    nf_ptrain_update(&t->pt, f, t->nfeats[i - first], pred[i], -t->weight) < 0)
				return -1;
		}
		if (gold[i] != pred[i] || gp != pp) {
			tf = nf_ner_trans_feature(gp);
			if (nf_ptrain_update(&t->pt, &tf, 1, gold[i], t->weight) < 0)
				return -1;
			tf = nf_ner_trans_feature(pp);
			if (nf_ptrain_update(&t->pt, &tf, 1, pred[i], -t->weight) < 0)
				return -1;
		}
	}
	return 0;
}

/* Adds f[0..n)'s copies in the space of domain (none for 0); returns the count. */
static size_t with_domain(unsigned domain, uint64_t *f, size_t n)
{
	size_t k;

	if (!domain)
		return n;
	for (k = 0; k < n; k++)
		f[n + k] = nf_feat_u64(f[k], 0xD0A1000 + (uint64_t)domain);
	return 2 * n;
}

/* Decodes one sentence with the current weights and learns from it. */
static int train_sentence(struct trainer *t, const char *text, size_t first, size_t end)
{
	size_t i;

	if (reserve_feats(t, end - first) < 0 || nf_ner_work_reserve(&t->w, end - first) < 0)
		return -1;
	nf_ner_fill_trans(&t->trans, score_ptrain, &t->pt);
	for (i = first; i < end; i++) {
		uint64_t *f = t->feats + (i - first) * FSTRIDE;
		float *row = t->w.scores + (i - first) * NF_NER_VLANES;

		t->nfeats[i - first] = with_domain(t->domain, f, nf_ner_features(&t->w, text, i, f));
		memset(row, 0, NF_NER_VLANES * sizeof(float));	/* lane K: not pruned */
		nf_ptrain_score(&t->pt, f, t->nfeats[i - first], row);
	}
	nf_ner_viterbi(&t->w, &t->trans, first, end);
	if (memcmp(t->w.labels + first, t->gold + first, end - first) != 0 &&
	    update(t, first, end) < 0)
		return -1;
	nf_ner_note_history(&t->w, first, end);
	nf_ptrain_tick(&t->pt);
	return 0;
}

static int train_document(struct trainer *t, const struct nf_ner_doc *d)
{
	size_t f = d->origin % FOLDS;
	struct nf_ner_res res = resources(t, &t->gaz_fold[f], &t->first_fold[f]);
	size_t s, lost = 0;

	t->domain = d->domain;
	t->weight = d->weight;
	if (nf_ner_prepare(&t->w, &res, &t->ss, d->text, d->len, d->sents, d->nsents) < 0 ||
	    gold_labels(t, d, &lost) < 0)
		return -1;
	for (s = 0; s < t->w.nsents; s++) {
		nf_ner_load_sentence(&t->w, s);
		if (train_sentence(t, d->text, t->w.sent_first[s], t->w.sent_first[s + 1]) < 0)
			return -1;
	}
	return 0;
}

/* A deterministic permutation of 0..n-1 for epoch e (xorshift). */
static void shuffle(size_t *order, size_t n, unsigned seed, unsigned e)
{
	uint64_t x = 0x9E3779B97F4A7C15ULL ^ ((uint64_t)seed << 32) ^ e;
	size_t i, j, tmp;

	for (i = 0; i < n; i++)
		order[i] = i;
	for (i = n; i > 1; i--) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		j = (size_t)(x % i);
		tmp = order[i - 1];
		order[i - 1] = order[j];
		order[j] = tmp;
	}
}

/* Adds one name of the extra gazetteer, of type ty, to the model's and every fold's. */
static int add_extra(struct trainer *t, const char *w, size_t n, int ty)
{
	size_t f;

	if (gaz_add(&t->gaz_all, w, n, ty) < 0)
		return -1;
	for (f = 0; f < FOLDS; f++)
		if (gaz_add(&t->gaz_fold[f], w, n, ty) < 0)
			return -1;
	return 0;
}

/* The type named [p, e): PER, ORG, LOC or MISC (the short names only), or -1. */
static int extra_type(const char *p, const char *e)
{
	size_t n = (size_t)(e - p);

	return n <= 4 ? nf_ner_type_of(p, n) : -1;
}

/* One line "name<TAB>TYPE[,TYPE]..." of the extra gazetteer: 0, -1 (memory), -2 (bad). */
static int extra_line(struct trainer *t, const char *p, const char *eol)
{
	const char *tab = memchr(p, '\t', (size_t)(eol - p)), *q, *c;
	int ty;

	if (p == eol || *p == '#')
		return 0;
	if (!tab || tab == p)
		return -2;
	for (q = tab + 1; q <= eol; q = c + 1) {
		for (c = q; c < eol && *c != ','; c++)
			;
		if ((ty = extra_type(q, c)) < 0)
			return -2;
		if (add_extra(t, p, (size_t)(tab - p), ty) < 0)
			return -1;
	}
	return 0;
}

/*
 * The extra names of o->gazetteer (lists of countries, places, bodies and
 * people from outside the training data) go into every fold's gazetteer:
 * unlike the training data's own names they are there for every document
 * at run time too.  A name may have several types ("lincoln<TAB>LOC,PER").
 * Returns 0, -1 (out of memory) or -2 (bad text).
 */
static int extra_gazetteer(struct trainer *t)
{
	const char *p = t->o->gazetteer, *end = p + t->o->gazetteer_len, *eol;
	int rc;

	if (!p)
		return 0;
	for (; p < end; p = eol + 1) {
		if (!(eol = memchr(p, '\n', (size_t)(end - p))))
			eol = end;
		if ((rc = extra_line(t, p, eol)) < 0)
			return rc;
	}
	return 0;
}

/* Gazetteer entries collected for sorting. */
struct entry {
	const char *w;
	size_t n;
	int value;
};

struct entries {
	struct entry *v;
	size_t n;
};

static void collect(void *arg, const char *w, size_t n, int value)
{
	struct entries *e = arg;

	e->v[e->n].w = w;
	e->v[e->n].n = n;
	e->v[e->n++].value = value;
}

static int by_word(const void *x, const void *y)
{
	const struct entry *a = x, *b = y;
	int c = memcmp(a->w, b->w, a->n < b->n ? a->n : b->n);

	return c ? c : (a->n > b->n) - (a->n < b->n);
}

/* The gazetteer as sorted lexicon text: "tok tok<TAB>types". */
static int gazetteer_text(const struct nf_lexicon *gaz, struct nf_buf *out)
{
	struct entries e = { calloc(gaz->count + 1, sizeof(struct entry)), 0 };
	char num[16];
	size_t i;
	int rc = 0;

	if (!e.v)
		return -1;
	nf_lexicon_foreach(gaz, collect, &e);
	qsort(e.v, e.n, sizeof(*e.v), by_word);
	for (i = 0; i < e.n && rc == 0; i++) {
		snprintf(num, sizeof(num), "\t%d\n", e.v[i].value);
		rc = nf_buf_add(out, e.v[i].w, e.v[i].n) < 0 || nf_buf_adds(out, num) < 0 ? -1 : 0;
	}
	free(e.v);
	return rc;
}

static int write_model(struct trainer *t, struct nf_buf *out)
{
	struct nf_buf weights = NF_BUF_INIT, gaz = NF_BUF_INIT, tables = NF_BUF_INIT;
	const char *cl = t->o->clusters ? t->o->clusters : "";
	size_t cl_len = t->o->clusters ? t->o->clusters_len : 0;
	char meta[64];
	int rc = -1;

	snprintf(meta, sizeof(meta), "%s\nprune %g\n", nf_ner_features_version(),
		 (double)t->o->prune);
	if (nf_ptrain_freeze(&t->pt, t->o->min_weight, &weights) < 0 ||
	    gazetteer_text(&t->gaz_all, &gaz) < 0 ||
	    nf_ner_tables_build(cl, cl_len, gaz.data ? gaz.data : "", gaz.len, &tables) < 0)
		goto done;
	nf_buf_reset(out);
	if (nf_model_begin(out, "entities", 5) < 0 ||
	    nf_model_add(out, "meta", meta, strlen(meta)) < 0 ||
	    nf_model_add(out, "weights", weights.data, weights.len) < 0 ||
	    nf_model_add(out, "clusters", cl, cl_len) < 0 ||
	    nf_model_add(out, "gazetteer", gaz.data ? gaz.data : "", gaz.len) < 0 ||
	    nf_model_add(out, "tables", tables.data, tables.len) < 0 ||
	    nf_model_finish(out) < 0)
		goto done;
	rc = 0;
done:
	nf_buf_release(&weights);
	nf_buf_release(&gaz);
	nf_buf_release(&tables);
	return rc;
}

struct eval {
	const struct nf_ner_work *w;
	const struct nf_ner_doc *d;
	struct nf_ner_score *s;
	size_t next;		/* first gold entity not yet passed */
};

static int count_entity(void *arg, const struct nf_entity *e)
{
	struct eval *ev = arg;
	size_t a = ev->w->toks.v[e->first].a, b = ev->w->toks.v[e->end - 1].b, k;

	for (k = 0; k < ev->d->nents; k++)
		if (ev->d->ents[k].a == a && ev->d->ents[k].b == b && ev->d->ents[k].type == e->type) {
			ev->s->tp++;
			return 0;
		}
	ev->s->fp++;
	return 0;
}

int nf_ner_evaluate(const struct nf_ner_model *nm, const struct nf_ner_corpus *gold,
		    struct nf_ner_score *s)
{
	struct nf_ner_work w;
	struct nf_sentsplit ss;
	struct nf_ner_res res = { &nm->clusters, &nm->gazetteer, &nm->gaz_first, NULL, NULL, &nm->gaz_bits };
	struct eval ev;
	size_t d, tp0;
	int rc = -1;

	memset(s, 0, sizeof(*s));
	nf_ner_work_init(&w);
	if (nf_sentsplit_init(&ss) < 0)
		return -1;
	res.abbrev = &ss.abbrev;
	for (d = 0; d < gold->n; d++) {
		const struct nf_ner_doc *doc = &gold->docs[d];
		if (nf_ner_prepare(&w, &res, &ss, doc->text, doc->len, doc->sents, doc->nsents) < 0)
			goto done;
		nf_ner_tag(nm, &w, doc->text);
		ev.w = &w;
		ev.d = doc;
		ev.s = s;
		ev.next = 0;
		tp0 = s->tp;
		nf_ner_spans(&w, count_entity, &ev);
		s->fn += doc->nents - (s->tp - tp0);
	}
	rc = 0;
done:
	nf_ner_work_release(&w);
	nf_sentsplit_release(&ss);
	return rc;
}

static int trainer_init(struct trainer *t, const struct nf_ner_train_opts *o)
{
	size_t f, line;

	memset(t, 0, sizeof(*t));
	t->o = o;
	nf_ner_work_init(&t->w);
	nf_lexicon_init(&t->clusters);
	nf_lexicon_init(&t->gaz_all);
	for (f = 0; f < FOLDS; f++) {
		nf_lexicon_init(&t->gaz_fold[f]);
		nf_lexicon_init(&t->first_fold[f]);
	}
	if (nf_ptrain_init(&t->pt, K) < 0 || nf_sentsplit_init(&t->ss) < 0)
		return -1;
	if (o->clusters && nf_lexicon_load(&t->clusters, o->clusters, o->clusters_len, NULL, &line) < 0)
		return -2;
	return 0;
}

static void trainer_release(struct trainer *t)
{
	size_t f;

	nf_ptrain_release(&t->pt);
	nf_ner_work_release(&t->w);
	nf_sentsplit_release(&t->ss);
	nf_lexicon_release(&t->clusters);
	nf_lexicon_release(&t->gaz_all);
	for (f = 0; f < FOLDS; f++) {
		nf_lexicon_release(&t->gaz_fold[f]);
		nf_lexicon_release(&t->first_fold[f]);
	}
	free(t->gold);
	free(t->feats);
	free(t->nfeats);
}

/* Prints dev figures for the model as it stands after epoch e. */
static int report_epoch(struct trainer *t, const struct nf_ner_corpus *dev, unsigned e)
{
	struct nf_buf buf = NF_BUF_INIT;
	struct nf_ner_model nm;
	struct nf_ner_score s;
	struct nf_error err;
	int rc = -1;

	if (write_model(t, &buf) < 0 ||
	    nf_ner_model_load(&nm, (const unsigned char *)buf.data, buf.len, &err) < 0)
		goto done;
	rc = nf_ner_evaluate(&nm, dev, &s);
	nf_ner_model_release(&nm);
	if (rc == 0 && t->o->log) {
		double p = s.tp + s.fp ? 100.0 * s.tp / (double)(s.tp + s.fp) : 0;
		double r = s.tp + s.fn ? 100.0 * s.tp / (double)(s.tp + s.fn) : 0;
		fprintf(t->o->log, "epoch %u: dev P %.2f R %.2f F1 %.2f (tp %zu fp %zu fn %zu)\n",
			e, p, r, 100 * nf_ner_f1(&s), s.tp, s.fp, s.fn);
		fflush(t->o->log);
	}
done:
	nf_buf_release(&buf);
	return rc;
}

int nf_ner_train(const struct nf_ner_corpus *train, const struct nf_ner_corpus *dev,
		 const struct nf_ner_train_opts *o, struct nf_buf *out, struct nf_error *err)
{
	struct trainer t;
	size_t *order = NULL, d;
	unsigned e;
	int rc = trainer_init(&t, o);

	if (rc == -2) {
		rc = nf_fail(err, NF_EXIT_DATA, "bad clusters file: want 'word<TAB>number' lines");
		goto done;
	}
	rc = nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");	/* unless it ends well */
	if (t.pt.keys == NULL || !(order = malloc((train->n + 1) * sizeof(*order))))
		goto done;
	for (d = 0; d < train->n; d++)
		if (gaz_document(&t, &train->docs[d]) < 0)
			goto done;
	if ((rc = extra_gazetteer(&t)) < 0) {
		if (rc == -2)
			rc = nf_fail(err, NF_EXIT_DATA,
				     "bad gazetteer file: want 'name<TAB>TYPE[,TYPE]' lines, TYPE PER, ORG, LOC or MISC");
		goto done;
	}
	rc = -1;
	for (d = 0; d < FOLDS; d++)
		if (nf_ner_gaz_index(&t.gaz_fold[d], &t.first_fold[d]) < 0)
			goto done;
	for (e = 1; e <= o->epochs; e++) {
		shuffle(order, train->n, o->seed, e);
		for (d = 0; d < train->n; d++)
			if (train_document(&t, &train->docs[order[d]]) < 0)
				goto done;
		if (dev && dev->n && report_epoch(&t, dev, e) < 0)
			goto done;
	}
	if (write_model(&t, out) < 0)
		goto done;
	rc = 0;
done:
	free(order);
	trainer_release(&t);
	return rc;
}
