/*
 * train-sources: trains the link-sources model (cue tagger, source and
 * content choosers) on gold attributions and writes a model file.  The
 * work is in lib/sources/attr_corpus.c and lib/sources/attr_train.c; the command line
 * and the run are the trainers' driver (lib/learn/trainer.c), given here what
 * is the attribution model's own: its cue words, the syntax models that
 * tag and parse the documents, and --quiet.
 */
#include <stdio.h>

#include "attr_train.h"
#include "cli.h"
#include "data.h"
#include "driver.h"
#include "exitcode.h"
#include "syntax.h"
#include "trainer.h"

#define TOOL "train-sources"

/* The options of its own, and what start loads. */
struct own {
	const char *cues_path;
	int quiet;
	struct nf_buf cues;
	struct nf_syntax syn;
};

enum { OPT_CUES, OPT_QUIET };

static const struct nf_trainer_opt opts[] = {
	[OPT_CUES] = { "cues", 0, "FILE", "cue words (default: the built-in data/source-cues.txt)" },
	[OPT_QUIET] = { "quiet", 'q', NULL, "do not report each epoch on standard error" },
};

static int option(void *own, int id, const char *arg, struct nf_error *err)
{
	struct own *o = own;

	(void)err;
	if (id == OPT_CUES)
		o->cues_path = arg;
	else
		o->quiet = 1;
	return 0;
}

/* Loads the syntax models and reads the --cues file. */
static int start(void *own, struct nf_error *err)
{
	struct own *o = own;

	if (nf_syntax_load(&o->syn, err) < 0)
		return -1;
	if (o->cues_path && nf_cli_read(TOOL, o->cues_path, &o->cues) != 0)
		return nf_fail(err, NF_EXIT_NOINPUT, "%s", "");
	return 0;
}

static void finish(void *own)
{
	struct own *o = own;

	nf_syntax_release(&o->syn);
	nf_buf_release(&o->cues);
}

static int record(void *ctx, json_t *root, size_t lineno, struct nf_error *err)
{
	const struct nf_trainer_env *e = ctx;

	(void)lineno;
	return nf_attr_corpus_add_record(e->corpus, root, e->ss, err);
}

static size_t docs(const void *c)
{
	return ((const struct nf_attr_corpus *)c)->ndocs;
}

static void corpus_release(void *c)
{
	nf_attr_corpus_release(c);
}

static int notes(const struct nf_trainer_env *e, struct nf_buf *out)
{
	if (nf_buf_adds(out, TOOL " " NF_VERSION "; trained on:") < 0 ||
	    nf_trainer_note_names(e->a, out) < 0)
		return -1;
	return nf_buf_addc(out, '\n');
}

static int train(const struct nf_trainer_env *e, void *c, void *dev, size_t ndev,
		 const char *notes, struct nf_buf *out, struct nf_error *err)
{
	const struct own *o = e->own;
	struct nf_attr_train_opts t = {
		.epochs = e->a->epochs, .seed = e->a->seed, .min_weight = e->a->min_weight,
		.cues = (const char *)nf_data_source_cues, .cues_len = nf_data_source_cues_len,
		.notes = notes, .log = o->quiet ? NULL : stderr, .pos = &o->syn.pos,
		.dep = &o->syn.dep
	};

	(void)dev, (void)ndev;
	if (o->cues_path) {
		t.cues = o->cues.data ? o->cues.data : "";
		t.cues_len = o->cues.len;
	}
	return nf_attr_train(c, &t, e->abbrev, out, err);
}

static const struct nf_trainer trainer = {
	.tool = TOOL,
	.operands = "-o MODEL TRAIN...",
	.about = "Train the link-sources model on gold TRAIN files (JSON Lines with \"text\"\n"
		 "and \"attributions\" with \"cue\", \"source\", \"content\" spans in code points)\n"
		 "and write it to MODEL.\n\n",
	.output_arg = "MODEL",
	.output_help = "write the model to MODEL (required)",
	.has = NF_TRAINER_EPOCHS | NF_TRAINER_SEED | NF_TRAINER_MIN_WEIGHT,
	.epochs_help = "passes over the data",
	.seed_help = "document order seed",
	.epochs = 8,
	.min_weight = 0.01f,
	.opts = opts,
	.nopts = sizeof(opts) / sizeof(opts[0]),
	.option = option,
	.exit_help = "Exit status: 0 ok, 64 usage, 65 bad training data or cue words,\n"
		     "66 cannot read a file, 70 internal error, 74 cannot write the model.\n",
	.start = start,
	.finish = finish,
	.corpus_size = sizeof(struct nf_attr_corpus),
	.read = { .record = record },
	.count = docs,
	.empty = "no training documents",
	.corpus_release = corpus_release,
	.notes = notes,
	.train = train,
};

int main(int argc, char **argv)
{
	struct own o = { .cues = NF_BUF_INIT };

	return nf_trainer_main(&trainer, &o, argc, argv);
}
