/*
 * The hedge model file and the decision it drives (see hedge.h).  A model
 * is a "hedge" container (model.h) with five sections: "notes" (how it
 * was trained, free text), "features" (u32 NF_HEDGE_FEATURES), "cues" and
 * "patterns" (the data files it was trained with) and "weights" (frozen
 * perceptron, classes 0 = not a hedge, 1 = a hedge).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hedge.h"
#include "model.h"

static const struct nf_section *need(const struct nf_model *mf, const char *name,
				     struct nf_error *err)
{
	const struct nf_section *s = nf_model_section(mf, name);

	if (!s)
		nf_fail(err, NF_EXIT_DATA, "malformed hedge model: no '%s' section", name);
	return s;
}

int nf_hedge_model_load(struct nf_hedge_model *m, const unsigned char *p, size_t n,
			struct nf_error *err)
{
	const struct nf_section *feat, *cues, *pats, *w;
	struct nf_model mf;

	memset(m, 0, sizeof(*m));
	if (nf_model_parse(&mf, p, n, "hedge", err) < 0)
		return -1;
	if (!(feat = need(&mf, "features", err)) ||
	    !(cues = need(&mf, "cues", err)) ||
	    !(pats = need(&mf, "patterns", err)) ||
	    !(w = need(&mf, "weights", err)))
		return -1;
	if (feat->len != 4)
		return nf_fail(err, NF_EXIT_DATA, "malformed hedge model: bad 'features' section");
	m->features = nf_get_u32(feat->data);
	if (m->features != NF_HEDGE_FEATURES)
		return nf_fail(err, NF_EXIT_DATA,
			       "model uses hedge features version %u, this build uses %d: "
			       "retrain it with train-hedge", (unsigned)m->features,
			       NF_HEDGE_FEATURES);
	if (nf_weights_parse(&m->w, w->data, w->len) < 0 || m->w.nclasses != 2)
		return nf_fail(err, NF_EXIT_DATA, "malformed hedge model: bad 'weights' section");
	(void)nf_weights_filter(&m->w);	/* a speed-up only: failure is fine */
	return nf_hedge_lex_load(&m->lex, (const char *)cues->data, cues->len, "model cues",
				 (const char *)pats->data, pats->len, "model patterns",
				 err);
}

void nf_hedge_model_release(struct nf_hedge_model *m)
{
	nf_weights_release(&m->w);
	nf_hedge_lex_release(&m->lex);
	memset(m, 0, sizeof(*m));
}

int nf_hedge_model_write(struct nf_buf *out, const char *cues, size_t cues_len,
			 const char *pats, size_t pats_len, const struct nf_buf *weights,
			 const char *notes)
{
	unsigned char feat[4];

	nf_set_u32(feat, NF_HEDGE_FEATURES);
	return nf_model_begin(out, "hedge", 5) < 0 ||
	       nf_model_add(out, "notes", notes, strlen(notes)) < 0 ||
	       nf_model_add(out, "features", feat, sizeof(feat)) < 0 ||
	       nf_model_add(out, "cues", cues, cues_len) < 0 ||
	       nf_model_add(out, "patterns", pats, pats_len) < 0 ||
	       nf_model_add(out, "weights", weights->data, weights->len) < 0 ||
	       nf_model_finish(out) < 0 ? -1 : 0;
}

int nf_hedge_detector_init(struct nf_hedge_detector *d, const struct nf_hedge_lex *lex,
			   const struct nf_weights *w)
{
	memset(d, 0, sizeof(*d));
	d->lex = lex;
	d->w = w;
	return nf_hedge_sent_init(&d->s);
}

void nf_hedge_detector_release(struct nf_hedge_detector *d)
{
	nf_hedge_sent_release(&d->s);
	free(d->found);
	memset(d, 0, sizeof(*d));
}

/* Does the model take candidate c for a hedge? */
static int accept(struct nf_hedge_detector *d, const char *text,
		  const struct nf_hedge_cand *c)
{
	uint64_t feats[NF_HEDGE_MAX_FEATS];
	float scores[2] = { 0, 0 };
	size_t n;

	if (c->always)
		return 1;
	n = nf_hedge_features(&d->s, text, c, feats);
	nf_weights_score(d->w, feats, n, scores);
	return scores[1] > scores[0];
}

static int push_found(struct nf_hedge_detector *d, const struct nf_hedge_cand *c,
		      size_t sent)
{
	struct nf_hedge_found *f;

	if (d->nfound == d->found_cap) {
		size_t cap = d->found_cap ? d->found_cap * 2 : 16;
		f = realloc(d->found, cap * sizeof(*f));
		if (!f)
			return -1;
		d->found = f;
		d->found_cap = cap;
	}
	f = &d->found[d->nfound++];
	f->a = c->a;
	f->b = c->b;
	f->kind = c->kind;
	f->sent = sent;
	return 0;
}

/* Is candidate c a hedge of the detector's scope?  Attribution cues are
 * news only; the consequence of a condition ("will" after "if") is marked
 * by the Szeged annotation only, news leaving the hedge to the "if". */
static int in_scope(const struct nf_hedge_detector *d, const struct nf_hedge_cand *c)
{
	return d->uncertainty_only ? !c->attribution : !c->consequence;
}

/* Candidates come in text order, longest first at one word: take the
 * accepted ones that do not overlap an earlier one. */
static int decide_sentence(struct nf_hedge_detector *d, const char *text, size_t sent)
{
	const struct nf_hedge_cand *c;
	size_t i, covered = d->s.a;

	for (i = 0; i < d->s.ncands; i++) {
		c = &d->s.cands[i];
		if (c->a < covered || !in_scope(d, c) ||
		    !accept(d, text, c))
			continue;
		if (push_found(d, c, sent) < 0)
			return -1;
		covered = c->b;
	}
	return 0;
}

int nf_hedge_detect(struct nf_hedge_detector *d, const char *text, size_t len,
		    const struct nf_span *sents, size_t nsents)
{
	size_t i, a, b;

	d->nfound = 0;
	for (i = 0; i < nsents; i++) {
		a = sents[i].start;
		b = sents[i].end < len ? sents[i].end : len;
		if (a >= b)
			continue;
		if (nf_hedge_scan(&d->s, d->lex, text, a, b) < 0 ||
		    decide_sentence(d, text, i) < 0)
			return -1;
	}
	return 0;
}
