/*
 * Training and measuring the dependency parser (train-dep, the unit
 * tests, bench/eval-dep).  Gold data is CoNLL-U read as for the tagger
 * (pos_train.h) with each word's HEAD and DEPREL; each sentence's tree is
 * carried over to our tokens (dep_conllu.c), and both our tokens and the
 * UD words are tagged by the part-of-speech tagger, as at run time.
 */
#ifndef NF_DEP_TRAIN_H
#define NF_DEP_TRAIN_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "buf.h"
#include "dep.h"
#include "lexicon.h"
#include "pos_train.h"

/* Sentences as read by pos_conllu.c, plus trees and predicted tags. */
struct nf_dep_corpus {
	struct nf_pos_corpus pc;
	int32_t *head;		/* per token of pc.toks: head in its sentence, -1 root */
	uint8_t *rel;		/* its relation */
	uint8_t *tags;		/* its predicted tag */
	uint8_t *ud_tags;	/* per UD word: predicted tag */
	size_t cap, ud_cap;
};

void nf_dep_corpus_release(struct nf_dep_corpus *c);

/*
 * Adds the CoNLL-U text p[0..n) to c: tokenized with abbrev (may be
 * NULL), tagged by tagger.  Returns 0, or -1 with err filled as
 * nf_pos_conllu_read() fills it.
 */
int nf_dep_conllu_read(struct nf_dep_corpus *c, const char *p, size_t n, const char *name,
		       const struct nf_lexicon *abbrev, const struct nf_pos_model *tagger,
		       struct nf_error *err);

struct nf_dep_train_opts {
	unsigned epochs;	/* passes over the data */
	unsigned long seed;	/* of the sentence order and of exploration */
	float min_weight;	/* smaller averaged weights are dropped */
	unsigned vocab_min;	/* words seen this often are compiled in */
	unsigned explore;	/* per cent of transitions that follow the model after epoch 1 */
	const char *notes;	/* added to the "meta" section (may be NULL) */
	FILE *log;		/* progress, or NULL */
};

/* Trains on c and writes the model into out.  Returns 0 or -1 (ENOMEM). */
int nf_dep_train(const struct nf_dep_corpus *c, const struct nf_dep_train_opts *o,
		 struct nf_buf *out);

/* Heads right, heads and relations right, of how many; without punctuation too. */
struct nf_dep_score {
	size_t uas, las, n;
	size_t uas_np, las_np, n_np;
};

/*
 * Parses c with m and counts, on our tokens (s[0]) and on the UD words
 * (s[1], the gold tokenization).  Returns 0 or -1 (ENOMEM).
 */
int nf_dep_evaluate(const struct nf_dep_model *m, const struct nf_dep_corpus *c,
		    struct nf_dep_score s[2]);

/*
 * The reference parser: the same decisions as nf_dep_parse, scored from
 * the hashed weights feature by feature (slow; for tests).  Returns 0 or
 * -1 (ENOMEM).
 */
int nf_dep_parse_hashed(const struct nf_dep_model *m, const uint64_t *w, const uint8_t *tags,
			size_t n, int32_t *head, uint8_t *rel);

#endif
