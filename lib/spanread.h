/*
 * Reading one span that a record or a gold file gives in code points,
 * {"start": s, "end": e} or [s, e, ...]: every reader of spans checks them
 * here, against the text's length, before they index anything.
 */
#ifndef NF_SPANREAD_H
#define NF_SPANREAD_H

#include <stddef.h>

#include <jansson.h>

/* The forms of span a reader accepts. */
enum nf_span_forms {
	NF_SPAN_OBJECT,		/* {"start": s, "end": e} only */
	NF_SPAN_OR_ARRAY	/* that, or an array [s, e, ...] */
};

/*
 * Reads span x of a text of ncp code points.  Returns 0 with
 * 0 <= *s <= *e <= ncp, or -1 (leaving *s and *e alone) if x is not a
 * span of that text in the forms accepted.
 */
int nf_span_read(const json_t *x, enum nf_span_forms forms, size_t ncp, size_t *s, size_t *e);

#endif
