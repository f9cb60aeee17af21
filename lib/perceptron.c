/*
 * Frozen weights and feature hashing; see perceptron.h.  The scoring loop
 * is the hot path of every trained tool: one probe per feature.
 */
#include <string.h>

#include "model.h"
#include "perceptron.h"

uint64_t nf_feat(uint32_t templ)
{
	return nf_feat_u64(1469598103934665603ULL, templ);
}

uint64_t nf_feat_bytes(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

uint64_t nf_feat_u64(uint64_t h, uint64_t v)
{
	h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
	h ^= h >> 33;
	h *= 0xFF51AFD7ED558CCDULL;
	h ^= h >> 33;
	return h;
}

enum { HEAD = 16, SLOT = 8, ENTRY = 4 };

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
	return 0;
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

void nf_weights_score(const struct nf_weights *w, const uint64_t *feats, size_t n,
		      float *scores)
{
	const unsigned char *s;
	size_t i, e;
	uint32_t v;

	for (i = 0; i < n; i++) {
		s = probe(w, feats[i]);
		if (!s)
			continue;
		for (e = nf_get_u32(s + 4); e < w->nentries; e++) {
			v = nf_get_u32(w->entries + e * ENTRY);
			size_t cls = (v >> 16) & 0xFFF;
			if (cls < w->nclasses)
				scores[cls] += (float)(int16_t)(v & 0xFFFF) * w->scale;
			if (v >> 31)
				break;
		}
	}
}
