/*
 * Parts of speech and syntax for link-sources (attr.h): the shared tagger
 * (pos.h) and parser (dep.h) run over each sentence of the prepared
 * tokens, so that the cue tagger and the span choosers can tell a
 * reporting verb from a noun, find its subject and its complement clause,
 * and see where a clause or a noun phrase stops.
 */
#include <stdlib.h>

#include "attr.h"
#include "buf.h"

/* Room in the per-sentence scratch arrays for n tokens. */
static int room(struct nf_attr_work *w, size_t n)
{
	size_t c1 = w->ptok_cap, c2 = c1, c3 = c1, c4 = c1;

	if (nf_grow((void **)&w->ptag, &c1, n, 1) < 0 ||
	    nf_grow((void **)&w->phead, &c2, n, sizeof(*w->phead)) < 0 ||
	    nf_grow((void **)&w->prel, &c3, n, 1) < 0 ||
	    nf_grow((void **)&w->pdepth, &c4, n, sizeof(*w->pdepth)) < 0 ||
	    nf_grow((void **)&w->porder, &w->porder_cap, 2 * n + 1, sizeof(*w->porder)) < 0)
		return -1;
	return nf_grow((void **)&w->ptok, &w->ptok_cap, n, sizeof(*w->ptok));
}

/*
 * Might the cue tagger find a cue in tokens [sb, se)?  (Its gate,
 * attr_decode.c.)  With nouns, also: might a nominal cue be there
 * (attr_nominal.c)?
 */
static int may_cite(const struct nf_attr_work *w, size_t sb, size_t se, int nouns)
{
	size_t i;
	unsigned flag = nouns ? NF_TF_NOUN : 0;

	for (i = sb; i < se; i++)
		if (w->t[i].lex >= 1 || (w->t[i].flags & flag))
			return 1;
	return 0;
}

/* Depth of every token of the sentence (head local, -1 root), each walked once. */
static uint32_t depths(const int32_t *head, uint32_t *d, size_t n)
{
	const uint32_t unknown = UINT32_MAX;
	uint32_t max = 0, dd;
	size_t i, len;
	int32_t k;

	for (i = 0; i < n; i++)
		d[i] = unknown;
	for (i = 0; i < n; i++) {
		for (k = (int32_t)i, len = 0; k >= 0 && d[k] == unknown; k = head[k])
			len++;
		dd = (uint32_t)((k < 0 ? 0 : d[k] + 1) + len - 1);
		if (len && dd > max)
			max = dd;
		for (k = (int32_t)i; len--; k = head[k])
			d[k] = dd--;
	}
	return max;
}

/* Tokens 0..n-1 deepest first, into order[0..n) (counting sort; count has n + 1). */
static void deepest_first(const uint32_t *depth, uint32_t max, uint32_t *count,
			  uint32_t *order, size_t n)
{
	uint32_t d, at = 0, c;
	size_t i;

	for (d = 0; d <= max; d++)
		count[d] = 0;
	for (i = 0; i < n; i++)
		count[max - depth[i]]++;
	for (d = 0; d <= max; d++) {
		c = count[d];
		count[d] = at;
		at += c;
	}
	for (i = 0; i < n; i++)
		order[count[max - depth[i]]++] = (uint32_t)i;
}

/*
 * Room in w->syn for the parse of tokens [sb, sb + n), each token pointing
 * to its entry (unparsed: no head, its subtree itself); the first of a
 * record makes the tokens' index w->synof.  A sentence parsed again keeps
 * its entries.  Returns 0 or -1 (ENOMEM).
 */
static int syn_room(struct nf_attr_work *w, size_t sb, size_t n)
{
	size_t i;

	if (n == 0 || nf_attr_syn_of(w, sb) != NF_ATTR_NONE)
		return 0;
	if (w->nsyn == 0 && nf_attr_token_index(w, &w->synof, &w->synof_cap) < 0)
		return -1;
	if (nf_grow((void **)&w->syn, &w->syn_cap, w->nsyn + n, sizeof(*w->syn)) < 0)
		return -1;
	for (i = 0; i < n; i++) {
		struct nf_attr_syn *y = &w->syn[w->nsyn];
		y->head = NF_ATTR_NONE;
		y->lo = (uint32_t)(sb + i);
		y->hi = (uint32_t)(sb + i + 1);
		w->synof[sb + i] = (uint32_t)w->nsyn++;
	}
	return 0;
}

/*
 * Copies the parse of tokens [sb, sb + n) into w->syn: heads as token
 * indices, relations (NF_DEP_UNLABELLED kept), and subtree spans (deepest
 * tokens first, each widening its head's span).  Returns 0 or -1 (ENOMEM).
 */
static int store_parse(struct nf_attr_work *w, size_t sb, size_t n)
{
	uint32_t max = depths(w->phead, w->pdepth, n), *order = w->porder + n + 1;
	size_t i;

	if (syn_room(w, sb, n) < 0)
		return -1;
	deepest_first(w->pdepth, max, w->porder, order, n);
	for (i = 0; i < n; i++) {
		struct nf_attr_tok *t = &w->t[sb + i];
		w->syn[w->synof[sb + i]].head = w->phead[i] < 0 ? NF_ATTR_NONE
						      : (uint32_t)(sb + (size_t)w->phead[i]);
		t->rel = w->prel[i] < NF_DEP_NRELS || w->prel[i] == NF_DEP_UNLABELLED
				 ? w->prel[i] : NF_DEP_DEP;
	}
	for (i = 0; i < n; i++) {
		struct nf_attr_syn *t = &w->syn[w->synof[sb + order[i]]], *h;
		if (t->head == NF_ATTR_NONE)
			continue;
		h = &w->syn[w->synof[t->head]];
		if (t->lo < h->lo)
			h->lo = t->lo;
		if (t->hi > h->hi)
			h->hi = t->hi;
	}
	return 0;
}

/* Tokens [sb, se) into w->ptok (and their tags into w->ptag).  -1 on ENOMEM. */
static int load_sentence(struct nf_attr_work *w, size_t sb, size_t se)
{
	size_t i;

	if (room(w, se - sb) < 0)
		return -1;
	for (i = sb; i < se; i++) {
		w->ptok[i - sb].a = w->t[i].a;
		w->ptok[i - sb].b = w->t[i].b;
		w->ptok[i - sb].w = w->t[i].w;
		w->ptag[i - sb] = w->t[i].pos;
	}
	return 0;
}

int nf_attr_tag_pos(struct nf_attr_work *w, const struct nf_pos_model *pm, const char *text,
		    int nouns)
{
	size_t sb, se, i;

	if (!w->pmemo)
		w->pmemo = nf_pos_memo_new(pm);	/* NULL (ENOMEM): tags without, the same */
	for (sb = 0; sb < w->n; sb = se) {
		se = nf_attr_sentence_end(w, sb);
		if (!may_cite(w, sb, se, nouns))
			continue;
		if (load_sentence(w, sb, se) < 0)
			return -1;
		nf_pos_tag_memo(pm, w->pmemo, text, w->ptok, se - sb, w->ptag);
		for (i = sb; i < se; i++)
			w->t[i].pos = w->ptag[i - sb];
	}
	return 0;
}

/* Does a cue tag fall in tokens [sb, se)? */
static int has_cue(const struct nf_attr_work *w, size_t sb, size_t se)
{
	size_t i;

	for (i = sb; i < se; i++)
		if (w->tag[i] != NF_AC_O)
			return 1;
	return 0;
}

int nf_attr_parse(struct nf_attr_work *w, const struct nf_dep_model *dm, const char *text)
{
	size_t sb, se;

	for (sb = 0; sb < w->n; sb = se) {
		se = nf_attr_sentence_end(w, sb);
		if (!has_cue(w, sb, se))
			continue;
		/* relations only below cue tokens: the spans around a cue's head */
		if (load_sentence(w, sb, se) < 0 ||
		    nf_dep_parse_some(dm, &w->dep, text, w->ptok, w->ptag, se - sb, w->tag + sb,
				      w->phead, w->prel) < 0 ||
		    store_parse(w, sb, se - sb) < 0)
			return -1;
	}
	return 0;
}
