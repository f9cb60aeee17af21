/*
 * train-sources: trains the link-sources model (cue tagger, source and
 * content choosers) on gold attributions and writes a model file.  The
 * work is in lib/attr_corpus.c and lib/attr_train.c.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attr_train.h"
#include "syntax.h"
#include "data.h"
#include "driver.h"
#include "cli.h"
#include "exitcode.h"
#include "file.h"

#define TOOL "train-sources"

struct args {
	const char *output;
	const char *cues_path;
	struct nf_attr_train_opts o;
};

static void usage(FILE *fp)
{
	fprintf(fp,
		"Usage: %s [OPTION]... -o MODEL TRAIN...\n"
		"Train the link-sources model on gold TRAIN files (JSON Lines with \"text\"\n"
		"and \"attributions\" with \"cue\", \"source\", \"content\" spans in code points)\n"
		"and write it to MODEL.\n\n"
		"  -o, --output=MODEL     write the model to MODEL (required)\n"
		"      --cues=FILE        cue words (default: the built-in data/source-cues.txt)\n"
		"  -e, --epochs=N         passes over the data (default 8)\n"
		"  -s, --seed=N           document order seed (default 1)\n"
		"  -m, --min-weight=X     drop smaller averaged weights (default 0.01)\n"
		"  -q, --quiet            do not report each epoch on standard error\n"
		"  -h, --help             show this help and exit\n"
		"  -V, --version          show the version and exit\n\n"
		"Exit status: 0 ok, 64 usage, 65 bad training data or cue words,\n"
		"66 cannot read a file, 70 internal error, 74 cannot write the model.\n"
		"See %s(1).\n",
		TOOL, TOOL);
}

/* One option; returns -1 to go on, else an exit status. */
static int take_option(struct args *a, int c, const char *arg)
{
	switch (c) {
	case 'o': a->output = arg; return -1;
	case 'C': a->cues_path = arg; return -1;
	case 'q': a->o.log = NULL; return -1;
	case 'e': return nf_cli_unsigned(TOOL, "--epochs", arg, 1, 1000, &a->o.epochs);
	case 's': return nf_cli_number(TOOL, "--seed", arg, 0, 0xFFFFFFFFUL, &a->o.seed);
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
		{ "cues", required_argument, NULL, 'C' },
		{ "epochs", required_argument, NULL, 'e' },
		{ "seed", required_argument, NULL, 's' },
		{ "min-weight", required_argument, NULL, 'm' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	int c, rc;

	while ((c = getopt_long(argc, argv, "o:e:s:m:qhV", opts, NULL)) != -1)
		if ((rc = take_option(a, c, optarg)) >= 0)
			return rc;
	return nf_cli_need_model(TOOL, a->output, optind, argc);
}

static int status_of(const char *err)
{
	return strncmp(err, "cannot read", 11) == 0 ? NF_EXIT_NOINPUT :
	       strcmp(err, "out of memory") == 0 ? NF_EXIT_SOFTWARE : NF_EXIT_DATA;
}

/* Reads the training files; notes records what they were. */
static int read_data(char **paths, size_t n, struct nf_sentsplit *ss,
		     struct nf_attr_corpus *c, struct nf_buf *notes)
{
	char err[512];
	size_t i;

	if (nf_buf_adds(notes, "train-sources " NF_VERSION "; trained on:") < 0)
		return NF_EXIT_SOFTWARE;
	for (i = 0; i < n; i++) {
		if (nf_attr_corpus_read(c, paths[i], ss, err, sizeof(err)) < 0) {
			fprintf(stderr, "%s: %s\n", TOOL, err);
			return status_of(err);
		}
		if (nf_cli_add_name(notes, paths[i]) < 0)
			return NF_EXIT_SOFTWARE;
	}
	return nf_buf_addc(notes, '\n') < 0 ? NF_EXIT_SOFTWARE : 0;
}

static int run(struct args *a, char **paths, size_t n)
{
	struct nf_buf cues = NF_BUF_INIT, notes = NF_BUF_INIT, model = NF_BUF_INIT;
	struct nf_attr_corpus c = { 0 };
	struct nf_sentsplit ss;
	struct nf_syntax syn;
	char err[512];
	int rc = 0;

	if (nf_syntax_load(&syn, err, sizeof(err)) < 0) {
		fprintf(stderr, "%s: %s\n", TOOL, err);
		return NF_EXIT_SOFTWARE;
	}
	a->o.pos = &syn.pos;
	a->o.dep = &syn.dep;
	if (nf_sentsplit_init(&ss) < 0) {
		nf_syntax_release(&syn);
		return NF_EXIT_SOFTWARE;
	}
	a->o.cues = (const char *)nf_data_source_cues;
	a->o.cues_len = nf_data_source_cues_len;
	if (a->cues_path) {
		rc = nf_cli_read(TOOL, a->cues_path, &cues);
		a->o.cues = cues.data ? cues.data : "";
		a->o.cues_len = cues.len;
	}
	if (!rc)
		rc = read_data(paths, n, &ss, &c, &notes);
	if (!rc && c.ndocs == 0) {
		fprintf(stderr, "%s: no training documents\n", TOOL);
		rc = NF_EXIT_DATA;
	}
	a->o.notes = notes.data;
	if (!rc && nf_attr_train(&c, &a->o, &ss.abbrev, &model, err, sizeof(err)) < 0) {
		fprintf(stderr, "%s: %s\n", TOOL, err);
		rc = status_of(err);
	}
	if (!rc)
		rc = nf_cli_write(TOOL, a->output, &model);
	nf_attr_corpus_release(&c);
	nf_sentsplit_release(&ss);
	nf_syntax_release(&syn);
	nf_buf_release(&cues);
	nf_buf_release(&notes);
	nf_buf_release(&model);
	return rc;
}

int main(int argc, char **argv)
{
	struct args a;
	int rc;

	memset(&a, 0, sizeof(a));
	a.o.epochs = 8;
	a.o.seed = 1;
	a.o.min_weight = 0.01f;
	a.o.log = stderr;
	rc = parse_args(&a, argc, argv);
	if (rc >= 0)
		return rc;
	return run(&a, argv + optind, (size_t)(argc - optind));
}
