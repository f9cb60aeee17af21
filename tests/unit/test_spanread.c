/*
 * Unit tests for lib/spanread.c: the one reader of {"start","end"} and
 * [s, e] spans, and every span it must refuse.
 */
#include <stdlib.h>

#include <jansson.h>

#include "spanread.h"
#include "unit.h"

/* Reads the span written as JSON text j; returns nf_span_read's result. */
static int read_json(const char *j, enum nf_span_forms forms, size_t ncp, size_t *s, size_t *e)
{
	json_t *x = json_loads(j, JSON_DECODE_ANY, NULL);
	int rc;

	if (!x)
		return -9;
	rc = nf_span_read(x, forms, ncp, s, e);
	json_decref(x);
	return rc;
}

static void test_good(void)
{
	size_t s = 0, e = 0;

	CHECK(read_json("{\"start\": 2, \"end\": 5}", NF_SPAN_OBJECT, 5, &s, &e) == 0);
	CHECK_SIZE(s, 2);
	CHECK_SIZE(e, 5);
	CHECK(read_json("{\"end\": 0, \"start\": 0, \"label\": \"x\"}", NF_SPAN_OBJECT, 0, &s, &e) == 0);
	CHECK_SIZE(s, 0);
	CHECK_SIZE(e, 0);
	CHECK(read_json("[1, 3, \"PER\"]", NF_SPAN_OR_ARRAY, 3, &s, &e) == 0);
	CHECK_SIZE(s, 1);
	CHECK_SIZE(e, 3);
	CHECK(read_json("{\"start\": 1, \"end\": 2}", NF_SPAN_OR_ARRAY, 9, &s, &e) == 0);
}

static void test_bad(void)
{
	static const char *bad[] = {
		"{\"start\": 3, \"end\": 2}", "{\"start\": -1, \"end\": 2}",
		"{\"start\": 0, \"end\": 6}", "{\"start\": 0}", "{\"end\": 1}",
		"{\"start\": 0.0, \"end\": 1}", "{\"start\": \"0\", \"end\": 1}",
		"{\"start\": 0, \"end\": 9223372036854775807}", "[0, 1]", "[]", "3", "null",
	};
	size_t s = 7, e = 7, i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		CHECK(read_json(bad[i], NF_SPAN_OBJECT, 5, &s, &e) == -1);
	CHECK(read_json("[2, 1]", NF_SPAN_OR_ARRAY, 5, &s, &e) == -1);
	CHECK(read_json("[0, 6]", NF_SPAN_OR_ARRAY, 5, &s, &e) == -1);
	CHECK(read_json("[0]", NF_SPAN_OR_ARRAY, 5, &s, &e) == -1);
	CHECK_SIZE(s, 7);	/* left alone */
	CHECK_SIZE(e, 7);
}

int main(void)
{
	test_good();
	test_bad();
	return unit_done("spanread");
}
