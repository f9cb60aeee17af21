/*
 * What the two entity-tagger fuzz targets (fuzz_ner_model, fuzz_ner_text)
 * check of the entities they get: in order, not overlapping, on tokens
 * inside the text, of a valid type.
 */
#ifndef NF_FUZZ_NER_H
#define NF_FUZZ_NER_H

#include "fuzz.h"
#include "ner.h"

struct fuzz_seen {
	const struct nf_ner_work *w;
	size_t len;	/* of the text */
	size_t next;	/* first token an entity may start at */
	size_t count;
};

/* An nf_ner_spans callback: checks entity e against what came before. */
static inline int fuzz_check_entity(void *arg, const struct nf_entity *e)
{
	struct fuzz_seen *s = arg;

	CHECK(e->first >= s->next);
	CHECK(e->first < e->end && e->end <= s->w->toks.n);
	CHECK(e->type >= 0 && e->type < NF_NTYPES);
	CHECK(s->w->toks.v[e->first].a < s->w->toks.v[e->end - 1].b);
	CHECK(s->w->toks.v[e->end - 1].b <= s->len);
	s->next = e->end;
	s->count++;
	return 0;
}

#endif
