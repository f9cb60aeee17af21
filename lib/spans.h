/*
 * Reading span lists that earlier filters left in a record (for example
 * "sentences"), converted from code points to byte offsets of the text.
 */
#ifndef NF_SPANS_H
#define NF_SPANS_H

#include <jansson.h>

#include "sentsplit.h"

struct nf_spanvec {
	struct nf_span *v;
	size_t n, cap;
};

/*
 * Reads the array val of {"start","end"} objects (code points, sorted,
 * within text[0..len)) into out as byte spans.  Returns 0, -1 on ENOMEM,
 * -2 if val is not such a list.
 */
int nf_spans_from_json(struct nf_spanvec *out, json_t *val, const char *text, size_t len);

void nf_spanvec_release(struct nf_spanvec *v);

#endif
