/*
 * The one reader of training and dev files for the train-* tools, so
 * every trainer reads its files by the same rules:
 *
 *   - a file ("-": standard input) is read whole; one that cannot be
 *     read is NF_EXIT_NOINPUT, "cannot read 'FILE': reason";
 *   - it is JSON Lines when the trainer takes nothing else, or when its
 *     first byte that is not a blank (space, tab, CR, LF) is '{';
 *     otherwise it is handed over whole (CoNLL-U, CoNLL columns, text);
 *   - lines are numbered from 1, every line counted; a line of blanks
 *     is skipped; a line beginning (after blanks) with '{' must be a
 *     JSON object, and goes to the record hook; another line goes to
 *     the line hook, or is not a JSON object;
 *   - a line the trainer refuses is NF_EXIT_DATA, "FILE:LINE: what".
 *
 * Hooks fill an nf_error (errors.h): NF_EXIT_DATA with what is wrong
 * (the reader adds FILE:LINE), or NF_EXIT_SOFTWARE (out of memory).
 */
#ifndef NF_CORPUS_H
#define NF_CORPUS_H

#include <stddef.h>

#include <jansson.h>

#include "stage.h"

struct nf_corpus_hooks {
	/* A JSON Lines record; NULL: the trainer takes no JSON Lines. */
	int (*record)(void *ctx, json_t *root, size_t lineno, struct nf_error *err);
	/* A line of a JSON Lines file that is not an object; NULL: none. */
	int (*line)(void *ctx, const char *s, size_t n, struct nf_error *err);
	/* The end of a JSON Lines file (a document still open); may be NULL. */
	int (*end)(void *ctx, struct nf_error *err);
	/* A whole file that is not JSON Lines, named name in messages it
	 * writes itself ("NAME:LINE: what"); NULL: JSON Lines only. */
	int (*text)(void *ctx, const char *p, size_t n, const char *name,
		    struct nf_error *err);
};

/* Reads path into ctx through h.  Returns 0, or -1 with err filled. */
int nf_corpus_read(const char *path, const struct nf_corpus_hooks *h, void *ctx,
		   struct nf_error *err);

#endif
