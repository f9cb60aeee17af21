/*
 * The built-in part-of-speech tagger and dependency parser, loaded as a
 * pair: what a filter or trainer needs to read the structure of its
 * sentences, so that each does not repeat the loading and its errors.
 */
#ifndef NF_SYNTAX_H
#define NF_SYNTAX_H

#include <stddef.h>

#include "dep.h"
#include "pos.h"

struct nf_syntax {
	struct nf_pos_model pos;
	struct nf_dep_model dep;
	int loaded;		/* bits: 1 pos, 2 dep */
};

/*
 * Loads both built-in models.  Returns 0, or -1 with err filled
 * (NF_EXIT_SOFTWARE: a built-in model that does not load is the build's
 * fault).
 */
int nf_syntax_load(struct nf_syntax *sx, struct nf_error *err);
void nf_syntax_release(struct nf_syntax *sx);

#endif
