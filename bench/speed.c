/*
 * The speed benchmarks' shared harness; see speed.h.
 */
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "file.h"
#include "sentsplit.h"
#include "speed.h"
#include "tokens.h"

int speed_args(struct speed_args *a, int argc, char **argv, const unsigned char *builtin,
	       size_t n)
{
	int opt;

	a->model = builtin;
	a->len = n;
	a->runs = 5;
	a->file = (struct nf_buf)NF_BUF_INIT;
	while ((opt = getopt(argc, argv, "m:r:")) != -1) {
		if (opt == 'r')
			a->runs = atoi(optarg) > 0 ? atoi(optarg) : 1;
		else if (opt == 'm' && nf_read_file(optarg, &a->file) == 0) {
			a->model = (const unsigned char *)a->file.data;
			a->len = a->file.len;
		} else
			return 64;
	}
	return 0;
}

void speed_args_release(struct speed_args *a)
{
	nf_buf_release(&a->file);
}

/* Ends a sentence at token n. */
static int end_sentence(struct speed_corpus *c, size_t n)
{
	if (nf_grow((void **)&c->ends, &c->sents_cap, c->nsents + 1, sizeof(*c->ends)) < 0)
		return -1;
	c->ends[c->nsents++] = n;
	return 0;
}

static int add_text(struct speed_corpus *c, struct nf_sentsplit *ss, struct nf_tokens *t,
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
		for (; k < ss->nspans && ss->spans[k].end <= t->v[i].b; k++)
			if (end_sentence(c, c->ntoks) < 0)
				return -1;
	}
	if (c->nsents && c->ends[c->nsents - 1] == c->ntoks)
		return 0;
	return end_sentence(c, c->ntoks);
}

int speed_read_corpus(struct speed_corpus *c, FILE *in)
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

void speed_corpus_release(struct speed_corpus *c)
{
	nf_buf_release(&c->text);
	free(c->toks);
	free(c->ends);
}

double speed_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void speed_tag_all(const struct nf_pos_model *m, const struct speed_corpus *c, uint8_t *tags)
{
	size_t s, a = 0;

	for (s = 0; s < c->nsents; s++) {
		nf_pos_tag(m, c->text.data, c->toks + a, c->ends[s] - a, tags + a);
		a = c->ends[s];
	}
}

double speed_best(double (*run)(void *arg), void *arg, int runs)
{
	double best = 1e30, t;
	int r;

	for (r = 0; r < runs; r++) {
		if ((t = run(arg)) < 0)
			return -1;
		best = t < best ? t : best;
	}
	return best;
}

void speed_print_rate(const char *what, const struct speed_corpus *c, double best)
{
	printf("%s: %.1f MB/s, %.1f ns/token", what, (double)c->text.len / best / 1e6,
	       best * 1e9 / (double)c->ntoks);
}
