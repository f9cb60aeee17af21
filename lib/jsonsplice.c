/*
 * Locating and replacing one top-level member in raw JSON object bytes;
 * see jsonsplice.h.  The scanner trusts its input to be valid JSON (jansson
 * has parsed it already), so it only tracks strings and nesting depth.
 * The value writer at the end mirrors jansson's dump.c byte for byte
 * (fuzz/fuzz_jsondump.c holds it to that).
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

int nf_json_splice(struct nf_buf *out, const char *obj, size_t len,
		   const char *key, const char *qkey, const char *val, size_t vlen)
{
	size_t va, vb, members, end;

	if (nf_json_find_member(obj, len, key, &va, &vb, &members)) {
		if (nf_buf_add(out, obj, va) < 0 || nf_buf_add(out, val, vlen) < 0)
			return -1;
		return nf_buf_add(out, obj + vb, len - vb);
	}
	end = len - 1;	/* the closing brace */
	while (end > 1 && strchr(" \t\r\n", obj[end - 1]))
		end--;
	return nf_buf_add(out, obj, end) < 0 ||
	     (members && nf_buf_addc(out, ',') < 0) ||
	     nf_buf_adds(out, qkey) < 0 || nf_buf_addc(out, ':') < 0 ||
	     nf_buf_add(out, val, vlen) < 0 || nf_buf_addc(out, '}') < 0 ? -1 : 0;
}

/*
 * Length of the UTF-8 sequence at s[0..n) (s[0] >= 0x80) if it is valid
 * by jansson's rules (no overlongs, surrogates or values past U+10FFFF),
 * else 0.
 */
static size_t utf8_len(const unsigned char *s, size_t n)
{
	uint32_t cp;
	size_t k, i;

	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		k = 2, cp = s[0] & 0x1Fu;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		k = 3, cp = s[0] & 0x0Fu;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		k = 4, cp = s[0] & 0x07u;
	else
		return 0;
	if (k > n)
		return 0;
	for (i = 1; i < k; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3Fu);
	}
	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ||
	    (k == 3 && cp < 0x800) || (k == 4 && cp < 0x10000))
		return 0;
	return k;
}

/* Appends the escape for byte c (< 0x20, '"' or '\\') as jansson writes it. */
static int add_escape(struct nf_buf *out, unsigned char c)
{
	static const char hex[] = "0123456789ABCDEF";
	char u[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
	char e[2] = { '\\', 0 };

	switch (c) {
	case '"': e[1] = '"'; break;
	case '\\': e[1] = '\\'; break;
	case '\b': e[1] = 'b'; break;
	case '\f': e[1] = 'f'; break;
	case '\n': e[1] = 'n'; break;
	case '\r': e[1] = 'r'; break;
	case '\t': e[1] = 't'; break;
	default: return nf_buf_add(out, u, sizeof(u));
	}
	return nf_buf_add(out, e, sizeof(e));
}

/* Returns 0, -1 on ENOMEM, 1 if s is not valid UTF-8. */
static int dump_string(struct nf_buf *out, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, run = 0, k;

	if (nf_buf_addc(out, '"') < 0)
		return -1;
	while (i < n) {
		if (u[i] >= 0x80) {
			if ((k = utf8_len(u + i, n - i)) == 0)
				return 1;
			i += k;
		} else if (u[i] < 0x20 || u[i] == '"' || u[i] == '\\') {
			if (nf_buf_add(out, s + run, i - run) < 0 ||
			    add_escape(out, u[i]) < 0)
				return -1;
			run = ++i;
		} else {
			i++;
		}
	}
	if (nf_buf_add(out, s + run, n - run) < 0 || nf_buf_addc(out, '"') < 0)
		return -1;
	return 0;
}

/* As "%" JSON_INTEGER_FORMAT, without the printf machinery. */
static int dump_integer(struct nf_buf *out, json_int_t v)
{
	char tmp[3 * sizeof(v) + 2], *p = tmp + sizeof(tmp);
	unsigned long long u = (unsigned long long)v;

	if (v < 0)
		u = 0 - u;
	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (v < 0)
		*--p = '-';
	return nf_buf_add(out, p, (size_t)(tmp + sizeof(tmp) - p));
}

/* Reals are rare and their formatting subtle: jansson writes them. */
static int dump_real(struct nf_buf *out, const json_t *v)
{
	char tmp[128];
	size_t n = json_dumpb(v, tmp, sizeof(tmp), JSON_COMPACT | JSON_ENCODE_ANY);

	if (n == 0 || n > sizeof(tmp))
		return 1;
	return nf_buf_add(out, tmp, n);
}

static int dump_value(struct nf_buf *out, const json_t *v, int depth);

static int dump_array(struct nf_buf *out, const json_t *v, int depth)
{
	size_t i, n = json_array_size(v);
	int rc;

	if (nf_buf_addc(out, '[') < 0)
		return -1;
	for (i = 0; i < n; i++) {
		if (i && nf_buf_addc(out, ',') < 0)
			return -1;
		rc = dump_value(out, json_array_get(v, i), depth + 1);
		if (rc)
			return rc;
	}
	return nf_buf_addc(out, ']');
}

static int dump_object(struct nf_buf *out, const json_t *v, int depth)
{
	json_t *o = (json_t *)v;	/* the iterator API takes no const */
	void *it;
	int rc, first = 1;

	if (nf_buf_addc(out, '{') < 0)
		return -1;
	for (it = json_object_iter(o); it; it = json_object_iter_next(o, it)) {
		if (!first && nf_buf_addc(out, ',') < 0)
			return -1;
		first = 0;
		rc = dump_string(out, json_object_iter_key(it), json_object_iter_key_len(it));
		if (rc == 0)
			rc = nf_buf_addc(out, ':');
		if (rc == 0)
			rc = dump_value(out, json_object_iter_value(it), depth + 1);
		if (rc)
			return rc;
	}
	return nf_buf_addc(out, '}');
}

static int dump_value(struct nf_buf *out, const json_t *v, int depth)
{
	if (!v || depth > NF_JSON_DUMP_DEPTH)
		return 1;
	switch (json_typeof(v)) {
	case JSON_OBJECT:
		return dump_object(out, v, depth);
	case JSON_ARRAY:
		return dump_array(out, v, depth);
	case JSON_STRING:
		return dump_string(out, json_string_value(v), json_string_length(v));
	case JSON_INTEGER:
		return dump_integer(out, json_integer_value(v));
	case JSON_REAL:
		return dump_real(out, v);
	case JSON_TRUE:
		return nf_buf_adds(out, "true");
	case JSON_FALSE:
		return nf_buf_adds(out, "false");
	case JSON_NULL:
		return nf_buf_adds(out, "null");
	}
	return 1;
}

int nf_json_dump(struct nf_buf *out, const json_t *v)
{
	return dump_value(out, v, 0);
}
