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
#include "model.h"

enum { HEAD = 16, SLOT = 12, MAX_SLOTS = 1 << 26 };

int nf_lextable_write(const struct nf_lexicon *lx, struct nf_buf *out)
{
	size_t i;

	if (nf_buf_add(out, "LXT1", 4) < 0 || nf_put_u32(out, (uint32_t)lx->nslots) < 0 ||
	    nf_put_u32(out, (uint32_t)lx->count) < 0 || nf_put_u32(out, (uint32_t)lx->pool_len) < 0)
		return -1;
	for (i = 0; i < lx->nslots; i++)
		if (nf_put_u32(out, lx->slots[i].off) < 0 || nf_put_u32(out, lx->slots[i].len) < 0 ||
		    nf_put_u32(out, (uint32_t)lx->slots[i].value) < 0)
			return -1;
	return lx->pool_len ? nf_buf_add(out, lx->pool, lx->pool_len) : 0;
}

/* Fills lx->slots from the slot bytes s; 0, or -1 if one is bad. */
static int read_slots(struct nf_lexicon *lx, const unsigned char *s, size_t count)
{
	size_t i, used = 0;
	struct nf_lexicon_entry *e;

	for (i = 0; i < lx->nslots; i++, s += SLOT) {
		e = &lx->slots[i];
		e->off = nf_get_u32(s);
		e->len = nf_get_u32(s + 4);
		e->value = (int)nf_get_u32(s + 8);
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
	nslots = nf_get_u32(p + 4);
	count = nf_get_u32(p + 8);
	pool = nf_get_u32(p + 12);
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
