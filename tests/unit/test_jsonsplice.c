/*
 * Unit tests for lib/jsonsplice.c: finding a top-level member in raw
 * object bytes and splicing a value in (in place or appended), one key
 * or several in one pass (the same as one after another).
 */
#include <stdint.h>
#include <stdlib.h>

#include <jansson.h>

#include "jsonsplice.h"
#include "unit.h"

/* The raw value of member key in obj, or "(absent)". */
static const char *member(const char *obj, const char *key, size_t *members)
{
	static char got[256];
	size_t a, b, m;

	if (!nf_json_find_member(obj, strlen(obj), key, &a, &b, &m)) {
		strcpy(got, "(absent)");
	} else if (b < a || b - a >= sizeof(got)) {
		strcpy(got, "(bad range)");
	} else {
		memcpy(got, obj + a, b - a);
		got[b - a] = '\0';
	}
	if (members)
		*members = m;
	return got;
}

static void test_find_simple(void)
{
	size_t m;

	CHECK_STR(member("{\"text\":\"a\",\"sentences\":[1]}", "sentences", &m), "[1]");
	CHECK_SIZE(m, 2);
	CHECK_STR(member("{\"text\":\"a\"}", "sentences", &m), "(absent)");
	CHECK_SIZE(m, 1);
	CHECK_STR(member("{}", "sentences", &m), "(absent)");
	CHECK_SIZE(m, 0);
	CHECK_STR(member("{ }", "sentences", &m), "(absent)");
	CHECK_SIZE(m, 0);
	CHECK_STR(member("{\"sentences\":null}", "sentences", &m), "null");
	CHECK_SIZE(m, 1);
	/* scalars at the top level end at ',' or '}' */
	CHECK_STR(member("{\"n\":-1.5e3,\"sentences\":false}", "sentences", NULL), "false");
	CHECK_STR(member("{\"n\":-1.5e3,\"sentences\":false}", "n", NULL), "-1.5e3");
	CHECK_STR(member("{\"a\":true,\"b\":12}", "b", NULL), "12");
	/* a key that is a prefix or an extension of the one asked for */
	CHECK_STR(member("{\"sentence\":1,\"sentencesX\":2}", "sentences", NULL), "(absent)");
}

static void test_find_nested(void)
{
	/* the key inside a nested object or a string does not count */
	CHECK_STR(member("{\"meta\":{\"sentences\":1,\"b\":\"}\"},\"sentences\":[2]}",
			 "sentences", NULL), "[2]");
	CHECK_STR(member("{\"meta\":{\"sentences\":1}}", "sentences", NULL), "(absent)");
	CHECK_STR(member("{\"x\":\"\\\"sentences\\\":1\"}", "sentences", NULL), "(absent)");
	CHECK_STR(member("{\"a\":[[\"]\",{\"}\":\"[\"}],[]],\"sentences\":3}", "sentences", NULL), "3");
	CHECK_STR(member("{\"a\":[[\"]\",{\"}\":\"[\"}],[]],\"sentences\":3}", "a", NULL),
		  "[[\"]\",{\"}\":\"[\"}],[]]");
	CHECK_STR(member("{\"a\":{\"b\":{\"c\":{}}},\"z\":1}", "a", NULL), "{\"b\":{\"c\":{}}}");
}

static void test_find_escapes(void)
{
	/* escaped quotes and braces inside strings */
	CHECK_STR(member("{\"t\":\"he said \\\"}{\\\" ok\",\"sentences\":1}", "sentences", NULL), "1");
	CHECK_STR(member("{\"t\":\"he said \\\"}{\\\" ok\",\"sentences\":1}", "t", NULL),
		  "\"he said \\\"}{\\\" ok\"");
	/* a string ending in an escaped backslash: the quote after it closes */
	CHECK_STR(member("{\"t\":\"dir\\\\\",\"sentences\":2}", "sentences", NULL), "2");
	CHECK_STR(member("{\"t\":\"dir\\\\\",\"sentences\":2}", "t", NULL), "\"dir\\\\\"");
	CHECK_STR(member("{\"t\":\"a\\\\\\\"b\",\"sentences\":4}", "sentences", NULL), "4");
	/* escaped keys are compared decoded */
	CHECK_STR(member("{\"sent\\u0065nces\":[7]}", "sentences", NULL), "[7]");
	CHECK_STR(member("{\"\\u0073entences\":5,\"x\":1}", "sentences", NULL), "5");
	CHECK_STR(member("{\"sentences\\u0000\":5}", "sentences", NULL), "(absent)");
	CHECK_STR(member("{\"sent\\\"ences\":5}", "sentences", NULL), "(absent)");
	CHECK_STR(member("{\"caf\\u00e9\":5}", "caf\xC3\xA9", NULL), "5");
}

static void test_find_spacing(void)
{
	size_t m;

	CHECK_STR(member("{ \"a\" : 1 ,\n\t\"sentences\" : [ 1 , 2 ] ,\r\n \"b\":2 }",
			 "sentences", &m), "[ 1 , 2 ]");
	CHECK_SIZE(m, 2);
	CHECK_STR(member("{ \"a\" : 1 , \"b\" : \"x\" }", "b", NULL), "\"x\"");
	CHECK_STR(member("{ \"a\" : 1 , \"b\" : 2 }", "b", NULL), "2");
}

/* Splices val for "sentences" into obj; returns the result (static). */
static const char *splice(const char *obj, const char *val)
{
	static char got[512];
	struct nf_buf out = NF_BUF_INIT;

	if (nf_json_splice(&out, obj, strlen(obj), "sentences", "\"sentences\"",
			   val, strlen(val)) < 0 || out.len >= sizeof(got)) {
		strcpy(got, "(error)");
	} else {
		memcpy(got, out.data, out.len);
		got[out.len] = '\0';
		if (strlen(got) != out.len)
			strcpy(got, "(length mismatch)");
	}
	nf_buf_release(&out);
	return got;
}

static void test_splice(void)
{
	/* appended last */
	CHECK_STR(splice("{\"text\":\"a\"}", "[]"), "{\"text\":\"a\",\"sentences\":[]}");
	CHECK_STR(splice("{\"text\":\"a\" , \"n\" : 1 }", "[1]"),
		  "{\"text\":\"a\" , \"n\" : 1,\"sentences\":[1]}");
	CHECK_STR(splice("{\"a\":{\"sentences\":1}}", "2"),
		  "{\"a\":{\"sentences\":1},\"sentences\":2}");
	/* an empty object gets no comma */
	CHECK_STR(splice("{}", "[]"), "{\"sentences\":[]}");
	CHECK_STR(splice("{ \t }", "[]"), "{\"sentences\":[]}");
	/* replaced in place, other bytes untouched */
	CHECK_STR(splice("{\"sentences\":\"old\",\"text\":\"x\"}", "[{\"start\":0,\"end\":1}]"),
		  "{\"sentences\":[{\"start\":0,\"end\":1}],\"text\":\"x\"}");
	CHECK_STR(splice("{\"text\":\"x\", \"sentences\" : [ 1, 2 ] , \"z\":0}", "[]"),
		  "{\"text\":\"x\", \"sentences\" : [] , \"z\":0}");
	CHECK_STR(splice("{\"sent\\u0065nces\":{\"a\":\"}\"}}", "[]"),
		  "{\"sent\\u0065nces\":[]}");
	CHECK_STR(splice("{\"t\":\"q\\\"}\",\"sentences\":null}", "[3]"),
		  "{\"t\":\"q\\\"}\",\"sentences\":[3]}");
}

/* Splicing appends to what out already holds. */
static void test_splice_appends(void)
{
	struct nf_buf out = NF_BUF_INIT;
	const char *obj = "{\"a\":1}";

	CHECK(nf_buf_adds(&out, "prefix ") == 0);
	CHECK(nf_json_splice(&out, obj, strlen(obj), "k", "\"k\"", "2", 1) == 0);
	CHECK_MEM(out.data, out.len, "prefix {\"a\":1,\"k\":2}");
	nf_buf_release(&out);
}

/* Several keys in one pass give what splicing them one after another gives. */
static void test_splice_keys(void)
{
	static const char *const objs[] = {
		"{}", "{ }", "{\"text\":\"a\"}", "{\"text\":\"a\" , \"b\":1 \n}",
		"{\"b\":[1,2],\"text\":\"x\",\"a\":{\"c\":\"}\"}}",
		"{\"c\":null,\"a\":1,\"text\":\"\\\"a\\\":2\"}",
		"{\"a\":1,\"b\":2,\"c\":3}", "{\"c\":3,\"b\":2,\"a\":1}",
		"{\"b\" : \"v\" }", "{\"x\":1,\"c\":\"c\"  }",
	};
	static const char *const keys[] = { "a", "b", "c", NULL };
	char *const qkeys[] = { "\"a\"", "\"b\"", "\"c\"" };
	struct nf_buf vals[3] = { NF_BUF_INIT, NF_BUF_INIT, NF_BUF_INIT };
	struct nf_buf one = NF_BUF_INIT, two = NF_BUF_INIT, all = NF_BUF_INIT;
	size_t i, k, same = 0;

	CHECK(nf_buf_adds(&vals[0], "[\"A\"]") == 0 && nf_buf_adds(&vals[1], "{}") == 0 &&
	      nf_buf_adds(&vals[2], "3.5") == 0);
	for (i = 0; i < sizeof(objs) / sizeof(objs[0]); i++) {
		nf_buf_reset(&one);
		CHECK(nf_buf_adds(&one, objs[i]) == 0);
		for (k = 0; k < 3; k++) {
			nf_buf_reset(&two);
			CHECK(nf_json_splice(&two, one.data, one.len, keys[k], qkeys[k], vals[k].data,
					     vals[k].len) == 0);
			nf_buf_reset(&one);
			CHECK(nf_buf_add(&one, two.data, two.len) == 0);
		}
		nf_buf_reset(&all);
		CHECK(nf_json_splice_keys(&all, objs[i], strlen(objs[i]), keys, qkeys, vals, 3) == 0);
		same += all.len == one.len && memcmp(all.data, one.data, one.len) == 0;
	}
	CHECK_SIZE(same, sizeof(objs) / sizeof(objs[0]));
	for (k = 0; k < 3; k++)
		nf_buf_release(&vals[k]);
	nf_buf_release(&one);
	nf_buf_release(&two);
	nf_buf_release(&all);
}

int main(void)
{
	test_find_simple();
	test_find_nested();
	test_find_escapes();
	test_find_spacing();
	test_splice();
	test_splice_appends();
	test_splice_keys();
	return unit_done("jsonsplice");
}
