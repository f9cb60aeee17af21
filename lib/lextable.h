/*
 * A built lexicon (lexicon.h) as bytes and back: a model can carry its
 * word lists as ready hash tables, so that loading it uses them where
 * they lie instead of hashing every word again (most of tag-entities'
 * start-up).
 *
 * Layout, little-endian: "LXT1", u32 slots (a power of two, or 0 for a
 * lexicon nothing was added to), u32 count,
 * u32 pool bytes, then per slot u32 key offset, u32 key length (0 = empty),
 * i32 value, then the pool of lower-cased keys.
 */
#ifndef NF_LEXTABLE_H
#define NF_LEXTABLE_H

#include <stddef.h>

#include "buf.h"
#include "lexicon.h"

/* Appends lx's table to out.  Returns 0, or -1 on ENOMEM. */
int nf_lextable_write(const struct nf_lexicon *lx, struct nf_buf *out);

/*
 * Reads a table from p[0..n) into lx (initialised, empty); *used is the
 * bytes read.  On a little-endian machine lx borrows the bytes, which
 * must outlive it (a change copies them first), else it owns copies.
 * Every slot is checked unless p lies in a built-in model.  Returns 0;
 * -1 if the bytes are not a valid table (lx left empty) or on ENOMEM
 * (*nomem set).
 */
int nf_lextable_read(struct nf_lexicon *lx, const unsigned char *p, size_t n, size_t *used,
		     int *nomem);

#endif
