/*
 * Lexicons as ready hash tables in a model file; see lextable.h.  Reading
 * checks every slot (a key inside the pool, the count right, at least one
 * empty slot so that a probe always ends), because a model file is input.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon_entry.h"
#include "lextable.h"

enum { HEAD = 16, SLOT = 12, MAX_SLOTS = 1 << 26 };

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

static uint32_t get32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

int nf_lextable_write(const struct nf_lexicon *lx, struct nf_buf *out)
{
	unsigned char b[HEAD];
	size_t i;

	memcpy(b, "LXT1", 4);
	put32(b + 4, (uint32_t)lx->nslots);
	put32(b + 8, (uint32_t)lx->count);
	put32(b + 12, (uint32_t)lx->pool_len);
	if (nf_buf_add(out, b, HEAD) < 0)
		return -1;
	for (i = 0; i < lx->nslots; i++) {
		put32(b, lx->slots[i].off);
		put32(b + 4, lx->slots[i].len);
		put32(b + 8, (uint32_t)lx->slots[i].value);
		if (nf_buf_add(out, b, SLOT) < 0)
			return -1;
	}
	return lx->pool_len ? nf_buf_add(out, lx->pool, lx->pool_len) : 0;
}

/* Fills lx->slots from the slot bytes s; 0, or -1 if one is bad. */
static int read_slots(struct nf_lexicon *lx, const unsigned char *s, size_t count)
{
	size_t i, used = 0;
	struct nf_lexicon_entry *e;

	for (i = 0; i < lx->nslots; i++, s += SLOT) {
		e = &lx->slots[i];
		e->off = get32(s);
		e->len = get32(s + 4);
		e->value = (int)get32(s + 8);
		if (e->len && (e->off > lx->pool_len || e->len > lx->pool_len - e->off))
			return -1;
		used += e->len != 0;
	}
	return used == count ? 0 : -1;
}

int nf_lextable_read(struct nf_lexicon *lx, const unsigned char *p, size_t n, size_t *used,
		     int *nomem)
{
	size_t nslots, count, pool, need;

	*nomem = 0;
	if (n < HEAD || memcmp(p, "LXT1", 4) != 0)
		return -1;
	nslots = get32(p + 4);
	count = get32(p + 8);
	pool = get32(p + 12);
	if (nslots == 0 && count == 0 && pool == 0) {
		*used = HEAD;	/* a lexicon nothing was ever added to */
		return 0;
	}
	if (nslots < 2 || nslots > MAX_SLOTS || (nslots & (nslots - 1)) || count >= nslots ||
	    nslots > (n - HEAD) / SLOT || pool > n - HEAD - nslots * SLOT)
		return -1;
	need = HEAD + nslots * SLOT + pool;
	lx->slots = calloc(nslots, sizeof(*lx->slots));
	lx->pool = malloc(pool ? pool : 1);
	if (!lx->slots || !lx->pool) {
		*nomem = 1;
		nf_lexicon_release(lx);
		return -1;
	}
	lx->nslots = nslots;
	lx->pool_len = lx->pool_cap = pool;
	memcpy(lx->pool, p + HEAD + nslots * SLOT, pool);
	if (read_slots(lx, p + HEAD, count) < 0) {
		nf_lexicon_release(lx);
		return -1;
	}
	lx->count = count;
	*used = need;
	return 0;
}
