/*
 * How fast the part-of-speech tagger is on news (bench/eval-pos): reads
 * JSON Lines records, tokenizes and splits each "text" into sentences
 * (split-sentences' splitter), then times tagging alone, over several
 * runs, and prints the best throughput in MB of text per second.  The
 * harness is bench/speed.c, shared with dep-speed.
 *
 *   build/bench/pos-speed [-m MODEL] [-r RUNS] < corpus.jsonl
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pos.h"
#include "speed.h"

/* What a timed run needs, and the sum of the tags it gave. */
struct tagging {
	const struct nf_pos_model *m;
	const struct speed_corpus *c;
	uint8_t *tags;
	unsigned long check;
};

/* One timed run over every sentence; returns seconds, sums tags in check. */
static double run(void *arg)
{
	struct tagging *g = arg;
	double t0 = speed_now();
	size_t i;

	speed_tag_all(g->m, g->c, g->tags);
	t0 = speed_now() - t0;
	for (i = 0; i < g->c->ntoks; i++)
		g->check += g->tags[i];
	return t0;
}

/* Tokens whose word is not compiled into the model. */
static size_t unknown(const struct nf_pos_model *m, const struct speed_corpus *c)
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

/* Times tagging, then tagging with the word hashes given, and prints both. */
static void report(struct tagging *g, struct speed_corpus *c, int runs)
{
	double best = speed_best(run, g, runs);
	size_t i;

	for (i = 0; i < c->ntoks; i++)
		c->toks[i].w = nf_pos_word_hash(c->text.data + c->toks[i].a, c->toks[i].b - c->toks[i].a);
	printf("%zu bytes, %zu tokens, %zu sentences, %.1f%% not in the vocabulary\n",
	       c->text.len, c->ntoks, c->nsents,
	       100.0 * (double)unknown(g->m, c) / (double)c->ntoks);
	speed_print_rate("tagging", c, best);
	printf(" (best of %d)\n", runs);
	best = speed_best(run, g, runs);
	speed_print_rate("with word hashes given", c, best);
	printf(" (check %lu)\n", g->check % 1000);
}

int main(int argc, char **argv)
{
	struct speed_corpus c;
	struct speed_args a;
	struct nf_pos_model m;
	struct tagging g = { &m, &c, NULL, 0 };
	const unsigned char *p;
	size_t n;
	struct nf_error err = { 0, "" };

	memset(&c, 0, sizeof(c));
	p = nf_pos_builtin(&n);
	if (speed_args(&a, argc, argv, p, n) != 0)
		return 64;
	if (nf_pos_model_load(&m, a.model, a.len, &err) < 0) {
		fprintf(stderr, "pos-speed: %s\n", err.msg);
		return 65;
	}
	if (speed_read_corpus(&c, stdin) < 0 || !(g.tags = malloc(c.ntoks + 1)))
		return 70;
	report(&g, &c, a.runs);
	free(g.tags);
	speed_corpus_release(&c);
	nf_pos_model_release(&m);
	speed_args_release(&a);
	return 0;
}
