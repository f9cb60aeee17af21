/*
 * Unit tests for lib/entities/ner_json.c: the entity objects tag-entities
 * writes itself must be byte for byte what json_dumpb wrote for the same
 * object (key order, compact form; the strings, escaped as jansson escapes
 * them, are checked in tests/unit/test_jsonw.c).
 */
#include "ner_json.h"
#include "unit.h"

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
	test_entity();
	return unit_done("ner_json");
}
