/*
 * Training and measuring the hedge disambiguator (see hedge.h), kept in
 * lib/ so that train-hedge stays a thin main and the unit tests can train
 * a toy model.  Every candidate cue of the gold records becomes one
 * example, labelled a hedge when a gold cue has exactly its span; the
 * averaged perceptron learns from them in a shuffled order that depends
 * only on the seed, so the same data gives the same model bytes.  Several
 * perceptrons, each trained in its own order, are averaged into the model:
 * a single order leaves borderline candidates to chance.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include <jansson.h>

#include "buf.h"
#include "exitcode.h"
#include "hedge.h"
#include "offsets.h"
#include "rng.h"
#include "spanread.h"
#include "uchar.h"

struct nf_hedge_example {
	size_t off;		/* first feature in feats */
	uint32_t n;		/* number of features */
	int label;		/* 1 = a hedge */
	float weight;		/* size of an update on it */
};

/* ----------------------------------------------------------- gold data */


static int cmp_span(const void *x, const void *y)
{
	const struct nf_span *a = x, *b = y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->end < b->end ? -1 : a->end > b->end;
}

/* The gold cues of record o as sorted byte spans.  -2 if malformed. */
static int read_cues(struct nf_hedge_doc *d, json_t *o)
{
	json_t *cues = json_object_get(o, "cues"), *x;
	size_t i, ncp = nf_cp_count(d->text, d->len), a, b;
	struct nf_cpcursor cur;

	if (!cues)
		return 0;
	if (!json_is_array(cues))
		return -2;
	if (json_array_size(cues) && !(d->cues = calloc(json_array_size(cues), sizeof(*d->cues))))
		return -1;
	nf_cpcursor_init(&cur, d->text);
	json_array_foreach(cues, i, x) {
		if (nf_span_read(x, NF_SPAN_OR_ARRAY, ncp, &a, &b) < 0)
			return -2;
		d->cues[d->ncues].start = nf_cpcursor_byte(&cur, a, d->len);
		d->cues[d->ncues++].end = nf_cpcursor_byte(&cur, b, d->len);
	}
	if (d->ncues > 1)
		qsort(d->cues, d->ncues, sizeof(*d->cues), cmp_span);
	return 0;
}

static int copy_sentences(struct nf_hedge_doc *d, struct nf_sentsplit *ss)
{
	if (nf_sentsplit_run(ss, d->text, d->len) < 0)
		return -1;
	if (ss->nspans && !(d->sents = malloc(ss->nspans * sizeof(*d->sents))))
		return -1;
	if (ss->nspans)
		memcpy(d->sents, ss->spans, ss->nspans * sizeof(*d->sents));
	d->nsents = ss->nspans;
	return 0;
}

/* Adds the record o; -1 on ENOMEM, -2 if it is not a gold record. */
static int add_doc(struct nf_hedge_corpus *c, json_t *o, struct nf_sentsplit *ss)
{
	json_t *text = json_object_get(o, "text"), *unc = json_object_get(o, "uncertain");
	struct nf_hedge_doc *d;
	int rc;

	if (!json_is_string(text))
		return -2;
	if (nf_grow((void **)&c->docs, &c->cap, c->ndocs + 1, sizeof(*c->docs)) < 0)
		return -1;
	d = &c->docs[c->ndocs++];
	memset(d, 0, sizeof(*d));
	d->weight = 1;
	d->len = json_string_length(text);
	if (!(d->text = malloc(d->len + 1)))
		return -1;
	memcpy(d->text, json_string_value(text), d->len + 1);
	if ((rc = read_cues(d, o)) < 0)
		return rc;
	d->uncertain = json_is_boolean(unc) ? json_is_true(unc) : d->ncues > 0;
	return copy_sentences(d, ss);
}

/* Appends a span to d->cues. */
static int push_cue(struct nf_hedge_doc *d, size_t *cap, size_t a, size_t b)
{
	if (nf_grow((void **)&d->cues, cap, d->ncues + 1, sizeof(*d->cues)) < 0)
		return -1;
	d->cues[d->ncues].start = a;
	d->cues[d->ncues++].end = b;
	return 0;
}

/*
 * Adds a line of the markup format (data/hedge-news.txt): a sentence with
 * its cues in [[double brackets]].  -1 on ENOMEM, -2 if unbalanced.
 */
static int add_markup(struct nf_hedge_corpus *c, const char *s, size_t n,
		      struct nf_sentsplit *ss)
{
	struct nf_hedge_doc *d;
	size_t i, k = 0, open = 0, cap = 0;
	int in_cue = 0;

	if (nf_grow((void **)&c->docs, &c->cap, c->ndocs + 1, sizeof(*c->docs)) < 0)
		return -1;
	d = &c->docs[c->ndocs++];
	memset(d, 0, sizeof(*d));
	d->weight = 1;
	if (!(d->text = malloc(n + 1)))
		return -1;
	for (i = 0; i < n; i++) {
		if (i + 1 < n && s[i] == s[i + 1] && s[i] == (in_cue ? ']' : '[')) {
			if (in_cue && push_cue(d, &cap, open, k) < 0)
				return -1;
			open = k;
			in_cue = !in_cue;
			i++;
			continue;
		}
		d->text[k++] = s[i];
	}
	d->text[k] = '\0';
	d->len = k;
	d->uncertain = d->ncues > 0;
	/* the scanner's PCRE2 calls skip the UTF-8 check: markup is checked here */
	if (in_cue || nf_utf8_error_at(d->text, k) != k)
		return -2;
	return copy_sentences(d, ss);
}

/* What a gold record or line that is not one is told. */
static int not_gold(int rc, struct nf_error *err)
{
	if (rc == -1)
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	return nf_fail(err, NF_EXIT_DATA, "not a gold record: want an object with \"text\" and "
		       "\"cues\" [[start, end], ...] in code points, or a sentence with its "
		       "cues in [[brackets]]");
}

int nf_hedge_corpus_add_record(struct nf_hedge_corpus *c, json_t *o, struct nf_sentsplit *ss,
			       struct nf_error *err)
{
	int rc = add_doc(c, o, ss);

	return rc < 0 ? not_gold(rc, err) : 0;
}

int nf_hedge_corpus_add_markup(struct nf_hedge_corpus *c, const char *line, size_t n,
			       struct nf_sentsplit *ss, struct nf_error *err)
{
	size_t lead = 0;
	int rc;

	while (lead < n && (line[lead] == ' ' || line[lead] == '\t'))
		lead++;
	if (lead >= n || line[lead] == '#')
		return 0;
	rc = add_markup(c, line + lead, n - lead, ss);
	return rc < 0 ? not_gold(rc, err) : 0;
}

void nf_hedge_corpus_release(struct nf_hedge_corpus *c)
{
	size_t i;

	for (i = 0; i < c->ndocs; i++) {
		free(c->docs[i].text);
		free(c->docs[i].cues);
		free(c->docs[i].sents);
	}
	free(c->docs);
	memset(c, 0, sizeof(*c));
}

/* ------------------------------------------------------------- scoring */

double nf_prf_f1(const struct nf_prf *p)
{
	size_t d = 2 * p->tp + p->fp + p->fn;

	return d ? 200.0 * (double)p->tp / (double)d : 0.0;
}

/* Is [a, b) one of the gold cues of d? */
static int is_gold(const struct nf_hedge_doc *d, size_t a, size_t b)
{
	size_t lo = 0, hi = d->ncues, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (d->cues[mid].start < a || (d->cues[mid].start == a && d->cues[mid].end < b))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < d->ncues && d->cues[lo].start == a && d->cues[lo].end == b;
}

/* Gold cues are counted once each, as score.py's sets do. */
static size_t distinct_cues(const struct nf_hedge_doc *d)
{
	size_t i, n = 0;

	for (i = 0; i < d->ncues; i++)
		n += i == 0 || cmp_span(&d->cues[i], &d->cues[i - 1]) != 0;
	return n;
}

static void score_doc(const struct nf_hedge_doc *d, const struct nf_hedge_detector *det,
		      struct nf_hedge_score *out)
{
	size_t i, hit = 0;
	int pred = det->nfound > 0;

	out->sentences.tp += pred && d->uncertain;
	out->sentences.fp += pred && !d->uncertain;
	out->sentences.fn += !pred && d->uncertain;
	for (i = 0; i < det->nfound; i++)
		hit += is_gold(d, det->found[i].a, det->found[i].b);
	out->cues.tp += hit;
	out->cues.fp += det->nfound - hit;
	out->cues.fn += distinct_cues(d) - hit;
}

int nf_hedge_evaluate(const struct nf_hedge_lex *lex, const struct nf_weights *w,
		      const struct nf_hedge_corpus *c, int uncertainty_only,
		      struct nf_hedge_score *out)
{
	struct nf_hedge_detector det;
	size_t i;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	if (nf_hedge_detector_init(&det, lex, w) < 0)
		return -1;
	det.uncertainty_only = uncertainty_only;
	for (i = 0; i < c->ndocs && rc == 0; i++) {
		const struct nf_hedge_doc *d = &c->docs[i];
		rc = nf_hedge_detect(&det, d->text, d->len, d->sents, d->nsents);
		if (rc == 0)
			score_doc(d, &det, out);
	}
	nf_hedge_detector_release(&det);
	return rc;
}

/* ------------------------------------------------------------ training */

int nf_hedge_trainer_init(struct nf_hedge_trainer *t, uint64_t seed)
{
	memset(t, 0, sizeof(*t));
	t->rng = seed ^ 0x9E3779B97F4A7C15ULL;
	return nf_ptrain_init(&t->pt, 2);
}

/* Starts t again from zero weights, keeping its examples, in a new order. */
static int trainer_restart(struct nf_hedge_trainer *t, uint64_t seed)
{
	size_t i;

	nf_ptrain_release(&t->pt);
	t->rng = seed ^ 0x9E3779B97F4A7C15ULL;
	for (i = 0; t->order && i < t->nex; i++)
		t->order[i] = i;
	return nf_ptrain_init(&t->pt, 2);
}

void nf_hedge_trainer_release(struct nf_hedge_trainer *t)
{
	nf_ptrain_release(&t->pt);
	free(t->feats);
	free(t->ex);
	free(t->order);
	memset(t, 0, sizeof(*t));
}

static int add_example(struct nf_hedge_trainer *t, const uint64_t *f, size_t n, int label,
		       float weight)
{
	struct nf_hedge_example *e;

	if (nf_grow((void **)&t->feats, &t->feats_cap, t->nfeats + n, sizeof(*t->feats)) < 0 ||
	    nf_grow((void **)&t->ex, &t->ex_cap, t->nex + 1, sizeof(*t->ex)) < 0)
		return -1;
	memcpy(t->feats + t->nfeats, f, n * sizeof(*f));
	e = &t->ex[t->nex++];
	e->off = t->nfeats;
	e->n = (uint32_t)n;
	e->label = label;
	e->weight = weight;
	t->nfeats += n;
	return 0;
}

/* The examples of one sentence: every candidate the model would judge. */
static int add_sentence(struct nf_hedge_trainer *t, struct nf_hedge_sent *s,
			const struct nf_hedge_lex *lex, const struct nf_hedge_doc *d,
			const struct nf_span *sp)
{
	uint64_t f[NF_HEDGE_MAX_FEATS];
	const struct nf_hedge_cand *c;
	size_t i, n;

	if (nf_hedge_scan(s, lex, d->text, sp->start, sp->end) < 0)
		return -1;
	for (i = 0; i < s->ncands; i++) {
		c = &s->cands[i];
		if (c->always)
			continue;
		n = nf_hedge_features(s, d->text, c, f);
		if (add_example(t, f, n, is_gold(d, c->a, c->b), d->weight) < 0)
			return -1;
	}
	return 0;
}

int nf_hedge_trainer_add(struct nf_hedge_trainer *t, const struct nf_hedge_lex *lex,
			 const struct nf_hedge_corpus *c)
{
	struct nf_hedge_sent s;
	size_t i, k;
	int rc = 0;

	if (nf_hedge_sent_init(&s) < 0)
		return -1;
	for (i = 0; i < c->ndocs && rc == 0; i++)
		for (k = 0; k < c->docs[i].nsents && rc == 0; k++)
			rc = add_sentence(t, &s, lex, &c->docs[i], &c->docs[i].sents[k]);
	nf_hedge_sent_release(&s);
	return rc;
}

static int shuffle(struct nf_hedge_trainer *t)
{
	size_t i;

	if (!t->order) {
		if (t->nex && !(t->order = malloc(t->nex * sizeof(*t->order))))
			return -1;
		for (i = 0; i < t->nex; i++)
			t->order[i] = i;
	}
	nf_shuffle(t->order, t->nex, &t->rng);
	return 0;
}

int nf_hedge_trainer_epoch(struct nf_hedge_trainer *t, size_t *mistakes)
{
	const struct nf_hedge_example *e;
	float sc[2];
	size_t i;
	int pred;

	*mistakes = 0;
	if (shuffle(t) < 0)
		return -1;
	for (i = 0; i < t->nex; i++) {
		e = &t->ex[t->order[i]];
		sc[0] = sc[1] = 0;
		nf_ptrain_score(&t->pt, t->feats + e->off, e->n, sc);
		pred = sc[1] > sc[0];
		if (pred != e->label) {
			(*mistakes)++;
			if (nf_ptrain_update(&t->pt, t->feats + e->off, e->n, e->label,
					     e->weight) < 0 ||
			    nf_ptrain_update(&t->pt, t->feats + e->off, e->n, pred, -e->weight) < 0)
				return -1;
		}
		nf_ptrain_tick(&t->pt);
	}
	return 0;
}

/* ---------------------------------------------------- the whole training */

static const char *const scope_names[2] = { "all", "uncertainty" };

static void log_score(FILE *log, const char *name, int scope, const struct nf_hedge_score *sc)
{
	fprintf(log, "  %s (%s): uncertain sentences F1 %.2f (tp %zu fp %zu fn %zu), "
		"cues F1 %.2f (tp %zu fp %zu fn %zu)\n", name, scope_names[scope],
		nf_prf_f1(&sc->sentences), sc->sentences.tp, sc->sentences.fp, sc->sentences.fn,
		nf_prf_f1(&sc->cues), sc->cues.tp, sc->cues.fp, sc->cues.fn);
}

/* Freezes the current averaged weights into frozen (reset first). */
static int freeze(const struct nf_hedge_trainer *t, float min_weight, struct nf_buf *frozen,
		  struct nf_weights *w)
{
	nf_buf_reset(frozen);
	if (nf_ptrain_freeze(&t->pt, min_weight, frozen) < 0)
		return -1;
	return nf_weights_parse(w, (const unsigned char *)frozen->data, frozen->len);
}

/* Measures the frozen weights on every dev set; appends figures to notes. */
static int measure(const struct nf_hedge_lex *lex, const struct nf_weights *w,
		   const struct nf_hedge_devset *dev, size_t ndev, FILE *log,
		   struct nf_buf *notes)
{
	struct nf_hedge_score sc;
	char line[256];
	size_t i;

	int scope;

	nf_buf_reset(notes);
	for (i = 0; i < ndev * 2; i++) {
		scope = (int)(i % 2);
		if (nf_hedge_evaluate(lex, w, &dev[i / 2].c, scope, &sc) < 0)
			return -1;
		if (log)
			log_score(log, dev[i / 2].name, scope, &sc);
		snprintf(line, sizeof(line), "dev %s (%s): uncertain sentences F1 %.2f, "
			 "cues F1 %.2f\n", dev[i / 2].name, scope_names[scope],
			 nf_prf_f1(&sc.sentences), nf_prf_f1(&sc.cues));
		if (nf_buf_adds(notes, line) < 0)
			return -1;
	}
	return 0;
}

/* Trains t for o->epochs, measuring each epoch when there is a log. */
static int train_epochs(struct nf_hedge_trainer *t, const struct nf_hedge_lex *lex,
			const struct nf_hedge_devset *dev, size_t ndev,
			const struct nf_hedge_train_opts *o, unsigned order, unsigned orders,
			struct nf_buf *frozen, struct nf_buf *figures)
{
	struct nf_weights w;
	size_t mistakes;
	unsigned e;

	for (e = 1; e <= o->epochs; e++) {
		if (nf_hedge_trainer_epoch(t, &mistakes) < 0)
			return -1;
		if (!o->log)
			continue;
		fprintf(o->log, "order %u/%u, epoch %u/%u: %zu mistakes on %zu examples\n",
			order, orders, e, o->epochs, mistakes, t->nex);
		if (freeze(t, o->min_weight, frozen, &w) < 0 ||
		    measure(lex, &w, dev, ndev, o->log, figures) < 0)
			return -1;
	}
	return 0;
}

/*
 * Adds the averaged weights of t, times f, to m, at m's first example.
 * The average is the one nf_ptrain_freeze takes: the running total
 * brought up to t's clock (see the fields of struct nf_ptrain).  Rows go
 * in t's table order, so the same training gives the same m.
 */
static int add_average(struct nf_ptrain *m, const struct nf_ptrain *t, float f)
{
	size_t i, c, j;
	double sum;
	float a;

	for (i = 0; i < t->cap; i++) {
		if (!t->keys[i])
			continue;
		for (c = 0; c < t->nclasses; c++) {
			j = (size_t)t->index[i] * t->nclasses + c;
			sum = t->tot[j] + (double)(t->clock - t->ts[j]) * t->w[j];
			a = t->clock ? (float)(sum / t->clock) : t->w[j];
			if (a != 0 && nf_ptrain_update(m, &t->keys[i], 1, (int)c, a * f) < 0)
				return -1;
		}
	}
	return 0;
}

/* Trains one perceptron per example order and freezes their average. */
static int train_orders(struct nf_hedge_trainer *t, const struct nf_hedge_lex *lex,
			const struct nf_hedge_devset *dev, size_t ndev,
			const struct nf_hedge_train_opts *o, struct nf_buf *frozen,
			struct nf_buf *figures)
{
	unsigned k, orders = o->orders ? o->orders : 1;
	struct nf_ptrain m;
	struct nf_weights w;
	int rc = -1;

	if (nf_ptrain_init(&m, 2) < 0)
		return -1;
	for (k = 0; k < orders; k++)
		if ((k && trainer_restart(t, o->seed + 1000003ULL * k) < 0) ||
		    train_epochs(t, lex, dev, ndev, o, k + 1, orders, frozen, figures) < 0 ||
		    add_average(&m, &t->pt, 1.0f / (float)orders) < 0)
			goto done;
	nf_ptrain_tick(&m);
	nf_buf_reset(frozen);
	if (nf_ptrain_freeze(&m, o->min_weight, frozen) < 0 ||
	    nf_weights_parse(&w, (const unsigned char *)frozen->data, frozen->len) < 0)
		goto done;
	if (o->log)
		fprintf(o->log, "average of %u order%s:\n", orders, orders > 1 ? "s" : "");
	rc = measure(lex, &w, dev, ndev, o->log, figures);
done:
	nf_ptrain_release(&m);
	return rc;
}

int nf_hedge_train(const struct nf_hedge_corpus *train, const struct nf_hedge_devset *dev,
		   size_t ndev, const struct nf_hedge_train_opts *o, struct nf_buf *out,
		   struct nf_error *err)
{
	struct nf_buf frozen = NF_BUF_INIT, notes = NF_BUF_INIT, figures = NF_BUF_INIT;
	struct nf_hedge_trainer t;
	struct nf_hedge_lex lex;
	char head[256];
	unsigned orders;
	int rc = -1;

	if (nf_hedge_lex_load(&lex, o->cues, o->cues_len, o->cues_name, o->pats, o->pats_len,
			      o->pats_name, err) < 0) {
		nf_hedge_lex_release(&lex);
		return -1;
	}
	if (nf_hedge_trainer_init(&t, o->seed) < 0 || nf_hedge_trainer_add(&t, &lex, train) < 0)
		goto oom;
	if (o->log)
		fprintf(o->log, "%zu training records, %zu examples\n", train->ndocs, t.nex);
	if (train_orders(&t, &lex, dev, ndev, o, &frozen, &figures) < 0)
		goto oom;
	orders = o->orders ? o->orders : 1;
	snprintf(head, sizeof(head), "newsfilters hedge model, trained by train-hedge on %zu "
		 "records (%zu examples), %u epochs, %u order%s from seed %llu, min weight %g\n",
		 train->ndocs, t.nex, o->epochs, orders, orders > 1 ? "s" : "",
		 (unsigned long long)o->seed, (double)o->min_weight);
	if (nf_buf_adds(&notes, head) < 0 || nf_buf_adds(&notes, o->notes ? o->notes : "") < 0 ||
	    nf_buf_add(&notes, figures.data ? figures.data : "", figures.len) < 0 ||
	    nf_hedge_model_write(out, o->cues, o->cues_len, o->pats, o->pats_len, &frozen,
				 notes.data) < 0)
		goto oom;
	rc = 0;
	goto done;
oom:
	nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
done:
	nf_hedge_trainer_release(&t);
	nf_hedge_lex_release(&lex);
	nf_buf_release(&frozen);
	nf_buf_release(&notes);
	nf_buf_release(&figures);
	return rc;
}
