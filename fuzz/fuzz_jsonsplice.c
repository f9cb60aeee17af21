/*
 * Fuzz target: nf_json_splice() on any bytes jansson accepts as an
 * object, as the driver calls it (whitespace trimmed, duplicates
 * rejected).  The spliced text must parse, hold the key with the new
 * value, and hold every other member unchanged; the member count grows by
 * one exactly when the key was absent, and nf_json_find_member() agrees
 * with jansson on whether it was there.  The first byte picks the key
 * (one of the object's own, or a fixed awkward one) and the value.
 * nf_json_splice_keys() with three keys gives the bytes of three splices
 * one after another.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "jsonsplice.h"

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FLAGS (JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL)

static const char *const fixed_keys[] = {
	"sentences", "text", "", "a\"b", "\xC3\xA9", "\\", "a/b", "\x7F"
};

static const char *const values[] = {
	"[{\"start\":0,\"end\":3}]", "null", "\"x\\\"y\"", "{}", "-1.5e3", "[]"
};

static int is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* The sel-th member's key when it has no NUL, else a fixed key. */
static const char *pick_key(json_t *obj, unsigned sel)
{
	size_t n = json_object_size(obj), i;
	void *it;

	if ((sel & 1) && n) {
		it = json_object_iter(obj);
		for (i = (sel >> 1) % n; i > 0; i--)
			it = json_object_iter_next(obj, it);
		if (strlen(json_object_iter_key(it)) == json_object_iter_key_len(it))
			return json_object_iter_key(it);
	}
	return fixed_keys[(sel >> 1) % (sizeof(fixed_keys) / sizeof(fixed_keys[0]))];
}

/* Every member of a but key has an equal value in b. */
static void check_others(json_t *a, json_t *b, const char *key)
{
	void *it;
	const char *k;
	size_t kn;

	for (it = json_object_iter(a); it; it = json_object_iter_next(a, it)) {
		k = json_object_iter_key(it);
		kn = json_object_iter_key_len(it);
		if (kn == strlen(key) && memcmp(k, key, kn) == 0)
			continue;
		CHECK(json_equal(json_object_iter_value(it), json_object_getn(b, k, kn)));
	}
}

static void check_splice(const char *p, size_t n, json_t *root, unsigned sel)
{
	const char *key = pick_key(root, sel), *val = values[sel % 6];
	json_t *jkey = json_string(key), *jval = json_loads(val, JSON_DECODE_ANY, NULL), *res;
	char *qkey = jkey ? json_dumps(jkey, JSON_ENCODE_ANY) : NULL;
	struct nf_buf out = NF_BUF_INIT;
	size_t va, vb, members;
	int had = json_object_get(root, key) != NULL;

	CHECK(jval);
	if (qkey && nf_json_splice(&out, p, n, key, qkey, val, strlen(val)) == 0) {
		CHECK(nf_json_find_member(p, n, key, &va, &vb, &members) == had);
		res = json_loadb(out.data, out.len, FLAGS, NULL);
		CHECK(res && json_is_object(res));
		CHECK(json_equal(json_object_get(res, key), jval));
		CHECK(json_object_size(res) == json_object_size(root) + !had);
		check_others(root, res, key);
		json_decref(res);
	}
	nf_buf_release(&out);
	free(qkey);
	json_decref(jkey);
	json_decref(jval);
}

/* Three keys in one pass, as the driver splices a several-key stage's values. */
static void check_keys(const char *p, size_t n, json_t *root, unsigned sel)
{
	const char *keys[3] = { pick_key(root, sel), pick_key(root, sel >> 3 | 1), "sources" };
	char *qkeys[3] = { NULL, NULL, NULL };
	struct nf_buf vals[3] = { NF_BUF_INIT, NF_BUF_INIT, NF_BUF_INIT };
	struct nf_buf seq = NF_BUF_INIT, tmp = NF_BUF_INIT, all = NF_BUF_INIT;
	size_t k;
	int ok = strcmp(keys[0], keys[1]) && strcmp(keys[0], keys[2]) && strcmp(keys[1], keys[2]);

	for (k = 0; ok && k < 3; k++) {
		json_t *jk = json_string(keys[k]);
		qkeys[k] = jk ? json_dumps(jk, JSON_ENCODE_ANY) : NULL;
		json_decref(jk);
		ok = qkeys[k] && nf_buf_adds(&vals[k], values[(sel + k) % 6]) == 0;
	}
	ok = ok && nf_buf_add(&seq, p, n) == 0;
	for (k = 0; ok && k < 3; k++) {
		nf_buf_reset(&tmp);
		ok = nf_json_splice(&tmp, seq.data, seq.len, keys[k], qkeys[k], vals[k].data,
				    vals[k].len) == 0;
		nf_buf_reset(&seq);
		ok = ok && nf_buf_add(&seq, tmp.data, tmp.len) == 0;
	}
	if (ok && nf_json_splice_keys(&all, p, n, keys, qkeys, vals, 3) == 0)
		CHECK(all.len == seq.len && memcmp(all.data, seq.data, seq.len) == 0);
	for (k = 0; k < 3; k++) {
		free(qkeys[k]);
		nf_buf_release(&vals[k]);
	}
	nf_buf_release(&seq);
	nf_buf_release(&tmp);
	nf_buf_release(&all);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data + 1;
	size_t n;
	json_t *root;

	if (size < 2)
		return 0;
	n = size - 1;
	while (n && is_ws(*p))
		p++, n--;
	while (n && is_ws(p[n - 1]))
		n--;
	root = json_loadb(p, n, FLAGS, NULL);
	if (root && json_is_object(root)) {
		check_splice(p, n, root, data[0]);
		check_keys(p, n, root, data[0]);
	}
	json_decref(root);
	return 0;
}
