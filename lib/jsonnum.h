/*
 * Numbers jansson cannot hold: an integer beyond int64 or a real beyond
 * double ("1e400") is valid JSON, but jansson refuses the whole line.  The
 * driver writes records from their input bytes and reads only a few
 * members, so such a number is replaced, in a copy parsed instead of the
 * line, by a zero real of the same length ("0e000"): every column stays
 * where it was, the bytes written are still the input's, and a member a
 * filter reads (a span's start) is then not an integer and is refused as
 * bad data, as it should be.
 */
#ifndef NF_JSONNUM_H
#define NF_JSONNUM_H

#include <stddef.h>

#include "buf.h"

/*
 * Looks for such numbers in the JSON text p[0..n) (outside strings).
 * Returns 0 if there is none, 1 if out now holds the copy to parse (n
 * bytes), -1 on ENOMEM.
 */
int nf_json_tame_numbers(const char *p, size_t n, struct nf_buf *out);

#endif
