/*
 * train-hedge: trains the detect-hedge disambiguator on gold JSON Lines
 * and writes a model file.  The work is in lib/hedge_train.c.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "driver.h"
#include "cli.h"
#include "exitcode.h"
#include "file.h"
#include "hedge.h"

#define TOOL "train-hedge"
#define MAX_DEV 8

/* --weight=FILE:X, the training weight of the records of FILE */
struct weight {
	const char *path;
	size_t path_len;
	float w;
};

struct args {
	const char *output;
	struct weight weights[MAX_DEV];
	size_t nweights;
	const char *cues_path, *pats_path;
	const char *dev[MAX_DEV];
	size_t ndev;
	struct nf_hedge_train_opts o;
};

static void usage(FILE *fp)
{
	fprintf(fp,
		"Usage: %s [OPTION]... -o MODEL TRAIN...\n"
		"Train the detect-hedge model on gold TRAIN files (JSON Lines with \"text\"\n"
		"and \"cues\" [[start, end], ...] in code points) and write it to MODEL.\n\n"
		"  -o, --output=MODEL     write the model to MODEL (required)\n"
		"  -d, --dev=FILE         report dev figures on FILE after each epoch\n"
		"      --cues=FILE        cue words (default: the built-in data/hedge-cues.txt)\n"
		"      --patterns=FILE    cue patterns (default: built-in data/hedge-patterns.txt)\n"
		"  -w, --weight=FILE:X    weigh the records of training file FILE by X\n"
		"                         (default 1; below 1 for data far from news)\n"
		"  -e, --epochs=N         passes over the data per order (default 10)\n"
		"  -r, --orders=N         average N perceptrons, each trained in its own\n"
		"                         example order (default 4)\n"
		"  -s, --seed=N           seed of the first example order (default 1)\n"
		"  -m, --min-weight=X     drop smaller averaged weights (default 0.01)\n"
		"  -h, --help             show this help and exit\n"
		"  -V, --version          show the version and exit\n\n"
		"Exit status: 0 ok, 64 usage, 65 bad training data or word lists,\n"
		"66 cannot read a file, 70 internal error, 74 cannot write the model.\n"
		"See %s(1).\n",
		TOOL, TOOL);
}

static int parse_weight(struct args *a, const char *arg)
{
	const char *colon = strrchr(arg, ':');
	char *end;

	if (!colon || colon == arg || a->nweights == MAX_DEV)
		return nf_cli_bad_value(TOOL, "--weight", arg);
	a->weights[a->nweights].path = arg;
	a->weights[a->nweights].path_len = (size_t)(colon - arg);
	a->weights[a->nweights].w = strtof(colon + 1, &end);
	if (*end || end == colon + 1 || !(a->weights[a->nweights].w > 0))
		return nf_cli_bad_value(TOOL, "--weight", arg);
	a->nweights++;
	return -1;
}

/* One option; returns -1 to go on, else an exit status. */
static int take_option(struct args *a, int c, const char *arg)
{
	unsigned long v = 0;
	int rc;

	switch (c) {
	case 'o': a->output = arg; return -1;
	case 'C': a->cues_path = arg; return -1;
	case 'P': a->pats_path = arg; return -1;
	case 'd':
		if (a->ndev == MAX_DEV)
			return nf_cli_bad_value(TOOL, "--dev (too many)", arg);
		a->dev[a->ndev++] = arg;
		return -1;
	case 'w':
		return parse_weight(a, arg);
	case 'e': return nf_cli_unsigned(TOOL, "--epochs", arg, 1, 1000, &a->o.epochs);
	case 'r': return nf_cli_unsigned(TOOL, "--orders", arg, 1, 100, &a->o.orders);
	case 's':
		rc = nf_cli_number(TOOL, "--seed", arg, 0, 0xFFFFFFFFUL, &v);
		a->o.seed = v;
		return rc;
	case 'm':
		return nf_cli_nonneg(TOOL, "--min-weight", arg, &a->o.min_weight) ? NF_EXIT_USAGE : -1;
	default:
		return nf_cli_other_option(TOOL, c, usage);
	}
}

static int parse_args(struct args *a, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "dev", required_argument, NULL, 'd' },
		{ "cues", required_argument, NULL, 'C' },
		{ "patterns", required_argument, NULL, 'P' },
		{ "weight", required_argument, NULL, 'w' },
		{ "epochs", required_argument, NULL, 'e' },
		{ "orders", required_argument, NULL, 'r' },
		{ "seed", required_argument, NULL, 's' },
		{ "min-weight", required_argument, NULL, 'm' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	int c, rc;

	while ((c = getopt_long(argc, argv, "o:d:w:e:r:s:m:hV", opts, NULL)) != -1)
		if ((rc = take_option(a, c, optarg)) >= 0)
			return rc;
	return nf_cli_need_model(TOOL, a->output, optind, argc);
}

/* The word lists: the files given, else the built-in ones. */
static int word_lists(struct args *a, struct nf_buf *cues, struct nf_buf *pats)
{
	int rc = 0;

	a->o.cues = (const char *)nf_data_hedge_cues;
	a->o.cues_len = nf_data_hedge_cues_len;
	a->o.cues_name = "built-in hedge-cues.txt";
	a->o.pats = (const char *)nf_data_hedge_patterns;
	a->o.pats_len = nf_data_hedge_patterns_len;
	a->o.pats_name = "built-in hedge-patterns.txt";
	if (a->cues_path && !(rc = nf_cli_read(TOOL, a->cues_path, cues))) {
		a->o.cues = cues->data ? cues->data : "";
		a->o.cues_len = cues->len;
		a->o.cues_name = a->cues_path;
	}
	if (!rc && a->pats_path && !(rc = nf_cli_read(TOOL, a->pats_path, pats))) {
		a->o.pats = pats->data ? pats->data : "";
		a->o.pats_len = pats->len;
		a->o.pats_name = a->pats_path;
	}
	return rc;
}

static int read_corpus(struct nf_hedge_corpus *c, const char *path, struct nf_sentsplit *ss)
{
	char err[512];

	if (nf_hedge_corpus_read(c, path, ss, err, sizeof(err)) == 0)
		return 0;
	fprintf(stderr, "%s: %s\n", TOOL, err);
	return strncmp(err, "cannot read", 11) == 0 ? NF_EXIT_NOINPUT :
	       strcmp(err, "out of memory") == 0 ? NF_EXIT_SOFTWARE : NF_EXIT_DATA;
}

/* The --weight of a training file, 1 if none. */
static float weight_of(const struct args *a, const char *path)
{
	size_t i;

	for (i = 0; i < a->nweights; i++)
		if (strlen(path) == a->weights[i].path_len &&
		    memcmp(path, a->weights[i].path, a->weights[i].path_len) == 0)
			return a->weights[i].w;
	return 1;
}

/* Reads a training file, weighing its records. */
static int read_train(const struct args *a, struct nf_hedge_corpus *c, const char *path,
		      struct nf_sentsplit *ss, struct nf_buf *notes)
{
	size_t first = c->ndocs;
	float w = weight_of(a, path);
	char note[64] = "";
	int rc = read_corpus(c, path, ss);

	for (; !rc && first < c->ndocs; first++)
		c->docs[first].weight = w;
	if (w != 1)
		snprintf(note, sizeof(note), " (weight %g)", (double)w);
	if (!rc && (nf_buf_addc(notes, ' ') < 0 || nf_buf_adds(notes, path) < 0 ||
		    nf_buf_adds(notes, note) < 0))
		rc = NF_EXIT_SOFTWARE;
	return rc;
}

/* Reads the training and dev files; notes lists the training files. */
static int read_data(struct args *a, char **paths, size_t n, struct nf_hedge_corpus *train,
		     struct nf_hedge_devset *dev, struct nf_buf *notes)
{
	struct nf_sentsplit ss;
	size_t i;
	int rc = 0;

	if (nf_sentsplit_init(&ss) < 0 || nf_buf_adds(notes, "trained on:") < 0) {
		nf_sentsplit_release(&ss);
		return NF_EXIT_SOFTWARE;
	}
	for (i = 0; i < n && !rc; i++)
		rc = read_train(a, train, paths[i], &ss, notes);
	for (i = 0; i < a->ndev && !rc; i++) {
		dev[i].name = a->dev[i];
		rc = read_corpus(&dev[i].c, a->dev[i], &ss);
	}
	if (!rc && nf_buf_addc(notes, '\n') < 0)
		rc = NF_EXIT_SOFTWARE;
	nf_sentsplit_release(&ss);
	return rc;
}

static int run(struct args *a, char **paths, size_t n)
{
	struct nf_buf cues = NF_BUF_INIT, pats = NF_BUF_INIT, notes = NF_BUF_INIT;
	struct nf_buf model = NF_BUF_INIT;
	struct nf_hedge_corpus train = { 0 };
	struct nf_hedge_devset dev[MAX_DEV];
	char err[512];
	size_t i;
	int rc;

	memset(dev, 0, sizeof(dev));
	rc = word_lists(a, &cues, &pats);
	if (!rc)
		rc = read_data(a, paths, n, &train, dev, &notes);
	a->o.notes = notes.data;
	if (!rc && nf_hedge_train(&train, dev, a->ndev, &a->o, &model, err, sizeof(err)) < 0) {
		fprintf(stderr, "%s: %s\n", TOOL, err);
		rc = strcmp(err, "out of memory") == 0 ? NF_EXIT_SOFTWARE : NF_EXIT_DATA;
	}
	if (!rc)
		rc = nf_cli_write(TOOL, a->output, &model);
	nf_hedge_corpus_release(&train);
	for (i = 0; i < a->ndev; i++)
		nf_hedge_corpus_release(&dev[i].c);
	nf_buf_release(&cues);
	nf_buf_release(&pats);
	nf_buf_release(&notes);
	nf_buf_release(&model);
	return rc;
}

int main(int argc, char **argv)
{
	struct args a;
	int rc;

	memset(&a, 0, sizeof(a));
	a.o.epochs = 10;
	a.o.orders = 4;
	a.o.seed = 1;
	a.o.min_weight = 0.01f;
	a.o.log = stderr;
	rc = parse_args(&a, argc, argv);
	if (rc >= 0)
		return rc;
	return run(&a, argv + optind, (size_t)(argc - optind));
}
