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
};

struct nf_ner_corpus {
	struct nf_ner_doc *docs;
	size_t n, cap;
};

/* Appends the documents of path.  Returns 0, or -1 with a message in err. */
int nf_ner_corpus_load(struct nf_ner_corpus *c, const char *path, char *err, size_t errlen);
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
