/*
 * Element-by-element JSON arrays, and strings and numbers written by
 * hand as json_dumpb writes them; see jsonw.h.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "jsonw.h"
#include "uchar.h"

int nf_jsonw_value(struct nf_buf *b, const json_t *v)
{
	size_t room = b->cap > b->len ? b->cap - b->len - 1 : 0;
	size_t need = json_dumpb(v, room ? b->data + b->len : NULL, room, NF_JSONW_FLAGS);

	if (need == 0)
		return -1;
	if (need > room) {
		if (nf_buf_grow(b, need) < 0)
			return -1;
		room = b->cap - b->len - 1;
		if (json_dumpb(v, b->data + b->len, room, NF_JSONW_FLAGS) != need)
			return -1;
	}
	b->len += need;
	b->data[b->len] = '\0';
	return 0;
}

int nf_jsonw_open(struct nf_jsonw *a, struct nf_buf *b)
{
	a->b = b;
	a->n = 0;
	return nf_buf_addc(b, '[');
}

int nf_jsonw_next(struct nf_jsonw *a)
{
	return a->n++ ? nf_buf_addc(a->b, ',') : 0;
}

int nf_jsonw_add(struct nf_jsonw *a, const json_t *v)
{
	return nf_jsonw_next(a) < 0 ? -1 : nf_jsonw_value(a->b, v);
}

int nf_jsonw_close(struct nf_jsonw *a)
{
	return nf_buf_addc(a->b, ']');
}

/* The escape of ASCII byte c, or NULL if it is written as it is. */
static const char *escape(unsigned char c, char seq[7])
{
	static const char hex[] = "0123456789ABCDEF";

	switch (c) {
	case '"': return "\\\"";
	case '\\': return "\\\\";
	case '\b': return "\\b";
	case '\f': return "\\f";
	case '\n': return "\\n";
	case '\r': return "\\r";
	case '\t': return "\\t";
	default:
		if (c >= 0x20)
			return NULL;
		memcpy(seq, "\\u00", 4);
		seq[4] = hex[c >> 4];
		seq[5] = hex[c & 15];
		seq[6] = '\0';
		return seq;
	}
}

int nf_jsonw_string(struct nf_buf *b, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i, run = 0;
	const char *esc;
	char seq[7];

	if (nf_utf8_error_at(s, n) != n || nf_buf_addc(b, '"') < 0)
		return -1;
	for (i = 0; i < n; i++) {
		if (p[i] >= 0x80 || !(esc = escape(p[i], seq)))
			continue;
		if (nf_buf_add(b, s + run, i - run) < 0 || nf_buf_adds(b, esc) < 0)
			return -1;
		run = i + 1;
	}
	if (nf_buf_add(b, s + run, n - run) < 0)
		return -1;
	return nf_buf_addc(b, '"');
}

int nf_jsonw_int(struct nf_buf *b, long long v)
{
	char d[24];
	size_t k = sizeof(d);
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;

	do
		d[--k] = (char)('0' + u % 10);
	while ((u /= 10) > 0);
	if (v < 0)
		d[--k] = '-';
	return nf_buf_add(b, d + k, sizeof(d) - k);
}

/*
 * Drops the "+" and the leading zeros of the exponent of the number
 * d[0..*len), as jansson does ("1e+20" -> "1e20", "1e-07" -> "1e-7").
 */
static void trim_exponent(char *d, size_t *len)
{
	char *from, *to = strchr(d, 'e');

	if (!to)
		return;
	from = ++to + 1;
	if (*to == '-')
		to++;
	while (*from == '0')
		from++;
	if (from != to) {
		memmove(to, from, *len - (size_t)(from - d) + 1);
		*len -= (size_t)(from - to);
	}
}

int nf_jsonw_real(struct nf_buf *b, double v)
{
	char d[64];
	int n;
	size_t len;

	if (!isfinite(v) || (n = snprintf(d, sizeof(d) - 2, "%.6g", v)) < 0 ||
	    (size_t)n >= sizeof(d) - 2)
		return -1;
	len = (size_t)n;
	if (!strchr(d, '.') && !strchr(d, 'e')) {
		memcpy(d + len, ".0", 3);
		len += 2;
	}
	trim_exponent(d, &len);
	return nf_buf_add(b, d, len);
}
