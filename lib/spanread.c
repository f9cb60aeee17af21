/*
 * One span read and bounds-checked; see spanread.h.
 */
#include <stdint.h>

#include "spanread.h"

int nf_span_read(const json_t *x, enum nf_span_forms forms, size_t ncp, size_t *s, size_t *e)
{
	const json_t *a, *b;
	json_int_t va, vb;

	if (forms == NF_SPAN_OR_ARRAY && json_is_array(x)) {
		a = json_array_get(x, 0);
		b = json_array_get(x, 1);
	} else {
		a = json_object_get(x, "start");
		b = json_object_get(x, "end");
	}
	if (!json_is_integer(a) || !json_is_integer(b))
		return -1;
	va = json_integer_value(a);
	vb = json_integer_value(b);
	if (va < 0 || vb < va || (uint64_t)vb > (uint64_t)ncp)
		return -1;
	*s = (size_t)va;
	*e = (size_t)vb;
	return 0;
}
