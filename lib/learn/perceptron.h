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
 * A slot whose entry index has bit 31 set (NF_DENSE_FLAG) points instead at
 * a dense row: nclasses int16 weights padded with zeros to a multiple of 8,
 * two per entry, for features that have a weight for most classes (they
 * are scored eight classes at a time).
 *
 * Training weights (nf_ptrain) are a growable table of float rows with the
 * running totals an averaged perceptron needs.
 */
#ifndef NF_PERCEPTRON_H
#define NF_PERCEPTRON_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "hash.h"

enum { NF_DENSE_MIN = 8 };
#define NF_DENSE_FLAG 0x80000000u
#define NF_DENSE_ENTRIES(nclasses) (((nclasses) + 7) / 8 * 4)

/* Feature hashing: start from a template id, mix in bytes or numbers. */
static inline uint64_t nf_feat_bytes(uint64_t h, const void *p, size_t n)
{
	return nf_fnv1a_from(h, p, n);
}

/* Inline, so that feature templates fold to constants. */
static inline uint64_t nf_feat_u64(uint64_t h, uint64_t v)
{
	h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
	h ^= h >> 33;
	h *= 0xFF51AFD7ED558CCDULL;
	h ^= h >> 33;
	return h;
}

static inline uint64_t nf_feat(uint32_t templ)
{
	return nf_feat_u64(NF_FNV_BASIS, templ);
}

/* A slot with its row inline (nf_weights_inline): at most NF_INLINE_MAX classes. */
enum { NF_INLINE_MAX = 6 };
struct nf_wslot {
	uint32_t fp;		/* the slot's fingerprint, 0 = empty */
	int16_t row[NF_INLINE_MAX];
};

struct nf_weights {
	size_t nclasses, nslots, nentries;
	float scale;
	const unsigned char *slots;
	const unsigned char *entries;
	uint64_t *filter;	/* optional: bit per fingerprint, see nf_weights_filter */
	struct nf_wslot *inl;	/* optional: slots with their rows, see nf_weights_inline */
	int avx2;		/* dense rows added with AVX2 (set by nf_weights_parse) */
};

/*
 * Checks and maps a frozen weights section.  Returns 0 or -1.  The rows of
 * a model built into the binary (nf_model_builtin) are not walked again:
 * tools/model-check.c walks them when the binary is built (every section
 * called "weights", "actions" or "rels": name frozen weights so).
 */
int nf_weights_parse(struct nf_weights *w, const unsigned char *p, size_t n);

/*
 * Builds an optional 128 KiB presence filter over the fingerprints, so
 * most absent features are turned away without touching the (larger)
 * slot table.  Returns 0 or -1 (ENOMEM; scoring then works without it).
 * nf_weights_release() frees it.
 */
int nf_weights_filter(struct nf_weights *w);

/*
 * Builds an optional copy of the slot table with each row inline (16
 * bytes a slot), for models of at most NF_INLINE_MAX classes whose rows
 * fit int16: a lookup then touches one cache line instead of a slot and
 * then its entries.  Same slots, same probe order, so the same sums.
 * Returns 0, or -1 if not built (ENOMEM, too many classes, a row too
 * large); scoring works either way.  nf_weights_release() frees it.
 */
int nf_weights_inline(struct nf_weights *w);
void nf_weights_release(struct nf_weights *w);

/* Adds the weights of feats[0..n) to scores[0..nclasses). */
void nf_weights_score(const struct nf_weights *w, const uint64_t *feats, size_t n,
		      float *scores);

/*
 * Adds the weights of feats[0..n) to acc[0..nclasses) as integers, in
 * units of w->scale: sums made of several calls are exact, so a caller may
 * add precomputed rows (nf_weights_rows) and get what one call would give.
 */
void nf_weights_acc(const struct nf_weights *w, const uint64_t *feats, size_t n,
		    int32_t *acc);

/*
 * The same for each feature on its own: the weights of feats[i] are added
 * to acc + i * stride, stride at least nclasses rounded up to 8 (a dense
 * row adds eight classes at a time).  One call overlaps the features'
 * cache misses where a call per feature waits for each.
 */
void nf_weights_acc_each(const struct nf_weights *w, const uint64_t *feats, size_t n,
			 int32_t *acc, size_t stride);

/*
 * Touches the slots where feats[0..n) would be found: a caller that will
 * score several batches soon touches them all first, so that their cache
 * misses overlap.
 */
void nf_weights_touch(const struct nf_weights *w, const uint64_t *feats, size_t n);

/*
 * nf_weights_acc in two steps, for callers that overlap the steps of
 * several batches: nf_weights_find puts where the weights of each of
 * feats[0..n) are into rows[0..n) (touching them), nf_weights_add adds
 * those rows to acc (room as for nf_weights_acc).
 */
void nf_weights_find(const struct nf_weights *w, const uint64_t *feats, size_t n,
		     uint32_t *rows);
void nf_weights_add(const struct nf_weights *w, const uint32_t *rows, size_t n, int32_t *acc);

/*
 * The integer weight of class cls of each of feats[0..n) on its own (0 for
 * an absent feature, or for cls out of range) into out[0..n): for callers
 * that compare candidates on one class, what nf_weights_acc_each gives in
 * that class, without adding up the others.
 */
void nf_weights_class_each(const struct nf_weights *w, const uint64_t *feats, size_t n,
			   size_t cls, int32_t *out);

/*
 * The integer weights of each of keys[0..n), one row of nclasses per key
 * (zeros for an absent feature), into rows[0..n * nclasses): for features
 * with few values, looked up once instead of per use.
 */
void nf_weights_rows(const struct nf_weights *w, const uint64_t *keys, size_t n,
		     int32_t *rows);

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
