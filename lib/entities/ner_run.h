/*
 * The capitalised run a token is in ("Court of Appeals of Antofagasta"),
 * and its head word, and the links between capitalised words ("Ministry
 * of Energy and Mines"), for the entity tagger's features (ner_feats.c).
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

/*
 * A link between capitalised words ("Ministry of Energy and Mines",
 * "Ministry of Culture, Sports and Tourism", "Commission on Human
 * Rights", "Central Bank of the Republic of Turkey", "Trump and Putin"):
 * its kind, what the run on its left is, and the head of the run (or
 * word) on its right.
 */
enum { NF_LINK_AND, NF_LINK_COMMA, NF_LINK_ON, NF_LINK_OF_THE, NF_LINK_FOR_THE };

struct nf_ner_link {
	int rel;		/* the token asked about: 0 left word, 1 in the link, 2 right word */
	int kind;		/* NF_LINK_* */
	int left_of;		/* the left run has an "of" ("Ministry of Energy") */
	int right_run;		/* the right side is a run of two words or more */
	size_t left_head, right_head;
};

/*
 * Fills c and returns 1 if token i of the loaded sentence is in a link
 * between two capitalised words, or one of those words; 0 if not (or the
 * text is not in ordinary case, or i is in a headline).
 */
int nf_ner_link_of(const struct nf_ner_work *w, size_t i, struct nf_ner_link *c);

/*
 * 1 if token i of the loaded sentence may join two names into one: a word
 * in a gap of one or two words between capitalised ones, the link words
 * above among them ("and" of "Energy and Mines", "of the", "pour les" of
 * "Forum pour les Droits", "de la" of "Hospital de la Santa Creu"); 0 if
 * not (or the text is not in ordinary case, or i is in a headline).
 * Pruning leaves such a word to its context.
 */
int nf_ner_between_names(const struct nf_ner_work *w, size_t i);

#endif
