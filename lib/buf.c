/*
 * Growable byte buffer; see buf.h.  Growth doubles, so appending n bytes
 * one call at a time costs O(n) overall.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

/* Would adding extra bytes to b take its group past the limit? */
static int over_limit(const struct nf_buf *b, size_t extra)
{
	const struct nf_buf_limit *l = b->limit;
	size_t k, total = extra;

	for (k = 0; k < l->n; k++) {
		total += nf_buf_total(&l->group[k]);
		if (total > l->max)
			return 1;
	}
	return 0;
}

/* A buffer only counting keeps the memory for its pieces up to this much (the first it gets). */
enum { DROP_KEEP = 256 };

/*
 * Drops b's contents for good (they can only be rejected), keeping their
 * count, and frees its memory.
 */
static void drop(struct nf_buf *b)
{
	b->dropped += b->len;
	b->len = 0;
	free(b->data);
	b->data = NULL;
	b->cap = 0;
}

int nf_buf_grow(struct nf_buf *b, size_t extra)
{
	size_t need, cap;
	char *p;

	if (extra > SIZE_MAX - b->len - 1)
		return -1;
	need = b->len + extra + 1;
	if (need <= b->cap)
		return 0;
	if (b->limit && (b->dropped || b->counting || over_limit(b, extra))) {
		if (b->cap > DROP_KEEP)
			drop(b);
		b->dropped += b->len;	/* a small buffer is kept for the next pieces */
		b->len = 0;
		need = extra + 1;
		if (need <= b->cap)
			return 0;
	}
	cap = b->cap ? b->cap : 256;
	while (cap < need)
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	/* a bounded buffer never holds more than its limit (checked above) */
	if (b->limit && cap > need && cap > b->limit->max + 1)
		cap = need > b->limit->max + 1 ? need : b->limit->max + 1;
	p = realloc(b->data, cap);
	if (!p)
		return -1;
	b->data = p;
	b->cap = cap;
	return 0;
}

int nf_buf_add(struct nf_buf *b, const void *p, size_t n)
{
	if (nf_buf_grow(b, n) < 0)
		return -1;
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

int nf_buf_addc(struct nf_buf *b, char c)
{
	return nf_buf_add(b, &c, 1);
}

int nf_buf_adds(struct nf_buf *b, const char *s)
{
	return nf_buf_add(b, s, strlen(s));
}

int nf_grow(void **p, size_t *cap, size_t need, size_t size)
{
	size_t n = *cap ? *cap : 64;
	void *q;

	if (need <= *cap)
		return 0;
	while (n < need)
		n = n > SIZE_MAX / 2 ? need : n * 2;
	if (n > SIZE_MAX / size)
		return -1;
	q = realloc(*p, n * size);
	if (!q)
		return -1;
	*p = q;
	*cap = n;
	return 0;
}

void nf_buf_count_only(struct nf_buf *b)
{
	if (!b->limit)
		return;
	drop(b);
	b->counting = 1;
}

void nf_buf_reset(struct nf_buf *b)
{
	b->len = 0;
	b->dropped = 0;
	b->counting = 0;
	if (b->data)
		b->data[0] = '\0';
}

void nf_buf_release(struct nf_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
	b->dropped = 0;
	b->counting = 0;
}
