/*
 * train-entities: trains the tag-entities model from gold data and writes
 * a model file.  The work is in lib/entities/ner_data.c (reading gold data) and
 * lib/entities/ner_train.c; the command line and the run are the trainers' driver
 * (lib/learn/trainer.c), given here what is the entity tagger's own: word
 * clusters, extra gazetteer names, pruning, case copies and auxiliary
 * training files.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "errors.h"
#include "exitcode.h"
#include "ner_train.h"
#include "trainer.h"

#define TOOL "train-entities"

enum { MAX_AUX = 8 };

/* The options of its own, and the clusters file start reads. */
struct own {
	const char *clusters_path;
	unsigned case_every;
	float prune;
	struct nf_buf clusters;
	const char *gazetteer_path;
	struct nf_buf gazetteer;
	const char *aux[MAX_AUX];	/* -A: TRAIN files of another kind of text */
	size_t naux;
	const char *weighed[MAX_AUX];	/* -W: TRAIN files whose updates are scaled */
	float weight[MAX_AUX];
	size_t nweighed;
};

/* A corpus, and the document being built from the file being read. */
struct corpus {
	struct nf_ner_corpus c;
	struct nf_ner_gold *g;
};

enum { OPT_CLUSTERS, OPT_PRUNE, OPT_CASE, OPT_AUX, OPT_GAZ, OPT_WEIGHT };

static const struct nf_trainer_opt opts[] = {
	[OPT_CLUSTERS] = { "clusters", 'c', "FILE", "word clusters, 'word<TAB>number' lines" },
	[OPT_PRUNE] = { "prune", 'p', "MARGIN", "settle a token as O without its context when its\n"
			"own features favour O by MARGIN (default 60; 0: off)" },
	[OPT_CASE] = { "case-copies", 'C', "N", "of every N documents, also train on one in lower\n"
		       "and one in upper case (default 0: none)" },
	[OPT_AUX] = { "aux", 'A', "FILE", "the TRAIN file FILE is another kind of text: its\n"
		      "documents also train weights of their own, never used\n"
		      "when tagging (up to 8 files)" },
	[OPT_GAZ] = { "gazetteer", 'g', "FILE", "extra names for the gazetteer, 'name<TAB>TYPE'\n"
		      "lines, TYPE one of PER ORG LOC MISC" },
	[OPT_WEIGHT] = { "weight", 'W', "W:FILE", "scale the updates learnt from the TRAIN file FILE\n"
			 "by W (default 1; 2 counts it as if given twice, without\n"
			 "its copies seeing its own names in the gazetteer)" },
};

/* -W W:FILE */
static int weight_option(struct own *o, const char *arg, struct nf_error *err)
{
	const char *colon = strchr(arg, ':');
	char num[32];
	float w;

	if (!colon || colon == arg || (size_t)(colon - arg) >= sizeof(num) || !colon[1])
		return nf_fail(err, NF_EXIT_USAGE, "--weight wants W:FILE, as 2:train.jsonl; got '%s'",
			       arg);
	if (o->nweighed == MAX_AUX)
		return nf_fail(err, NF_EXIT_USAGE, "more than %d --weight files; merge some", MAX_AUX);
	memcpy(num, arg, (size_t)(colon - arg));
	num[colon - arg] = 0;
	if (nf_cli_nonneg("--weight", num, &w, err) != 0)
		return -1;
	o->weighed[o->nweighed] = colon + 1;
	o->weight[o->nweighed++] = w;
	return 0;
}

static int option(void *own, int id, const char *arg, struct nf_error *err)
{
	struct own *o = own;

	switch (id) {
	case OPT_CLUSTERS: o->clusters_path = arg; return 0;
	case OPT_PRUNE: return nf_cli_nonneg("--prune", arg, &o->prune, err);
	case OPT_GAZ: o->gazetteer_path = arg; return 0;
	case OPT_WEIGHT: return weight_option(o, arg, err);
	case OPT_AUX:
		if (o->naux == MAX_AUX)
			return nf_fail(err, NF_EXIT_USAGE, "more than %d --aux files; merge some",
				       MAX_AUX);
		o->aux[o->naux++] = arg;
		return 0;
	default: return nf_cli_unsigned("--case-copies", arg, 0, 1000000, &o->case_every, err);
	}
}

static int start(void *own, struct nf_error *err)
{
	struct own *o = own;

	if (o->clusters_path && nf_cli_read(TOOL, o->clusters_path, &o->clusters) != 0)
		return nf_fail(err, NF_EXIT_NOINPUT, "%s", "");
	if (o->gazetteer_path && nf_cli_read(TOOL, o->gazetteer_path, &o->gazetteer) != 0)
		return nf_fail(err, NF_EXIT_NOINPUT, "%s", "");
	return 0;
}

static void finish(void *own)
{
	nf_buf_release(&((struct own *)own)->clusters);
	nf_buf_release(&((struct own *)own)->gazetteer);
}

/* The corpus being read, with its document builder made when first needed. */
static struct corpus *building(const struct nf_trainer_env *e, struct nf_error *err)
{
	struct corpus *c = e->corpus;

	if (!c->g && !(c->g = nf_ner_gold_new())) {
		nf_trainer_oom(err);
		return NULL;
	}
	return c;
}

/* Marks the documents from before on with the domain and weight of the file being read. */
static void mark(const struct nf_trainer_env *e, struct corpus *c, size_t before)
{
	const struct own *o = e->own;
	unsigned dom = 0;
	float w = 1;
	size_t i;

	for (i = 0; i < o->naux && !e->dev && !dom; i++)
		if (strcmp(e->path, o->aux[i]) == 0)
			dom = (unsigned)i + 1;
	for (i = 0; i < o->nweighed && !e->dev; i++)
		if (strcmp(e->path, o->weighed[i]) == 0)
			w = o->weight[i];
	for (i = before; i < c->c.n; i++) {
		c->c.docs[i].domain = dom;
		c->c.docs[i].weight = w;
	}
}

static int record(void *ctx, json_t *root, size_t lineno, struct nf_error *err)
{
	struct corpus *c = building(ctx, err);
	size_t before;
	int rc;

	if (!c)
		return -1;
	before = c->c.n;
	rc = nf_ner_gold_record(c->g, &c->c, root, lineno);
	mark(ctx, c, before);
	if (rc == -2)
		return nf_fail(err, NF_EXIT_DATA, "neither text nor tokens with labels");
	return rc < 0 ? nf_trainer_oom(err) : 0;
}

static int end(void *ctx, struct nf_error *err)
{
	struct corpus *c = building(ctx, err);
	size_t before = c ? c->c.n : 0;

	if (!c || nf_ner_gold_end(c->g, &c->c) < 0)
		return nf_trainer_oom(err);
	mark(ctx, c, before);
	return 0;
}

static int columns(void *ctx, const char *p, size_t n, const char *name, struct nf_error *err)
{
	struct corpus *c = building(ctx, err);
	size_t before = c ? c->c.n : 0;

	(void)name;
	if (!c || nf_ner_gold_columns(c->g, &c->c, p, n) < 0)
		return nf_trainer_oom(err);
	mark(ctx, c, before);
	return 0;
}

static size_t docs(const void *c)
{
	return ((const struct corpus *)c)->c.n;
}

static void corpus_release(void *corpus)
{
	struct corpus *c = corpus;

	nf_ner_corpus_release(&c->c);
	nf_ner_gold_free(c->g);
	c->g = NULL;
}

/* Whether path is one of the TRAIN files. */
static int given(const struct nf_trainer_args *a, const char *path)
{
	size_t j;

	for (j = 0; j < a->npaths; j++)
		if (strcmp(a->paths[j], path) == 0)
			return 1;
	return 0;
}

static int train(const struct nf_trainer_env *e, void *corpus, void *dev, size_t ndev,
		 const char *notes, struct nf_buf *out, struct nf_error *err)
{
	const struct own *o = e->own;
	struct corpus *c = corpus, *d = dev;
	const struct nf_ner_train_opts t = {
		e->a->epochs, (unsigned)e->a->seed, e->a->min_weight, o->prune, o->clusters.data,
		o->clusters.len, o->gazetteer.data, o->gazetteer.len, stderr
	};
	size_t i;

	(void)notes, (void)ndev;
	for (i = 0; i < o->naux; i++)
		if (!given(e->a, o->aux[i]))
			return nf_fail(err, NF_EXIT_USAGE, "--aux %s is not among the TRAIN files: "
				       "give it there too", o->aux[i]);
	for (i = 0; i < o->nweighed; i++)
		if (!given(e->a, o->weighed[i]))
			return nf_fail(err, NF_EXIT_USAGE, "--weight %s is not among the TRAIN files: "
				       "give it there too", o->weighed[i]);
	if (o->case_every && nf_ner_corpus_add_case_copies(&c->c, o->case_every) < 0)
		return nf_trainer_oom(err);
	nf_warn(TOOL, "%zu training documents, %zu dev documents", c->c.n, d->c.n);
	return nf_ner_train(&c->c, &d->c, &t, out, err);
}

static const struct nf_trainer trainer = {
	.tool = TOOL,
	.operands = "-o MODEL TRAIN...",
	.about = "Train the tag-entities model on gold TRAIN files (CoNLL-style JSON Lines,\n"
		 "JSON Lines documents with \"ner\"/\"entities\" spans, or CoNLL columns).\n\n",
	.output_arg = "MODEL",
	.output_help = "write the model to MODEL (required)",
	.has = NF_TRAINER_DEV | NF_TRAINER_EPOCHS | NF_TRAINER_SEED | NF_TRAINER_MIN_WEIGHT,
	.dev_help = "report dev figures on FILE after each epoch",
	.epochs_help = "passes over the data",
	.seed_help = "document order seed",
	.epochs = 10,
	.min_weight = 0.01f,
	.opts = opts,
	.nopts = sizeof(opts) / sizeof(opts[0]),
	.option = option,
	.start = start,
	.finish = finish,
	.corpus_size = sizeof(struct corpus),
	.one_dev = 1,
	.read = { .record = record, .end = end, .text = columns },
	.count = docs,
	.empty = "no training documents: give gold files with entities",
	.corpus_release = corpus_release,
	.train = train,
};

int main(int argc, char **argv)
{
	struct own o = { .prune = NF_NER_PRUNE_DEFAULT, .clusters = NF_BUF_INIT,
			 .gazetteer = NF_BUF_INIT };

	return nf_trainer_main(&trainer, &o, argc, argv);
}
