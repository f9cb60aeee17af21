/*
 * What the entity tagger's preparation (ner_prepare.c) and its feature
 * templates (ner_feats.c) share: token flags and document statistics.
 * Not part of the public interface (ner.h).
 */
#ifndef NF_NER_INTERNAL_H
#define NF_NER_INTERNAL_H

#include "ner.h"

enum {
	F_TITLE = 1 << 0,	/* Xxx */
	F_CAPS = 1 << 1,	/* XXX (two letters or more) */
	F_LOWER = 1 << 2,	/* starts lower-case */
	F_DIGITS = 1 << 3,	/* all digits */
	F_HASDIGIT = 1 << 4,
	F_HYPHEN = 1 << 5,
	F_PUNCT = 1 << 6,	/* no letter or digit */
	F_UPPER1 = 1 << 7,	/* starts upper-case */
	F_HEADLINE = 1 << 8,	/* in a sentence written in capitals */
	F_FIRST = 1 << 9	/* first word of its sentence */
};

struct nf_ner_docstat {
	uint64_t key;		/* lower-cased form hash */
	uint32_t gen;		/* the document it belongs to (nf_ner_work.stats_gen) */
	uint32_t lower_mid;	/* seen lower-case inside a sentence */
	uint32_t cap_mid;	/* seen capitalised inside a normal sentence */
	uint16_t hist[1 + NF_NTYPES];	/* labels given so far: O, then per type */
};

/* The statistics of the lower-cased form key in w's document, or NULL. */
const struct nf_ner_docstat *nf_ner_stat_get(const struct nf_ner_work *w, uint64_t key);

/* Moves features out[0..n) into the document's case regime; returns n. */
size_t nf_ner_regime_mix(const struct nf_ner_work *w, uint64_t *out, size_t n);

#endif
