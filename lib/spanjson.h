/*
 * Writing an array of {"start","end"} spans as JSON text: one span object
 * is refilled and written by jansson for each span, so a record full of
 * spans costs the text it writes and no tree of objects.
 */
#ifndef NF_SPANJSON_H
#define NF_SPANJSON_H

#include "buf.h"
#include "sentsplit.h"

/*
 * Appends spans[0..n) (byte offsets of text) to b as a JSON array of code
 * point spans.  Returns 0, or -1 on ENOMEM.
 */
int nf_spanjson_write(struct nf_buf *b, const struct nf_span *spans, size_t n, const char *text);

#endif
