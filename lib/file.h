/*
 * Reading a small whole file (a lexicon, a model) into memory.
 */
#ifndef NF_FILE_H
#define NF_FILE_H

#include <stdio.h>

#include "buf.h"

/* Appends the contents of path to out.  Returns 0, or -1 with errno set. */
int nf_read_file(const char *path, struct nf_buf *out);

/* Appends what is left of fp to out.  Returns 0, or -1 with errno set. */
int nf_read_stream(FILE *fp, struct nf_buf *out);

#endif
