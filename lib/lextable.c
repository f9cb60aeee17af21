/*
 * Lexicons as ready hash tables in a model file; see lextable.h.  On a
 * little-endian machine a table is used where it lies in the model's
 * bytes (a stored slot is a struct nf_lexicon_entry there): copying the
 * megabytes of a gazetteer was most of tag-entities' start-up, in page
 * faults.  Reading checks every slot (a key inside the pool, the count
 * right, at least one empty slot so that a probe always ends), because a
 * model file is input, except in a model built into the binary, checked
 * by the build (tools/model-check.c).
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

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
enum { IN_PLACE = 1 };
#else
enum { IN_PLACE = 0 };
#endif
_Static_assert(sizeof(struct nf_lexicon_entry) == SLOT, "a stored slot is an entry");

/* Are lx's slots sound: keys inside the pool, count of them used?  0, or -1. */
static int check_slots(const struct nf_lexicon *lx, size_t count)
{
	size_t i, used = 0;
	const struct nf_lexicon_entry *e;

	for (i = 0; i < lx->nslots; i++) {
		e = &lx->slots[i];
		if (e->len && (e->off > lx->pool_len || e->len > lx->pool_len - e->off))
			return -1;
		used += e->len != 0;
	}
	return used == count ? 0 : -1;
}

/* Fills lx->slots (its own) from the slot bytes s. */
static void copy_slots(struct nf_lexicon *lx, const unsigned char *s)
{
	size_t i;

	for (i = 0; i < lx->nslots; i++, s += SLOT) {
		lx->slots[i].off = nf_get_u32(s);
		lx->slots[i].len = nf_get_u32(s + 4);
		lx->slots[i].value = (int)nf_get_u32(s + 8);
	}
}

/* lx as the table at p: in place, or copied.  0, or -1 on ENOMEM. */
static int take_table(struct nf_lexicon *lx, const unsigned char *p, size_t nslots, size_t pool)
{
	const unsigned char *s = p + HEAD, *keys = s + nslots * SLOT;

	lx->nslots = nslots;
	lx->pool_len = lx->pool_cap = pool;
	if (IN_PLACE) {
		lx->slots = (struct nf_lexicon_entry *)(uintptr_t)s;	/* never written: borrowed */
		lx->pool = (char *)(uintptr_t)keys;
		lx->borrowed = 1;
		return 0;
	}
	lx->slots = calloc(nslots, sizeof(*lx->slots));
	lx->pool = malloc(pool ? pool : 1);
	if (!lx->slots || !lx->pool)
		return -1;
	memcpy(lx->pool, keys, pool);
	copy_slots(lx, s);
	return 0;
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
	if (take_table(lx, p, nslots, pool) < 0) {
		*nomem = 1;
		nf_lexicon_release(lx);
		return -1;
	}
	if (!nf_model_builtin(p, need) && check_slots(lx, count) < 0) {
		nf_lexicon_release(lx);
		return -1;
	}
	lx->count = count;
	*used = need;
	return 0;
}
