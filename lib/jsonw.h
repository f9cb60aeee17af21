/*
 * Writing a stage's value as JSON text straight into a buffer, element by
 * element, instead of building the whole value as a jansson tree first: a
 * tree costs some hundreds of bytes per span, which made memory grow to
 * hundreds of times the record on text full of sentences, notes or
 * quotes.  An element is a small jansson value written by jansson
 * (json_dumpb), or, where building and dumping objects per element cost
 * too much (tag-entities, link-sources), written by hand with the
 * nf_jsonw_string/int/real below, which write the bytes json_dumpb writes
 * (tests/unit/test_jsonw.c compares them); only the brackets and commas
 * around the elements are always ours.
 *
 *	struct nf_jsonw a;
 *	nf_jsonw_open(&a, buf);
 *	for (...) { fill one reused json_t *o; nf_jsonw_add(&a, o); }
 *	nf_jsonw_close(&a);
 */
#ifndef NF_JSONW_H
#define NF_JSONW_H

#include <jansson.h>

#include "buf.h"

/*
 * How every value is written: compact, and scores with 6 significant
 * digits (0.4, not 0.40000000000000002, the nearest double at 17).
 */
#define NF_JSONW_FLAGS (JSON_COMPACT | JSON_ENCODE_ANY | JSON_REAL_PRECISION(6))

/* Appends v as JSON text to b.  Returns 0, or -1 on ENOMEM or a value jansson refuses. */
int nf_jsonw_value(struct nf_buf *b, const json_t *v);

/*
 * Appends s[0..n) as a JSON string, quotes included, escaped as jansson
 * escapes it (", \ and the control characters; nothing else, so no \/
 * and no \uXXXX above 0x7F).  Returns 0, or -1 on ENOMEM or if the bytes
 * are not UTF-8 (as jansson refuses them).
 */
int nf_jsonw_string(struct nf_buf *b, const char *s, size_t n);
/* Appends the integer v.  Returns 0, or -1 on ENOMEM. */
int nf_jsonw_int(struct nf_buf *b, long long v);
/*
 * Appends the real v as NF_JSONW_FLAGS has jansson write it (6 significant
 * digits, always a "." or an exponent).  Returns 0, or -1 on ENOMEM or if
 * v is not finite (jansson has no such reals).
 */
int nf_jsonw_real(struct nf_buf *b, double v);

/* An array being written into b; n counts its elements so far. */
struct nf_jsonw {
	struct nf_buf *b;
	size_t n;
};

/* Each returns 0, or -1 on ENOMEM (or a value jansson refuses). */
int nf_jsonw_open(struct nf_jsonw *a, struct nf_buf *b);
/* Appends element v. */
int nf_jsonw_add(struct nf_jsonw *a, const json_t *v);
/* Starts an element that the caller writes itself (a comma if needed). */
int nf_jsonw_next(struct nf_jsonw *a);
int nf_jsonw_close(struct nf_jsonw *a);

#endif
