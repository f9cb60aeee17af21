/*
 * Gold entity data for training and evaluation: documents with text,
 * sentence spans and entity spans (all in bytes), read from
 *   - JSON Lines in CoNLL style: one sentence a line with "tokens",
 *     IOB2 "labels" and a "doc" number (../shared/data/entities/conll*),
 *   - JSON Lines documents with "text", "sentences" and "ner" or
 *     "entities" spans in code points (GUM, newsfilters' own output),
 *   - CoNLL column files: "token ... LABEL" lines, blank lines between
 *     sentences, -DOCSTART- between documents.
 * CoNLL-style documents are rebuilt the way the scorer rebuilds them:
 * tokens joined by spaces, sentences by newlines.
 */
#ifndef NF_NER_DATA_H
#define NF_NER_DATA_H

#include <stddef.h>

#include <jansson.h>

#include "sentsplit.h"

struct nf_gold_ent {
	size_t a, b;		/* bytes */
	int type;		/* enum nf_ner_type */
};

struct nf_ner_doc {
	char *id;
	char *text;
	size_t len;
	struct nf_span *sents;
	size_t nsents;
	struct nf_gold_ent *ents;
	size_t nents;
	size_t origin;		/* index of the document this one copies (or its own) */
	unsigned domain;	/* 0: the main kind of text; n: auxiliary file n (train-entities -A) */
	float weight;		/* size of its perceptron updates (train-entities -W), 1 by default */
};

struct nf_ner_corpus {
	struct nf_ner_doc *docs;
	size_t n, cap;
};

/*
 * Reading gold files into a corpus (their files are read by corpus.h's
 * reader): a record at a time for JSON Lines, then nf_ner_gold_end(); a
 * whole CoNLL column file at once.  g holds the document being built.
 */
struct nf_ner_gold;
struct nf_ner_gold *nf_ner_gold_new(void);	/* NULL on ENOMEM */
void nf_ner_gold_free(struct nf_ner_gold *g);

/* One JSON Lines record: 0, -1 on ENOMEM, -2 neither text nor tokens with labels. */
int nf_ner_gold_record(struct nf_ner_gold *g, struct nf_ner_corpus *c, json_t *root,
		       size_t lineno);

/* The end of a JSON Lines file: adds its last document.  0, or -1 on ENOMEM. */
int nf_ner_gold_end(struct nf_ner_gold *g, struct nf_ner_corpus *c);

/* A whole CoNLL column file p[0..n).  0, or -1 on ENOMEM. */
int nf_ner_gold_columns(struct nf_ner_gold *g, struct nf_ner_corpus *c, const char *p,
			size_t n);
void nf_ner_corpus_release(struct nf_ner_corpus *c);

/*
 * Appends re-cased copies of documents (ASCII letters only, so offsets
 * hold): of every `every` documents, one in lower case and one in upper
 * case, so a tagger trained on them does not depend on capitals alone.
 * Returns 0, or -1 on ENOMEM.
 */
int nf_ner_corpus_add_case_copies(struct nf_ner_corpus *c, unsigned every);

/* The type for a gold label name (PER, PERSON, ORG, LOC, MISC), or -1. */
int nf_ner_type_of(const char *name, size_t n);

#endif
