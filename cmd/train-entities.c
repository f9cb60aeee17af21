/*
 * train-entities: trains the tag-entities model from gold data and writes
 * a model file.  The work is in lib/ner_train.c.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "driver.h"
#include "cli.h"
#include "exitcode.h"
#include "file.h"
#include "ner_train.h"

#define TOOL "train-entities"

struct args {
	const char *output;
	const char *clusters;
	const char *dev[16];
	size_t ndev;
	unsigned case_every;	/* --case-copies */
	struct nf_ner_train_opts o;
};

static void usage(FILE *fp)
{
	fprintf(fp,
		"Usage: %s [OPTION]... -o MODEL TRAIN...\n"
		"Train the tag-entities model on gold TRAIN files (CoNLL-style JSON Lines,\n"
		"JSON Lines documents with \"ner\"/\"entities\" spans, or CoNLL columns).\n\n"
		"  -o, --output=MODEL     write the model to MODEL (required)\n"
		"  -d, --dev=FILE         report dev figures on FILE after each epoch\n"
		"  -c, --clusters=FILE    word clusters, 'word<TAB>number' lines\n"
		"  -e, --epochs=N         passes over the data (default 10)\n"
		"  -s, --seed=N           document order seed (default 1)\n"
		"  -m, --min-weight=X     drop smaller averaged weights (default 0.01)\n"
		"  -p, --prune=MARGIN     settle a token as O without its context when its\n"
		"                         own features favour O by MARGIN (default 60; 0: off)\n"
		"  -C, --case-copies=N    of every N documents, also train on one in lower\n"
		"                         and one in upper case (default 0: none)\n"
		"  -h, --help             show this help and exit\n"
		"  -V, --version          show the version and exit\n\n"
		"Exit status: 0 ok, 64 usage, 65 bad training data, 66 cannot read a\n"
		"file, 70 internal error, 74 cannot write the model.  See %s(1).\n",
		TOOL, TOOL);
}

static int parse_uint(const char *s, unsigned *out)
{
	unsigned long v;

	if (nf_cli_ulong(s, 1000000, &v) < 0)
		return -1;
	*out = (unsigned)v;
	return 0;
}

/* Returns -1 to go on, else an exit status. */
static int parse_args(struct args *a, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "dev", required_argument, NULL, 'd' },
		{ "clusters", required_argument, NULL, 'c' },
		{ "epochs", required_argument, NULL, 'e' },
		{ "seed", required_argument, NULL, 's' },
		{ "min-weight", required_argument, NULL, 'm' },
		{ "case-copies", required_argument, NULL, 'C' },
		{ "prune", required_argument, NULL, 'p' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	int c;
	char *end;

	while ((c = getopt_long(argc, argv, "o:d:c:e:s:m:C:p:hV", opts, NULL)) != -1) {
		switch (c) {
		case 'o': a->output = optarg; break;
		case 'c': a->clusters = optarg; break;
		case 'd':
			if (a->ndev == sizeof(a->dev) / sizeof(a->dev[0]))
				goto bad;
			a->dev[a->ndev++] = optarg;
			break;
		case 'e': if (parse_uint(optarg, &a->o.epochs) < 0 || !a->o.epochs) goto bad; break;
		case 's': if (parse_uint(optarg, &a->o.seed) < 0) goto bad; break;
		case 'C': if (parse_uint(optarg, &a->case_every) < 0) goto bad; break;
		case 'p':
			a->o.prune = strtof(optarg, &end);
			if (*end || !(a->o.prune >= 0))
				goto bad;
			break;
		case 'm':
			a->o.min_weight = strtof(optarg, &end);
			if (*end || a->o.min_weight < 0)
				goto bad;
			break;
		case 'h': usage(stdout); return fflush(stdout) ? NF_EXIT_IOERR : NF_EXIT_OK;
		case 'V': return nf_cli_version(TOOL);
		default: goto bad;
		}
	}
	if (a->output && optind < argc)
		return -1;
	fprintf(stderr, "%s: give -o MODEL and at least one TRAIN file\n", TOOL);
bad:
	fprintf(stderr, "Try '%s --help' for more information.\n", TOOL);
	return NF_EXIT_USAGE;
}

static int load_all(struct nf_ner_corpus *c, char **paths, size_t n)
{
	char err[512];
	size_t i;

	for (i = 0; i < n; i++)
		if (nf_ner_corpus_load(c, paths[i], err, sizeof(err)) < 0) {
			fprintf(stderr, "%s: %s\n", TOOL, err);
			return strncmp(err, "cannot read", 11) == 0 ? NF_EXIT_NOINPUT : NF_EXIT_DATA;
		}
	return 0;
}

static int run(struct args *a, char **train_paths, size_t ntrain)
{
	struct nf_ner_corpus train = { 0 }, dev = { 0 };
	struct nf_buf clusters = NF_BUF_INIT, model = NF_BUF_INIT;
	char err[512];
	int rc;

	rc = load_all(&train, train_paths, ntrain);
	if (!rc)
		rc = load_all(&dev, (char **)a->dev, a->ndev);
	if (!rc && a->clusters)
		rc = nf_cli_read(TOOL, a->clusters, &clusters);
	a->o.clusters = clusters.data;
	a->o.clusters_len = clusters.len;
	if (!rc && a->case_every && nf_ner_corpus_add_case_copies(&train, a->case_every) < 0) {
		fprintf(stderr, "%s: out of memory\n", TOOL);
		rc = NF_EXIT_SOFTWARE;
	}
	if (!rc && train.n == 0) {
		fprintf(stderr, "%s: no training documents: give gold files with entities\n", TOOL);
		rc = NF_EXIT_DATA;
	}
	if (!rc) {
		fprintf(stderr, "%s: %zu training documents, %zu dev documents\n", TOOL, train.n, dev.n);
		rc = nf_ner_train(&train, &dev, &a->o, &model, err, sizeof(err));
		if (rc < 0)
			fprintf(stderr, "%s: %s\n", TOOL, err);
		rc = rc == -2 ? NF_EXIT_DATA : rc < 0 ? NF_EXIT_SOFTWARE : 0;
	}
	if (!rc)
		rc = nf_cli_write(TOOL, a->output, &model);
	nf_ner_corpus_release(&train);
	nf_ner_corpus_release(&dev);
	nf_buf_release(&clusters);
	nf_buf_release(&model);
	return rc;
}

int main(int argc, char **argv)
{
	struct args a;
	int rc;

	memset(&a, 0, sizeof(a));
	a.o.epochs = 10;
	a.o.seed = 1;
	a.o.min_weight = 0.01f;
	a.o.prune = NF_NER_PRUNE_DEFAULT;
	a.o.log = stderr;
	rc = parse_args(&a, argc, argv);
	if (rc >= 0)
		return rc;
	return run(&a, argv + optind, (size_t)(argc - optind));
}
