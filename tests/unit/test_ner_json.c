/*
 * Unit tests for lib/entities/ner_json.c: the entity objects tag-entities
 * writes itself must be byte for byte what json_dumpb wrote for the same
 * object (jansson's escapes, key order, compact form), and text jansson
 * refuses as not UTF-8 must be refused too.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "jsonw.h"
#include "ner_json.h"
#include "unit.h"

/* Checks s[0..n) both ways: ours against jansson's dump of the same string. */
static void same_as_jansson(const char *s, size_t n)
{
	struct nf_buf ours = NF_BUF_INIT, theirs = NF_BUF_INIT;
	json_t *v = json_stringn(s, n);
	int rc = nf_ner_json_string(&ours, s, n);

	if (!v) {
		CHECK(rc < 0);
	} else {
		CHECK(rc == 0);
		CHECK(nf_jsonw_value(&theirs, v) == 0);
		CHECK_MEM(ours.data, ours.len, theirs.data ? theirs.data : "");
		json_decref(v);
	}
	nf_buf_release(&ours);
	nf_buf_release(&theirs);
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
		same_as_jansson(cases[i], strlen(cases[i]));
	for (c = 0; c < 256; c++) {	/* every byte alone, NUL included */
		one[0] = (char)c;
		one[1] = 'x';
		same_as_jansson(one, 2);
	}
}

static void test_entity(void)
{
	struct nf_buf b = NF_BUF_INIT;
	static const char want[] =
		"{\"start\":0,\"end\":12,\"label\":\"ORG\",\"text\":\"\\\"Acme\\\" Inc.\"}"
		"{\"start\":1234567,\"end\":1234570,\"label\":\"PERSON\",\"text\":\"Bo\",\"sentence\":10}";

	CHECK(nf_ner_json_entity(&b, 0, 12, "ORG", "\"Acme\" Inc.", 11, 0, 99) == 0);
	CHECK(nf_ner_json_entity(&b, 1234567, 1234570, "PERSON", "Bo", 2, 1, 10) == 0);
	CHECK_MEM(b.data, b.len, want);
	nf_buf_release(&b);
}

int main(void)
{
	test_strings();
	test_entity();
	return unit_done("ner_json");
}
