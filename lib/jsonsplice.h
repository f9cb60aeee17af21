/*
 * Output by splicing: a filter copies the input object's bytes and puts
 * its own key's value in, instead of re-serialising the whole record.
 * That keeps every other field byte-for-byte as it came and costs a copy
 * rather than a jansson dump.  The input must already have been accepted
 * by jansson as one JSON object; these functions only locate members.
 * The value itself is written by jansson (json_dumpb).
 */
#ifndef NF_JSONSPLICE_H
#define NF_JSONSPLICE_H

#include <stddef.h>

#include <jansson.h>

#include "buf.h"

/*
 * Finds the top-level member key in the object obj[0..len) (which starts
 * with '{' and ends with '}').  Returns 1 and the value's byte range
 * [*vstart, *vend) if found, 0 if not.  *members is set to the number of
 * members seen (so an empty object is told from a non-empty one).
 */
int nf_json_find_member(const char *obj, size_t len, const char *key,
			size_t *vstart, size_t *vend, size_t *members);

/*
 * How to write obj[0..len) with key's value set: obj[0..head), then (unless
 * the key was there and its value is replaced in place) an optional comma
 * and the quoted key and ':', then the value, then obj[tail..len).
 */
enum nf_splice_add { NF_SPLICE_REPLACE, NF_SPLICE_APPEND, NF_SPLICE_APPEND_COMMA };

struct nf_splice {
	size_t head, tail;
	enum nf_splice_add add;
};

void nf_json_splice_plan(const char *obj, size_t len, const char *key,
			 struct nf_splice *plan);

/*
 * Appends to out the object obj[0..len) with member key set to the JSON
 * text val[0..vlen): replaced in place if present, else added last, as
 * qkey (key as a JSON string, quotes included).
 * Returns 0, or -1 on ENOMEM.
 */
int nf_json_splice(struct nf_buf *out, const char *obj, size_t len,
		   const char *key, const char *qkey, const char *val, size_t vlen);

/*
 * Appends to out the object obj[0..len) with each member keys[k] (k < n)
 * set to the JSON text vals[k], in one pass: what n calls of
 * nf_json_splice in turn give (present keys replaced in place, the others
 * added last in their order, quoted as qkeys[k]), without a copy of the
 * line per key.  Returns 0, or -1 on ENOMEM or n > NF_SPLICE_MAXKEYS.
 */
enum { NF_SPLICE_MAXKEYS = 8 };
int nf_json_splice_keys(struct nf_buf *out, const char *obj, size_t len,
			const char *const *keys, char *const *qkeys, const struct nf_buf *vals,
			size_t n);

/*
 * The same, with the pieces of the line handed in order to put (which
 * returns 0, or -1 to stop) instead of appended to a buffer: to measure
 * the line, or write it out, without building it.  Returns 0, or -1 when
 * put failed or n > NF_SPLICE_MAXKEYS.
 */
typedef int (*nf_splice_put)(void *arg, const char *p, size_t n);
int nf_json_splice_keys_put(nf_splice_put put, void *arg, const char *obj, size_t len,
			    const char *const *keys, char *const *qkeys,
			    const struct nf_buf *vals, size_t n);

#endif
