/*
 * An entity object as JSON text, byte for byte what json_dumpb wrote for
 * it before; see ner_json.h.
 */
#include <string.h>

#include "ner_json.h"
#include "uchar.h"

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

int nf_ner_json_string(struct nf_buf *b, const char *text, size_t n)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t i, run = 0;
	const char *esc;
	char seq[7];

	if (nf_utf8_error_at(text, n) != n || nf_buf_addc(b, '"') < 0)
		return -1;
	for (i = 0; i < n; i++) {
		if (p[i] >= 0x80 || !(esc = escape(p[i], seq)))
			continue;
		if (nf_buf_add(b, text + run, i - run) < 0 || nf_buf_adds(b, esc) < 0)
			return -1;
		run = i + 1;
	}
	if (nf_buf_add(b, text + run, n - run) < 0)
		return -1;
	return nf_buf_addc(b, '"');
}

/* Appends ",\"KEY\":" (no comma when first) and the decimal digits of v. */
static int add_number(struct nf_buf *b, const char *key, size_t v)
{
	char d[32];
	size_t k = sizeof(d);

	do
		d[--k] = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	return nf_buf_adds(b, key) < 0 ? -1 : nf_buf_add(b, d + k, sizeof(d) - k);
}

int nf_ner_json_entity(struct nf_buf *b, size_t start, size_t end, const char *label,
		       const char *text, size_t n, int with_sentence, size_t sent)
{
	if (add_number(b, "{\"start\":", start) < 0 || add_number(b, ",\"end\":", end) < 0 ||
	    nf_buf_adds(b, ",\"label\":\"") < 0 || nf_buf_adds(b, label) < 0 ||
	    nf_buf_adds(b, "\",\"text\":") < 0 || nf_ner_json_string(b, text, n) < 0 ||
	    (with_sentence && add_number(b, ",\"sentence\":", sent) < 0))
		return -1;
	return nf_buf_addc(b, '}');
}
