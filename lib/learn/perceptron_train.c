/*
 * Averaged perceptron training over hashed features; see perceptron.h.
 * Averaging is lazy: a weight's running sum is brought up to date only
 * when the weight changes, and once more when the model is frozen.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "perceptron.h"

int nf_ptrain_init(struct nf_ptrain *t, size_t nclasses)
{
	memset(t, 0, sizeof(*t));
	t->nclasses = nclasses;
	t->cap = 1 << 16;
	t->keys = calloc(t->cap, sizeof(*t->keys));
	t->index = calloc(t->cap, sizeof(*t->index));
	if (!t->keys || !t->index) {
		nf_ptrain_release(t);
		return -1;
	}
	return 0;
}

void nf_ptrain_release(struct nf_ptrain *t)
{
	free(t->keys);
	free(t->index);
	free(t->w);
	free(t->tot);
	free(t->ts);
	memset(t, 0, sizeof(*t));
}

static uint64_t key_of(uint64_t h)
{
	return h ? h : 1;
}

/* The slot holding h, or the empty slot where it would go. */
static size_t find(const struct nf_ptrain *t, uint64_t h)
{
	size_t mask = t->cap - 1, i = (size_t)h & mask;

	while (t->keys[i] && t->keys[i] != h)
		i = (i + 1) & mask;
	return i;
}

static int grow_index(struct nf_ptrain *t)
{
	struct nf_ptrain old = *t;
	size_t i, s;

	t->cap *= 2;
	t->keys = calloc(t->cap, sizeof(*t->keys));
	t->index = calloc(t->cap, sizeof(*t->index));
	if (!t->keys || !t->index) {
		free(t->keys);
		free(t->index);
		t->keys = old.keys;
		t->index = old.index;
		t->cap = old.cap;
		return -1;
	}
	for (i = 0; i < old.cap; i++) {
		if (!old.keys[i])
			continue;
		s = find(t, old.keys[i]);
		t->keys[s] = old.keys[i];
		t->index[s] = old.index[i];
	}
	free(old.keys);
	free(old.index);
	return 0;
}

static int grow_rows(struct nf_ptrain *t)
{
	size_t cap = t->rows_cap ? t->rows_cap * 2 : 4096, k = t->nclasses;
	float *w = realloc(t->w, cap * k * sizeof(*w));
	double *tot;
	uint32_t *ts;

	if (!w)
		return -1;
	t->w = w;
	tot = realloc(t->tot, cap * k * sizeof(*tot));
	if (!tot)
		return -1;
	t->tot = tot;
	ts = realloc(t->ts, cap * k * sizeof(*ts));
	if (!ts)
		return -1;
	t->ts = ts;
	t->rows_cap = cap;
	return 0;
}

/* The row of feature h, created if absent; -1 on ENOMEM. */
static long row_of(struct nf_ptrain *t, uint64_t h)
{
	size_t s, k = t->nclasses;

	h = key_of(h);
	s = find(t, h);
	if (t->keys[s])
		return t->index[s];
	if ((t->nrows + 1) * 2 > t->cap) {
		if (grow_index(t) < 0)
			return -1;
		s = find(t, h);
	}
	if (t->nrows == t->rows_cap && grow_rows(t) < 0)
		return -1;
	memset(t->w + t->nrows * k, 0, k * sizeof(*t->w));
	memset(t->tot + t->nrows * k, 0, k * sizeof(*t->tot));
	memset(t->ts + t->nrows * k, 0, k * sizeof(*t->ts));
	t->keys[s] = h;
	t->index[s] = (uint32_t)t->nrows;
	return (long)t->nrows++;
}

void nf_ptrain_score(const struct nf_ptrain *t, const uint64_t *feats, size_t n,
		     float *scores)
{
	size_t i, c, s, k = t->nclasses;
	const float *w;

	for (i = 0; i < n; i++) {
		uint64_t h = key_of(feats[i]);
		s = find(t, h);
		if (!t->keys[s])
			continue;
		w = t->w + (size_t)t->index[s] * k;
		for (c = 0; c < k; c++)
			scores[c] += w[c];
	}
}

int nf_ptrain_update(struct nf_ptrain *t, const uint64_t *feats, size_t n, int cls,
		     float delta)
{
	size_t i, j;
	long r;

	for (i = 0; i < n; i++) {
		r = row_of(t, feats[i]);
		if (r < 0)
			return -1;
		j = (size_t)r * t->nclasses + (size_t)cls;
		t->tot[j] += (double)(t->clock - t->ts[j]) * t->w[j];
		t->ts[j] = t->clock;
		t->w[j] += delta;
	}
	return 0;
}

void nf_ptrain_tick(struct nf_ptrain *t)
{
	t->clock++;
}

static float averaged(const struct nf_ptrain *t, size_t j)
{
	double sum = t->tot[j] + (double)(t->clock - t->ts[j]) * t->w[j];

	return t->clock ? (float)(sum / t->clock) : t->w[j];
}

/* Entries a row of kept weights takes: dense rows hold two per entry. */
static size_t stored_entries(size_t nclasses, uint32_t kept)
{
	return kept >= NF_DENSE_MIN ? NF_DENSE_ENTRIES(nclasses) : kept;
}

/* Number of kept weights per row into keep[], and the largest magnitude. */
static size_t count_kept(const struct nf_ptrain *t, float min_abs, uint32_t *keep,
			 float *maxabs)
{
	size_t r, c, total = 0;
	float a;

	*maxabs = 0;
	for (r = 0; r < t->nrows; r++) {
		keep[r] = 0;
		for (c = 0; c < t->nclasses; c++) {
			a = fabsf(averaged(t, r * t->nclasses + c));
			if (a >= min_abs && a > 0) {
				keep[r]++;
				*maxabs = a > *maxabs ? a : *maxabs;
			}
		}
		total += stored_entries(t->nclasses, keep[r]);
	}
	return total;
}

/*
 * Fills the frozen slot and entry tables, visiting rows in index order (the
 * same training gives the same order).  Consumes the counts in keep.
 */
static void freeze_tables(const struct nf_ptrain *t, float min_abs, float scale,
			 uint32_t *keep, unsigned char *slots, size_t nslots,
			 unsigned char *entries)
{
	size_t i, r, c, s, e = 0, mask = nslots - 1;
	uint32_t fp, v;
	int16_t q;
	int dense;

	for (i = 0; i < t->cap; i++) {
		if (!t->keys[i] || !keep[r = t->index[i]])
			continue;
		fp = (uint32_t)(t->keys[i] >> 32) | 1;
		for (s = (size_t)t->keys[i] & mask; nf_get_u32(slots + s * 8); s = (s + 1) & mask)
			;
		dense = keep[r] >= NF_DENSE_MIN;
		nf_set_u32(slots + s * 8, fp);
		nf_set_u32(slots + s * 8 + 4, (uint32_t)e | (dense ? NF_DENSE_FLAG : 0));
		for (c = 0; c < t->nclasses; c++) {
			float a = averaged(t, r * t->nclasses + c);
			q = fabsf(a) < min_abs ? 0 : (int16_t)lrintf(a / scale);
			if (dense) {
				entries[e * 4 + c * 2] = (unsigned char)((uint16_t)q & 0xFF);
				entries[e * 4 + c * 2 + 1] = (unsigned char)((uint16_t)q >> 8);
				continue;
			}
			if (fabsf(a) < min_abs || a == 0)
				continue;
			v = (uint16_t)q | (uint32_t)c << 16;
			if (--keep[r] == 0)
				v |= 1u << 31;
			nf_set_u32(entries + e * 4, v);
			e++;
		}
		if (dense)
			e += NF_DENSE_ENTRIES(t->nclasses);	/* zero padding was set by the caller */
	}
}

int nf_ptrain_freeze(const struct nf_ptrain *t, float min_abs, struct nf_buf *out)
{
	uint32_t *keep = calloc(t->nrows + 1, sizeof(*keep));
	size_t nent, rows = 0, nslots = 1, r;
	unsigned char *body;
	float maxabs, scale;
	uint32_t bits;
	int rc = -1;

	if (!keep)
		return -1;
	nent = count_kept(t, min_abs, keep, &maxabs);
	for (r = 0; r < t->nrows; r++)
		rows += keep[r] > 0;
	while (nslots < rows + rows / 2 + 1)
		nslots *= 2;
	scale = maxabs > 0 ? maxabs / 32767.0f : 1.0f;
	memcpy(&bits, &scale, sizeof(bits));
	if (nf_put_u32(out, (uint32_t)t->nclasses) < 0 || nf_put_u32(out, (uint32_t)nslots) < 0 ||
	    nf_put_u32(out, (uint32_t)nent) < 0 || nf_put_u32(out, bits) < 0 ||
	    nf_buf_grow(out, nslots * 8 + nent * 4) < 0)
		goto done;
	body = (unsigned char *)out->data + out->len;
	memset(body, 0, nslots * 8 + nent * 4);
	freeze_tables(t, min_abs, scale, keep, body, nslots, body + nslots * 8);
	out->len += nslots * 8 + nent * 4;
	rc = 0;
done:
	free(keep);
	return rc;
}
