/*
 * Which earlier source a mention names, in constant time per word: the
 * registry (attr_sources.c) merges a mention with the source mentioned
 * last among those with the same key, the same role, or a role holding
 * the mention's head word (for an unnamed source, the head of its own
 * description: "One of the people" is of "people familiar with the
 * matter", "the unions" not of "two insiders at the unions").  Scanning every earlier mention for that made
 * an article of many distinct sources quadratic; here each group keeps
 * its member mentioned last, updated at every mention.
 */
#include <stdlib.h>

#include "attr_sources.h"

static uint64_t mix(uint64_t h, uint64_t v)
{
	h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
	return h * 0xFF51AFD7ED558CCDULL;
}

static uint64_t group_hash(const struct nf_attr_work *w, int type, int kind, uint32_t a,
			   uint32_t b, uint64_t word)
{
	uint64_t h = mix((uint64_t)type, (uint64_t)kind);

	if (type == NF_SG_ROLEWORD)
		return mix(h, word);
	for (; a < b; a++)
		h = mix(h, w->t[a].w);
	return h;
}

static int same_words(const struct nf_attr_work *w, uint32_t a, uint32_t b, uint32_t c,
		      uint32_t d)
{
	if (b - a != d - c)
		return 0;
	for (; a < b; a++, c++)
		if (w->t[a].w != w->t[c].w)
			return 0;
	return 1;
}

static int is_group(const struct nf_attr_work *w, const struct nf_attr_group *g, uint64_t h,
		    int type, int kind, uint32_t a, uint32_t b, uint64_t word)
{
	if (g->h != h || g->type != type || (type != NF_SG_KEY && g->kind != kind))
		return 0;
	return type == NF_SG_ROLEWORD ? g->word == word : same_words(w, a, b, g->a, g->b);
}

/* The slot of the group, or of the free slot where it would go. */
static size_t slot(const struct nf_attr_registry *r, const struct nf_attr_work *w, uint64_t h,
		   int type, int kind, uint32_t a, uint32_t b, uint64_t word)
{
	size_t i = (size_t)h & r->groups_mask;

	while (r->groups[i].gen == r->gen &&
	       !is_group(w, &r->groups[i], h, type, kind, a, b, word))
		i = (i + 1) & r->groups_mask;
	return i;
}

void nf_attr_index_reset(struct nf_attr_registry *r)
{
	size_t i;

	r->ngroups = 0;
	r->last_person = r->last_body = NF_ATTR_NONE;
	if (++r->gen == 0) {	/* wrapped: old stamps could pass for new */
		for (i = 0; r->groups && i <= r->groups_mask; i++)
			r->groups[i].gen = 0;
		r->gen = 1;
	}
}

/* Doubles the table (or makes it).  Returns 0 or -1. */
static int grow(struct nf_attr_registry *r, const struct nf_attr_work *w)
{
	size_t n = r->groups ? (r->groups_mask + 1) * 2 : 256, i, j;
	struct nf_attr_group *old = r->groups, *g = calloc(n, sizeof(*g));
	size_t old_n = old ? r->groups_mask + 1 : 0;

	if (!g)
		return -1;
	r->groups = g;
	r->groups_mask = n - 1;
	for (i = 0; i < old_n; i++) {
		if (old[i].gen != r->gen)
			continue;
		j = slot(r, w, old[i].h, old[i].type, old[i].kind, old[i].a, old[i].b, old[i].word);
		g[j] = old[i];
	}
	free(old);
	return 0;
}

/* Makes src the best of its group (type, kind, [a, b) or word).  Returns 0 or -1. */
static int put(struct nf_attr_registry *r, const struct nf_attr_work *w, int type, int kind,
	       uint32_t a, uint32_t b, uint64_t word, uint32_t src)
{
	uint64_t h = group_hash(w, type, kind, a, b, word);
	struct nf_attr_group *g;
	size_t i;

	if ((r->ngroups + 1) * 2 > (r->groups ? r->groups_mask + 1 : 0) && grow(r, w) < 0)
		return -1;
	i = slot(r, w, h, type, kind, a, b, word);
	g = &r->groups[i];
	if (g->gen != r->gen) {
		g->gen = r->gen;
		g->h = h;
		g->type = (uint8_t)type;
		g->kind = (uint8_t)kind;
		g->a = a;
		g->b = b;
		g->word = word;
		r->ngroups++;
	}
	g->best = src;
	return 0;
}

int nf_attr_index_mentioned(struct nf_attr_registry *r, const struct nf_attr_work *w,
			    uint32_t src)
{
	const struct nf_attr_source *s = &r->v[src];
	uint32_t i;

	if (s->kind == NF_SK_PERSON)
		r->last_person = src;
	else if (s->kind != NF_SK_ANON)
		r->last_body = src;
	if (s->key_a != NF_ATTR_NONE && put(r, w, NF_SG_KEY, 0, s->key_a, s->key_b, 0, src) < 0)
		return -1;
	if (s->role_a == NF_ATTR_NONE)
		return 0;
	if (put(r, w, NF_SG_ROLE, s->kind, s->role_a, s->role_b, 0, src) < 0)
		return -1;
	if (s->name_a == NF_ATTR_NONE && s->head != NF_ATTR_NONE)	/* "the people" */
		return put(r, w, NF_SG_ROLEWORD, s->kind, 0, 0, w->t[s->head].w, src);
	for (i = s->role_a; i < s->role_b; i++)
		if (put(r, w, NF_SG_ROLEWORD, s->kind, 0, 0, w->t[i].w, src) < 0)
			return -1;
	return 0;
}

uint32_t nf_attr_index_find(const struct nf_attr_registry *r, const struct nf_attr_work *w,
			    int type, int kind, uint32_t a, uint32_t b, uint64_t word)
{
	size_t i;

	if (!r->groups)
		return NF_ATTR_NONE;
	i = slot(r, w, group_hash(w, type, kind, a, b, word), type, kind, a, b, word);
	return r->groups[i].gen == r->gen ? r->groups[i].best : NF_ATTR_NONE;
}

/* Slots of the group table kept for the next record. */
enum { KEEP_GROUPS = 1 << 16 };

void nf_attr_index_trim(struct nf_attr_registry *r)
{
	if (!r->groups || r->groups_mask + 1 <= KEEP_GROUPS)
		return;
	free(r->groups);
	r->groups = NULL;
	r->groups_mask = r->ngroups = 0;
}
