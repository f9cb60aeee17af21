/*
 * What the entity tagger's preparation (ner_prepare.c), its feature
 * templates (ner_feats.c), its emission scores (ner_emit.c) and its
 * decoding (ner_decode.c) share: token flags, document statistics and
 * the emission scores.  Not part of the public interface (ner.h).
 */
#ifndef NF_NER_INTERNAL_H
#define NF_NER_INTERNAL_H

#include <stdint.h>

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

/*
 * Emission scores (ner_emit.c) into rows of NF_NER_VLANES floats; lane
 * NF_NER_NLABELS marks a token settled as outside (nf_ner_viterbi).
 * nf_ner_emission_chunk scores tokens [first, end), at most
 * NF_NER_CHUNK, into the rows from s on, with the chunk's cache misses
 * overlapped.  nf_ner_prefetch_cached touches the cached own scores of
 * the first tokens of [first, end) so that their misses overlap too.
 */
enum { NF_NER_CHUNK = 16 };

/* Touches every cache line of the size bytes at p (a cache entry may straddle two or three). */
static inline void nf_ner_touch(const void *p, size_t size)
{
	uintptr_t a = (uintptr_t)p & ~(uintptr_t)63, end = (uintptr_t)p + size;

	for (; a < end; a += 64)
		__builtin_prefetch((const void *)a);
}
void nf_ner_emission_chunk(const struct nf_ner_model *nm, struct nf_ner_work *w,
			   const char *text, size_t first, size_t end, float *s);
void nf_ner_prefetch_cached(const struct nf_ner_work *w, size_t first, size_t end);

#endif
