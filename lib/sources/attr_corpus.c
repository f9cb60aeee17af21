/*
 * Gold attribution corpora for train-sources (attr_train.h): PolNeAR-style
 * JSON Lines read into memory once, so every epoch is a pass over arrays,
 * and the training loop over them.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "attr_train.h"
#include "exitcode.h"
#include "offsets.h"
#include "spanread.h"

void nf_attr_corpus_release(struct nf_attr_corpus *c)
{
	size_t i;

	for (i = 0; i < c->ndocs; i++) {
		free(c->docs[i].text);
		free(c->docs[i].sents);
		free(c->docs[i].gold);
	}
	free(c->docs);
	memset(c, 0, sizeof(*c));
}

/* Reads a span ([s, e] or {"start","end"} in code points, null = none) as bytes. */
static int span_of(json_t *v, struct nf_cpcursor *cur, size_t ncp, size_t len,
		   size_t *a, size_t *b)
{
	size_t s, e;

	*a = *b = (size_t)-1;
	if (!v || json_is_null(v))
		return 0;
	if (nf_span_read(v, NF_SPAN_OR_ARRAY, ncp, &s, &e) < 0)
		return -1;
	*a = nf_cpcursor_byte(cur, s, len);
	*b = nf_cpcursor_byte(cur, e, len);
	return 0;
}

/* The content the chooser should learn: the first fragment if the cue splits it. */
static int content_of(json_t *att, struct nf_cpcursor *cur, size_t ncp, size_t len,
		      size_t cue_a, struct nf_attr_gold *g)
{
	json_t *frags = json_object_get(att, "content_spans");
	size_t a, b;

	if (span_of(json_object_get(att, "content"), cur, ncp, len, &g->con_a, &g->con_b) < 0)
		return -1;
	if (!json_is_array(frags) || json_array_size(frags) < 2 || g->con_a == (size_t)-1 ||
	    g->con_a > cue_a || g->con_b <= cue_a)
		return 0;
	if (span_of(json_array_get(frags, 0), cur, ncp, len, &a, &b) < 0)
		return -1;
	if (a != (size_t)-1 && b <= cue_a)
		g->con_b = b;
	return 0;
}

static int read_gold(struct nf_attr_doc *d, json_t *atts)
{
	struct nf_cpcursor cur;
	size_t ncp = nf_cp_count(d->text, d->len), i;
	json_t *att;

	d->gold = calloc(json_array_size(atts) + 1, sizeof(*d->gold));
	if (!d->gold)
		return -2;
	nf_cpcursor_init(&cur, d->text);
	json_array_foreach(atts, i, att) {
		struct nf_attr_gold *g = &d->gold[d->ngold];
		if (!json_is_object(att) ||
		    span_of(json_object_get(att, "cue"), &cur, ncp, d->len, &g->cue_a, &g->cue_b) < 0 ||
		    span_of(json_object_get(att, "source"), &cur, ncp, d->len, &g->src_a, &g->src_b) < 0 ||
		    content_of(att, &cur, ncp, d->len, g->cue_a, g) < 0)
			return -1;
		if (g->cue_a != (size_t)-1)
			d->ngold++;
	}
	return 0;
}

static int add_doc(struct nf_attr_corpus *c, json_t *root, struct nf_sentsplit *ss)
{
	json_t *text = json_object_get(root, "text"), *atts = json_object_get(root, "attributions");
	struct nf_attr_doc *d;

	if (!json_is_string(text) || !json_is_array(atts))
		return -1;
	if (c->ndocs == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 64;
		d = realloc(c->docs, cap * sizeof(*d));
		if (!d)
			return -2;
		c->docs = d;
		c->cap = cap;
	}
	d = &c->docs[c->ndocs++];
	memset(d, 0, sizeof(*d));
	d->len = json_string_length(text);
	if (!(d->text = malloc(d->len + 1)))
		return -2;
	memcpy(d->text, json_string_value(text), d->len + 1);
	if (nf_sentsplit_run(ss, d->text, d->len) < 0 ||
	    !(d->sents = malloc((ss->nspans + 1) * sizeof(*d->sents))))
		return -2;
	memcpy(d->sents, ss->spans, ss->nspans * sizeof(*d->sents));
	d->nsents = ss->nspans;
	return read_gold(d, atts);
}

int nf_attr_corpus_add_record(struct nf_attr_corpus *c, json_t *root,
			       struct nf_sentsplit *ss, struct nf_error *err)
{
	int rc = add_doc(c, root, ss);

	if (rc == -2)
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	if (rc < 0)
		return nf_fail(err, NF_EXIT_DATA, "not a record with \"text\" and \"attributions\" "
			       "spans within the text");
	return 0;
}

/* A deterministic shuffle (xorshift) of the document order. */
static void shuffle(size_t *order, size_t n, uint64_t *state)
{
	size_t i, j, tmp;

	for (i = n; i > 1; i--) {
		*state ^= *state << 13;
		*state ^= *state >> 7;
		*state ^= *state << 17;
		j = (size_t)(*state % i);
		tmp = order[i - 1];
		order[i - 1] = order[j];
		order[j] = tmp;
	}
}

static void log_epoch(FILE *log, unsigned e, const struct nf_attr_trainer *tr)
{
	if (!log)
		return;
	fprintf(log, "epoch %u: cue tokens %zu, tagger errors %zu; sources %zu, wrong %zu, "
		"unreachable %zu; contents %zu, wrong %zu, unreachable %zu\n",
		e, tr->cue_tokens, tr->cue_err, tr->src_n, tr->src_err, tr->src_miss,
		tr->con_n, tr->con_err, tr->con_miss);
}

static int epochs(struct nf_attr_trainer *tr, const struct nf_attr_corpus *c,
		  const struct nf_attr_train_opts *o, const struct nf_lexicon *cues,
		  const struct nf_lexicon *abbrev, size_t *order)
{
	uint64_t state = o->seed * 2654435761u + 88172645463325252ULL;
	unsigned e;
	size_t i;

	for (i = 0; i < c->ndocs; i++)
		order[i] = i;
	for (e = 1; e <= o->epochs; e++) {
		shuffle(order, c->ndocs, &state);
		tr->cue_tokens = tr->cue_err = tr->src_n = tr->src_err = tr->src_miss = 0;
		tr->con_n = tr->con_err = tr->con_miss = 0;
		for (i = 0; i < c->ndocs; i++) {
			const struct nf_attr_doc *d = &c->docs[order[i]];
			if (nf_attr_train_doc(tr, cues, abbrev, d->text, d->len, d->sents,
					      d->nsents, d->gold, d->ngold) < 0)
				return -1;
		}
		log_epoch(o->log, e, tr);
	}
	return 0;
}

int nf_attr_train(const struct nf_attr_corpus *c, const struct nf_attr_train_opts *o,
		  const struct nf_lexicon *abbrev, struct nf_buf *out, struct nf_error *err)
{
	struct nf_attr_trainer tr;
	struct nf_lexicon cues;
	struct nf_buf w = NF_BUF_INIT;
	size_t *order = malloc((c->ndocs + 1) * sizeof(*order)), line = 0;
	int rc = -1;

	nf_lexicon_init(&cues);
	if (nf_attr_cues_load(&cues, o->cues, o->cues_len, &line) < 0) {
		if (line)
			nf_fail(err, NF_EXIT_DATA, "cue words: bad entry at line %zu", line);
		else
			nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
		nf_lexicon_release(&cues);	/* sized before the bad line was seen */
		free(order);
		return -1;
	}
	nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	if (order && nf_attr_train_init(&tr) == 0) {
		tr.pos = o->pos;
		tr.dep = o->dep;
		if (epochs(&tr, c, o, &cues, abbrev, order) == 0 &&
		    nf_ptrain_freeze(&tr.pt, o->min_weight, &w) == 0 &&
		    nf_attr_model_write(out, o->notes, o->cues, o->cues_len, &w) == 0)
			rc = 0;
		nf_attr_train_release(&tr);
	}
	nf_lexicon_release(&cues);
	nf_buf_release(&w);
	free(order);
	return rc;
}
