/*
 * The parsed layers of one record, as C arrays, so that a stage never
 * re-derives what is there already: the sentences (byte spans), the
 * entities (byte spans and labels) and the word tokens (tokens.h, made
 * here for the stages that tokenize: tag-entities and link-sources).  The driver owns one set and resets
 * it for each record (nf_record.layers); the memory is reused from record
 * to record.  A layer is filled by the stage that makes it (in annotate,
 * split-sentences and tag-entities before the stages that read them), or
 * read lazily from the record's JSON the first time a stage asks (the
 * filter case: the key an earlier filter of a pipe wrote), or, for the
 * sentences only, split here with the default splitter when the record
 * has none.  The tokens are never in the record: they are made here, once
 * per record, with the default splitter's abbreviations.
 * docs/architecture.md says who makes and reads what.
 */
#ifndef NF_LAYERS_H
#define NF_LAYERS_H

#include <stddef.h>

#include "record.h"
#include "sentsplit.h"
#include "spans.h"
#include "tokens.h"

/* An entity of the record: bytes [a, b) of the text and its label. */
struct nf_entity_span {
	size_t a, b;
	const char *label;	/* "PERSON", ...: static or the record's string */
};

enum nf_layer_state {
	NF_LAYER_UNKNOWN = 0,	/* not looked at for this record */
	NF_LAYER_ABSENT,	/* the record has none */
	NF_LAYER_PRESENT,	/* the record has it (made by a stage, or read) */
	NF_LAYER_DERIVED	/* sentences only: not in the record, split here */
};

struct nf_layers {
	enum nf_layer_state sents_state, ents_state;
	const struct nf_span *sents;	/* borrowed from the maker, or sents_read.v */
	size_t nsents;
	struct nf_spanvec sents_read;	/* "sentences" read from the JSON */
	struct nf_sentsplit ss;		/* the default splitter, made on first use */
	int ss_ready;
	struct nf_entity_span *ents;
	size_t nents, ents_cap;
	int have_toks;
	struct nf_tokens toks;
};

void nf_layers_init(struct nf_layers *L);
void nf_layers_release(struct nf_layers *L);

/* Forgets the layers of the last record (keeps the memory). */
void nf_layers_reset(struct nf_layers *L);

/*
 * The record's sentences: the layer, else its "sentences" read into the
 * layer.  Returns 1 (present: L->sents, L->nsents), 0 (the record has
 * none), -1 on ENOMEM, -2 if "sentences" is not a sorted list of
 * {start,end} spans of the text.
 */
int nf_layers_sentences(const struct nf_record *rec);

/*
 * The same, but when the record has none, splits the text with the
 * default splitter (once per record: the next stage that asks gets the
 * same spans).  Returns 1 (the record's), 0 (derived here), -1, -2.
 */
int nf_layers_sentences_or_split(const struct nf_record *rec);

/*
 * Sets the sentences layer (the maker's byte spans, borrowed: they must
 * stay valid until the record is done).
 */
void nf_layers_set_sentences(struct nf_layers *L, const struct nf_span *sp, size_t n);

/*
 * The record's entities: the layer, else its "entities" read into the
 * layer.  Returns 1 (present: L->ents, L->nents), 0 (none), -1 on ENOMEM,
 * -2 if "entities" is not a list of {start,end} spans of the text.
 */
int nf_layers_entities(const struct nf_record *rec);

/* For the maker: starts an empty entities layer, then adds to it.  0 or -1 (ENOMEM). */
void nf_layers_begin_entities(struct nf_layers *L);
int nf_layers_add_entity(struct nf_layers *L, size_t a, size_t b, const char *label);

/*
 * The text's word tokens, made on first use for each record with
 * nf_layers_abbreviations().  NULL on ENOMEM.
 */
const struct nf_tokens *nf_layers_tokens(const struct nf_record *rec);

/*
 * The default splitter's abbreviations, for the tokenizers of the stages
 * (the words whose period is no sentence end).  NULL on ENOMEM.
 */
const struct nf_lexicon *nf_layers_abbreviations(struct nf_layers *L);

#endif
