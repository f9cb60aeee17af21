/*
 * train-clusters: learns word clusters from unlabelled text for the
 * entity tagger (lib/learn/clusters.c).  Reads JSON Lines ("text", or "tokens"
 * joined by spaces) or plain text files; writes "word<TAB>number" lines.
 * The command line and the run are the trainers' driver (lib/learn/trainer.c),
 * given here what is the clustering's own.
 */
#include <stdio.h>

#include "cli.h"
#include "clusters.h"
#include "errors.h"
#include "exitcode.h"
#include "trainer.h"

#define TOOL "train-clusters"

enum { OPT_CLASSES, OPT_COARSE, OPT_MIN_COUNT, OPT_ITERATIONS };

static const struct nf_trainer_opt opts[] = {
	[OPT_CLASSES] = { "classes", 'k', "N", "fine classes (default 512)" },
	[OPT_COARSE] = { "coarse", 'c', "N", "coarse classes (default 64)" },
	[OPT_MIN_COUNT] = { "min-count", 'm', "N", "cluster words seen N times or more (default 3)" },
	[OPT_ITERATIONS] = { "iterations", 'i', "N", "passes at most (default 10)" },
};

/* The text read so far, once initialised. */
struct corpus {
	struct nf_cluster_corpus c;
	int ready;
};

static int option(void *own, int id, const char *arg, struct nf_error *err)
{
	struct nf_cluster_opts *o = own;

	switch (id) {
	case OPT_CLASSES: return nf_cli_unsigned("--classes", arg, 1, 1022, &o->classes, err);
	case OPT_COARSE: return nf_cli_unsigned("--coarse", arg, 1, 1022, &o->coarse, err);
	case OPT_MIN_COUNT:
		return nf_cli_unsigned("--min-count", arg, 1, 1000000, &o->min_count, err);
	default: return nf_cli_unsigned("--iterations", arg, 1, 1000000, &o->iterations, err);
	}
}

static struct nf_cluster_corpus *ready(struct corpus *c)
{
	if (!c->ready) {
		nf_cluster_corpus_init(&c->c);
		c->ready = 1;
	}
	return &c->c;
}

/* Adds text p[0..n) as one document. */
static int add(const struct nf_trainer_env *e, const char *p, size_t n, struct nf_error *err)
{
	return nf_cluster_corpus_add(ready(e->corpus), p, n, e->abbrev) < 0 ? nf_trainer_oom(err) : 0;
}

/* A record's "text", or its "tokens" joined by spaces; neither adds nothing. */
static int record(void *ctx, json_t *root, size_t lineno, struct nf_error *err)
{
	json_t *t = json_object_get(root, "text"), *toks = json_object_get(root, "tokens"), *x;
	struct nf_buf b = NF_BUF_INIT;
	size_t i;
	int rc;

	(void)lineno;
	if (json_is_string(t))
		return add(ctx, json_string_value(t), json_string_length(t), err);
	if (!json_is_array(toks))
		return 0;
	json_array_foreach(toks, i, x)
		if (json_is_string(x) && (nf_buf_add(&b, json_string_value(x),
				json_string_length(x)) < 0 || nf_buf_addc(&b, ' ') < 0)) {
			nf_buf_release(&b);
			return nf_trainer_oom(err);
		}
	rc = add(ctx, b.data ? b.data : "", b.len, err);
	nf_buf_release(&b);
	return rc;
}

static int text(void *ctx, const char *p, size_t n, const char *name, struct nf_error *err)
{
	(void)name;
	return add(ctx, p, n, err);
}

static void corpus_release(void *corpus)
{
	struct corpus *c = corpus;

	if (c->ready)
		nf_cluster_corpus_release(&c->c);
	c->ready = 0;
}

static void progress(void *arg, unsigned iter, size_t moved)
{
	(void)arg;
	nf_warn(TOOL, "pass %u: %zu words moved", iter, moved);
}

static int train(const struct nf_trainer_env *e, void *corpus, void *dev, size_t ndev,
		 const char *notes, struct nf_buf *out, struct nf_error *err)
{
	const struct nf_cluster_corpus *c = ready(corpus);

	(void)dev, (void)ndev, (void)notes;
	nf_warn(TOOL, "%zu tokens, %zu word types", c->n, c->nwords);
	return nf_clusters_build(c, e->own, out) < 0 ? nf_trainer_oom(err) : 0;
}

static const struct nf_trainer trainer = {
	.tool = TOOL,
	.operands = "-o CLUSTERS FILE...",
	.about = "Learn word clusters (predictive exchange algorithm) from the text of\n"
		 "JSON Lines records (\"text\", or \"tokens\") or plain text FILEs.\n\n",
	.output_arg = "FILE",
	.output_help = "write 'word<TAB>number' lines to FILE (required)",
	.opts = opts,
	.nopts = sizeof(opts) / sizeof(opts[0]),
	.option = option,
	.exit_help = "Exit status: 0 ok, 64 usage, 65 bad input, 66 cannot read a file,\n"
		     "70 internal error, 74 cannot write FILE.\n",
	.corpus_size = sizeof(struct corpus),
	.read = { .record = record, .text = text },
	.corpus_release = corpus_release,
	.train = train,
};

int main(int argc, char **argv)
{
	struct nf_cluster_opts o = { 512, 64, 3, 10, progress, NULL };

	return nf_trainer_main(&trainer, &o, argc, argv);
}
