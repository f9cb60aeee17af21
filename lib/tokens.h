/*
 * Word tokenization for the tagging stages (entities, hedges, sources):
 * white-space chunks with punctuation peeled off as tokens of their own
 * (em dashes and horizontal bars split off even between words),
 * abbreviation periods kept ("U.S.", "Corp."), possessives split
 * ("NATO" "'s").  Tokens are byte ranges into the untouched text.
 */
#ifndef NF_TOKENS_H
#define NF_TOKENS_H

#include <stddef.h>

#include "lexicon.h"

struct nf_token {
	size_t a, b;		/* byte range in the text */
	unsigned nl;		/* newlines in the gap before, up to 2 */
};

struct nf_tokens {
	struct nf_token *v;
	size_t n, cap;
};

/*
 * Tokenizes text[0..len) into toks (reused; previous contents dropped).
 * abbrev (may be NULL) keeps the period of known abbreviations.
 * Returns 0, or -1 on ENOMEM.
 */
int nf_tokenize(struct nf_tokens *toks, const char *text, size_t len,
		const struct nf_lexicon *abbrev);

void nf_tokens_release(struct nf_tokens *toks);

#endif
