/*
 * Locating and replacing one top-level member in raw JSON object bytes;
 * see jsonsplice.h.  The scanner trusts its input to be valid JSON (jansson
 * has parsed it already), so it only tracks strings and nesting depth.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "jsonsplice.h"

static size_t skip_ws(const char *s, size_t i, size_t n)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
		i++;
	return i;
}

/* Is s[k] preceded by an odd run of backslashes that starts at or after from? */
static int escaped(const char *s, size_t from, size_t k)
{
	size_t bs = 0;

	while (k - bs > from && s[k - bs - 1] == '\\')
		bs++;
	return bs % 2;
}

/* s[i] is '"'; returns the index just past the closing quote. */
static size_t skip_string(const char *s, size_t i, size_t n)
{
	const char *q;

	for (i++; i < n; i = (size_t)(q - s) + 1) {
		q = memchr(s + i, '"', n - i);
		if (!q)
			return n;
		if (!escaped(s, i, (size_t)(q - s)))
			return (size_t)(q - s) + 1;
	}
	return n;
}

static size_t skip_value(const char *s, size_t i, size_t n)
{
	int depth = 0;

	while (i < n) {
		char c = s[i];
		if (c == '"') {
			i = skip_string(s, i, n);
			if (depth == 0)
				return i;
			continue;
		}
		if (c == '{' || c == '[') {
			depth++;
		} else if (c == '}' || c == ']') {
			if (depth == 0)
				return i;
			if (--depth == 0)
				return i + 1;
		} else if (depth == 0 && (c == ',' || c == ' ' || c == '\t' ||
					  c == '\n' || c == '\r')) {
			return i;
		}
		i++;
	}
	return n;
}

/* Does the raw key text s[a..b) (quotes included) spell key? */
static int key_equals(const char *s, size_t a, size_t b, const char *key)
{
	size_t klen = strlen(key);
	json_t *j;
	int eq;

	if (!memchr(s + a, '\\', b - a))
		return b - a == klen + 2 && memcmp(s + a + 1, key, klen) == 0;
	j = json_loadb(s + a, b - a, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
	eq = j && json_is_string(j) && json_string_length(j) == klen &&
	     memcmp(json_string_value(j), key, klen) == 0;
	json_decref(j);
	return eq;
}

int nf_json_find_member(const char *obj, size_t len, const char *key,
			size_t *vstart, size_t *vend, size_t *members)
{
	size_t i = skip_ws(obj, 1, len), ka, kb, va;

	*members = 0;
	while (i < len && obj[i] == '"') {
		ka = i;
		kb = skip_string(obj, i, len);
		i = skip_ws(obj, kb, len);
		i = skip_ws(obj, i + 1, len);	/* past ':' */
		va = i;
		i = skip_value(obj, i, len);
		++*members;
		if (key_equals(obj, ka, kb, key)) {
			*vstart = va;
			*vend = i;
			return 1;
		}
		i = skip_ws(obj, i, len);
		if (i < len && obj[i] == ',')
			i = skip_ws(obj, i + 1, len);
	}
	return 0;
}

/* Where a member added last goes: before the closing brace and the blanks before it. */
static size_t closing(const char *obj, size_t len)
{
	size_t end = len - 1;

	while (end > 1 && strchr(" \t\r\n", obj[end - 1]))
		end--;
	return end;
}

void nf_json_splice_plan(const char *obj, size_t len, const char *key,
			 struct nf_splice *plan)
{
	size_t va, vb, members, end;

	if (nf_json_find_member(obj, len, key, &va, &vb, &members)) {
		plan->head = va;
		plan->tail = vb;
		plan->add = NF_SPLICE_REPLACE;
		return;
	}
	end = closing(obj, len);
	plan->head = end;
	plan->tail = len - 1;
	plan->add = members ? NF_SPLICE_APPEND_COMMA : NF_SPLICE_APPEND;
}

int nf_json_splice(struct nf_buf *out, const char *obj, size_t len,
		   const char *key, const char *qkey, const char *val, size_t vlen)
{
	struct nf_splice p;

	nf_json_splice_plan(obj, len, key, &p);
	return nf_buf_add(out, obj, p.head) < 0 ||
	       (p.add == NF_SPLICE_APPEND_COMMA && nf_buf_addc(out, ',') < 0) ||
	       (p.add != NF_SPLICE_REPLACE &&
		(nf_buf_adds(out, qkey) < 0 || nf_buf_addc(out, ':') < 0)) ||
	       nf_buf_add(out, val, vlen) < 0 ||
	       nf_buf_add(out, obj + p.tail, len - p.tail) < 0 ? -1 : 0;
}

/* Where each key's value is: [va, vb), or va == SIZE_MAX if absent. */
struct keyplan {
	size_t va[NF_SPLICE_MAXKEYS], vb[NF_SPLICE_MAXKEYS];
	size_t members;
};

/* The present key whose value comes first at or after from, or n if none. */
static size_t next_present(const struct keyplan *kp, size_t n, size_t from)
{
	size_t k, best = n;

	for (k = 0; k < n; k++)
		if (kp->va[k] != SIZE_MAX && kp->va[k] >= from &&
		    (best == n || kp->va[k] < kp->va[best]))
			best = k;
	return best;
}

/* nf_splice_put for an nf_buf. */
static int put_buf(void *arg, const char *p, size_t n)
{
	return nf_buf_add(arg, p, n);
}

/* Puts the keys absent from the object, with their commas. */
static int put_absent(nf_splice_put put, void *arg, const struct keyplan *kp,
		      char *const *qkeys, const struct nf_buf *vals, size_t n)
{
	size_t k, added = 0;

	for (k = 0; k < n; k++) {
		if (kp->va[k] != SIZE_MAX)
			continue;
		if ((kp->members || added) && put(arg, ",", 1) < 0)
			return -1;
		if (put(arg, qkeys[k], strlen(qkeys[k])) < 0 || put(arg, ":", 1) < 0 ||
		    put(arg, vals[k].data, vals[k].len) < 0)
			return -1;
		added++;
	}
	return 0;
}

int nf_json_splice_keys_put(nf_splice_put put, void *arg, const char *obj, size_t len,
			    const char *const *keys, char *const *qkeys,
			    const struct nf_buf *vals, size_t n)
{
	struct keyplan kp;
	size_t k, cur = 0, absent = 0, m;

	if (n > NF_SPLICE_MAXKEYS)
		return -1;
	kp.members = 0;
	for (k = 0; k < n; k++) {
		if (!nf_json_find_member(obj, len, keys[k], &kp.va[k], &kp.vb[k], &m)) {
			kp.va[k] = SIZE_MAX;
			kp.members = m;
			absent++;
		}
	}
	for (k = next_present(&kp, n, 0); k < n; k = next_present(&kp, n, cur)) {
		if (put(arg, obj + cur, kp.va[k] - cur) < 0 ||
		    put(arg, vals[k].data, vals[k].len) < 0)
			return -1;
		cur = kp.vb[k];
	}
	if (!absent)
		return put(arg, obj + cur, len - cur);
	return put(arg, obj + cur, closing(obj, len) - cur) < 0 ||
	       put_absent(put, arg, &kp, qkeys, vals, n) < 0 ||
	       put(arg, obj + len - 1, 1) < 0 ? -1 : 0;
}

int nf_json_splice_keys(struct nf_buf *out, const char *obj, size_t len,
			const char *const *keys, char *const *qkeys, const struct nf_buf *vals,
			size_t n)
{
	return nf_json_splice_keys_put(put_buf, out, obj, len, keys, qkeys, vals, n);
}
