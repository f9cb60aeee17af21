/*
 * Span lists from earlier filters; see spans.h.
 */
#include <stdlib.h>
#include <string.h>

#include "offsets.h"
#include "spanread.h"
#include "spans.h"

void nf_spanvec_release(struct nf_spanvec *v)
{
	free(v->v);
	memset(v, 0, sizeof(*v));
}

static int push(struct nf_spanvec *v, size_t a, size_t b)
{
	struct nf_span *p;

	if (v->n == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 64;
		p = realloc(v->v, cap * sizeof(*p));
		if (!p)
			return -1;
		v->v = p;
		v->cap = cap;
	}
	v->v[v->n].start = a;
	v->v[v->n++].end = b;
	return 0;
}

int nf_spans_from_json(struct nf_spanvec *out, json_t *val, const char *text, size_t len)
{
	struct nf_cpcursor cur;
	json_t *x;
	size_t i, ncp = nf_cp_count(text, len), last = 0, a, b;

	out->n = 0;
	if (!json_is_array(val))
		return -2;
	nf_cpcursor_init(&cur, text);
	json_array_foreach(val, i, x) {
		if (nf_span_read(x, NF_SPAN_OBJECT, ncp, &a, &b) < 0 || a < last)
			return -2;
		last = b;
		if (push(out, nf_cpcursor_byte(&cur, a, len), nf_cpcursor_byte(&cur, b, len)) < 0)
			return -1;
	}
	return 0;
}
