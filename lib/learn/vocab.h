/*
 * The vocabulary section shared by the part-of-speech and parser models
 * ("word\n" lines, entry i on line i) and its index: an open-addressing
 * table from nf_pos_word_hash to the entry, built once at model load.
 */
#ifndef NF_VOCAB_H
#define NF_VOCAB_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"

/* The number of lines of v; -1 if one is empty, longer than 255 bytes or unended. */
long nf_vocab_count(const struct nf_section *v);

/*
 * Indexes the n lines of v: *cap slots (a power of two, at least twice
 * n + 1), *keys the word hash per slot (0 = empty), *index the line per
 * slot; a repeated word keeps its first line.  Returns 0, or -1 on ENOMEM
 * (the caller frees whatever was allocated).
 */
int nf_vocab_index(const struct nf_section *v, size_t n, size_t *cap, uint64_t **keys,
		   uint32_t **index);

#endif
