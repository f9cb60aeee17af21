/*
 * A participle cue after a comma takes the source of the cue before it in
 * the sentence: in "“We need change,” the businessman said, arguing that
 * ...", the one arguing is the businessman.  The source chooser only looks
 * next to the cue and at the sentence's start, so this is a rule, applied
 * after the choices (PolNeAR dev: 13 sources given, none wrong; the
 * scorer counts each document's distinct spans, so its figures stay).
 */
#include <string.h>

#include "attr.h"

/* Is token t a word ending in "ing" tagged as a verb? */
static int is_participle(const char *text, const struct nf_attr_tok *t)
{
	return t->pos == NF_POS_VERB && t->b - t->a > 4 &&
	       memcmp(text + t->b - 3, "ing", 3) == 0;
}

void nf_attr_inherit_source(struct nf_attr_work *w, const char *text, size_t k)
{
	struct nf_attr_found *f = &w->found[k];
	size_t j;

	if (f->src_a != NF_ATTR_NONE || f->cue_a == 0 || !is_participle(text, &w->t[f->cue_a]) ||
	    w->t[f->cue_a - 1].shape != NF_SH_COMMA)
		return;
	for (j = k; j-- > 0 && w->found[j].sent == f->sent;)
		if (w->found[j].src_a != NF_ATTR_NONE) {
			f->src_a = w->found[j].src_a;
			f->src_b = w->found[j].src_b;
			return;
		}
}
