/*
 * An entity object as JSON text, byte for byte what json_dumpb wrote for
 * it before; see ner_json.h.
 */
#include "jsonw.h"
#include "ner_json.h"

/* Appends key (",\"end\":") and the number v. */
static int add_number(struct nf_buf *b, const char *key, size_t v)
{
	return nf_buf_adds(b, key) < 0 ? -1 : nf_jsonw_int(b, (long long)v);
}

int nf_ner_json_entity(struct nf_buf *b, size_t start, size_t end, const char *label,
		       const char *text, size_t n, int with_sentence, size_t sent)
{
	if (add_number(b, "{\"start\":", start) < 0 || add_number(b, ",\"end\":", end) < 0 ||
	    nf_buf_adds(b, ",\"label\":\"") < 0 || nf_buf_adds(b, label) < 0 ||
	    nf_buf_adds(b, "\",\"text\":") < 0 || nf_jsonw_string(b, text, n) < 0 ||
	    (with_sentence && add_number(b, ",\"sentence\":", sent) < 0))
		return -1;
	return nf_buf_addc(b, '}');
}
