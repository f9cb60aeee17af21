/*
 * train-dep: trains the dependency parser on Universal Dependencies
 * CoNLL-U files (tagged by the built-in part-of-speech tagger, as at run
 * time), writes the model, and reports dev attachment scores.  The work
 * is in lib/syntax/dep_train.c and lib/syntax/dep_conllu.c; the command line and the
 * run are the trainers' driver (lib/learn/trainer.c), given here what is the
 * parser's own.
 */
#include <stdio.h>

#include "dep_train.h"
#include "exitcode.h"
#include "trainer.h"

/* The built-in tagger, loaded by start. */
static int start(void *tagger, struct nf_error *err)
{
	const unsigned char *p;
	size_t n;

	p = nf_pos_builtin(&n);
	if (nf_pos_model_load(tagger, p, n, err) < 0) {
		err->status = NF_EXIT_SOFTWARE;
		return nf_fail_in(err, "the built-in tagger does not load");
	}
	return 0;
}

static void finish(void *tagger)
{
	nf_pos_model_release(tagger);
}

static int read_conllu(void *ctx, const char *p, size_t n, const char *name,
		       struct nf_error *err)
{
	const struct nf_trainer_env *e = ctx;

	return nf_dep_conllu_read(e->corpus, p, n, name, e->abbrev, e->own, err);
}

static size_t tokens(const void *c)
{
	return ((const struct nf_dep_corpus *)c)->pc.ntoks;
}

static void corpus_release(void *c)
{
	nf_dep_corpus_release(c);
}

static int notes(const struct nf_trainer_env *e, struct nf_buf *out)
{
	return nf_trainer_syntax_notes(e->a, 1, out);
}

static int train(const struct nf_trainer_env *e, void *c, void *dev, size_t ndev,
		 const char *notes, struct nf_buf *out, struct nf_error *err)
{
	const struct nf_trainer_args *a = e->a;
	const struct nf_dep_train_opts o = {
		a->epochs, a->seed, a->min_weight, a->vocab_min, a->explore, notes, stderr
	};

	(void)dev, (void)ndev;
	return nf_dep_train(c, &o, out) < 0 ? nf_trainer_oom(err) : 0;
}

static int load(void *m, const unsigned char *p, size_t n, struct nf_error *err)
{
	return nf_dep_model_load(m, p, n, err);
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
	.tool = "train-dep",
	.operands = "-o MODEL TRAIN.conllu...",
	.about = "Train the dependency parser (UD relations) on CoNLL-U files, on the\n"
		 "project's own tokens and the built-in tagger's tags, and write the model\n"
		 "to MODEL.\n\n",
	.output_arg = "MODEL",
	.output_help = "write the model to MODEL (required)",
	.has = NF_TRAINER_DEV | NF_TRAINER_EPOCHS | NF_TRAINER_SEED | NF_TRAINER_MIN_WEIGHT |
	       NF_TRAINER_VOCAB_MIN | NF_TRAINER_EXPLORE,
	.dev_help = "report attachment scores on the CoNLL-U FILE",
	.epochs_help = "passes over the data",
	.seed_help = "seed of the sentence order",
	.epochs = 10,
	.min_weight = 1.0f,
	.explore = 90,
	.start = start,
	.finish = finish,
	.corpus_size = sizeof(struct nf_dep_corpus),
	.read = { .text = read_conllu },
	.count = tokens,
	.empty = "no sentences in the training files",
	.corpus_release = corpus_release,
	.notes = notes,
	.train = train,
	.model_size = sizeof(struct nf_dep_model),
	.load = load,
	.model_release = model_release,
	.evaluate = evaluate,
};

int main(int argc, char **argv)
{
	struct nf_pos_model tagger;

	return nf_trainer_main(&trainer, &tagger, argc, argv);
}
