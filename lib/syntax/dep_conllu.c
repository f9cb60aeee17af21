/*
 * The parser's training data (see dep_train.h): CoNLL-U read by the
 * tagger's reader with trees kept (pos_conllu.c), each sentence's UD tree
 * carried over to our tokens, and both tagged by the part-of-speech
 * tagger, whose tags are what the parser sees at run time.
 *
 * Carrying a tree over: each UD word belongs to the token it starts in.
 * A token holding several words ("don't" = do + n't) takes the head and
 * relation of the one nearest the root among those whose head is outside
 * the token; heads strictly nearer the root can make no cycle.  A token
 * holding no word start (a UD word our tokenizer splits) hangs from the
 * token before it as "goeswith".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dep_train.h"
#include "exitcode.h"

void nf_dep_corpus_release(struct nf_dep_corpus *c)
{
	nf_pos_corpus_release(&c->pc);
	free(c->head);
	free(c->rel);
	free(c->tags);
	free(c->ud_tags);
	memset(c, 0, sizeof(*c));
}

/* Room for per-token and per-word arrays as long as the corpus' own. */
static int grow(struct nf_dep_corpus *c)
{
	size_t a = c->cap, b = c->cap;

	if (nf_grow((void **)&c->head, &a, c->pc.ntoks + 1, sizeof(*c->head)) < 0 ||
	    nf_grow((void **)&c->rel, &b, c->pc.ntoks + 1, sizeof(*c->rel)) < 0 ||
	    nf_grow((void **)&c->tags, &c->cap, c->pc.ntoks + 1, sizeof(*c->tags)) < 0 ||
	    nf_grow((void **)&c->ud_tags, &c->ud_cap, c->pc.nud + 1, sizeof(*c->ud_tags)) < 0)
		return -1;
	return 0;
}

/* Depth of each UD word of sentence s (the tree is checked: no cycle). */
static void depths(const struct nf_pos_corpus *pc, const struct nf_pos_sent *s, size_t *depth)
{
	size_t i, d;
	int32_t h;

	for (i = 0; i < s->nud; i++) {
		for (d = 0, h = pc->ud_head[s->ud + i]; h >= 0 && d <= s->nud; d++)
			h = pc->ud_head[s->ud + (size_t)h];
		depth[i] = d;
	}
}

/* owner[i]: our token (in the sentence) each UD word starts in. */
static void owners(const struct nf_pos_corpus *pc, const struct nf_pos_sent *s, size_t *owner)
{
	size_t i, k = 0;

	for (i = 0; i < s->nud; i++) {
		while (k + 1 < s->ntok && pc->toks[s->tok + k + 1].a <= pc->ud[s->ud + i].a)
			k++;
		owner[i] = k;
	}
}

/* Carries sentence s's UD tree over to its tokens; scratch holds 2 x nud. */
static void project(struct nf_dep_corpus *c, const struct nf_pos_sent *s, size_t *scratch)
{
	const struct nf_pos_corpus *pc = &c->pc;
	size_t *depth = scratch, *owner = scratch + s->nud, i, k, best;
	int32_t *head = c->head + s->tok, g;
	uint8_t *rel = c->rel + s->tok;

	depths(pc, s, depth);
	owners(pc, s, owner);
	for (k = 0; k < s->ntok; k++) {
		best = SIZE_MAX;
		for (i = 0; i < s->nud; i++) {
			g = pc->ud_head[s->ud + i];
			if (owner[i] == k && (g < 0 || owner[g] != k) &&
			    (best == SIZE_MAX || depth[i] < depth[best]))
				best = i;
		}
		if (best == SIZE_MAX) {	/* no word starts here */
			head[k] = k > 0 ? (int32_t)k - 1 : s->ntok > 1 ? 1 : -1;
			rel[k] = NF_DEP_GOESWITH;
			continue;
		}
		g = pc->ud_head[s->ud + best];
		head[k] = g < 0 ? -1 : (int32_t)owner[g];
		rel[k] = pc->ud_rel[s->ud + best];
	}
}

/* Projects and tags sentences from..nsents. */
static int finish(struct nf_dep_corpus *c, size_t from, const struct nf_pos_model *tagger)
{
	const struct nf_pos_corpus *pc = &c->pc;
	size_t *scratch = NULL, cap = 0, i;
	const struct nf_pos_sent *s;

	if (grow(c) < 0)
		return -1;
	for (i = from; i < pc->nsents; i++) {
		s = &pc->sents[i];
		if (2 * s->nud > cap) {
			free(scratch);
			cap = 2 * s->nud;
			if (!(scratch = malloc(cap * sizeof(*scratch))))
				return -1;
		}
		project(c, s, scratch);
		nf_pos_tag(tagger, pc->text.data, pc->toks + s->tok, s->ntok, c->tags + s->tok);
		nf_pos_tag(tagger, pc->text.data, pc->ud + s->ud, s->nud, c->ud_tags + s->ud);
	}
	free(scratch);
	return 0;
}

int nf_dep_conllu_read(struct nf_dep_corpus *c, const char *p, size_t n, const char *name,
		       const struct nf_lexicon *abbrev, const struct nf_pos_model *tagger,
		       struct nf_error *err)
{
	size_t from = c->pc.nsents;

	c->pc.trees = 1;
	if (nf_pos_conllu_read(&c->pc, p, n, name, abbrev, err) < 0)
		return -1;
	if (finish(c, from, tagger) < 0)
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	return 0;
}
