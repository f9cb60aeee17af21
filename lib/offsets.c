/*
 * Byte <-> code point conversion; see offsets.h.  A UTF-8 byte starts a
 * code point unless it is a continuation byte (10xxxxxx), so counting
 * code points is counting the other bytes.
 */
#include "offsets.h"

static int starts_cp(unsigned char c)
{
	return (c & 0xC0) != 0x80;
}

size_t nf_cp_count(const char *s, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += starts_cp((unsigned char)s[i]);
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
