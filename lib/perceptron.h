/*
 * Linear scores over hashed features: the shared core of every trained
 * newsfilters component (entity tagger, hedge disambiguator, attribution
 * cues).  A feature is a 64-bit hash of its name (see nf_feat_*); a class
 * is a small integer.
 *
 * Frozen weights (what tools load) live in one model section laid out as
 * an open-addressing table, so loading is a check of sizes, not a rebuild:
 *   u32 nclasses  u32 nslots  u32 nentries  f32 scale
 *   nslots   x { u32 fingerprint (0 = empty)  u32 first entry }
 *   nentries x u32 { bits 0-15 weight/scale as int16, 16-27 class, 31 last }
 *
 * Training weights (nf_ptrain) are a growable table of float rows with the
 * running totals an averaged perceptron needs.
 */
#ifndef NF_PERCEPTRON_H
#define NF_PERCEPTRON_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* Feature hashing: start from a template id, mix in bytes or numbers. */
uint64_t nf_feat(uint32_t templ);
uint64_t nf_feat_bytes(uint64_t h, const void *p, size_t n);
uint64_t nf_feat_u64(uint64_t h, uint64_t v);

struct nf_weights {
	size_t nclasses, nslots, nentries;
	float scale;
	const unsigned char *slots;
	const unsigned char *entries;
};

/* Checks and maps a frozen weights section.  Returns 0 or -1. */
int nf_weights_parse(struct nf_weights *w, const unsigned char *p, size_t n);

/* Adds the weights of feats[0..n) to scores[0..nclasses). */
void nf_weights_score(const struct nf_weights *w, const uint64_t *feats, size_t n,
		      float *scores);

struct nf_ptrain {
	size_t nclasses;
	size_t nrows, rows_cap;	/* feature rows in use and allocated */
	size_t cap;		/* slots in the index, a power of two */
	uint64_t *keys;		/* index: feature hash per slot, 0 = empty */
	uint32_t *index;	/* index: row per slot */
	float *w;		/* nrows x nclasses current weights */
	double *tot;		/* running sums for the average */
	uint32_t *ts;		/* clock at each weight's last change */
	uint32_t clock;		/* examples seen, for averaging */
};

int nf_ptrain_init(struct nf_ptrain *t, size_t nclasses);
void nf_ptrain_release(struct nf_ptrain *t);

/* Adds the current (not averaged) weights of feats to scores. */
void nf_ptrain_score(const struct nf_ptrain *t, const uint64_t *feats, size_t n,
		     float *scores);

/* Adds delta to the weight of each feature for cls.  Returns 0 or -1 (ENOMEM). */
int nf_ptrain_update(struct nf_ptrain *t, const uint64_t *feats, size_t n, int cls,
		     float delta);

/* Marks the end of one training example. */
void nf_ptrain_tick(struct nf_ptrain *t);

/*
 * Appends the averaged weights as a frozen section, dropping weights whose
 * magnitude is below min_abs.  Deterministic: the same training gives the
 * same bytes.  Returns 0 or -1.
 */
int nf_ptrain_freeze(const struct nf_ptrain *t, float min_abs, struct nf_buf *out);

#endif
