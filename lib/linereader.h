/*
 * Reads newline-terminated lines from a stream with one large read buffer.
 * A line that fits in the buffer is returned in place (no copy); longer
 * lines are gathered in a growable buffer.  A line longer than the limit
 * is not gathered: the caller gets its first bytes and drains the rest,
 * so memory stays bounded by the limit, not by the input.
 */
#ifndef NF_LINEREADER_H
#define NF_LINEREADER_H

#include <stdio.h>

#include "buf.h"

struct nf_reader {
	FILE *fp;
	char *chunk;		/* read buffer */
	size_t chunk_cap;
	size_t pos, end;	/* unread bytes are chunk[pos..end) */
	struct nf_buf line;	/* a line that crossed a buffer boundary */
	size_t max;		/* longest line gathered, in bytes */
	int eof;
	int in_overlong;	/* the current line exceeded max: drain it */
};

/* Returns 0, or -1 on ENOMEM. */
int nf_reader_init(struct nf_reader *r, FILE *fp, size_t max);
void nf_reader_release(struct nf_reader *r);

/*
 * Reads the next line.  Returns 1 and sets *line and *len (without the
 * newline; *had_nl tells whether one was there), 0 at end of input, -1 on
 * a read error (errno set) or ENOMEM.  The pointer stays valid until the
 * next call.  If the line is longer than max, *overlong is set, *line holds
 * its first max bytes, and nf_reader_drain() must be called next.
 */
int nf_reader_next(struct nf_reader *r, const char **line, size_t *len,
		   int *had_nl, int *overlong);

/*
 * Skips the rest of an overlong line, copying it to copy (may be NULL).
 * Returns 0, -1 on a read error, -2 on a write error to copy.
 */
int nf_reader_drain(struct nf_reader *r, FILE *copy);

#endif
