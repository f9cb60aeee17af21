/*
 * Training and measuring the part-of-speech tagger (train-pos, the unit
 * tests, bench/eval-pos).  Gold data is CoNLL-U (Universal Dependencies);
 * each sentence is rebuilt as text from its word forms and SpaceAfter=No,
 * re-tokenized by nf_tokenize (the tokens the tagger sees at run time),
 * and each of our tokens takes the UPOS of the UD word it starts in.  The
 * UD words are kept too, to measure on them.
 */
#ifndef NF_POS_TRAIN_H
#define NF_POS_TRAIN_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "buf.h"
#include "lexicon.h"
#include "pos.h"
#include "stage.h"

/* One sentence: runs of the corpus' token arrays. */
struct nf_pos_sent {
	size_t tok, ntok;	/* our tokens */
	size_t ud, nud;		/* UD words */
};

/* Token offsets are bytes into text. */
struct nf_pos_corpus {
	struct nf_buf text;
	struct nf_pos_sent *sents;
	size_t nsents, sents_cap;
	struct nf_pos_tok *toks;	/* our tokens, w filled in */
	uint8_t *gold;
	size_t ntoks, toks_cap;
	struct nf_pos_tok *ud;		/* UD words (members of a multiword token too) */
	uint8_t *ud_gold;
	size_t nud, ud_cap;
	/*
	 * Set trees before reading to require and keep each UD word's HEAD
	 * and DEPREL (the dependency parser's data, dep_train.h): ud_head is
	 * the head's index among the sentence's UD words, -1 for the root;
	 * ud_rel the relation without subtype (enum nf_deprel).
	 */
	int trees;
	int32_t *ud_head;
	uint8_t *ud_rel;
};

void nf_pos_corpus_release(struct nf_pos_corpus *c);

/*
 * Adds the CoNLL-U text p[0..n) to c, tokenizing with abbrev (may be
 * NULL).  Returns 0, or -1 with err filled: NF_EXIT_DATA with "NAME:LINE:
 * reason", or NF_EXIT_SOFTWARE (out of memory).
 */
int nf_pos_conllu_read(struct nf_pos_corpus *c, const char *p, size_t n, const char *name,
		       const struct nf_lexicon *abbrev, struct nf_error *err);

struct nf_pos_train_opts {
	unsigned epochs;	/* passes over the data */
	unsigned long seed;	/* of the sentence order */
	float min_weight;	/* smaller averaged weights are dropped */
	unsigned vocab_min;	/* words seen this often are compiled in */
	const char *notes;	/* added to the "meta" section (may be NULL) */
	FILE *log;		/* progress, or NULL */
};

/* Trains on c and writes the model into out.  Returns 0 or -1 (ENOMEM). */
int nf_pos_train(const struct nf_pos_corpus *c, const struct nf_pos_train_opts *o,
		 struct nf_buf *out);

/*
 * The words of c's tokens seen at least min times, lower-cased, one a
 * line, most frequent first (then by bytes): a model's "vocab" section.
 * Returns 0 or -1 (ENOMEM).
 */
int nf_pos_vocab(const struct nf_pos_corpus *c, unsigned min, struct nf_buf *out);

/* Tokens right, and tokens, on our tokens and on the UD words. */
struct nf_pos_score {
	size_t ok, n, ud_ok, ud_n;
};

/* Tags c with m and counts.  Returns 0 or -1 (ENOMEM). */
int nf_pos_evaluate(const struct nf_pos_model *m, const struct nf_pos_corpus *c,
		    struct nf_pos_score *s);

#endif
