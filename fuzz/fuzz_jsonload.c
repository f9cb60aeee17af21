/*
 * Fuzz target: the driver's quick parse (nf_json_load_object) on any
 * bytes.  Whatever it accepts, json_loadb with the driver's flags must
 * accept too, as the same values in the same order (compact dumps equal,
 * and json_equal); what it leaves to jansson costs nothing to check.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "jsonload.h"

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FLAGS (JSON_DECODE_ANY | JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL)

/* Are a and b the same values, written the same way? */
static int same(json_t *a, json_t *b)
{
	char *da = json_dumps(a, JSON_ENCODE_ANY | JSON_COMPACT);
	char *db = json_dumps(b, JSON_ENCODE_ANY | JSON_COMPACT);
	int ok = !da || !db || (strcmp(da, db) == 0 && json_equal(a, b));

	free(da);
	free(db);
	return ok;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nf_buf tmp = NF_BUF_INIT;
	json_t *quick = nf_json_load_object((const char *)data, size, &tmp), *slow;

	if (quick) {
		slow = json_loadb((const char *)data, size, FLAGS, NULL);
		CHECK(slow != NULL);
		CHECK(same(quick, slow));
		json_decref(slow);
	}
	json_decref(quick);
	nf_buf_release(&tmp);
	return 0;
}
