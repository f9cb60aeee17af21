/*
 * One input record as a stage sees it: the parsed object, the annotated
 * text as UTF-8 bytes, and where it came from (for messages).  Built by
 * the driver; stages only read it.
 */
#ifndef NF_RECORD_H
#define NF_RECORD_H

#include <stddef.h>

#include <jansson.h>

struct nf_record {
	const char *file;	/* input name for messages, "<stdin>" for - */
	size_t lineno;		/* 1-based line number in that input */
	json_t *root;		/* the parsed object (borrowed) */
	const char *text;	/* the annotated field, valid UTF-8 */
	size_t text_len;	/* in bytes; text may hold U+0000 */
};

#endif
