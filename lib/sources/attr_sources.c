/*
 * The source registry (attr_sources.h): each attribution's source mention
 * is read (name, role, kind, anonymity) and merged with an earlier source
 * when it names the same one: the same surname or name, a pronoun for the
 * latest person, a role noun ("the envoy") for the source with that role.
 */
#include <stdlib.h>
#include <string.h>

#include "attr_mention.h"
#include "data.h"

const char *const nf_source_kind_names[] = {
	"person", "organization", "media", "government", "anonymous", "document"
};

static const char *const kind_tags[] = {
	"anonymous", "anonhead", "unnamed", "role", "government", "media",
	"organization", "document", "pronoun", "itpronoun", "stop", "place", "crowd", NULL
};

int nf_attr_registry_init(struct nf_attr_registry *r)
{
	size_t line;

	memset(r, 0, sizeof(*r));
	nf_lexicon_init(&r->kinds);
	return nf_lexicon_load(&r->kinds, (const char *)nf_data_source_kinds,
			       nf_data_source_kinds_len, kind_tags, &line);
}

void nf_attr_registry_release(struct nf_attr_registry *r)
{
	nf_lexicon_release(&r->kinds);
	free(r->v);
	free(r->m);
	free(r->src_of);
	free(r->groups);
	memset(r, 0, sizeof(*r));
}

/* Does [a, b) hold a capitalised word ("U.S. officials", not "the officials")? */
static int has_capital(const struct nf_attr_work *w, uint32_t a, uint32_t b)
{
	for (; a < b; a++)
		if ((w->t[a].shape == NF_SH_CAP || w->t[a].shape == NF_SH_UPPER) &&
		    !(w->t[a].flags & NF_TF_SENT))
			return 1;
	return 0;
}

/*
 * The source rd names, or NF_ATTR_NONE: of the sources with its key, or
 * else of those of its kind whose role holds its role's last word ("the
 * envoy", "the source"; all its words when capitalised), the one mentioned
 * last; a pronoun names the person or body mentioned last.
 */
static uint32_t match(const struct nf_attr_registry *r, const struct nf_attr_work *w,
		      const struct nf_attr_reading *rd)
{
	uint32_t key_a = rd->name_a, key_b = rd->name_b;

	if (rd->another)
		return NF_ATTR_NONE;
	if (rd->pron)
		return rd->pron == 1 ? r->last_person : rd->pron == 2 ? r->last_body : NF_ATTR_NONE;
	if (rd->kind == NF_SK_PERSON && key_a != NF_ATTR_NONE)
		key_a = key_b - 1;	/* the surname */
	if (key_a != NF_ATTR_NONE)
		return nf_attr_index_find(r, w, NF_SG_KEY, 0, key_a, key_b, 0);
	if (rd->role_a == NF_ATTR_NONE)
		return NF_ATTR_NONE;
	if (has_capital(w, rd->role_a, rd->role_b))
		return nf_attr_index_find(r, w, NF_SG_ROLE, rd->kind, rd->role_a, rd->role_b, 0);
	if (rd->head != NF_ATTR_NONE && rd->head >= rd->role_a && rd->head < rd->role_b)
		return nf_attr_index_find(r, w, NF_SG_ROLEWORD, rd->kind, 0, 0, w->t[rd->head].w);
	return nf_attr_index_find(r, w, NF_SG_ROLEWORD, rd->kind, 0, 0, w->t[rd->role_b - 1].w);
}

static int add_source(struct nf_attr_registry *r, const struct nf_attr_work *w,
		      const struct nf_attr_reading *rd)
{
	struct nf_attr_source *s;

	if (r->n == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 16;
		s = realloc(r->v, cap * sizeof(*s));
		if (!s)
			return -1;
		r->v = s;
		r->cap = cap;
	}
	s = &r->v[r->n++];
	s->kind = rd->kind;
	s->anonymous = rd->anonymous;
	s->name_a = rd->name_a;
	s->name_b = rd->name_b;
	s->role_a = rd->role_a;
	s->role_b = rd->role_b;
	s->aff_a = rd->aff_a;
	s->aff_b = rd->aff_b;
	s->head = rd->name_a == NF_ATTR_NONE ? rd->head : NF_ATTR_NONE;
	s->key_a = rd->name_a;
	s->key_b = rd->name_b;
	if (rd->kind == NF_SK_PERSON && rd->name_a != NF_ATTR_NONE)
		s->key_a = rd->name_b - 1;
	s->first_m = s->last_m = NF_ATTR_NONE;
	(void)w;
	return 0;
}

static int add_mention(struct nf_attr_registry *r, uint32_t src, uint32_t a, uint32_t b)
{
	struct nf_attr_mention *m;

	if (r->nm == r->mcap) {
		size_t cap = r->mcap ? r->mcap * 2 : 32;
		m = realloc(r->m, cap * sizeof(*m));
		if (!m)
			return -1;
		r->m = m;
		r->mcap = cap;
	}
	r->m[r->nm].src = src;
	r->m[r->nm].a = a;
	r->m[r->nm].b = b;
	r->m[r->nm].next = NF_ATTR_NONE;
	if (r->v[src].last_m != NF_ATTR_NONE)
		r->m[r->v[src].last_m].next = (uint32_t)r->nm;
	else
		r->v[src].first_m = (uint32_t)r->nm;
	r->v[src].last_m = (uint32_t)r->nm;
	r->nm++;
	return 0;
}

/* Fills in what a later mention adds: "he" then "Steve Witkoff". */
static void enrich(struct nf_attr_source *s, const struct nf_attr_reading *rd)
{
	if (s->name_a == NF_ATTR_NONE && rd->name_a != NF_ATTR_NONE) {
		s->name_a = rd->name_a;
		s->name_b = rd->name_b;
		s->key_a = rd->kind == NF_SK_PERSON ? rd->name_b - 1 : rd->name_a;
		s->key_b = rd->name_b;
	}
	if (s->role_a == NF_ATTR_NONE && rd->role_a != NF_ATTR_NONE) {
		s->role_a = rd->role_a;
		s->role_b = rd->role_b;
	}
	if (s->anonymous && s->aff_a == NF_ATTR_NONE && rd->aff_a != NF_ATTR_NONE) {
		s->aff_a = rd->aff_a;
		s->aff_b = rd->aff_b;
	}
}


int nf_attr_registry_build(struct nf_attr_registry *r, const struct nf_attr_work *w,
			   const char *text, const struct nf_attr_entity *ents, size_t nents)
{
	struct nf_attr_reading rd;
	size_t k;
	uint32_t id;

	r->n = r->nm = 0;
	nf_attr_index_reset(r);
	if (w->nfound > r->src_of_cap) {
		uint32_t *p = realloc(r->src_of, w->nfound * sizeof(*p));
		if (!p)
			return -1;
		r->src_of = p;
		r->src_of_cap = w->nfound;
	}
	for (k = 0; k < w->nfound; k++) {
		const struct nf_attr_found *f = &w->found[k];
		r->src_of[k] = NF_ATTR_NONE;
		if (f->src_a == NF_ATTR_NONE)
			continue;
		nf_attr_read_mention(r, w, text, ents, nents, f->src_a, f->src_b, &rd);
		id = match(r, w, &rd);
		if (id == NF_ATTR_NONE) {
			if (add_source(r, w, &rd) < 0)
				return -1;
			id = (uint32_t)(r->n - 1);
		} else {
			enrich(&r->v[id], &rd);
		}
		if (add_mention(r, id, f->src_a, f->src_b) < 0 ||
		    nf_attr_index_mentioned(r, w, id) < 0)
			return -1;
		r->src_of[k] = id;
	}
	nf_attr_index_trim(r);
	return 0;
}
