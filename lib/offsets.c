/*
 * Byte <-> code point conversion; see offsets.h.  A UTF-8 byte starts a
 * code point unless it is a continuation byte (10xxxxxx), so counting
 * code points is counting the other bytes, eight at a time.
 */
#include <stdint.h>
#include <string.h>

#include "offsets.h"

static int starts_cp(unsigned char c)
{
	return (c & 0xC0) != 0x80;
}

/*
 * Continuation bytes in the 8 bytes at s: bit 7 set and bit 6 clear,
 * counted a word at a time (the multiply sums the per-byte flags into
 * the top byte).
 */
static size_t count_cont8(const char *s)
{
	const uint64_t hi = 0x8080808080808080ULL;
	uint64_t w;

	memcpy(&w, s, sizeof(w));
	w = w & ~(w << 1) & hi;
	return (size_t)(((w >> 7) * 0x0101010101010101ULL) >> 56);
}

size_t nf_cp_count(const char *s, size_t n)
{
	size_t i, k = n;

	for (i = 0; i + 8 <= n; i += 8)
		k -= count_cont8(s + i);
	for (; i < n; i++)
		k -= !starts_cp((unsigned char)s[i]);
	return k;
}

void nf_cpcursor_init(struct nf_cpcursor *c, const char *s)
{
	c->s = s;
	c->byte = 0;
	c->cp = 0;
}

size_t nf_cpcursor_at(struct nf_cpcursor *c, size_t b)
{
	if (b >= c->byte)
		c->cp += nf_cp_count(c->s + c->byte, b - c->byte);
	else
		c->cp -= nf_cp_count(c->s + b, c->byte - b);
	c->byte = b;
	return c->cp;
}

size_t nf_cpcursor_byte(struct nf_cpcursor *c, size_t cp, size_t len)
{
	while (c->cp < cp && c->byte < len) {
		c->byte++;
		while (c->byte < len && !starts_cp((unsigned char)c->s[c->byte]))
			c->byte++;
		c->cp++;
	}
	while (c->cp > cp && c->byte > 0) {
		c->byte--;
		while (c->byte > 0 && !starts_cp((unsigned char)c->s[c->byte]))
			c->byte--;
		c->cp--;
	}
	return c->byte;
}
