/*
 * One input record as a stage sees it: the parsed object, the annotated
 * text as UTF-8 bytes, where it came from (for messages), and its
 * parsed layers (layers.h).  Built by the driver; stages only read it,
 * but for the layers, which a stage fills when it makes one.
 */
#ifndef NF_RECORD_H
#define NF_RECORD_H

#include <stddef.h>

#include <jansson.h>

struct nf_layers;

struct nf_record {
	const char *file;	/* input name for messages, "<stdin>" for - */
	size_t lineno;		/* 1-based line number in that input */
	json_t *root;		/* the parsed object (borrowed) */
	const char *text;	/* the annotated field, valid UTF-8 */
	size_t text_len;	/* in bytes; text may hold U+0000 */
	struct nf_layers *layers;	/* sentences, entities as C arrays; reset per record */
};

#endif
