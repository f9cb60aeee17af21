/*
 * Span arrays written as JSON text; see spanjson.h.
 */
#include <jansson.h>

#include "jsonw.h"
#include "offsets.h"
#include "spanjson.h"

/* Writes the spans with the span object o, whose integers are s and e. */
static int write_spans(struct nf_buf *b, const struct nf_span *spans, size_t n,
		       const char *text, json_t *o, json_t *s, json_t *e)
{
	struct nf_cpcursor cur;
	struct nf_jsonw a;
	size_t i;

	if (json_object_set(o, "start", s) < 0 || json_object_set(o, "end", e) < 0 ||
	    nf_jsonw_open(&a, b) < 0)
		return -1;
	nf_cpcursor_init(&cur, text);
	for (i = 0; i < n; i++) {
		json_integer_set(s, (json_int_t)nf_cpcursor_at(&cur, spans[i].start));
		json_integer_set(e, (json_int_t)nf_cpcursor_at(&cur, spans[i].end));
		if (nf_jsonw_add(&a, o) < 0)
			return -1;
	}
	return nf_jsonw_close(&a);
}

int nf_spanjson_write(struct nf_buf *b, const struct nf_span *spans, size_t n, const char *text)
{
	json_t *o = json_object(), *s = json_integer(0), *e = json_integer(0);
	int rc = o && s && e ? write_spans(b, spans, n, text, o, s, e) : -1;

	json_decref(o);
	json_decref(s);
	json_decref(e);
	return rc;
}
