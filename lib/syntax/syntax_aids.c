/*
 * Tokens of a loose string for the tagger, and the tree check; see
 * syntax_aids.h.
 */
#include "syntax_aids.h"
#include "tokens.h"

int nf_pos_toks_of(const char *text, size_t len, const struct nf_lexicon *abbrev,
		   struct nf_pos_tok *toks, size_t max, size_t *n)
{
	struct nf_tokens t = { 0 };
	size_t i;

	*n = 0;
	if (nf_tokenize(&t, text, len, abbrev) < 0) {
		nf_tokens_release(&t);
		return -1;
	}
	for (i = 0; i < t.n && i < max; i++) {
		toks[i].a = t.v[i].a;
		toks[i].b = t.v[i].b;
		toks[i].w = 0;
	}
	*n = t.n;
	nf_tokens_release(&t);
	return 0;
}

int nf_dep_is_tree(const int32_t *head, size_t n)
{
	size_t i, roots = 0, steps;
	int32_t h;

	for (i = 0; i < n; i++) {
		if (head[i] < -1 || head[i] >= (int32_t)n)
			return 0;
		roots += head[i] < 0;
	}
	for (i = 0; i < n; i++) {
		for (h = head[i], steps = 0; h >= 0 && steps <= n; steps++)
			h = head[h];
		if (steps > n)
			return 0;
	}
	return n == 0 || roots == 1;
}
