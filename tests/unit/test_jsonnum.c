/*
 * Unit tests for lib/jsonnum.c: numbers jansson cannot hold are tamed
 * outside strings only, wherever a string ends: after escaped quotes and
 * runs of backslashes (even: the quote ends it; odd: it does not), and in
 * text cut short inside a string.
 */
#include <string.h>

#include "jsonnum.h"
#include "unit.h"

/* Tames in and checks the result: want NULL for "nothing to tame". */
static void tamed(const char *in, const char *want)
{
	struct nf_buf out = NF_BUF_INIT;
	int rc = nf_json_tame_numbers(in, strlen(in), &out);

	if (!want) {
		CHECK(rc == 0);
	} else {
		CHECK(rc == 1);
		if (rc == 1)
			CHECK_MEM(out.data, out.len, want);
	}
	nf_buf_release(&out);
}

static void test_strings(void)
{
	tamed("{\"x\":1e400}", "{\"x\":0e000}");
	tamed("{\"s\":\"1e400\"}", NULL);
	tamed("{\"s\":\"a\\\"1e400\"}", NULL);			/* an escaped quote */
	tamed("{\"s\":\"a\\\\\",\"x\":1e400}", "{\"s\":\"a\\\\\",\"x\":0e000}");	/* \\ then " */
	tamed("{\"s\":\"\\\\\\\"1e400\"}", NULL);		/* \\\" stays inside */
	tamed("{\"s\":\"\\\\\\\\\",\"x\":-1e999}", "{\"s\":\"\\\\\\\\\",\"x\":-0e000}");
	tamed("{\"s\":\"\",\"x\":99999999999999999999}", "{\"s\":\"\",\"x\":0e000000000000000000}");
	tamed("{\"s\":\"1e400", NULL);				/* cut short in a string */
	tamed("{\"s\":\"1e400\\", NULL);
	tamed("[\"\\\"\",1e400,\"1e400\"]", "[\"\\\"\",0e000,\"1e400\"]");
}

int main(void)
{
	test_strings();
	return unit_done("jsonnum");
}
