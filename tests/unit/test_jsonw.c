/*
 * Unit tests for the hand-written JSON values of lib/jsonw.c: strings,
 * integers and reals must be byte for byte what json_dumpb writes for the
 * same jansson value with NF_JSONW_FLAGS (escapes, digits, exponents), and
 * what jansson refuses (bytes that are not UTF-8, reals that are not
 * finite) must be refused too.
 */
#include <jansson.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#include "jsonw.h"
#include "unit.h"

/* Compares ours (rc, bytes) with jansson's dump of v; v NULL: jansson refused. */
static void same_as(json_t *v, int rc, const struct nf_buf *ours)
{
	struct nf_buf theirs = NF_BUF_INIT;

	if (!v) {
		CHECK(rc < 0);
		return;
	}
	CHECK(rc == 0);
	CHECK(nf_jsonw_value(&theirs, v) == 0);
	CHECK_MEM(ours->data ? ours->data : "", ours->len, theirs.data ? theirs.data : "");
	json_decref(v);
	nf_buf_release(&theirs);
}

static void same_string(const char *s, size_t n)
{
	struct nf_buf ours = NF_BUF_INIT;
	int rc = nf_jsonw_string(&ours, s, n);

	same_as(json_stringn(s, n), rc, &ours);
	nf_buf_release(&ours);
}

static void same_int(long long v)
{
	struct nf_buf ours = NF_BUF_INIT;
	int rc = nf_jsonw_int(&ours, v);

	same_as(json_integer(v), rc, &ours);
	nf_buf_release(&ours);
}

static void same_real(double v)
{
	struct nf_buf ours = NF_BUF_INIT;
	int rc = nf_jsonw_real(&ours, v);

	same_as(json_real(v), rc, &ours);
	nf_buf_release(&ours);
}

static void test_strings(void)
{
	static const char *const cases[] = {
		"", "Rose Bowl", "say \"no\"", "back\\slash", "a/b", "caf\xC3\xA9",
		"\xE2\x80\x9CQuote\xE2\x80\x9D", "\xE2\x80\xA8 line sep", "\xF0\x9F\x98\x80",
		"tab\there\nnew\rret\bbs\ffeed", "\x7F del",
		"\xC3", "\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x28\xA1", "ok\xFF",
	};
	char one[2];
	size_t i;
	int c;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		same_string(cases[i], strlen(cases[i]));
	for (c = 0; c < 256; c++) {	/* every byte alone, NUL included */
		one[0] = (char)c;
		one[1] = 'x';
		same_string(one, 2);
	}
}

static void test_ints(void)
{
	static const long long cases[] = {
		0, 1, -1, 9, 10, 99, 100, 4294967295LL, 1234567890123LL, -987654321LL,
		LLONG_MAX, LLONG_MIN,
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		same_int(cases[i]);
}

static void test_reals(void)
{
	static const double cases[] = {
		0.0, -0.0, 1.0, -1.0, 0.1, 0.333, 0.4, 2.5, 100.0, 123456.0, 999999.0,
		1e6, 1234567.0, 1e21, 1.5e300, -2.5e-300, 1e-7, 0.0001, 0.00001,
		1234.568, 1.0 / 3.0, 5e-324,
	};
	size_t i;
	int k;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		same_real(cases[i]);
	for (k = -3000; k <= 3000; k++)	/* the thousandths scores are rounded to */
		same_real((double)k / 1000);
	same_real(INFINITY);
	same_real(-INFINITY);
	same_real(NAN);
}

int main(void)
{
	test_strings();
	test_ints();
	test_reals();
	return unit_done("jsonw");
}
