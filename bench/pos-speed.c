/*
 * How fast the part-of-speech tagger is on news (bench/eval-pos): reads
 * JSON Lines records, tokenizes and splits each "text" into sentences
 * (split-sentences' splitter), then times tagging alone, over several
 * runs, and prints the best throughput in MB of text per second.
 *
 *   build/bench/pos-speed [-m MODEL] [-r RUNS] < corpus.jsonl
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "buf.h"
#include "file.h"
#include "pos.h"
#include "sentsplit.h"
#include "tokens.h"

/* All the texts, tokens and sentence ends, held for the timed runs. */
struct corpus {
	struct nf_buf text;
	struct nf_pos_tok *toks;
	size_t ntoks, toks_cap;
	size_t *ends;		/* token index past each sentence */
	size_t nsents, sents_cap;
};

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int add_text(struct corpus *c, struct nf_sentsplit *ss, struct nf_tokens *t,
		    const char *s, size_t n)
{
	size_t base = c->text.len, i, k = 0;

	if (nf_buf_add(&c->text, s, n) < 0 || nf_buf_addc(&c->text, '\n') < 0 ||
	    nf_sentsplit_run(ss, s, n) < 0 || nf_tokenize(t, s, n, &ss->abbrev) < 0)
		return -1;
	for (i = 0; i < t->n; i++) {
		if (nf_grow((void **)&c->toks, &c->toks_cap, c->ntoks + 1, sizeof(*c->toks)) < 0)
			return -1;
		c->toks[c->ntoks].a = base + t->v[i].a;
		c->toks[c->ntoks].b = base + t->v[i].b;
		c->toks[c->ntoks++].w = 0;
		while (k < ss->nspans && ss->spans[k].end <= t->v[i].b) {
			if (nf_grow((void **)&c->ends, &c->sents_cap, c->nsents + 1,
				    sizeof(*c->ends)) < 0)
				return -1;
			c->ends[c->nsents++] = c->ntoks;
			k++;
		}
	}
	if (!c->nsents || c->ends[c->nsents - 1] != c->ntoks) {
		if (nf_grow((void **)&c->ends, &c->sents_cap, c->nsents + 1, sizeof(*c->ends)) < 0)
			return -1;
		c->ends[c->nsents++] = c->ntoks;
	}
	return 0;
}

static int read_corpus(struct corpus *c, FILE *in)
{
	struct nf_sentsplit ss;
	struct nf_tokens t = { 0 };
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	json_t *rec, *text;
	int rc = 0;

	if (nf_sentsplit_init(&ss) < 0)
		return -1;
	while (!rc && (len = getline(&line, &cap, in)) > 0) {
		rec = json_loadb(line, (size_t)len, 0, NULL);
		text = json_object_get(rec, "text");
		if (json_is_string(text))
			rc = add_text(c, &ss, &t, json_string_value(text), json_string_length(text));
		json_decref(rec);
	}
	free(line);
	nf_tokens_release(&t);
	nf_sentsplit_release(&ss);
	return rc;
}

/* One timed run over every sentence; returns seconds, sums tags in *check. */
static double run(const struct nf_pos_model *m, const struct corpus *c, uint8_t *tags,
		  int hashed, unsigned long *check)
{
	size_t s, a = 0, i;
	double t0 = now();

	for (s = 0; s < c->nsents; s++) {
		nf_pos_tag(m, c->text.data, c->toks + a, c->ends[s] - a, tags + a);
		a = c->ends[s];
	}
	t0 = now() - t0;
	for (i = 0; i < c->ntoks; i++)
		*check += tags[i];
	(void)hashed;
	return t0;
}

/* Tokens whose word is not compiled into the model. */
static size_t unknown(const struct nf_pos_model *m, const struct corpus *c)
{
	size_t i, s, k = 0, mask = m->cap - 1;

	for (i = 0; i < c->ntoks; i++) {
		for (s = (size_t)c->toks[i].w & mask; m->keys[s] && m->keys[s] != c->toks[i].w;
		     s = (s + 1) & mask)
			;
		k += !m->keys[s];
	}
	return k;
}

int main(int argc, char **argv)
{
	struct corpus c;
	struct nf_pos_model m;
	struct nf_buf mb = NF_BUF_INIT;
	const unsigned char *p;
	size_t n, i;
	unsigned long check = 0;
	int opt, runs = 5, r;
	double best = 1e30, t;
	char err[256];
	uint8_t *tags;

	memset(&c, 0, sizeof(c));
	p = nf_pos_builtin(&n);
	while ((opt = getopt(argc, argv, "m:r:")) != -1) {
		if (opt == 'r')
			runs = atoi(optarg) > 0 ? atoi(optarg) : 1;
		else if (opt == 'm' && nf_read_file(optarg, &mb) == 0) {
			p = (const unsigned char *)mb.data;
			n = mb.len;
		} else
			return 64;
	}
	if (nf_pos_model_load(&m, p, n, err, sizeof(err)) < 0) {
		fprintf(stderr, "pos-speed: %s\n", err);
		return 65;
	}
	if (read_corpus(&c, stdin) < 0 || !(tags = malloc(c.ntoks + 1)))
		return 70;
	for (r = 0; r < runs; r++)
		if ((t = run(&m, &c, tags, 0, &check)) < best)
			best = t;
	for (i = 0; i < c.ntoks; i++)
		c.toks[i].w = nf_pos_word_hash(c.text.data + c.toks[i].a, c.toks[i].b - c.toks[i].a);
	printf("%zu bytes, %zu tokens, %zu sentences, %.1f%% not in the vocabulary\n",
	       c.text.len, c.ntoks, c.nsents, 100.0 * (double)unknown(&m, &c) / (double)c.ntoks);
	printf("tagging: %.1f MB/s, %.1f ns/token (best of %d)\n", c.text.len / best / 1e6,
	       best * 1e9 / (double)c.ntoks, runs);
	for (best = 1e30, r = 0; r < runs; r++)
		if ((t = run(&m, &c, tags, 1, &check)) < best)
			best = t;
	printf("with word hashes given: %.1f MB/s, %.1f ns/token (check %lu)\n",
	       c.text.len / best / 1e6, best * 1e9 / (double)c.ntoks, check % 1000);
	free(tags);
	nf_pos_model_release(&m);
	nf_buf_release(&mb);
	return 0;
}
