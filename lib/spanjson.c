/*
 * Reusable span arrays; see spanjson.h.
 */
#include <stdlib.h>
#include <string.h>

#include "offsets.h"
#include "spanjson.h"

void nf_spanjson_init(struct nf_spanjson *sj)
{
	memset(sj, 0, sizeof(*sj));
}

void nf_spanjson_release(struct nf_spanjson *sj)
{
	size_t i;

	for (i = 0; i < sj->cap; i++) {
		json_decref(sj->obj[i]);
		json_decref(sj->start[i]);
		json_decref(sj->end[i]);
	}
	json_decref(sj->arr);
	free(sj->obj);
	free(sj->start);
	free(sj->end);
	nf_spanjson_init(sj);
}

/* Makes span object i (with references kept in sj). */
static int make_span(struct nf_spanjson *sj, size_t i)
{
	sj->obj[i] = json_object();
	sj->start[i] = json_integer(0);
	sj->end[i] = json_integer(0);
	if (!sj->obj[i] || !sj->start[i] || !sj->end[i] ||
	    json_object_set(sj->obj[i], "start", sj->start[i]) < 0 ||
	    json_object_set(sj->obj[i], "end", sj->end[i]) < 0)
		return -1;
	return 0;
}

static int grow(struct nf_spanjson *sj, size_t n)
{
	size_t cap = sj->cap ? sj->cap : 32, i;
	json_t **o, **s, **e;

	while (cap < n)
		cap *= 2;
	o = realloc(sj->obj, cap * sizeof(*o));
	if (o)
		sj->obj = o;
	s = realloc(sj->start, cap * sizeof(*s));
	if (s)
		sj->start = s;
	e = realloc(sj->end, cap * sizeof(*e));
	if (e)
		sj->end = e;
	if (!o || !s || !e)
		return -1;
	for (i = sj->cap; i < cap; i++)
		sj->obj[i] = sj->start[i] = sj->end[i] = NULL;
	for (i = sj->cap; i < cap; i++) {
		sj->cap = i + 1;	/* release() sees what exists */
		if (make_span(sj, i) < 0)
			return -1;
	}
	return 0;
}

json_t *nf_spanjson_fill(struct nf_spanjson *sj, const struct nf_span *spans, size_t n,
			 const char *text)
{
	struct nf_cpcursor cur;
	size_t i;

	if (!sj->arr && !(sj->arr = json_array()))
		return NULL;
	if (n > sj->cap && grow(sj, n) < 0)
		return NULL;
	if (json_array_clear(sj->arr) < 0)
		return NULL;
	nf_cpcursor_init(&cur, text);
	for (i = 0; i < n; i++) {
		json_integer_set(sj->start[i], (json_int_t)nf_cpcursor_at(&cur, spans[i].start));
		json_integer_set(sj->end[i], (json_int_t)nf_cpcursor_at(&cur, spans[i].end));
		if (json_array_append(sj->arr, sj->obj[i]) < 0)
			return NULL;
	}
	return json_incref(sj->arr);
}
