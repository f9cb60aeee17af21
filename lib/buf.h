/*
 * A growable byte buffer, the one place that grows memory for text we
 * build (output lines, dumped JSON).  Always NUL-terminated so it can be
 * handed to C string functions; len never counts the NUL.
 */
#ifndef NF_BUF_H
#define NF_BUF_H

#include <stddef.h>

struct nf_buf_limit;

struct nf_buf {
	char *data;
	size_t len;
	size_t cap;
	/*
	 * A bounded buffer (limit set) whose group has outgrown the limit
	 * drops what it holds and goes on only counting: dropped is the
	 * bytes written but no longer kept, so len + dropped (nf_buf_total)
	 * is still the exact length written.  0 while the contents are whole.
	 */
	size_t dropped;
	const struct nf_buf_limit *limit;	/* NULL: grows without bound */
	/*
	 * Set by nf_buf_count_only: the value is known to outgrow the limit,
	 * so it is only counted from the start (cleared by nf_buf_reset).
	 */
	int counting;
};

/*
 * A bound on the bytes a group of buffers (a stage's values) holds
 * together: when growing one of them would take the group's total past
 * max, that one drops its contents (see dropped) instead of growing, so
 * a value that can only be rejected never takes more memory than the
 * limit it was measured against.
 */
struct nf_buf_limit {
	size_t max;
	const struct nf_buf *group;
	size_t n;
};

#define NF_BUF_INIT { NULL, 0, 0, 0, NULL, 0 }

/* The bytes written to b since its last reset, kept or dropped. */
static inline size_t nf_buf_total(const struct nf_buf *b)
{
	return b->len + b->dropped;
}

/*
 * Make room for extra more bytes (plus the NUL) at data + len.  Returns 0,
 * or -1 on ENOMEM.  A bounded buffer may drop its contents first (len
 * becomes 0, dropped counts them), so read len after calling.
 */
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

/*
 * For a bounded buffer whose value is known, before it is written, to
 * take its group past the limit (a stage's lower bound of its output):
 * frees what it holds and from now on keeps at most one small piece,
 * counting the rest in dropped, exactly as if the limit had been passed
 * (so nf_buf_total stays the exact length).  No effect on an unbounded one.
 */
void nf_buf_count_only(struct nf_buf *b);

/* Forget the contents (and the counting mode), keep the memory. */
void nf_buf_reset(struct nf_buf *b);
void nf_buf_release(struct nf_buf *b);

#endif
