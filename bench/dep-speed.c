/*
 * How fast the dependency parser is on news (bench/eval-dep): reads JSON
 * Lines records, tokenizes and splits each "text" into sentences
 * (split-sentences' splitter), tags every sentence with the built-in
 * tagger, then times parsing alone and tagging plus parsing, over several
 * runs, and prints the best throughputs in MB of text per second.
 *
 *   build/bench/dep-speed [-m MODEL] [-r RUNS] < corpus.jsonl
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "buf.h"
#include "file.h"
#include "dep.h"
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

/* Outputs of a run. */
struct out {
	uint8_t *tags, *rel;
	int32_t *head;
};

/* One timed run over every sentence (tag first if tag); returns seconds or -1. */
static double run(const struct nf_dep_model *m, const struct nf_pos_model *pm,
		  struct nf_dep_work *w, const struct corpus *c, struct out *o, int tag,
		  unsigned long *check)
{
	size_t s, a = 0, i;
	double t0 = now();

	for (s = 0; s < c->nsents; s++) {
		if (tag)
			nf_pos_tag(pm, c->text.data, c->toks + a, c->ends[s] - a, o->tags + a);
		if (nf_dep_parse(m, w, c->text.data, c->toks + a, o->tags + a, c->ends[s] - a,
				 o->head + a, o->rel + a) < 0)
			return -1;
		a = c->ends[s];
	}
	t0 = now() - t0;
	for (i = 0; i < c->ntoks; i++)
		*check += (unsigned long)o->head[i] + o->rel[i];
	return t0;
}

static void tag_all(const struct nf_pos_model *pm, const struct corpus *c, uint8_t *tags)
{
	size_t s, a = 0;

	for (s = 0; s < c->nsents; s++) {
		nf_pos_tag(pm, c->text.data, c->toks + a, c->ends[s] - a, tags + a);
		a = c->ends[s];
	}
}

static int load(struct nf_dep_model *m, struct nf_pos_model *pm, const unsigned char *p,
		size_t n)
{
	const unsigned char *pp;
	char err[256];
	size_t pn;

	pp = nf_pos_builtin(&pn);
	if (nf_pos_model_load(pm, pp, pn, err, sizeof(err)) < 0 ||
	    nf_dep_model_load(m, p, n, err, sizeof(err)) < 0) {
		fprintf(stderr, "dep-speed: %s\n", err);
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct corpus c;
	struct nf_dep_model m;
	struct nf_pos_model pm;
	struct nf_dep_work w = NF_DEP_WORK_INIT;
	struct nf_buf mb = NF_BUF_INIT;
	struct out o;
	const unsigned char *p;
	size_t n;
	unsigned long check = 0;
	int opt, runs = 5, r, tag;
	double best, t;

	memset(&c, 0, sizeof(c));
	p = nf_dep_builtin(&n);
	while ((opt = getopt(argc, argv, "m:r:")) != -1) {
		if (opt == 'r')
			runs = atoi(optarg) > 0 ? atoi(optarg) : 1;
		else if (opt == 'm' && nf_read_file(optarg, &mb) == 0) {
			p = (const unsigned char *)mb.data;
			n = mb.len;
		} else
			return 64;
	}
	if (load(&m, &pm, p, n) < 0)
		return 65;
	if (read_corpus(&c, stdin) < 0 || !(o.tags = malloc(c.ntoks + 1)) ||
	    !(o.rel = malloc(c.ntoks + 1)) || !(o.head = malloc((c.ntoks + 1) * sizeof(*o.head))))
		return 70;
	tag_all(&pm, &c, o.tags);
	printf("%zu bytes, %zu tokens, %zu sentences\n", c.text.len, c.ntoks, c.nsents);
	for (tag = 0; tag < 2; tag++) {
		for (best = 1e30, r = 0; r < runs; r++) {
			if ((t = run(&m, &pm, &w, &c, &o, tag, &check)) < 0)
				return 70;
			best = t < best ? t : best;
		}
		printf("%s: %.1f MB/s, %.1f ns/token (best of %d)\n",
		       tag ? "tagging and parsing" : "parsing alone", (double)c.text.len / best / 1e6,
		       best * 1e9 / (double)c.ntoks, runs);
	}
	printf("check %lu\n", check % 1000);
	nf_dep_work_release(&w);
	nf_dep_model_release(&m);
	nf_pos_model_release(&pm);
	nf_buf_release(&mb);
	return 0;
}
