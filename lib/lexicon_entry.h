/*
 * A lexicon's hash-table slot, shared by lexicon.c (which builds tables)
 * and lextable.c (which writes them to bytes and reads them back); not
 * part of the public interface (lexicon.h).
 */
#ifndef NF_LEXICON_ENTRY_H
#define NF_LEXICON_ENTRY_H

#include <stdint.h>

/*
 * 12 bytes: a table of tens of thousands of words stays small to build.
 * The layout of a stored table's slot on a little-endian machine, packed
 * and allowed to alias bytes, so that a table in a model's bytes is used
 * where it lies (lextable.c).
 */
struct __attribute__((packed, may_alias)) nf_lexicon_entry {
	uint32_t off;		/* key offset in pool; unused slot if len == 0 */
	uint32_t len;
	int value;
};

#endif
