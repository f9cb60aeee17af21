/*
 * Training the attribution model; see attr_train.h.  Gold byte spans are
 * snapped to tokens (a span boundary inside a token cannot be predicted,
 * and is counted as unreachable by the choosers).
 */
#include <stdlib.h>
#include <string.h>

#include "attr_train.h"

int nf_attr_train_init(struct nf_attr_trainer *tr)
{
	memset(tr, 0, sizeof(*tr));
	if (nf_ptrain_init(&tr->pt, NF_AC_N) < 0)
		return -1;
	tr->sc.pt = &tr->pt;
	nf_attr_small_init(&tr->sm, NULL);	/* keys only: cannot fail */
	tr->sc.sm = &tr->sm;
	return 0;
}

void nf_attr_train_release(struct nf_attr_trainer *tr)
{
	nf_ptrain_release(&tr->pt);
	nf_attr_work_release(&tr->w);
	free(tr->gtag);
	memset(tr, 0, sizeof(*tr));
}

/* First token starting at or after byte a. */
static size_t tok_from(const struct nf_attr_work *w, size_t a)
{
	size_t lo = 0, hi = w->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (w->t[mid].a < a)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The tokens inside bytes [a, b) as a candidate (none if empty or absent). */
static struct nf_attr_cand snap(const struct nf_attr_work *w, size_t a, size_t b)
{
	struct nf_attr_cand c = { NF_ATTR_NONE, NF_ATTR_NONE, 0 };
	size_t i, j;

	if (a == (size_t)-1)
		return c;
	i = tok_from(w, a);
	for (j = i; j < w->n && w->t[j].b <= b; j++)
		;
	if (j > i) {
		c.a = (uint32_t)i;
		c.b = (uint32_t)j;
	}
	return c;
}

static int gold_tags(struct nf_attr_trainer *tr, const struct nf_attr_gold *gold, size_t ngold)
{
	struct nf_attr_work *w = &tr->w;
	size_t k, i;

	if (w->n + 1 > tr->gtag_cap) {
		uint8_t *g = realloc(tr->gtag, w->n + 1);
		if (!g)
			return -1;
		tr->gtag = g;
		tr->gtag_cap = w->n + 1;
	}
	memset(tr->gtag, NF_AC_O, w->n + 1);
	for (k = 0; k < ngold; k++) {
		struct nf_attr_cand c = snap(w, gold[k].cue_a, gold[k].cue_b);
		if (c.a == NF_ATTR_NONE)
			continue;
		for (i = c.a; i < c.b; i++)
			tr->gtag[i] = i == c.a ? NF_AC_B : NF_AC_I;
	}
	return 0;
}

/* The choosers on one gold cue, the gold source fed to the content one. */
static int train_spans(struct nf_attr_trainer *tr, const struct nf_attr_gold *g)
{
	struct nf_attr_work *w = &tr->w;
	struct nf_attr_cand cue = snap(w, g->cue_a, g->cue_b);
	struct nf_attr_cand src = snap(w, g->src_a, g->src_b);
	struct nf_attr_cand con = snap(w, g->con_a, g->con_b);
	struct nf_attr_found f;

	if (cue.a == NF_ATTR_NONE)
		return 0;
	memset(&f, 0, sizeof(f));
	f.cue_a = cue.a;
	f.cue_b = cue.b;
	f.sent = w->t[cue.a].sent;
	tr->src_n++;
	if (nf_attr_choose_source(w, &tr->sc, &f, &src, &tr->src_err, &tr->src_miss) < 0)
		return -1;
	f.src_a = src.a;
	f.src_b = src.b;
	tr->con_n++;
	return nf_attr_choose_content(w, &tr->sc, &f, &con, &tr->con_err, &tr->con_miss);
}

int nf_attr_train_doc(struct nf_attr_trainer *tr, const struct nf_lexicon *cues,
		      const struct nf_lexicon *abbrev, const char *text, size_t len,
		      const struct nf_span *sents, size_t nsents,
		      const struct nf_attr_gold *gold, size_t ngold)
{
	struct nf_attr_work *w = &tr->w;
	size_t sb = 0, se, k;

	if (nf_attr_prepare(w, cues, abbrev, text, len, sents, nsents) < 0 ||
	    (tr->pos && nf_attr_tag_pos(w, tr->pos, text, 0) < 0) ||
	    gold_tags(tr, gold, ngold) < 0)
		return -1;
	while (sb < w->n) {
		se = nf_attr_sentence_end(w, sb);
		for (k = sb; k < se; k++)
			tr->cue_tokens += tr->gtag[k] != NF_AC_O;
		if (nf_attr_tag_cues(w, &tr->sc, sb, se, tr->gtag, &tr->cue_err) < 0)
			return -1;
		sb = se;
	}
	memcpy(w->tag, tr->gtag, w->n);	/* the choosers see the gold cues */
	if (tr->dep && nf_attr_parse(w, tr->dep, text) < 0)
		return -1;
	for (k = 0; k < ngold; k++)
		if (train_spans(tr, &gold[k]) < 0)
			return -1;
	return 0;
}
