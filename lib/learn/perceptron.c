/*
 * Frozen weights and feature hashing; see perceptron.h.  The scoring loop
 * is the hot path of every trained tool: one probe per feature.
 */
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "perceptron.h"

enum { HEAD = 16, SLOT = 8, ENTRY = 4 };

static int have_avx2(void);

/*
 * Every slot must point at a run of entries inside the table, ending with
 * a "last" mark, with classes in range (or at a dense row that fits):
 * then scoring needs no checks.
 */
static int check_rows(const struct nf_weights *w)
{
	size_t i, e, dense_len = NF_DENSE_ENTRIES(w->nclasses);
	uint32_t v, off;

	for (i = 0; i < w->nslots; i++) {
		if (!nf_get_u32(w->slots + i * SLOT))
			continue;
		off = nf_get_u32(w->slots + i * SLOT + 4);
		e = off & ~NF_DENSE_FLAG;
		if (off & NF_DENSE_FLAG) {
			if (e > w->nentries || w->nentries - e < dense_len)
				return -1;
			continue;
		}
		do {
			if (e >= w->nentries)
				return -1;
			v = nf_get_u32(w->entries + e++ * ENTRY);
			if (((v >> 16) & 0xFFF) >= w->nclasses)
				return -1;
		} while (!(v >> 31));
	}
	return 0;
}

int nf_weights_parse(struct nf_weights *w, const unsigned char *p, size_t n)
{
	uint32_t bits;

	if (n < HEAD)
		return -1;
	w->nclasses = nf_get_u32(p);
	w->nslots = nf_get_u32(p + 4);
	w->nentries = nf_get_u32(p + 8);
	bits = nf_get_u32(p + 12);
	memcpy(&w->scale, &bits, sizeof(w->scale));
	if (w->nclasses == 0 || w->nclasses > 4096 || w->nslots == 0 ||
	    (w->nslots & (w->nslots - 1)) != 0 ||
	    w->nslots > (n - HEAD) / SLOT ||
	    w->nentries != (n - HEAD - w->nslots * SLOT) / ENTRY ||
	    (n - HEAD - w->nslots * SLOT) % ENTRY != 0)
		return -1;
	w->slots = p + HEAD;
	w->entries = w->slots + w->nslots * SLOT;
	w->filter = NULL;
	w->inl = NULL;
	w->avx2 = have_avx2();
	/* The rows of a built-in model were checked by the build (tools/model-check.c). */
	return nf_model_builtin(p, n) ? 0 : check_rows(w);
}

enum { FILTER_BITS = 1 << 20 };

int nf_weights_filter(struct nf_weights *w)
{
	size_t i;
	uint32_t fp;

	w->filter = calloc(FILTER_BITS / 64, sizeof(*w->filter));
	if (!w->filter)
		return -1;
	for (i = 0; i < w->nslots; i++) {
		fp = nf_get_u32(w->slots + i * SLOT);
		if (fp)
			w->filter[(fp % FILTER_BITS) / 64] |= 1ULL << (fp % 64);
	}
	return 0;
}

void nf_weights_release(struct nf_weights *w)
{
	free(w->filter);
	w->filter = NULL;
	free(w->inl);
	w->inl = NULL;
}

/* Might feature h have weights?  (No false "no".) */
static int maybe_present(const struct nf_weights *w, uint64_t h)
{
	uint32_t fp = (uint32_t)(h >> 32) | 1;

	return !w->filter || (w->filter[(fp % FILTER_BITS) / 64] >> (fp % 64) & 1);
}

/* Slot for a feature: the first whose fingerprint matches, or NULL. */
static const unsigned char *probe(const struct nf_weights *w, uint64_t h)
{
	size_t mask = w->nslots - 1, i = (size_t)h & mask, k;
	uint32_t fp = (uint32_t)(h >> 32) | 1;
	const unsigned char *s;

	for (k = 0; k < w->nslots; k++, i = (i + 1) & mask) {
		s = w->slots + i * SLOT;
		uint32_t f = nf_get_u32(s);
		if (f == fp)
			return s;
		if (f == 0)
			return NULL;
	}
	return NULL;
}

typedef int16_t nf_v8h __attribute__((vector_size(16)));
typedef int32_t nf_v8i __attribute__((vector_size(32)));

/* acc[0..8) += the eight little-endian int16 at p (one vector add). */
static inline void add8(int32_t *acc, const unsigned char *p)
{
	nf_v8h h;
	nf_v8i a, x;

	memcpy(&h, p, sizeof(h));
	memcpy(&a, acc, sizeof(a));
	x = __builtin_convertvector(h, nf_v8i);
	a += x;
	memcpy(acc, &a, sizeof(a));
}

/* acc[0..n) += the dense row at p, n rounded up to 8. */
static inline void add_dense(int32_t *acc, const unsigned char *p, size_t n)
{
	size_t c;

	for (c = 0; c < n; c += 8)
		add8(acc + c, p + 2 * c);
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
/*
 * The same compiled for AVX2, where one instruction widens eight int16
 * (baseline x86-64 needs about a dozen): dense rows are most of the rows
 * a tagger adds.  Chosen at run time (nf_weights_parse).
 */
__attribute__((target("avx2"))) static void add_dense_avx2(int32_t *acc, const unsigned char *p,
							   size_t n)
{
	add_dense(acc, p, n);
}

static int have_avx2(void)
{
	return __builtin_cpu_supports("avx2");
}
#else
#define add_dense_avx2 add_dense
static int have_avx2(void)
{
	return 0;
}
#endif

/* Adds the row at slot offset off to acc (checked by check_rows). */
static void add_row(const struct nf_weights *w, uint32_t off, int32_t *acc)
{
	const unsigned char *p = w->entries + (size_t)(off & ~NF_DENSE_FLAG) * ENTRY;
	uint32_t v;

	if (off & NF_DENSE_FLAG) {
		if (w->avx2)
			add_dense_avx2(acc, p, w->nclasses);
		else
			add_dense(acc, p, w->nclasses);
		return;
	}
	do {
		v = nf_get_u32(p);
		p += ENTRY;
		acc[(v >> 16) & 0xFFF] += (int16_t)(v & 0xFFFF);
	} while (!(v >> 31));
}

/* The row of slot i into s->row as int16.  Returns 0, or -1 if it does not fit. */
static int inline_row(const struct nf_weights *w, size_t i, struct nf_wslot *s)
{
	int32_t row[NF_INLINE_MAX + 8] = { 0 };	/* a dense row adds eight at a time */
	size_t c;

	add_row(w, nf_get_u32(w->slots + i * SLOT + 4), row);
	for (c = 0; c < w->nclasses; c++) {
		if (row[c] < INT16_MIN || row[c] > INT16_MAX)
			return -1;
		s->row[c] = (int16_t)row[c];
	}
	return 0;
}

int nf_weights_inline(struct nf_weights *w)
{
	struct nf_wslot *t;
	size_t i, empty = 0;

	if (w->nclasses > NF_INLINE_MAX)
		return -1;
	t = calloc(w->nslots, sizeof(*t));
	if (!t)
		return -1;
	for (i = 0; i < w->nslots; i++) {
		t[i].fp = nf_get_u32(w->slots + i * SLOT);
		empty += !t[i].fp;
		if (t[i].fp && inline_row(w, i, &t[i]) < 0) {
			free(t);
			return -1;
		}
	}
	if (!empty) {	/* probe_inline counts on an empty slot to stop at */
		free(t);
		return -1;
	}
	w->inl = t;
	return 0;
}

/*
 * probe() on the inline slots: the same walk, so the same slot.  The
 * table has an empty slot (nf_weights_inline), so the walk ends without
 * counting its steps.
 */
static const struct nf_wslot *probe_inline(const struct nf_weights *w, uint64_t h)
{
	size_t mask = w->nslots - 1, i = (size_t)h & mask;
	uint32_t fp = (uint32_t)(h >> 32) | 1;

	for (;; i = (i + 1) & mask) {
		if (w->inl[i].fp == fp)
			return &w->inl[i];
		if (w->inl[i].fp == 0)
			return NULL;
	}
}

/*
 * nf_weights_acc (stride 0) and nf_weights_acc_each (stride > 0) through
 * the inline slots: touch every feature's home slot of a batch first, so
 * the misses overlap, then probe and add.
 */
static void acc_inline(const struct nf_weights *w, const uint64_t *feats, size_t n,
		       int32_t *acc, size_t stride)
{
	size_t i, k, c, mask = w->nslots - 1, end;
	const struct nf_wslot *s;

	for (i = 0; i < n; i += 32) {
		end = n - i < 32 ? n : i + 32;
		for (k = i; k < end; k++)
			__builtin_prefetch(&w->inl[(size_t)feats[k] & mask]);
		for (k = i; k < end; k++) {
			if (!(s = probe_inline(w, feats[k])))
				continue;
			for (c = 0; c < w->nclasses; c++)
				acc[k * stride + c] += s->row[c];
		}
	}
}

enum { BATCH = 32 };

/*
 * The rows of feats[0..m) (m <= BATCH) into rows (UINT32_MAX: none): first
 * touch every feature's home slot, so the cache misses of a batch overlap
 * instead of queueing one after another; then probe, touching the entry
 * rows.
 */
static void find_rows(const struct nf_weights *w, const uint64_t *feats, size_t m,
		      uint32_t *rows)
{
	size_t k, mask = w->nslots - 1;
	const unsigned char *s;

	for (k = 0; k < m; k++)
		__builtin_prefetch(w->slots + ((size_t)feats[k] & mask) * SLOT);
	for (k = 0; k < m; k++) {
		s = maybe_present(w, feats[k]) ? probe(w, feats[k]) : NULL;
		rows[k] = s ? nf_get_u32(s + 4) : UINT32_MAX;
		if (s)
			__builtin_prefetch(w->entries + (rows[k] & ~NF_DENSE_FLAG) * ENTRY);
	}
}

/*
 * Scores in batches (find_rows), then adds feature k's row to
 * acc[k * stride ...]: stride 0 sums every row into one score vector.
 */
static inline void acc_strided(const struct nf_weights *w, const uint64_t *feats, size_t n,
			       int32_t *acc, size_t stride)
{
	uint32_t rows[BATCH];
	size_t i, k, m;

	if (w->inl) {
		acc_inline(w, feats, n, acc, stride);
		return;
	}
	for (i = 0; i < n; i += BATCH) {
		m = n - i < BATCH ? n - i : BATCH;
		find_rows(w, feats + i, m, rows);
		for (k = 0; k < m; k++)
			if (rows[k] != UINT32_MAX)
				add_row(w, rows[k], acc + (i + k) * stride);
	}
}

void nf_weights_touch(const struct nf_weights *w, const uint64_t *feats, size_t n)
{
	size_t k, mask = w->nslots - 1;

	for (k = 0; k < n; k++)
		__builtin_prefetch(w->inl ? (const void *)&w->inl[(size_t)feats[k] & mask]
					  : (const void *)(w->slots + ((size_t)feats[k] & mask) * SLOT));
}

enum { NO_ROW = UINT32_MAX, INLINE_ROW = 0x40000000u };	/* slot i inline: INLINE_ROW | i */

void nf_weights_find(const struct nf_weights *w, const uint64_t *feats, size_t n,
		     uint32_t *rows)
{
	const struct nf_wslot *s;
	size_t i, m;

	if (w->inl) {
		for (i = 0; i < n; i++)
			rows[i] = (s = probe_inline(w, feats[i])) ?
					  INLINE_ROW | (uint32_t)(s - w->inl) : NO_ROW;
		return;
	}
	for (i = 0; i < n; i += BATCH) {
		m = n - i < BATCH ? n - i : BATCH;
		find_rows(w, feats + i, m, rows + i);
	}
}

void nf_weights_add(const struct nf_weights *w, const uint32_t *rows, size_t n, int32_t *acc)
{
	size_t i, c;

	for (i = 0; i < n; i++) {
		if (rows[i] == NO_ROW)
			continue;
		if (!w->inl) {
			add_row(w, rows[i], acc);
			continue;
		}
		for (c = 0; c < w->nclasses; c++)
			acc[c] += w->inl[rows[i] & ~INLINE_ROW].row[c];
	}
}

void nf_weights_acc(const struct nf_weights *w, const uint64_t *feats, size_t n,
		    int32_t *acc)
{
	acc_strided(w, feats, n, acc, 0);
}

void nf_weights_acc_each(const struct nf_weights *w, const uint64_t *feats, size_t n,
			 int32_t *acc, size_t stride)
{
	acc_strided(w, feats, n, acc, stride);
}

/* nf_weights_class_each through the inline slots, in batches as acc_inline. */
static void class_inline(const struct nf_weights *w, const uint64_t *feats, size_t n,
			 size_t cls, int32_t *out)
{
	size_t i, k, mask = w->nslots - 1, end;
	const struct nf_wslot *s;

	for (i = 0; i < n; i += 32) {
		end = n - i < 32 ? n : i + 32;
		for (k = i; k < end; k++)
			__builtin_prefetch(&w->inl[(size_t)feats[k] & mask]);
		for (k = i; k < end; k++)
			out[k] = (s = probe_inline(w, feats[k])) ? s->row[cls] : 0;
	}
}

void nf_weights_class_each(const struct nf_weights *w, const uint64_t *feats, size_t n,
			   size_t cls, int32_t *out)
{
	int32_t row[4096 + 8];	/* a dense row adds eight classes at a time */
	uint32_t rows[BATCH];
	size_t i, k, m;

	memset(out, 0, n * sizeof(*out));
	if (cls >= w->nclasses)
		return;
	if (w->inl) {
		class_inline(w, feats, n, cls, out);
		return;
	}
	for (i = 0; i < n; i += BATCH) {
		m = n - i < BATCH ? n - i : BATCH;
		find_rows(w, feats + i, m, rows);
		for (k = 0; k < m; k++) {
			if (rows[k] == UINT32_MAX)
				continue;
			memset(row, 0, NF_DENSE_ENTRIES(w->nclasses) * 2 * sizeof(*row));
			add_row(w, rows[k], row);
			out[i + k] = row[cls];
		}
	}
}

void nf_weights_score(const struct nf_weights *w, const uint64_t *feats, size_t n,
		      float *scores)
{
	int32_t acc[4096 + 8];
	size_t k;

	memset(acc, 0, w->nclasses * sizeof(*acc));
	nf_weights_acc(w, feats, n, acc);
	for (k = 0; k < w->nclasses; k++)
		scores[k] += (float)acc[k] * w->scale;
}

void nf_weights_rows(const struct nf_weights *w, const uint64_t *keys, size_t n,
		     int32_t *rows)
{
	size_t i;

	memset(rows, 0, n * w->nclasses * sizeof(*rows));
	for (i = 0; i < n; i++)
		nf_weights_acc(w, &keys[i], 1, rows + i * w->nclasses);
}
