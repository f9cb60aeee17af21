/*
 * A JSON array of {"start","end"} spans that is refilled record after
 * record without allocating, once it has grown to the largest record's
 * size: the span objects and their integers are kept and updated in
 * place.  The value is still serialised by jansson.
 */
#ifndef NF_SPANJSON_H
#define NF_SPANJSON_H

#include <jansson.h>

#include "sentsplit.h"

struct nf_spanjson {
	json_t *arr;
	json_t **obj, **start, **end;	/* our own references */
	size_t cap;
};

void nf_spanjson_init(struct nf_spanjson *sj);
void nf_spanjson_release(struct nf_spanjson *sj);

/*
 * Fills the array with spans[0..n) (byte offsets of text) as code point
 * spans and returns a new reference to it, or NULL on ENOMEM.  The array
 * is reused by the next fill: drop the reference before that.
 */
json_t *nf_spanjson_fill(struct nf_spanjson *sj, const struct nf_span *spans, size_t n,
			 const char *text);

#endif
