/*
 * 64-bit FNV-1a over bytes; see hash.h.  Out of line: callers hash whole
 * words and buffers, and the per-byte step is inline in hash.h.
 */
#include "hash.h"

uint64_t nf_fnv1a_from(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	size_t i;

	for (i = 0; i < n; i++)
		h = nf_fnv1a_byte(h, s[i]);
	return h;
}

uint64_t nf_fnv1a_lower_from(uint64_t h, const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		h = nf_fnv1a_byte(h, nf_ascii_lower((unsigned char)p[i]));
	return h;
}

uint64_t nf_fnv1a(const void *p, size_t n)
{
	return nf_fnv1a_from(NF_FNV_BASIS, p, n);
}
