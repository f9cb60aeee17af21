/*
 * What the tagger's and the parser's speed benchmarks share
 * (bench/pos-speed.c, bench/dep-speed.c): their command line
 * (-m MODEL -r RUNS), the news they time (JSON Lines records read from a
 * stream, each "text" tokenized and split into sentences by
 * split-sentences' splitter, held in memory), tagging every sentence,
 * and keeping the best of several timed runs.
 */
#ifndef NF_BENCH_SPEED_H
#define NF_BENCH_SPEED_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "buf.h"
#include "pos.h"

/* All the texts, tokens and sentence ends, held for the timed runs. */
struct speed_corpus {
	struct nf_buf text;
	struct nf_pos_tok *toks;
	size_t ntoks, toks_cap;
	size_t *ends;		/* token index past each sentence */
	size_t nsents, sents_cap;
};

/* The command line: the model's bytes (builtin, or -m's file) and -r. */
struct speed_args {
	const unsigned char *model;
	size_t len;
	int runs;
	struct nf_buf file;	/* -m's bytes */
};

/*
 * Parses -m MODEL and -r RUNS (default 5) into a, builtin[0..n) being the
 * model without -m.  Returns 0, or 64 (a bad option, an unreadable model).
 */
int speed_args(struct speed_args *a, int argc, char **argv, const unsigned char *builtin,
	       size_t n);
void speed_args_release(struct speed_args *a);

/* Reads every record of in into c (zeroed before).  Returns 0 or -1 (ENOMEM). */
int speed_read_corpus(struct speed_corpus *c, FILE *in);
void speed_corpus_release(struct speed_corpus *c);

/* Seconds on a monotonic clock. */
double speed_now(void);

/* Tags every sentence of c with m into tags (c->ntoks of them). */
void speed_tag_all(const struct nf_pos_model *m, const struct speed_corpus *c, uint8_t *tags);

/*
 * The fewest seconds of runs calls of run(arg), each returning the
 * seconds it timed, or -1 when one fails.
 */
double speed_best(double (*run)(void *arg), void *arg, int runs);

/* Prints "WHAT: X MB/s, Y ns/token" for the best time on c (no newline). */
void speed_print_rate(const char *what, const struct speed_corpus *c, double best);

#endif
