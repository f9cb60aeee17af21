/*
 * The driver every train-* tool shares: the same command line (-o, and
 * -d -e -s -m -v -x where the trainer has them, besides options of its
 * own), the same help text around each trainer's own lines, and the same
 * run: read every training and --dev file with the one corpus reader
 * (corpus.h), train, note the files and options in the model, write it,
 * then load it back and measure it on each --dev file where the trainer
 * can.  What differs a trainer gives as a table: its options, the hooks
 * that take what the files hold, training, and the sizes of its corpus
 * and model so the driver can hold them without knowing their types.
 * Errors travel as an nf_error, whose status is the exit status.
 *
 *	static const struct nf_trainer tr = { "train-pos", ... };
 *	int main(int argc, char **argv)
 *	{
 *		struct own o = { defaults };
 *		return nf_trainer_main(&tr, &o, argc, argv);
 *	}
 */
#ifndef NF_TRAINER_H
#define NF_TRAINER_H

#include <stddef.h>

#include "buf.h"
#include "corpus.h"
#include "lexicon.h"
#include "sentsplit.h"
#include "stage.h"

#define NF_TRAINER_MAX_DEV 16

/* The shared options a trainer has, besides -o, -h and -V. */
enum {
	NF_TRAINER_DEV = 1 << 0,	/* -d, --dev=FILE */
	NF_TRAINER_EPOCHS = 1 << 1,	/* -e, --epochs=N */
	NF_TRAINER_SEED = 1 << 2,	/* -s, --seed=N */
	NF_TRAINER_MIN_WEIGHT = 1 << 3,	/* -m, --min-weight=X */
	NF_TRAINER_VOCAB_MIN = 1 << 4,	/* -v, --vocab-min=N */
	NF_TRAINER_EXPLORE = 1 << 5	/* -x, --explore=P */
};

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
	unsigned explore;
};

/* An option of a trainer's own; its id is its index in the trainer's table. */
struct nf_trainer_opt {
	const char *name;	/* the long name */
	char letter;		/* the short one, or 0 */
	const char *arg;	/* the argument's name in the help, or NULL: none */
	const char *help;	/* lines may follow after '\n' */
};

/* What the hooks get: the corpus reader's ctx is one of these. */
struct nf_trainer_env {
	struct nf_sentsplit *ss;		/* the stages' splitter */
	const struct nf_lexicon *abbrev;	/* its abbreviations, as the stages tokenize */
	void *own;				/* the trainer's options and data (main's) */
	const struct nf_trainer_args *a;
	void *corpus;				/* the corpus being read */
	const char *path;			/* the file being read */
	int dev;				/* whether it is a --dev file */
};

struct nf_trainer {
	const char *tool;
	const char *operands;	/* after [OPTION]... in the usage line */
	const char *about;	/* help lines after "Usage:", ending in a blank line */
	const char *output_arg;	/* -o's argument in the help: "MODEL" */
	const char *output_help;	/* what -o does */
	unsigned has;		/* NF_TRAINER_* */
	const char *dev_help, *epochs_help, *seed_help;
	unsigned epochs;	/* -e's default */
	float min_weight;	/* -m's default */
	unsigned explore;	/* -x's default per cent */
	const struct nf_trainer_opt *opts;	/* options of its own */
	size_t nopts;
	/* Takes own option id's argument.  Returns 0, or -1 with err filled (a usage error). */
	int (*option)(void *own, int id, const char *arg, struct nf_error *err);
	const char *exit_help;	/* the exit statuses, for the help */
	/* Readies own before any file is read (word lists, models); may be NULL. */
	int (*start)(void *own, struct nf_error *err);
	void (*finish)(void *own);	/* releases what start took; may be NULL */
	size_t corpus_size;
	int one_dev;		/* every --dev file into one corpus */
	struct nf_corpus_hooks read;	/* ctx: a struct nf_trainer_env */
	/* What was read, to refuse training on nothing (empty); may be NULL. */
	size_t (*count)(const void *corpus);
	const char *empty;
	void (*corpus_release)(void *corpus);
	/* The model's notes; may be NULL. */
	int (*notes)(const struct nf_trainer_env *e, struct nf_buf *notes);
	/* Trains on corpus, with dev[0..ndev) (corpus_size each), into out. */
	int (*train)(const struct nf_trainer_env *e, void *corpus, void *dev, size_t ndev,
		     const char *notes, struct nf_buf *out, struct nf_error *err);
	/* Where the model can be measured after it is written; else 0 and NULL. */
	size_t model_size;
	int (*load)(void *model, const unsigned char *p, size_t n, struct nf_error *err);
	void (*model_release)(void *model);
	/* Measures model on corpus and prints the scores, named by path. */
	int (*evaluate)(const void *model, const void *corpus, const char *path);
};

/* Parses the command line, trains and writes as it says; returns the exit status. */
int nf_trainer_main(const struct nf_trainer *t, void *own, int argc, char **argv);

/* ok out of n in per cent (0 when n is 0), for the scores. */
double nf_trainer_pct(size_t ok, size_t n);

/* Appends " NAME" for each training file, NAME its last component. */
int nf_trainer_note_names(const struct nf_trainer_args *a, struct nf_buf *notes);

/* The syntax trainers' notes: "trained on: FILE... (options)\n", -x's if explore. */
int nf_trainer_syntax_notes(const struct nf_trainer_args *a, int explore, struct nf_buf *notes);

/* Parses the command line into a (defaults first): -1 to go on, else the exit status. */
int nf_trainer_args(const struct nf_trainer *t, void *own, struct nf_trainer_args *a, int argc,
		    char **argv);

/* "out of memory" as an nf_error; returns -1. */
int nf_trainer_oom(struct nf_error *err);

#endif
