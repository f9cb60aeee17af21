/*
 * Word lists as open-addressing hash tables; see lexicon.h.  Keys are
 * stored lower-cased (ASCII) and compared after lower-casing the probe on
 * the fly, so a lookup allocates nothing.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "lexicon.h"
#include "lexicon_entry.h"

static uint64_t hash_lower(const char *w, size_t n)
{
	return nf_fnv1a_lower_from(NF_FNV_BASIS, w, n);
}

void nf_lexicon_init(struct nf_lexicon *lx)
{
	memset(lx, 0, sizeof(*lx));
}

void nf_lexicon_release(struct nf_lexicon *lx)
{
	if (!lx->borrowed) {
		free(lx->slots);
		free(lx->pool);
	}
	nf_lexicon_init(lx);
}

/* Makes a borrowed table lx's own before it changes.  0, or -1 on ENOMEM. */
static int own(struct nf_lexicon *lx)
{
	struct nf_lexicon_entry *s;
	char *p;

	if (!lx->borrowed)
		return 0;
	s = malloc(lx->nslots * sizeof(*s));
	p = malloc(lx->pool_len ? lx->pool_len : 1);
	if (!s || !p) {
		free(s);
		free(p);
		return -1;
	}
	memcpy(s, lx->slots, lx->nslots * sizeof(*s));
	memcpy(p, lx->pool, lx->pool_len);
	lx->slots = s;
	lx->pool = p;
	lx->pool_cap = lx->pool_len;
	lx->borrowed = 0;
	return 0;
}

static int equal_lower(const char *key, const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (key[i] != (char)nf_ascii_lower((unsigned char)w[i]))
			return 0;
	return 1;
}

static struct nf_lexicon_entry *find_hashed(const struct nf_lexicon *lx, uint64_t h,
					    const char *w, size_t n)
{
	size_t mask = lx->nslots - 1, i = h & mask;
	struct nf_lexicon_entry *e;

	for (;; i = (i + 1) & mask) {
		e = &lx->slots[i];
		if (e->len == 0 ||
		    (e->len == n && equal_lower(lx->pool + e->off, w, n)))
			return e;
	}
}

static struct nf_lexicon_entry *find(const struct nf_lexicon *lx, const char *w, size_t n)
{
	return find_hashed(lx, hash_lower(w, n), w, n);
}

/* Moves the entries to a table of n slots (a power of two, enough). */
static int resize(struct nf_lexicon *lx, size_t n)
{
	struct nf_lexicon old = *lx;
	size_t i;

	lx->slots = calloc(n, sizeof(*lx->slots));
	if (!lx->slots) {
		lx->slots = old.slots;
		return -1;
	}
	lx->nslots = n;
	for (i = 0; i < old.nslots; i++) {
		struct nf_lexicon_entry *e = &old.slots[i];
		if (e->len)
			*find(lx, lx->pool + e->off, e->len) = *e;
	}
	free(old.slots);
	return 0;
}

static int rehash(struct nf_lexicon *lx)
{
	return resize(lx, lx->nslots ? lx->nslots * 2 : 64);
}

/* Room for more entries and pool bytes, so that a load grows nothing. */
static int reserve(struct nf_lexicon *lx, size_t more, size_t bytes)
{
	size_t n = lx->nslots ? lx->nslots : 64;
	char *p;

	if (own(lx) < 0)
		return -1;
	while (n < (lx->count + more) * 2 + 2)
		n *= 2;
	if (n != lx->nslots && resize(lx, n) < 0)
		return -1;
	if (lx->pool_len + bytes > lx->pool_cap) {
		p = realloc(lx->pool, lx->pool_len + bytes);
		if (!p)
			return -1;
		lx->pool = p;
		lx->pool_cap = lx->pool_len + bytes;
	}
	return 0;
}

static int pool_add(struct nf_lexicon *lx, const char *w, size_t n, size_t *off)
{
	size_t i;

	if (n > UINT32_MAX - lx->pool_len)
		return -1;	/* offsets are 32-bit */
	if (lx->pool_len + n > lx->pool_cap) {
		size_t cap = lx->pool_cap ? lx->pool_cap : 4096;
		char *p;
		while (cap < lx->pool_len + n)
			cap *= 2;
		p = realloc(lx->pool, cap);
		if (!p)
			return -1;
		lx->pool = p;
		lx->pool_cap = cap;
	}
	*off = lx->pool_len;
	for (i = 0; i < n; i++)
		lx->pool[lx->pool_len++] = (char)nf_ascii_lower((unsigned char)w[i]);
	return 0;
}

/*
 * Sets w[0..n) to value, adding the key if it is new; an existing entry
 * keeps its value if keep_larger and that value is not smaller.
 */
static int put(struct nf_lexicon *lx, const char *w, size_t n, int value, int keep_larger)
{
	struct nf_lexicon_entry *e;
	size_t off;

	if (n == 0)
		return 0;
	if (own(lx) < 0 || ((lx->count + 1) * 2 > lx->nslots && rehash(lx) < 0))
		return -1;
	e = find(lx, w, n);
	if (e->len) {
		if (!keep_larger || e->value < value)
			e->value = value;	/* a later entry wins */
		return 0;
	}
	if (pool_add(lx, w, n, &off) < 0)	/* moves the pool, not the slots */
		return -1;
	e->off = (uint32_t)off;
	e->len = (uint32_t)n;
	e->value = value;
	lx->count++;
	return 0;
}

int nf_lexicon_add(struct nf_lexicon *lx, const char *w, size_t n, int value)
{
	return put(lx, w, n, value, 0);
}

int nf_lexicon_raise(struct nf_lexicon *lx, const char *w, size_t n, int value)
{
	return put(lx, w, n, value, 1);
}

int nf_lexicon_reserve(struct nf_lexicon *lx, size_t entries, size_t bytes)
{
	return reserve(lx, entries, bytes);
}

uint64_t nf_lexicon_hash(const char *w, size_t n)
{
	return hash_lower(w, n);
}

int nf_lexicon_get_hashed(const struct nf_lexicon *lx, uint64_t h, const char *w, size_t n)
{
	const struct nf_lexicon_entry *e;

	if (lx->count == 0 || n == 0)
		return -1;
	e = find_hashed(lx, h, w, n);
	return e->len ? e->value : -1;
}

int nf_lexicon_get(const struct nf_lexicon *lx, const char *w, size_t n)
{
	return nf_lexicon_get_hashed(lx, hash_lower(w, n), w, n);
}

void nf_lexicon_prefetch(const struct nf_lexicon *lx, uint64_t h)
{
	if (lx->count != 0)
		__builtin_prefetch(&lx->slots[h & (lx->nslots - 1)]);
}

void nf_lexicon_prefetch_key(const struct nf_lexicon *lx, uint64_t h, size_t n)
{
	size_t mask = lx->nslots - 1, i = h & mask;

	for (; lx->count != 0 && lx->slots[i].len != 0; i = (i + 1) & mask)
		if (lx->slots[i].len == n) {
			__builtin_prefetch(lx->pool + lx->slots[i].off);
			return;
		}
}

void nf_lexicon_foreach(const struct nf_lexicon *lx,
			void (*fn)(void *arg, const char *w, size_t n, int value), void *arg)
{
	size_t i;

	for (i = 0; i < lx->nslots; i++)
		if (lx->slots[i].len)
			fn(arg, lx->pool + lx->slots[i].off, lx->slots[i].len, lx->slots[i].value);
}

/* The index of tag t[0..n) in tags, or -1. */
static int tag_index(const char *const *tags, const char *t, size_t n)
{
	int i;

	for (i = 0; tags && tags[i]; i++)
		if (strlen(tags[i]) == n && memcmp(tags[i], t, n) == 0)
			return i;
	return -1;
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* Parses the decimal tag t[0..n) into *v.  Returns 0 or -1. */
static int number(const char *t, size_t n, int *v)
{
	size_t i;
	long x = 0;

	if (n == 0 || n > 9)
		return -1;
	for (i = 0; i < n; i++) {
		if (t[i] < '0' || t[i] > '9')
			return -1;
		x = x * 10 + (t[i] - '0');
	}
	*v = (int)x;
	return 0;
}

/*
 * Splits the line p[0..eol) into word and tag: at the first tab if there
 * is one (so words may hold spaces), else at the first blank.
 */
static void split_line(const char *p, const char *eol, const char **w, size_t *wn,
		       const char **t, size_t *tn)
{
	size_t n = (size_t)(eol - p), i = 0;
	const char *tab, *e;

	while (i < n && is_blank(p[i]))
		i++;
	p += i;
	tab = memchr(p, '\t', n - i);	/* not a tab indenting the line */
	*w = p;
	if (tab) {
		for (e = tab; e > p && is_blank(e[-1]); e--)
			;
		*wn = (size_t)(e - p);
		p = tab + 1;
	} else {
		for (e = p; e < eol && !is_blank(*e); e++)
			;
		*wn = (size_t)(e - p);
		p = e;
	}
	while (p < eol && is_blank(*p))
		p++;
	for (e = p; e < eol && !is_blank(*e); e++)
		;
	*t = p;
	*tn = (size_t)(e - p);
}

int nf_lexicon_load(struct nf_lexicon *lx, const char *src, size_t len,
		    const char *const *tags, size_t *errline)
{
	const char *p = src, *end = src + len, *eol, *w, *t;
	size_t line = 0, wn, tn;
	int v;

	*errline = 0;
	for (eol = src; eol && eol < end; eol = memchr(eol + 1, '\n', (size_t)(end - eol - 1)))
		line++;
	if (reserve(lx, line + 1, len) < 0)
		return -1;
	line = 0;
	for (; p < end; p = eol + 1) {
		line++;
		eol = memchr(p, '\n', (size_t)(end - p));
		if (!eol)
			eol = end;
		split_line(p, eol, &w, &wn, &t, &tn);
		if (wn == 0 || *w == '#')
			continue;
		v = 0;
		if (tn && (tags ? (v = tag_index(tags, t, tn)) < 0 : number(t, tn, &v) < 0)) {
			*errline = line;
			return -1;
		}
		if (nf_lexicon_add(lx, w, wn, v) < 0)
			return -1;
	}
	return 0;
}
