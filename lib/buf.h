/*
 * A growable byte buffer, the one place that grows memory for text we
 * build (output lines, dumped JSON).  Always NUL-terminated so it can be
 * handed to C string functions; len never counts the NUL.
 */
#ifndef NF_BUF_H
#define NF_BUF_H

#include <stddef.h>

struct nf_buf {
	char *data;
	size_t len;
	size_t cap;
};

#define NF_BUF_INIT { NULL, 0, 0 }

/* Make room for extra more bytes (plus the NUL).  Returns 0, or -1 on ENOMEM. */
int nf_buf_grow(struct nf_buf *b, size_t extra);
/* Append n bytes.  Returns 0, or -1 on ENOMEM (b is left unchanged). */
int nf_buf_add(struct nf_buf *b, const void *p, size_t n);
int nf_buf_addc(struct nf_buf *b, char c);
int nf_buf_adds(struct nf_buf *b, const char *s);
/*
 * Grows the array *p of elements of the given size so that it holds need
 * of them (*cap counts them; capacity doubles from 64).  Returns 0, or
 * -1 on ENOMEM with *p and *cap unchanged.
 */
int nf_grow(void **p, size_t *cap, size_t need, size_t size);

/* Forget the contents, keep the memory. */
void nf_buf_reset(struct nf_buf *b);
void nf_buf_release(struct nf_buf *b);

#endif
