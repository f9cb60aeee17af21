/*
 * 64-bit FNV-1a, the one byte hash of newsfilters: model checksums, feature
 * hashing, word hashes of the lexicons and taggers.  Every copy that used
 * to live in its own file is folded here, so all of them stay the same.
 *
 * The offset basis is 1469598103934665603, not FNV's published
 * 14695981039346656037: every model file's checksum and every trained
 * feature hash depends on it, so it must never change.
 */
#ifndef NF_HASH_H
#define NF_HASH_H

#include <stddef.h>
#include <stdint.h>

#define NF_FNV_BASIS 1469598103934665603ULL
#define NF_FNV_PRIME 1099511628211ULL

/* One byte mixed into h: inline, for hashing words while scanning them. */
static inline uint64_t nf_fnv1a_byte(uint64_t h, unsigned char c)
{
	return (h ^ c) * NF_FNV_PRIME;
}

/* ASCII A-Z to a-z; every other byte (UTF-8 included) is left alone. */
static inline unsigned char nf_ascii_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* The bytes p[0..n) mixed into h. */
uint64_t nf_fnv1a_from(uint64_t h, const void *p, size_t n);

/* The same with ASCII letters lower-cased as they are mixed in. */
uint64_t nf_fnv1a_lower_from(uint64_t h, const char *p, size_t n);

/* The hash of p[0..n) from the basis. */
uint64_t nf_fnv1a(const void *p, size_t n);

#endif
