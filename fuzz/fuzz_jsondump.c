/*
 * Fuzz target: nf_json_dump() must write exactly what json_dumpb() writes
 * with JSON_COMPACT | JSON_ENCODE_ANY, for any value jansson parses from
 * the bytes, and for the bytes taken as an unchecked string (where a
 * string that is not valid UTF-8 must be handed back to jansson, which
 * refuses it).  The driver relies on that to splice stage values.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "jsonsplice.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond) \
	do { \
		if (!(cond)) { \
			fprintf(stderr, "fuzz_jsondump: %s:%d: check failed: %s\n", \
				__FILE__, __LINE__, #cond); \
			abort(); \
		} \
	} while (0)

#define DUMP_FLAGS (JSON_COMPACT | JSON_ENCODE_ANY)

/* Compares the two writers on v; must_write: v is known to be valid. */
static void compare(const json_t *v, int must_write)
{
	struct nf_buf out = NF_BUF_INIT;
	size_t need = json_dumpb(v, NULL, 0, DUMP_FLAGS);
	char *ref = malloc(need + 1);
	int rc;

	if (!ref)
		return;
	rc = nf_json_dump(&out, v);
	if (rc < 0) {
		free(ref);	/* ENOMEM */
		nf_buf_release(&out);
		return;
	}
	if (need == 0) {
		CHECK(rc == 1 && !must_write);	/* jansson refuses: so must we */
	} else {
		CHECK(json_dumpb(v, ref, need + 1, DUMP_FLAGS) == need);
		CHECK(rc == 0);
		CHECK(out.len == need && memcmp(out.data, ref, need) == 0);
	}
	free(ref);
	nf_buf_release(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	json_t *v = json_loadb((const char *)data, size, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);

	if (v)
		compare(v, 1);
	json_decref(v);
	v = json_stringn_nocheck((const char *)data, size);
	if (v)
		compare(v, 0);
	json_decref(v);
	return 0;
}
