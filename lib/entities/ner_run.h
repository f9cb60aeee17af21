/*
 * The capitalised run a token is in ("Court of Appeals of Antofagasta"),
 * and its head word, for the entity tagger's features (ner_feats.c).
 */
#ifndef NF_NER_RUN_H
#define NF_NER_RUN_H

#include <stddef.h>

#include "ner.h"

struct nf_ner_run {
	size_t first, end;	/* tokens [first, end) of the loaded sentence */
	size_t head;		/* the word before the first "of", else the last */
	int pos;		/* of the token in the run: 0 first, 1 inside, 2 last */
};

/*
 * Fills r with the run of two tokens or more that token i of the loaded
 * sentence is in, and returns 1; 0 if it is in none (or the text is not in
 * ordinary case, or i is in a headline).
 */
int nf_ner_run_of(const struct nf_ner_work *w, size_t i, struct nf_ner_run *r);

#endif
