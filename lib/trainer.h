/*
 * The driver the syntax trainers share (train-pos, train-dep): the same
 * command line (-o -d -e -s -m -v, and -x where the trainer explores),
 * the same help text around each trainer's own lines, and the same run:
 * read every CoNLL-U file, train, note the files and options in the
 * model, write it, then load it back and measure it on each --dev file.
 * What differs (the corpus, the reader, training, the scores) a trainer
 * gives as a table of functions, with the sizes of its corpus and model
 * so the driver can hold them without knowing their types.
 *
 *	static const struct nf_trainer tr = { "train-pos", ... };
 *	struct nf_trainer_args a;
 *	int rc = nf_trainer_args(&tr, &a, argc, argv);
 *	return rc >= 0 ? rc : nf_trainer_run(&tr, &a, NULL);
 */
#ifndef NF_TRAINER_H
#define NF_TRAINER_H

#include <stddef.h>

#include "buf.h"
#include "lexicon.h"

#define NF_TRAINER_MAX_DEV 8

/* The command line, parsed. */
struct nf_trainer_args {
	const char *output;
	const char *dev[NF_TRAINER_MAX_DEV];
	size_t ndev;
	char **paths;		/* the training files */
	size_t npaths;
	unsigned epochs;
	unsigned long seed;
	float min_weight;
	unsigned vocab_min;
	unsigned explore;	/* -x; only where the trainer has it */
};

/* What a reader gets besides the text. */
struct nf_trainer_env {
	const struct nf_lexicon *abbrev;	/* the tokenizer's, as the stages tokenize */
	const void *ctx;			/* the trainer's own (train-dep: its tagger) */
};

struct nf_trainer {
	const char *tool;
	const char *about;	/* help lines after "Usage:", ending in a blank line */
	const char *dev_help;	/* what -d does, for the help */
	unsigned epochs;	/* -e's default */
	int explore;		/* -x's default per cent, or -1: no -x */
	size_t corpus_size, model_size;
	/* Adds the CoNLL-U text p[0..n) to a zeroed or read-into corpus (*_conllu_read). */
	int (*read)(const struct nf_trainer_env *e, void *corpus, const char *p, size_t n,
		    const char *name, char *err, size_t errlen);
	size_t (*tokens)(const void *corpus);	/* our tokens read so far */
	void (*corpus_release)(void *corpus);
	/* Trains on corpus, the model's notes given; 0 or -1 (ENOMEM). */
	int (*train)(const void *corpus, const struct nf_trainer_args *a, const char *notes,
		     struct nf_buf *out);
	int (*load)(void *model, const unsigned char *p, size_t n, char *err, size_t errlen);
	void (*model_release)(void *model);
	/* Measures model on corpus and prints the scores, named by path; 0 or -1 (ENOMEM). */
	int (*evaluate)(const void *model, const void *corpus, const char *path);
};

/*
 * Parses the command line into a (defaults first): returns -1 to go on,
 * or the exit status (--help, --version, a usage error reported).
 */
int nf_trainer_args(const struct nf_trainer *t, struct nf_trainer_args *a, int argc,
		    char **argv);

/* Trains, writes and measures as a says; returns the exit status. */
int nf_trainer_run(const struct nf_trainer *t, const struct nf_trainer_args *a,
		   const void *ctx);

/* ok out of n in per cent (0 when n is 0), for the scores. */
double nf_trainer_pct(size_t ok, size_t n);

#endif
