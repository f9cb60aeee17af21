/*
 * The vocabulary of the tagger's and the parser's models (vocab.h): one
 * reading of the section's lines for both, so the two models index their
 * words the same way.
 */
#include <stdlib.h>
#include <string.h>

#include "pos.h"
#include "vocab.h"

long nf_vocab_count(const struct nf_section *v)
{
	const char *p = (const char *)v->data, *end = p + v->len, *nl;
	long n = 0;

	for (; p < end; p = nl + 1, n++) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl || nl == p || nl - p > 255 || n >= 0x7FFFFFF)
			return -1;
	}
	return n;
}

int nf_vocab_index(const struct nf_section *v, size_t n, size_t *cap, uint64_t **keys,
		   uint32_t **index)
{
	const char *p = (const char *)v->data, *end = p + v->len, *nl;
	size_t mask, s, i = 0;
	uint64_t h;

	for (*cap = 64; *cap < 2 * (n + 1); *cap *= 2)
		;
	*keys = calloc(*cap, sizeof(**keys));
	*index = calloc(*cap, sizeof(**index));
	if (!*keys || !*index)
		return -1;
	mask = *cap - 1;
	for (; p < end; p = nl + 1, i++) {
		nl = memchr(p, '\n', (size_t)(end - p));
		h = nf_pos_word_hash(p, (size_t)(nl - p));
		for (s = (size_t)h & mask; (*keys)[s] && (*keys)[s] != h; s = (s + 1) & mask)
			;
		if (!(*keys)[s]) {
			(*keys)[s] = h;
			(*index)[s] = (uint32_t)i;
		}
	}
	return 0;
}
