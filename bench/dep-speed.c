/*
 * How fast the dependency parser is on news (bench/eval-dep): reads JSON
 * Lines records, tokenizes and splits each "text" into sentences
 * (split-sentences' splitter), tags every sentence with the built-in
 * tagger, then times parsing alone and tagging plus parsing, over several
 * runs, and prints the best throughputs in MB of text per second.  The
 * harness is bench/speed.c, shared with pos-speed.
 *
 *   build/bench/dep-speed [-m MODEL] [-r RUNS] < corpus.jsonl
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dep.h"
#include "pos.h"
#include "speed.h"

/* What a timed run needs, its outputs, and the sum of the trees it gave. */
struct parsing {
	const struct nf_dep_model *m;
	const struct nf_pos_model *pm;
	struct nf_dep_work w;
	const struct speed_corpus *c;
	int tag;		/* tag each sentence before parsing it */
	uint8_t *tags, *rel;
	int32_t *head;
	unsigned long check;
};

/* One timed run over every sentence; returns seconds or -1. */
static double run(void *arg)
{
	struct parsing *g = arg;
	const struct speed_corpus *c = g->c;
	size_t s, a = 0, i;
	double t0 = speed_now();

	for (s = 0; s < c->nsents; s++) {
		if (g->tag)
			nf_pos_tag(g->pm, c->text.data, c->toks + a, c->ends[s] - a, g->tags + a);
		if (nf_dep_parse(g->m, &g->w, c->text.data, c->toks + a, g->tags + a, c->ends[s] - a,
				 g->head + a, g->rel + a) < 0)
			return -1;
		a = c->ends[s];
	}
	t0 = speed_now() - t0;
	for (i = 0; i < c->ntoks; i++)
		g->check += (unsigned long)g->head[i] + g->rel[i];
	return t0;
}

static int load(struct nf_dep_model *m, struct nf_pos_model *pm, const unsigned char *p,
		size_t n)
{
	const unsigned char *pp;
	struct nf_error err = { 0, "" };
	size_t pn;

	pp = nf_pos_builtin(&pn);
	if (nf_pos_model_load(pm, pp, pn, &err) < 0 ||
	    nf_dep_model_load(m, p, n, &err) < 0) {
		fprintf(stderr, "dep-speed: %s\n", err.msg);
		return -1;
	}
	return 0;
}

/* Room for n tokens' outputs; 0 or -1. */
static int alloc_outputs(struct parsing *g, size_t n)
{
	g->tags = malloc(n + 1);
	g->rel = malloc(n + 1);
	g->head = malloc((n + 1) * sizeof(*g->head));
	return g->tags && g->rel && g->head ? 0 : -1;
}

/* Times parsing alone, then tagging and parsing, and prints both. */
static int report(struct parsing *g, int runs)
{
	double best;

	printf("%zu bytes, %zu tokens, %zu sentences\n", g->c->text.len, g->c->ntoks,
	       g->c->nsents);
	for (g->tag = 0; g->tag < 2; g->tag++) {
		if ((best = speed_best(run, g, runs)) < 0)
			return -1;
		speed_print_rate(g->tag ? "tagging and parsing" : "parsing alone", g->c, best);
		printf(" (best of %d)\n", runs);
	}
	printf("check %lu\n", g->check % 1000);
	return 0;
}

int main(int argc, char **argv)
{
	struct speed_corpus c;
	struct speed_args a;
	struct nf_dep_model m;
	struct nf_pos_model pm;
	struct parsing g = { &m, &pm, NF_DEP_WORK_INIT, &c, 0, NULL, NULL, NULL, 0 };
	const unsigned char *p;
	size_t n;

	memset(&c, 0, sizeof(c));
	p = nf_dep_builtin(&n);
	if (speed_args(&a, argc, argv, p, n) != 0)
		return 64;
	if (load(&m, &pm, a.model, a.len) < 0)
		return 65;
	if (speed_read_corpus(&c, stdin) < 0 || alloc_outputs(&g, c.ntoks) < 0)
		return 70;
	speed_tag_all(&pm, &c, g.tags);
	if (report(&g, a.runs) < 0)
		return 70;
	free(g.tags);
	free(g.rel);
	free(g.head);
	speed_corpus_release(&c);
	nf_dep_work_release(&g.w);
	nf_dep_model_release(&m);
	nf_pos_model_release(&pm);
	speed_args_release(&a);
	return 0;
}
