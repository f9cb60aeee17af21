/*
 * train-hedge: trains the detect-hedge disambiguator on gold JSON Lines
 * (or sentences with their cues in [[brackets]]) and writes a model file.
 * The work is in lib/hedges/hedge_train.c; the command line and the run are the
 * trainers' driver (lib/learn/trainer.c), given here what is the hedger's own:
 * its word lists, --weight and --orders.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "data.h"
#include "exitcode.h"
#include "hedge.h"
#include "trainer.h"

#define TOOL "train-hedge"
#define MAX_WEIGHTS 8

/* --weight=FILE:X, the training weight of the records of FILE */
struct weight {
	const char *path;
	size_t path_len;
	float w;
};

/* The options of the hedger's own, and the word lists start reads. */
struct own {
	const char *cues_path, *pats_path;
	struct weight weights[MAX_WEIGHTS];
	size_t nweights;
	unsigned orders;
	struct nf_buf cues, pats;
};

enum { OPT_CUES, OPT_PATTERNS, OPT_WEIGHT, OPT_ORDERS };

static const struct nf_trainer_opt opts[] = {
	[OPT_CUES] = { "cues", 0, "FILE", "cue words (default: the built-in data/hedge-cues.txt)" },
	[OPT_PATTERNS] = { "patterns", 0, "FILE",
			   "cue patterns (default: built-in data/hedge-patterns.txt)" },
	[OPT_WEIGHT] = { "weight", 'w', "FILE:X", "weigh the records of training file FILE by X\n"
			 "(default 1; below 1 for data far from news)" },
	[OPT_ORDERS] = { "orders", 'r', "N", "average N perceptrons, each trained in its own\n"
			 "example order (default 4)" },
};

static int parse_weight(struct own *o, const char *arg, struct nf_error *err)
{
	const char *colon = strrchr(arg, ':');
	struct weight *w = &o->weights[o->nweights];
	char *end;

	if (!colon || colon == arg || o->nweights == MAX_WEIGHTS)
		return nf_cli_bad_value("--weight", arg, err);
	w->path = arg;
	w->path_len = (size_t)(colon - arg);
	w->w = strtof(colon + 1, &end);
	if (*end || end == colon + 1 || !(w->w > 0))
		return nf_cli_bad_value("--weight", arg, err);
	o->nweights++;
	return 0;
}

static int option(void *own, int id, const char *arg, struct nf_error *err)
{
	struct own *o = own;

	switch (id) {
	case OPT_CUES: o->cues_path = arg; return 0;
	case OPT_PATTERNS: o->pats_path = arg; return 0;
	case OPT_WEIGHT: return parse_weight(o, arg, err);
	default: return nf_cli_unsigned("--orders", arg, 1, 100, &o->orders, err);
	}
}

/* Reads the word list files given; the built-in ones need no reading. */
static int start(void *own, struct nf_error *err)
{
	struct own *o = own;

	if (o->cues_path && nf_cli_read(TOOL, o->cues_path, &o->cues) != 0)
		return nf_fail(err, NF_EXIT_NOINPUT, "%s", "");
	if (o->pats_path && nf_cli_read(TOOL, o->pats_path, &o->pats) != 0)
		return nf_fail(err, NF_EXIT_NOINPUT, "%s", "");
	return 0;
}

static void finish(void *own)
{
	struct own *o = own;

	nf_buf_release(&o->cues);
	nf_buf_release(&o->pats);
}

/* The --weight of a training file, 1 if none. */
static float weight_of(const struct own *o, const char *path)
{
	size_t i;

	for (i = 0; i < o->nweights; i++)
		if (strlen(path) == o->weights[i].path_len &&
		    memcmp(path, o->weights[i].path, o->weights[i].path_len) == 0)
			return o->weights[i].w;
	return 1;
}

/* Weighs the records a training file added from first on. */
static void weigh(const struct nf_trainer_env *e, size_t first)
{
	struct nf_hedge_corpus *c = &((struct nf_hedge_devset *)e->corpus)->c;

	for (; !e->dev && first < c->ndocs; first++)
		c->docs[first].weight = weight_of(e->own, e->path);
}

static int record(void *ctx, json_t *root, size_t lineno, struct nf_error *err)
{
	const struct nf_trainer_env *e = ctx;
	struct nf_hedge_corpus *c = &((struct nf_hedge_devset *)e->corpus)->c;
	size_t first = c->ndocs;

	(void)lineno;
	if (nf_hedge_corpus_add_record(c, root, e->ss, err) < 0)
		return -1;
	weigh(e, first);
	return 0;
}

static int markup(void *ctx, const char *s, size_t n, struct nf_error *err)
{
	const struct nf_trainer_env *e = ctx;
	struct nf_hedge_corpus *c = &((struct nf_hedge_devset *)e->corpus)->c;
	size_t first = c->ndocs;

	if (nf_hedge_corpus_add_markup(c, s, n, e->ss, err) < 0)
		return -1;
	weigh(e, first);
	return 0;
}

static void corpus_release(void *c)
{
	nf_hedge_corpus_release(&((struct nf_hedge_devset *)c)->c);
}

/* "trained on: FILE (weight X)...", the files as given. */
static int notes(const struct nf_trainer_env *e, struct nf_buf *out)
{
	char note[64];
	size_t i;
	float w;

	if (nf_buf_adds(out, "trained on:") < 0)
		return -1;
	for (i = 0; i < e->a->npaths; i++) {
		w = weight_of(e->own, e->a->paths[i]);
		note[0] = '\0';
		if (w != 1)
			snprintf(note, sizeof(note), " (weight %g)", (double)w);
		if (nf_buf_addc(out, ' ') < 0 || nf_buf_adds(out, e->a->paths[i]) < 0 ||
		    nf_buf_adds(out, note) < 0)
			return -1;
	}
	return nf_buf_addc(out, '\n');
}

/* The word lists: the files start read, else the built-in ones. */
static void word_lists(const struct own *o, struct nf_hedge_train_opts *t)
{
	t->cues = (const char *)nf_data_hedge_cues;
	t->cues_len = nf_data_hedge_cues_len;
	t->cues_name = "built-in hedge-cues.txt";
	t->pats = (const char *)nf_data_hedge_patterns;
	t->pats_len = nf_data_hedge_patterns_len;
	t->pats_name = "built-in hedge-patterns.txt";
	if (o->cues_path) {
		t->cues = o->cues.data ? o->cues.data : "";
		t->cues_len = o->cues.len;
		t->cues_name = o->cues_path;
	}
	if (o->pats_path) {
		t->pats = o->pats.data ? o->pats.data : "";
		t->pats_len = o->pats.len;
		t->pats_name = o->pats_path;
	}
}

static int train(const struct nf_trainer_env *e, void *c, void *dev, size_t ndev,
		 const char *notes, struct nf_buf *out, struct nf_error *err)
{
	const struct own *o = e->own;
	struct nf_hedge_devset *d = dev;
	struct nf_hedge_train_opts t = {
		.epochs = e->a->epochs, .seed = e->a->seed, .min_weight = e->a->min_weight,
		.notes = notes, .log = stderr, .orders = o->orders
	};
	size_t i;

	word_lists(o, &t);
	for (i = 0; i < ndev; i++)
		d[i].name = e->a->dev[i];
	return nf_hedge_train(&((const struct nf_hedge_devset *)c)->c, d, ndev, &t, out, err);
}

static const struct nf_trainer trainer = {
	.tool = TOOL,
	.operands = "-o MODEL TRAIN...",
	.about = "Train the detect-hedge model on gold TRAIN files (JSON Lines with \"text\"\n"
		 "and \"cues\" [[start, end], ...] in code points) and write it to MODEL.\n\n",
	.output_arg = "MODEL",
	.output_help = "write the model to MODEL (required)",
	.has = NF_TRAINER_DEV | NF_TRAINER_EPOCHS | NF_TRAINER_SEED | NF_TRAINER_MIN_WEIGHT,
	.dev_help = "report dev figures on FILE after each epoch",
	.epochs_help = "passes over the data per order",
	.seed_help = "seed of the first example order",
	.epochs = 10,
	.min_weight = 0.01f,
	.opts = opts,
	.nopts = sizeof(opts) / sizeof(opts[0]),
	.option = option,
	.exit_help = "Exit status: 0 ok, 64 usage, 65 bad training data or word lists,\n"
		     "66 cannot read a file, 70 internal error, 74 cannot write the model.\n",
	.start = start,
	.finish = finish,
	.corpus_size = sizeof(struct nf_hedge_devset),
	.read = { .record = record, .line = markup },
	.corpus_release = corpus_release,
	.notes = notes,
	.train = train,
};

int main(int argc, char **argv)
{
	struct own o = { .orders = 4, .cues = NF_BUF_INIT, .pats = NF_BUF_INIT };

	return nf_trainer_main(&trainer, &o, argc, argv);
}
