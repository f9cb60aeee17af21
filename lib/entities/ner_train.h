/*
 * Training and evaluating the entity tagger (train-entities).
 */
#ifndef NF_NER_TRAIN_H
#define NF_NER_TRAIN_H

#include <stdio.h>

#include "buf.h"
#include "ner.h"
#include "ner_data.h"

struct nf_ner_train_opts {
	unsigned epochs;
	unsigned seed;		/* document order shuffling */
	float min_weight;	/* prune smaller averaged weights */
	float prune;		/* pruning margin for tagging (ner.h), 0 = none */
	const char *clusters;	/* word cluster lexicon text, or NULL */
	size_t clusters_len;
	const char *gazetteer;	/* extra names, 'name<TAB>PER|ORG|LOC|MISC' lines, or NULL */
	size_t gazetteer_len;
	FILE *log;		/* per-epoch figures, or NULL */
};

struct nf_ner_score {
	size_t tp, fp, fn;
	size_t lost;		/* gold entities not on token boundaries */
};

double nf_ner_f1(const struct nf_ner_score *s);

/*
 * Trains on train, printing dev figures after each epoch when dev has
 * documents, and writes the model bytes to out.  Deterministic.  Returns
 * 0, or -1 with err filled (NF_EXIT_DATA bad clusters or gazetteer
 * text, NF_EXIT_SOFTWARE out of memory).
 */
int nf_ner_train(const struct nf_ner_corpus *train, const struct nf_ner_corpus *dev,
		 const struct nf_ner_train_opts *o, struct nf_buf *out, struct nf_error *err);

/* Scores a loaded model on gold documents (exact span and type). */
int nf_ner_evaluate(const struct nf_ner_model *nm, const struct nf_ner_corpus *gold,
		    struct nf_ner_score *s);

#endif
