/*
 * Aids for code that runs the tagger and the parser on a loose string
 * rather than on a filter's sentences (the unit tests, the fuzz targets):
 * the string's tokens as the tagger takes them, and whether a parse is a
 * tree.
 */
#ifndef NF_SYNTAX_AIDS_H
#define NF_SYNTAX_AIDS_H

#include <stddef.h>
#include <stdint.h>

#include "lexicon.h"
#include "pos.h"

/*
 * Tokenizes text[0..len) with abbrev (may be NULL) into toks, at most max
 * of them, word hashes left 0 for the tagger to compute.  *n is the number
 * of tokens of the text, which may be more than max.  Returns 0 or -1
 * (ENOMEM).
 */
int nf_pos_toks_of(const char *text, size_t len, const struct nf_lexicon *abbrev,
		   struct nf_pos_tok *toks, size_t max, size_t *n);

/*
 * Is head[0..n) a tree: every head -1 (the root) or a token, exactly one
 * root (none when n is 0), no cycle?  1 or 0.
 */
int nf_dep_is_tree(const int32_t *head, size_t n);

#endif
