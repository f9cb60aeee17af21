/*
 * The syntax trainers' shared driver; see trainer.h.  Its messages name
 * the trainer (t->tool), as every tool's do.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "exitcode.h"
#include "sentsplit.h"
#include "trainer.h"

/* One run: the trainer, its command line, what readers get, the corpus. */
struct run {
	const struct nf_trainer *t;
	const struct nf_trainer_args *a;
	struct nf_trainer_env e;
	void *corpus;		/* t->corpus_size bytes */
};

/* Every long option; --explore is left out where the trainer has no -x. */
static const struct option all_options[] = {
	{ "output", required_argument, NULL, 'o' },
	{ "dev", required_argument, NULL, 'd' },
	{ "epochs", required_argument, NULL, 'e' },
	{ "seed", required_argument, NULL, 's' },
	{ "min-weight", required_argument, NULL, 'm' },
	{ "vocab-min", required_argument, NULL, 'v' },
	{ "explore", required_argument, NULL, 'x' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

#define NOPTIONS (sizeof(all_options) / sizeof(all_options[0]))

static void usage(const struct nf_trainer *t, FILE *fp)
{
	fprintf(fp,
		"Usage: %s [OPTION]... -o MODEL TRAIN.conllu...\n%s"
		"  -o, --output=MODEL     write the model to MODEL (required)\n"
		"  -d, --dev=FILE         %s\n"
		"  -e, --epochs=N         passes over the data (default %u)\n"
		"  -s, --seed=N           seed of the sentence order (default 1)\n"
		"  -m, --min-weight=X     drop smaller averaged weights (default 1)\n"
		"  -v, --vocab-min=N      compile in words seen N times or more (default 1)\n",
		t->tool, t->about, t->dev_help, t->epochs);
	if (t->explore >= 0)
		fprintf(fp,
			"  -x, --explore=P        follow the model's own choice in P%% of training\n"
			"                         transitions after the first epoch (default %d)\n",
			t->explore);
	fprintf(fp,
		"  -h, --help             show this help and exit\n"
		"  -V, --version          show the version and exit\n\n"
		"Exit status: 0 ok, 64 usage, 65 bad training data, 66 cannot read a file,\n"
		"70 internal error, 74 cannot write the model.\n"
		"See %s(1).\n",
		t->tool);
}

/* One option; returns -1 to go on, else an exit status. */
static int take_option(const struct nf_trainer *t, struct nf_trainer_args *a, int c,
		       const char *arg)
{
	switch (c) {
	case 'o': a->output = arg; return -1;
	case 'd':
		if (a->ndev == NF_TRAINER_MAX_DEV)
			return nf_cli_bad_value(t->tool, "--dev (too many)", arg);
		a->dev[a->ndev++] = arg;
		return -1;
	case 'e': return nf_cli_unsigned(t->tool, "--epochs", arg, 1, 1000, &a->epochs);
	case 's': return nf_cli_number(t->tool, "--seed", arg, 0, 0xFFFFFFFFUL, &a->seed);
	case 'v': return nf_cli_unsigned(t->tool, "--vocab-min", arg, 1, 1000000, &a->vocab_min);
	case 'x': return nf_cli_unsigned(t->tool, "--explore", arg, 0, 100, &a->explore);
	case 'm':
		return nf_cli_nonneg(t->tool, "--min-weight", arg, &a->min_weight) ?
		       NF_EXIT_USAGE : -1;
	case 'h':
		usage(t, stdout);
		return fflush(stdout) ? NF_EXIT_IOERR : NF_EXIT_OK;
	case 'V': return nf_cli_version(t->tool);
	default: return nf_cli_try_help(t->tool);
	}
}

int nf_trainer_args(const struct nf_trainer *t, struct nf_trainer_args *a, int argc,
		    char **argv)
{
	struct option opts[NOPTIONS];
	const char *shorts = t->explore >= 0 ? "o:d:e:s:m:v:x:hV" : "o:d:e:s:m:v:hV";
	size_t i, k = 0;
	int c, rc;

	memset(a, 0, sizeof(*a));
	a->epochs = t->epochs;
	a->seed = 1;
	a->min_weight = 1.0f;
	a->vocab_min = 1;
	a->explore = t->explore >= 0 ? (unsigned)t->explore : 0;
	for (i = 0; i < NOPTIONS; i++)
		if (all_options[i].val != 'x' || t->explore >= 0)
			opts[k++] = all_options[i];
	while ((c = getopt_long(argc, argv, shorts, opts, NULL)) != -1)
		if ((rc = take_option(t, a, c, optarg)) >= 0)
			return rc;
	a->paths = argv + optind;
	a->npaths = (size_t)(argc - optind);
	return nf_cli_need_model(t->tool, a->output, optind, argc);
}

static int out_of_memory(const char *tool)
{
	fprintf(stderr, "%s: out of memory\n", tool);
	return NF_EXIT_SOFTWARE;
}

/* Reads one CoNLL-U file into r's corpus. */
static int read_conllu(const struct run *r, const char *path)
{
	struct nf_buf b = NF_BUF_INIT;
	char err[512];
	int rc;

	if ((rc = nf_cli_read(r->t->tool, path, &b)) != 0)
		return rc;
	if (r->t->read(&r->e, r->corpus, b.data ? b.data : "", b.len, path, err, sizeof(err)) < 0) {
		fprintf(stderr, "%s: %s\n", r->t->tool, err);
		rc = strcmp(err, "out of memory") == 0 ? NF_EXIT_SOFTWARE : NF_EXIT_DATA;
	}
	nf_buf_release(&b);
	return rc;
}

/* The scores of the model just written on each --dev file, read into r's corpus. */
static int measure(const struct run *r, const struct nf_buf *model)
{
	const struct nf_trainer *t = r->t;
	void *m = calloc(1, t->model_size);
	char err[512];
	size_t i;
	int rc = 0;

	if (!m)
		return out_of_memory(t->tool);
	if (t->load(m, (const unsigned char *)model->data, model->len, err, sizeof(err)) < 0) {
		fprintf(stderr, "%s: the new model does not load: %s\n", t->tool, err);
		free(m);
		return NF_EXIT_SOFTWARE;
	}
	for (i = 0; i < r->a->ndev && !rc; i++) {
		memset(r->corpus, 0, t->corpus_size);
		rc = read_conllu(r, r->a->dev[i]);
		if (!rc && t->evaluate(m, r->corpus, r->a->dev[i]) < 0)
			rc = out_of_memory(t->tool);
		t->corpus_release(r->corpus);
	}
	t->model_release(m);
	free(m);
	return rc;
}

/* "trained on: FILE... (options)" for the model's notes. */
static int notes_of(const struct nf_trainer *t, const struct nf_trainer_args *a,
		    struct nf_buf *notes)
{
	char tail[160];
	size_t i;
	int rc = nf_buf_adds(notes, "trained on:");

	for (i = 0; i < a->npaths && !rc; i++)
		rc = nf_cli_add_name(notes, a->paths[i]);
	snprintf(tail, sizeof(tail), " (%u epochs, seed %lu, min weight %g, vocab min %u", a->epochs,
		 a->seed, (double)a->min_weight, a->vocab_min);
	if (!rc)
		rc = nf_buf_adds(notes, tail);
	if (!rc && t->explore >= 0) {
		snprintf(tail, sizeof(tail), ", explore %u%%", a->explore);
		rc = nf_buf_adds(notes, tail);
	}
	return rc || nf_buf_adds(notes, ")\n") ? -1 : 0;
}

/* Reads the training files, trains, writes the model and measures it. */
static int train(const struct run *r)
{
	const struct nf_trainer *t = r->t;
	struct nf_buf model = NF_BUF_INIT, notes = NF_BUF_INIT;
	size_t i;
	int rc = 0;

	for (i = 0; i < r->a->npaths && !rc; i++)
		rc = read_conllu(r, r->a->paths[i]);
	if (!rc && t->tokens(r->corpus) == 0) {
		fprintf(stderr, "%s: no sentences in the training files\n", t->tool);
		rc = NF_EXIT_DATA;
	}
	if (!rc && notes_of(t, r->a, &notes) < 0)
		rc = out_of_memory(t->tool);
	if (!rc && t->train(r->corpus, r->a, notes.data, &model) < 0)
		rc = out_of_memory(t->tool);
	t->corpus_release(r->corpus);
	if (!rc)
		rc = nf_cli_write(t->tool, r->a->output, &model);
	if (!rc)
		rc = measure(r, &model);
	nf_buf_release(&model);
	nf_buf_release(&notes);
	return rc;
}

int nf_trainer_run(const struct nf_trainer *t, const struct nf_trainer_args *a,
		   const void *ctx)
{
	struct nf_sentsplit ss;	/* for its abbreviations, as the stages tokenize */
	struct run r = { t, a, { NULL, ctx }, NULL };
	int rc;

	if (nf_sentsplit_init(&ss) < 0)
		return out_of_memory(t->tool);
	r.e.abbrev = &ss.abbrev;
	r.corpus = calloc(1, t->corpus_size);
	rc = r.corpus ? train(&r) : out_of_memory(t->tool);
	free(r.corpus);
	nf_sentsplit_release(&ss);
	return rc;
}

double nf_trainer_pct(size_t ok, size_t n)
{
	return n ? 100.0 * (double)ok / (double)n : 0.0;
}
