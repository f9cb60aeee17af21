/*
 * Writing one entity object as JSON text straight into a buffer.  Filling
 * reused jansson objects and having json_dumpb write them cost an eighth of
 * tag-entities' time (a hash lookup per key, a UTF-8 check and a dump per
 * entity); this writes the same bytes as that dump did: the keys in the
 * same order, compact, the text written by nf_jsonw_string (jsonw.h).
 */
#ifndef NF_NER_JSON_H
#define NF_NER_JSON_H

#include <stddef.h>

#include "buf.h"

/*
 * Appends {"start":START,"end":END,"label":"LABEL","text":"..."} and,
 * when with_sentence, ,"sentence":SENT before the closing brace.
 * Returns 0, or -1 as nf_jsonw_string (jsonw.h).
 */
int nf_ner_json_entity(struct nf_buf *b, size_t start, size_t end, const char *label,
		       const char *text, size_t n, int with_sentence, size_t sent);

#endif
