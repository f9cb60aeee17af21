/*
 * Line reading for the record driver; see linereader.h.  The hot path is a
 * memchr over the read buffer and returns a pointer into it.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "linereader.h"

#define CHUNK (1u << 20)

int nf_reader_init(struct nf_reader *r, FILE *fp, size_t max)
{
	memset(r, 0, sizeof(*r));
	r->fp = fp;
	r->max = max;
	r->chunk_cap = CHUNK;
	r->chunk = malloc(r->chunk_cap);
	return r->chunk ? 0 : -1;
}

void nf_reader_release(struct nf_reader *r)
{
	free(r->chunk);
	nf_buf_release(&r->line);
	r->chunk = NULL;
}

/* Reads through stdio, for streams without a descriptor (fmemopen). */
static long fill_stdio(struct nf_reader *r)
{
	size_t n = fread(r->chunk, 1, r->chunk_cap, r->fp);

	if (n == 0 && ferror(r->fp))
		return -1;
	return (long)n;
}

/*
 * Refills the buffer.  Returns bytes read, 0 at EOF, -1 on error.  One
 * read(2) returns what a pipe holds now, where fread() would wait for a
 * full buffer: records must stream through (--unbuffered, tail -f).
 */
static long fill(struct nf_reader *r)
{
	int fd = fileno(r->fp);
	long n;

	if (r->eof)
		return 0;
	r->pos = r->end = 0;
	if (fd < 0) {
		n = fill_stdio(r);
	} else {
		do
			n = (long)read(fd, r->chunk, r->chunk_cap);
		while (n < 0 && errno == EINTR);
	}
	if (n < 0)
		return -1;
	if (n == 0)
		r->eof = 1;
	r->end = (size_t)n;
	return n;
}

int nf_reader_next(struct nf_reader *r, const char **line, size_t *len,
		   int *had_nl, int *overlong)
{
	const char *nl;
	size_t n, room;
	long got;

	*overlong = 0;
	*had_nl = 0;
	nf_buf_reset(&r->line);
	for (;;) {
		if (r->pos == r->end) {
			got = fill(r);
			if (got < 0)
				return -1;
			if (got == 0)
				break;
		}
		n = r->end - r->pos;
		nl = memchr(r->chunk + r->pos, '\n', n);
		if (nl)
			n = (size_t)(nl - (r->chunk + r->pos));
		if (nl && r->line.len == 0 && n <= r->max) {
			*line = r->chunk + r->pos;	/* whole line in the buffer */
			*len = n;
			*had_nl = 1;
			r->pos += n + 1;
			return 1;
		}
		room = r->max - r->line.len;
		if (n > room) {
			if (nf_buf_add(&r->line, r->chunk + r->pos, room) < 0)
				return -1;
			r->pos += room;
			r->in_overlong = 1;
			*overlong = 1;
			break;
		}
		if (nf_buf_add(&r->line, r->chunk + r->pos, n) < 0)
			return -1;
		r->pos += n;
		if (nl) {
			r->pos++;
			*had_nl = 1;
			break;
		}
	}
	if (r->line.len == 0 && !*had_nl && !*overlong)
		return 0;
	*line = r->line.data ? r->line.data : "";
	*len = r->line.len;
	return 1;
}

int nf_reader_drain(struct nf_reader *r, FILE *copy)
{
	const char *nl;
	size_t n;
	long got;

	r->in_overlong = 0;
	nf_buf_release(&r->line);	/* max bytes of it: give them back */
	for (;;) {
		if (r->pos == r->end) {
			got = fill(r);
			if (got < 0)
				return -1;
			if (got == 0)
				return 0;
		}
		n = r->end - r->pos;
		nl = memchr(r->chunk + r->pos, '\n', n);
		if (nl)
			n = (size_t)(nl - (r->chunk + r->pos));
		if (copy && n && fwrite(r->chunk + r->pos, 1, n, copy) != n)
			return -2;
		r->pos += n;
		if (nl) {
			r->pos++;
			return 0;
		}
	}
}
