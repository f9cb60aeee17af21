/*
 * train-pos: trains the part-of-speech tagger on Universal Dependencies
 * CoNLL-U files, writes the model, and reports dev accuracy.  The work is
 * in lib/pos_train.c and lib/pos_conllu.c; the command line and the run
 * are the syntax trainers' driver (lib/trainer.c), given here what is the
 * tagger's own.
 */
#include <stdio.h>

#include "pos_train.h"
#include "trainer.h"

static int read_conllu(const struct nf_trainer_env *e, void *c, const char *p, size_t n,
		       const char *name, char *err, size_t errlen)
{
	return nf_pos_conllu_read(c, p, n, name, e->abbrev, err, errlen);
}

static size_t tokens(const void *c)
{
	return ((const struct nf_pos_corpus *)c)->ntoks;
}

static void corpus_release(void *c)
{
	nf_pos_corpus_release(c);
}

static int train(const void *c, const struct nf_trainer_args *a, const char *notes,
		 struct nf_buf *out)
{
	const struct nf_pos_train_opts o = {
		a->epochs, a->seed, a->min_weight, a->vocab_min, notes, stderr
	};

	return nf_pos_train(c, &o, out);
}

static int load(void *m, const unsigned char *p, size_t n, char *err, size_t errlen)
{
	return nf_pos_model_load(m, p, n, err, errlen);
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
	.about = "Train the part-of-speech tagger (UD UPOS tags) on CoNLL-U files, on the\n"
		 "project's own tokens, and write the model to MODEL.\n\n",
	.dev_help = "report accuracy on the CoNLL-U FILE after training",
	.epochs = 12,
	.explore = -1,
	.corpus_size = sizeof(struct nf_pos_corpus),
	.model_size = sizeof(struct nf_pos_model),
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
	int rc = nf_trainer_args(&trainer, &a, argc, argv);

	return rc >= 0 ? rc : nf_trainer_run(&trainer, &a, NULL);
}
