/*
 * Span lists from earlier filters; see spans.h.
 */
#include <stdlib.h>
#include <string.h>

#include "offsets.h"
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
	json_t *x, *s, *e;
	size_t i, ncp = nf_cp_count(text, len), last = 0;
	json_int_t a, b;

	out->n = 0;
	if (!json_is_array(val))
		return -2;
	nf_cpcursor_init(&cur, text);
	json_array_foreach(val, i, x) {
		s = json_object_get(x, "start");
		e = json_object_get(x, "end");
		if (!json_is_integer(s) || !json_is_integer(e))
			return -2;
		a = json_integer_value(s);
		b = json_integer_value(e);
		if (a < (json_int_t)last || b < a || (size_t)b > ncp)
			return -2;
		last = (size_t)b;
		if (push(out, nf_cpcursor_byte(&cur, (size_t)a, len),
			 nf_cpcursor_byte(&cur, (size_t)b, len)) < 0)
			return -1;
	}
	return 0;
}
