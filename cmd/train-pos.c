/*
 * train-pos: trains the part-of-speech tagger on Universal Dependencies
 * CoNLL-U files, writes the model, and reports dev accuracy.  The work is
 * in lib/pos_train.c and lib/pos_conllu.c.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "exitcode.h"
#include "file.h"
#include "pos_train.h"
#include "sentsplit.h"

#define TOOL "train-pos"
#define MAX_DEV 8

struct args {
	const char *output;
	const char *dev[MAX_DEV];
	size_t ndev;
	struct nf_pos_train_opts o;
};

static void usage(FILE *fp)
{
	fprintf(fp,
		"Usage: %s [OPTION]... -o MODEL TRAIN.conllu...\n"
		"Train the part-of-speech tagger (UD UPOS tags) on CoNLL-U files, on the\n"
		"project's own tokens, and write the model to MODEL.\n\n"
		"  -o, --output=MODEL     write the model to MODEL (required)\n"
		"  -d, --dev=FILE         report accuracy on the CoNLL-U FILE after training\n"
		"  -e, --epochs=N         passes over the data (default 12)\n"
		"  -s, --seed=N           seed of the sentence order (default 1)\n"
		"  -m, --min-weight=X     drop smaller averaged weights (default 1)\n"
		"  -v, --vocab-min=N      compile in words seen N times or more (default 1)\n"
		"  -h, --help             show this help and exit\n"
		"  -V, --version          show the version and exit\n\n"
		"Exit status: 0 ok, 64 usage, 65 bad training data, 66 cannot read a file,\n"
		"70 internal error, 74 cannot write the model.\n"
		"See %s(1).\n",
		TOOL, TOOL);
}

/* One option; returns -1 to go on, else an exit status. */
static int take_option(struct args *a, int c, const char *arg)
{
	unsigned long v = 0;
	int rc;

	switch (c) {
	case 'o': a->output = arg; return -1;
	case 'd':
		if (a->ndev == MAX_DEV)
			return nf_cli_bad_value(TOOL, "--dev (too many)", arg);
		a->dev[a->ndev++] = arg;
		return -1;
	case 'e':
		rc = nf_cli_number(TOOL, "--epochs", arg, 1, 1000, &v);
		a->o.epochs = (unsigned)v;
		return rc;
	case 's':
		rc = nf_cli_number(TOOL, "--seed", arg, 0, 0xFFFFFFFFUL, &v);
		a->o.seed = v;
		return rc;
	case 'v':
		rc = nf_cli_number(TOOL, "--vocab-min", arg, 1, 1000000, &v);
		a->o.vocab_min = (unsigned)v;
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
		{ "epochs", required_argument, NULL, 'e' },
		{ "seed", required_argument, NULL, 's' },
		{ "min-weight", required_argument, NULL, 'm' },
		{ "vocab-min", required_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	int c, rc;

	while ((c = getopt_long(argc, argv, "o:d:e:s:m:v:hV", opts, NULL)) != -1)
		if ((rc = take_option(a, c, optarg)) >= 0)
			return rc;
	return nf_cli_need_model(TOOL, a->output, optind, argc);
}

/* Reads one CoNLL-U file into c. */
static int read_conllu(struct nf_pos_corpus *c, const char *path,
		       const struct nf_lexicon *abbrev)
{
	struct nf_buf b = NF_BUF_INIT;
	char err[512];
	int rc = 0;

	if ((rc = nf_cli_read(TOOL, path, &b)) != 0)
		return rc;
	if (nf_pos_conllu_read(c, b.data ? b.data : "", b.len, path, abbrev, err,
			       sizeof(err)) < 0) {
		fprintf(stderr, "%s: %s\n", TOOL, err);
		rc = strcmp(err, "out of memory") == 0 ? NF_EXIT_SOFTWARE : NF_EXIT_DATA;
	}
	nf_buf_release(&b);
	return rc;
}

static double pct(size_t ok, size_t n)
{
	return n ? 100.0 * (double)ok / (double)n : 0.0;
}

/* Accuracy of the model just written on each --dev file. */
static int report_dev(const struct args *a, const struct nf_buf *model,
		      const struct nf_lexicon *abbrev)
{
	struct nf_pos_model m;
	struct nf_pos_corpus dev;
	struct nf_pos_score s;
	char err[512];
	size_t i;
	int rc = 0;

	if (nf_pos_model_load(&m, (const unsigned char *)model->data, model->len, err,
			      sizeof(err)) < 0) {
		fprintf(stderr, "%s: the new model does not load: %s\n", TOOL, err);
		return NF_EXIT_SOFTWARE;
	}
	for (i = 0; i < a->ndev && !rc; i++) {
		memset(&dev, 0, sizeof(dev));
		rc = read_conllu(&dev, a->dev[i], abbrev);
		if (!rc && nf_pos_evaluate(&m, &dev, &s) < 0)
			rc = NF_EXIT_SOFTWARE;
		if (!rc)
			fprintf(stderr, "%s: our tokens %.2f%% of %zu, UD words %.2f%% of %zu\n",
				a->dev[i], pct(s.ok, s.n), s.n, pct(s.ud_ok, s.ud_n), s.ud_n);
		nf_pos_corpus_release(&dev);
	}
	nf_pos_model_release(&m);
	return rc;
}

/* "trained on: FILE... (N epochs, seed S)" for the model's notes. */
static int notes_of(const struct args *a, char **paths, size_t n, struct nf_buf *notes)
{
	char tail[96];
	size_t i;
	int rc = nf_buf_adds(notes, "trained on:");

	for (i = 0; i < n && !rc; i++)
		rc = nf_cli_add_name(notes, paths[i]);
	snprintf(tail, sizeof(tail), " (%u epochs, seed %lu, min weight %g, vocab min %u)\n",
		 a->o.epochs, a->o.seed, (double)a->o.min_weight, a->o.vocab_min);
	return rc || nf_buf_adds(notes, tail) ? -1 : 0;
}

static int train(struct args *a, char **paths, size_t n, const struct nf_lexicon *abbrev)
{
	struct nf_pos_corpus c;
	struct nf_buf model = NF_BUF_INIT, notes = NF_BUF_INIT;
	size_t i;
	int rc = 0;

	memset(&c, 0, sizeof(c));
	for (i = 0; i < n && !rc; i++)
		rc = read_conllu(&c, paths[i], abbrev);
	if (!rc && c.ntoks == 0) {
		fprintf(stderr, "%s: no sentences in the training files\n", TOOL);
		rc = NF_EXIT_DATA;
	}
	if (!rc && notes_of(a, paths, n, &notes) < 0)
		rc = NF_EXIT_SOFTWARE;
	a->o.notes = notes.data;
	if (!rc && nf_pos_train(&c, &a->o, &model) < 0) {
		fprintf(stderr, "%s: out of memory\n", TOOL);
		rc = NF_EXIT_SOFTWARE;
	}
	nf_pos_corpus_release(&c);
	if (!rc)
		rc = nf_cli_write(TOOL, a->output, &model);
	if (!rc)
		rc = report_dev(a, &model, abbrev);
	nf_buf_release(&model);
	nf_buf_release(&notes);
	return rc;
}

int main(int argc, char **argv)
{
	struct nf_sentsplit ss;	/* for its abbreviations, as the stages tokenize */
	struct args a;
	int rc;

	memset(&a, 0, sizeof(a));
	a.o.epochs = 12;
	a.o.seed = 1;
	a.o.min_weight = 1.0f;
	a.o.vocab_min = 1;
	a.o.log = stderr;
	rc = parse_args(&a, argc, argv);
	if (rc >= 0)
		return rc;
	if (nf_sentsplit_init(&ss) < 0) {
		fprintf(stderr, "%s: out of memory\n", TOOL);
		return NF_EXIT_SOFTWARE;
	}
	rc = train(&a, argv + optind, (size_t)(argc - optind), &ss.abbrev);
	nf_sentsplit_release(&ss);
	return rc;
}
