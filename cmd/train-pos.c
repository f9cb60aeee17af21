/*
 * train-pos: trains the part-of-speech tagger on Universal Dependencies
 * CoNLL-U files, writes the model, and reports dev accuracy.  The work is
 * in lib/syntax/pos_train.c and lib/syntax/pos_conllu.c; the command line and the run
 * are the trainers' driver (lib/learn/trainer.c), given here what is the
 * tagger's own.
 */
#include <stdio.h>

#include "pos_train.h"
#include "trainer.h"

static int read_conllu(void *ctx, const char *p, size_t n, const char *name,
		       struct nf_error *err)
{
	const struct nf_trainer_env *e = ctx;

	return nf_pos_conllu_read(e->corpus, p, n, name, e->abbrev, err);
}

static size_t tokens(const void *c)
{
	return ((const struct nf_pos_corpus *)c)->ntoks;
}

static void corpus_release(void *c)
{
	nf_pos_corpus_release(c);
}

static int notes(const struct nf_trainer_env *e, struct nf_buf *out)
{
	return nf_trainer_syntax_notes(e->a, 0, out);
}

static int train(const struct nf_trainer_env *e, void *c, void *dev, size_t ndev,
		 const char *notes, struct nf_buf *out, struct nf_error *err)
{
	const struct nf_pos_train_opts o = {
		e->a->epochs, e->a->seed, e->a->min_weight, e->a->vocab_min, notes, stderr
	};

	(void)dev, (void)ndev;
	return nf_pos_train(c, &o, out) < 0 ? nf_trainer_oom(err) : 0;
}

static int load(void *m, const unsigned char *p, size_t n, struct nf_error *err)
{
	return nf_pos_model_load(m, p, n, err);
}

static void model_release(void *m)
{
	nf_pos_model_release(m);
}

static int evaluate(const void *m, const void *c, const char *path)
{
	struct nf_pos_score s;

	if (nf_pos_evaluate(m, c, &s) < 0)
		return -1;
	fprintf(stderr, "%s: our tokens %.2f%% of %zu, UD words %.2f%% of %zu\n", path,
		nf_trainer_pct(s.ok, s.n), s.n, nf_trainer_pct(s.ud_ok, s.ud_n), s.ud_n);
	return 0;
}

static const struct nf_trainer trainer = {
	.tool = "train-pos",
	.operands = "-o MODEL TRAIN.conllu...",
	.about = "Train the part-of-speech tagger (UD UPOS tags) on CoNLL-U files, on the\n"
		 "project's own tokens, and write the model to MODEL.\n\n",
	.output_arg = "MODEL",
	.output_help = "write the model to MODEL (required)",
	.has = NF_TRAINER_DEV | NF_TRAINER_EPOCHS | NF_TRAINER_SEED | NF_TRAINER_MIN_WEIGHT |
	       NF_TRAINER_VOCAB_MIN,
	.dev_help = "report accuracy on the CoNLL-U FILE after training",
	.epochs_help = "passes over the data",
	.seed_help = "seed of the sentence order",
	.epochs = 12,
	.min_weight = 1.0f,
	.corpus_size = sizeof(struct nf_pos_corpus),
	.read = { .text = read_conllu },
	.count = tokens,
	.empty = "no sentences in the training files",
	.corpus_release = corpus_release,
	.notes = notes,
	.train = train,
	.model_size = sizeof(struct nf_pos_model),
	.load = load,
	.model_release = model_release,
	.evaluate = evaluate,
};

int main(int argc, char **argv)
{
	return nf_trainer_main(&trainer, NULL, argc, argv);
}
