/*
 * Unit tests for lib/jsonload.c: the quick parse gives exactly the values
 * json_loadb gives (same members, same order, integers and reals apart)
 * on plain records, strings with every escape, surrogate pairs, NULs and
 * UTF-8; it leaves to jansson (NULL) whatever jansson refuses or it does
 * not take on; and on thousands of records with a few bytes changed at
 * random it never accepts a line jansson refuses or reads one otherwise.
 */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jsonload.h"
#include "unit.h"

#define FLAGS (JSON_DECODE_ANY | JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL)

/* Do a and b hold the same values, written the same way?  NULL == NULL. */
static int same(json_t *a, json_t *b)
{
	char *da, *db;
	int ok;

	if (!a || !b)
		return a == b;
	da = json_dumps(a, JSON_ENCODE_ANY | JSON_COMPACT);
	db = json_dumps(b, JSON_ENCODE_ANY | JSON_COMPACT);
	ok = da && db && strcmp(da, db) == 0 && json_equal(a, b);
	free(da);
	free(db);
	return ok;
}

/*
 * Parses s[0..n) both ways.  Returns 1 if the quick parse took it (and
 * checks jansson agrees), 0 if it left it to jansson.
 */
static int both(const char *s, size_t n, struct nf_buf *tmp)
{
	json_t *quick = nf_json_load_object(s, n, tmp);
	json_t *slow = json_loadb(s, n, FLAGS, NULL);
	int took = quick != NULL;

	if (quick)
		CHECK(same(quick, slow));
	json_decref(quick);
	json_decref(slow);
	return took;
}

static int took(const char *s, struct nf_buf *tmp)
{
	return both(s, strlen(s), tmp);
}

static void test_taken(struct nf_buf *tmp)
{
	static const char nul[] = "{\"text\":\"a\\u0000b\",\"n\":1}";

	CHECK(took("{\"id\": \"x#0\", \"text\": \"He said \\\"no\\\".\\nThen left.\"}", tmp));
	CHECK(took("{}", tmp));
	CHECK(took("{ \"a\" :\t[ 1 , -0 , 2.5e-3 , 1E+2 , true , false , null ] ,\r\n\"b\":{}}",
		   tmp));
	CHECK(took("{\"i\": -9223372036854775808, \"j\": 9223372036854775807, \"k\": 1e-400}",
		   tmp));
	CHECK(took("{\"s\": \"\\/\\b\\f\\n\\r\\t\\\\\\\"\", \"u\": \"\\u00e9\\u20AC\\uFFFF\"}", tmp));
	CHECK(took("{\"s\": \"\\ud83d\\ude00 pair\", \"t\": \"\xf0\x9f\x98\x80 \xe2\x80\x94\"}",
		   tmp));
	CHECK(took("{\"\xc3\xa9t\xc3\xa9\": \"key in UTF-8\", \"del\": \"\x7f\"}", tmp));
	CHECK(took("{\"a\": [[[[{\"b\": [{}]}]]]], \"c\": \"123456789 123456789 long\"}", tmp));
	CHECK(both(nul, sizeof(nul) - 1, tmp));
}

static void test_left(struct nf_buf *tmp)
{
	static const char *const lines[] = {
		"[1]", "\"text\"", "42", "true", "", "{", "{\"a\":1,}", "{\"a\" 1}",
		"{a: 1}", "{\"a\":1}}", "{\"a\":1} x", "{\"a\":01}", "{\"a\":1.}",
		"{\"a\":.5}", "{\"a\":-}", "{\"a\":1e}", "{\"a\":[1 2]}", "{\"a\":[,]}",
		"{\"a\":truex}", "{\"a\":nul}", "{\"a\":1,\"a\":2}", "{\"\\u0061\":1}",
		"{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\\ud83d x\"}",
		"{\"a\":\"\\ude00\"}", "{\"a\":\"\\ud83d\\u0041\"}", "{\"a\":\"\x01\"}",
		"{\"a\":\"\t\"}", "{\"a\":\"\xc0\x80\"}", "{\"a\":\"\xe0\x80\x80\"}",
		"{\"a\":\"\xed\xa0\x80\"}", "{\"a\":\"\xf4\x90\x80\x80\"}", "{\"a\":\"\xe2\x80\"}",
		"{\"a\":\"\xff\"}", "{\"a\":99999999999999999999}", "{\"a\":1e400}",
		"{\"a\":\"x\"", " {\"a\":1}",
	};
	size_t k;

	for (k = 0; k < sizeof(lines) / sizeof(lines[0]); k++)
		if (!CHECK(!took(lines[k], tmp)))
			fprintf(stderr, "  taken: %s\n", lines[k]);
}

/* Deep nesting is left to jansson, shallower nesting is taken. */
static void test_depth(struct nf_buf *tmp)
{
	char s[2 * 400 + 16];
	size_t d, k, n;

	for (d = 100; d <= 400; d += 300) {
		n = 0;
		memcpy(s + n, "{\"d\":", 5), n += 5;
		for (k = 0; k < d; k++)
			s[n++] = '[';
		for (k = 0; k < d; k++)
			s[n++] = ']';
		s[n++] = '}';
		CHECK(both(s, n, tmp) == (d < 256));
	}
}

static uint32_t next(uint64_t *state)
{
	*state = *state * 6364136223846793005u + 1442695040888963407u;
	return (uint32_t)(*state >> 33);
}

/*
 * Records with one to three bytes changed (to bytes that matter to JSON,
 * or any byte): whatever the quick parse takes, jansson takes the same.
 */
static void test_mutations(struct nf_buf *tmp)
{
	static const char *const seeds[] = {
		"{\"id\": \"a#1\", \"text\": \"Smith said \\\"yes\\\".\\n\\u00e9\xc3\xa9 \\ud83d\\ude00 ok\","
		" \"n\": [1, -2.5e3, 0, true, null], \"o\": {\"k\": false}}",
		"{\"text\":\"\xe2\x80\x9cQuote,\xe2\x80\x9d she said.\",\"sentences\":[{\"start\":0,\"end\":9}]}",
	};
	static const char pick[] = "{}[]\",:\\u0123456789-+.eEtfn \t\x01\x7f\xc3\xa9\xed\xe2\xf0\x80\xff";
	uint64_t state = 42;
	char s[256];
	size_t k, n, m, taken = 0, runs = 20000;

	for (k = 0; k < runs; k++) {
		n = strlen(seeds[k % 2]);
		memcpy(s, seeds[k % 2], n);
		for (m = 1 + next(&state) % 3; m > 0; m--) {
			uint32_t r = next(&state);

			s[r % n] = r & 0x100 ? pick[(r >> 9) % (sizeof(pick) - 1)] : (char)(r >> 9);
		}
		taken += both(s, n, tmp);
	}
	CHECK(taken > runs / 20 && taken < runs);
}

int main(void)
{
	struct nf_buf tmp = NF_BUF_INIT;

	test_taken(&tmp);
	test_left(&tmp);
	test_depth(&tmp);
	test_mutations(&tmp);
	nf_buf_release(&tmp);
	return unit_done("jsonload");
}
