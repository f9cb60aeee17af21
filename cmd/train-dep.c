/*
 * train-dep: trains the dependency parser on Universal Dependencies
 * CoNLL-U files (tagged by the built-in part-of-speech tagger, as at run
 * time), writes the model, and reports dev attachment scores.  The work
 * is in lib/dep_train.c and lib/dep_conllu.c; the command line and the
 * run are the syntax trainers' driver (lib/trainer.c), given here what is
 * the parser's own.
 */
#include <stdio.h>

#include "dep_train.h"
#include "exitcode.h"
#include "trainer.h"

#define TOOL "train-dep"

/* e->ctx is the tagger, loaded by main. */
static int read_conllu(const struct nf_trainer_env *e, void *c, const char *p, size_t n,
		       const char *name, char *err, size_t errlen)
{
	return nf_dep_conllu_read(c, p, n, name, e->abbrev, e->ctx, err, errlen);
}

static size_t tokens(const void *c)
{
	return ((const struct nf_dep_corpus *)c)->pc.ntoks;
}

static void corpus_release(void *c)
{
	nf_dep_corpus_release(c);
}

static int train(const void *c, const struct nf_trainer_args *a, const char *notes,
		 struct nf_buf *out)
{
	const struct nf_dep_train_opts o = {
		a->epochs, a->seed, a->min_weight, a->vocab_min, a->explore, notes, stderr
	};

	return nf_dep_train(c, &o, out);
}

static int load(void *m, const unsigned char *p, size_t n, char *err, size_t errlen)
{
	return nf_dep_model_load(m, p, n, err, errlen);
}

static void model_release(void *m)
{
	nf_dep_model_release(m);
}

static void print_score(const char *path, const char *what, const struct nf_dep_score *s)
{
	fprintf(stderr, "%s: %s UAS %.2f%% LAS %.2f%% of %zu (no punctuation: %.2f%% %.2f%%)\n",
		path, what, nf_trainer_pct(s->uas, s->n), nf_trainer_pct(s->las, s->n), s->n,
		nf_trainer_pct(s->uas_np, s->n_np), nf_trainer_pct(s->las_np, s->n_np));
}

static int evaluate(const void *m, const void *c, const char *path)
{
	struct nf_dep_score s[2];

	if (nf_dep_evaluate(m, c, s) < 0)
		return -1;
	print_score(path, "our tokens", &s[0]);
	print_score(path, "UD words", &s[1]);
	return 0;
}

static const struct nf_trainer trainer = {
	.tool = TOOL,
	.about = "Train the dependency parser (UD relations) on CoNLL-U files, on the\n"
		 "project's own tokens and the built-in tagger's tags, and write the model\n"
		 "to MODEL.\n\n",
	.dev_help = "report attachment scores on the CoNLL-U FILE",
	.epochs = 10,
	.explore = 90,
	.corpus_size = sizeof(struct nf_dep_corpus),
	.model_size = sizeof(struct nf_dep_model),
	.read = read_conllu,
	.tokens = tokens,
	.corpus_release = corpus_release,
	.train = train,
	.load = load,
	.model_release = model_release,
	.evaluate = evaluate,
};

int main(int argc, char **argv)
{
	struct nf_trainer_args a;
	struct nf_pos_model tagger;
	const unsigned char *p;
	char err[256];
	size_t n;
	int rc = nf_trainer_args(&trainer, &a, argc, argv);

	if (rc >= 0)
		return rc;
	p = nf_pos_builtin(&n);
	if (nf_pos_model_load(&tagger, p, n, err, sizeof(err)) < 0) {
		fprintf(stderr, "%s: the built-in tagger does not load: %s\n", TOOL, err);
		return NF_EXIT_SOFTWARE;
	}
	rc = nf_trainer_run(&trainer, &a, &tagger);
	nf_pos_model_release(&tagger);
	return rc;
}
