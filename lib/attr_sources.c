/*
 * The source registry (attr_sources.h): each attribution's source mention
 * is read (name, role, kind, anonymity) and merged with an earlier source
 * when it names the same one: the same surname or name, a pronoun for the
 * latest person, a role noun ("the envoy") for the source with that role.
 */
#include <stdlib.h>
#include <string.h>

#include "attr_sources.h"
#include "data.h"

const char *const nf_source_kind_names[] = {
	"person", "organization", "media", "government", "anonymous", "document"
};

static const char *const kind_tags[] = {
	"anonymous", "anonhead", "unnamed", "role", "government", "media",
	"organization", "document", "pronoun", "itpronoun", "stop", "place", NULL
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

/* What one source mention says. */
struct reading {
	uint32_t a, b;			/* the mention, trimmed */
	uint32_t name_a, name_b, role_a, role_b;
	unsigned tags;			/* bit per enum nf_kind_tag */
	int plain_name;			/* a name of 2+ words with no kind word, not after one */
	int kind, anonymous;
	int pron;			/* 0, 1 person pronoun, 2 other */
	int another;			/* "another source" */
};

static int tag_of(const struct nf_attr_registry *r, const struct nf_attr_work *w,
		  const char *text, uint32_t i)
{
	return nf_lexicon_get(&r->kinds, text + w->t[i].a, w->t[i].b - w->t[i].a);
}

/* Tag of tokens i, i+1 as a phrase ("White House"), or -1. */
static int tag2_of(const struct nf_attr_registry *r, const struct nf_attr_work *w,
		   const char *text, uint32_t i, uint32_t b)
{
	if (i + 1 >= b || w->t[i + 1].a != w->t[i].b + 1 || text[w->t[i].b] != ' ')
		return -1;
	return nf_lexicon_get(&r->kinds, text + w->t[i].a, w->t[i + 1].b - w->t[i].a);
}

static int capital(const struct nf_attr_work *w, uint32_t i)
{
	return w->t[i].shape == NF_SH_CAP || w->t[i].shape == NF_SH_UPPER;
}

/* Collects tags over [a, b) into rd->tags. */
static void read_tags(const struct nf_attr_registry *r, const struct nf_attr_work *w,
		      const char *text, struct reading *rd)
{
	uint32_t i;
	int t;

	for (i = rd->a; i < rd->b; i++) {
		if ((t = tag_of(r, w, text, i)) >= 0)
			rd->tags |= 1u << t;
		if ((t = tag2_of(r, w, text, i, rd->b)) >= 0)
			rd->tags |= 1u << t;
	}
}

/* Is a word with this tag the head of a descriptive phrase ("officials")? */
static int head_noun(int t)
{
	return t == NF_KT_ROLE || t == NF_KT_UNNAMED || t == NF_KT_ANONHEAD ||
	       t == NF_KT_MEDIA || t == NF_KT_GOV || t == NF_KT_ORG || t == NF_KT_DOC;
}

/*
 * The last word of the phrase from i: up to punctuation or a function word
 * ("of", "who"; not "and": "a sports and celebrity talent agency").
 */
static uint32_t phrase_head(const struct nf_attr_registry *r, const struct nf_attr_work *w,
			    const char *text, uint32_t i, uint32_t b)
{
	uint32_t j;
	int t;

	while (i < b && (nf_attr_word_is(text, &w->t[i], "a") || nf_attr_word_is(text, &w->t[i], "an") ||
			 nf_attr_word_is(text, &w->t[i], "the")))
		i++;
	for (j = i; j < b && w->t[j].shape == NF_SH_LOWER; j++)
		if (((t = tag_of(r, w, text, j)) == NF_KT_STOP && !nf_attr_word_is(text, &w->t[j], "and")) ||
		    t == NF_KT_PRON || t == NF_KT_ITPRON)
			break;
	return j > i ? j - 1 : NF_ATTR_NONE;
}

/*
 * The head of the words that describe the name: after it ("X, a labor
 * group", "Clinton's campaign", "North Carolina election officials") or
 * right before it ("the activist group Mosul Eye", "campaign manager
 * Robby Mook").  NF_ATTR_NONE if none.
 */
static uint32_t description_head(const struct nf_attr_registry *r, const struct nf_attr_work *w,
				 const char *text, const struct reading *rd)
{
	uint32_t b = rd->name_b, p = rd->name_a, h = NF_ATTR_NONE;

	if (b < rd->b) {
		if (w->t[b].shape == NF_SH_COMMA || nf_attr_is_possessive(text, &w->t[b]))
			b++;
		h = phrase_head(r, w, text, b, rd->b);
	}
	if (h == NF_ATTR_NONE && p > rd->a) {
		if (w->t[p - 1].shape == NF_SH_COMMA && p - 1 > rd->a)
			p--;
		if (w->t[p - 1].shape == NF_SH_LOWER)
			h = p - 1;
	}
	return h;
}

/*
 * Does the name [name_a, name_b) look like a person's: two words or more,
 * none a kind word ("Pew Research Center", "Supreme Court" are not), not
 * right after one ("the Center for American Progress"), and described, if
 * at all, by a phrase whose head is not a body ("Dante Scala, a political
 * scientist at the University of ...", but not "Working America, a labor
 * group")?  A kind word elsewhere in the mention then does not make it a
 * body.
 */
static int plain_name(const struct nf_attr_registry *r, const struct nf_attr_work *w,
		      const char *text, const struct reading *rd)
{
	uint32_t i, h;
	int t;

	if (rd->name_b - rd->name_a < 2)
		return 0;
	for (i = rd->name_a; i < rd->name_b; i++)
		if (tag_of(r, w, text, i) >= 0 || tag2_of(r, w, text, i, rd->name_b) >= 0)
			return 0;
	if (rd->name_a > rd->a && tag_of(r, w, text, rd->name_a - 1) == NF_KT_STOP &&
	    rd->name_a - 1 > rd->a && head_noun(tag_of(r, w, text, rd->name_a - 2)))
		return 0;	/* "the Center for American Progress" */
	if (rd->name_b < rd->b && w->t[rd->name_b].shape == NF_SH_LOWER &&
	    (t = tag_of(r, w, text, rd->name_b)) != NF_KT_STOP && t != NF_KT_PRON && t != NF_KT_ITPRON)
		return 0;	/* a modifier: "North Carolina election officials" */
	if ((h = description_head(r, w, text, rd)) == NF_ATTR_NONE)
		return 1;
	t = tag_of(r, w, text, h);
	return t < 0 || t == NF_KT_ROLE || t == NF_KT_UNNAMED;	/* "a longtime JNF official" */
}

/*
 * A name opening the mention and set off by a comma, with no kind word in
 * it ("Seth McKee, a political scientist at Texas Tech University"): its
 * end, or 0.  The description may hold a longer name, but of a body.
 */
static uint32_t leading_name(const struct nf_attr_registry *r, const struct nf_attr_work *w,
			     const char *text, const struct reading *rd)
{
	uint32_t i;

	for (i = rd->a; i < rd->b && capital(w, i); i++)
		if (tag_of(r, w, text, i) >= 0)
			return 0;
	if (i == rd->a + 1 && text[w->t[rd->a].b - 1] == '.')
		return 0;	/* "N.H., on Tuesday, Senator Bernie Sanders" */
	return i > rd->a && i + 1 < rd->b && w->t[i].shape == NF_SH_COMMA ? i : 0;
}

/*
 * The name: the longest run of capitalised tokens that are not kind words
 * (role words before the name are cut off: "Foreign Minister Lavrov").
 */
static void find_name(const struct nf_attr_registry *r, const struct nf_attr_work *w,
		      const char *text, struct reading *rd)
{
	uint32_t i, s, best_a = NF_ATTR_NONE, best_b = 0, run_a = NF_ATTR_NONE;
	int t;

	for (i = rd->a; i <= rd->b; i++) {
		t = i < rd->b ? tag_of(r, w, text, i) : -1;
		if (i < rd->b && capital(w, i) && (t < 0 || t == NF_KT_ROLE || t == NF_KT_MEDIA ||
						   t == NF_KT_GOV || t == NF_KT_ORG ||
						   t == NF_KT_PLACE)) {
			if (run_a == NF_ATTR_NONE)
				run_a = i;
			continue;
		}
		if (run_a != NF_ATTR_NONE && i < rd->b && head_noun(t) &&
		    w->t[i].shape == NF_SH_LOWER)
			run_a = NF_ATTR_NONE;	/* a modifier: "U.S. officials" */
		if (run_a != NF_ATTR_NONE) {
			for (s = i; s > run_a && tag_of(r, w, text, s - 1) != NF_KT_ROLE; s--)
				;
			if (s < i && i - s > best_b - (best_a == NF_ATTR_NONE ? best_b : best_a)) {
				best_a = s;
				best_b = i;
			} else if (s == i && best_a == NF_ATTR_NONE) {
				best_a = run_a;	/* only title words: "the President" */
				best_b = i;
			}
		}
		run_a = NF_ATTR_NONE;
	}
	if ((i = leading_name(r, w, text, rd)) != 0) {
		best_a = rd->a;	/* "Seth McKee, a political scientist at Texas Tech University" */
		best_b = i;
	}
	rd->name_a = best_a;
	rd->name_b = best_a == NF_ATTR_NONE ? NF_ATTR_NONE : best_b;
	rd->plain_name = best_a != NF_ATTR_NONE && plain_name(r, w, text, rd);
}

/* The role: an apposition beside the name, the title before it, or the phrase. */
static void find_role(const struct nf_attr_registry *r, const struct nf_attr_work *w,
		      const char *text, struct reading *rd)
{
	uint32_t a = rd->a, i, c;

	rd->role_a = rd->role_b = NF_ATTR_NONE;
	if (rd->name_a == NF_ATTR_NONE) {
		while (a + 1 < rd->b && tag_of(r, w, text, a) == NF_KT_STOP)
			a++;
		rd->role_a = a;
		rd->role_b = rd->b;
		return;
	}
	for (i = rd->name_b; i < rd->b && w->t[i].shape != NF_SH_COMMA; i++)
		;
	if (i + 1 < rd->b) {		/* "Witkoff, a special U.S. envoy" */
		for (c = i + 1; c < rd->b && w->t[c].shape != NF_SH_COMMA; c++)
			;
		rd->role_a = i + 1;
		rd->role_b = c;
		return;
	}
	for (i = rd->name_a; i > a && w->t[i - 1].shape != NF_SH_COMMA; i--)
		;
	while (i < rd->name_a && tag_of(r, w, text, i) == NF_KT_STOP)
		i++;
	if (i < rd->name_a) {		/* "Foreign Minister Lavrov" */
		rd->role_a = i;
		rd->role_b = rd->name_a;
	} else if (i > a + 1) {		/* "a special U.S. envoy, Steve Witkoff" */
		rd->role_a = a;
		rd->role_b = i - 1;
	}
}

static int entity_label(const struct nf_attr_entity *ents, size_t nents, size_t a, size_t b)
{
	size_t i;

	for (i = 0; i < nents; i++)
		if (ents[i].a < b && a < ents[i].b)
			return ents[i].label;
	return 0;
}

#define HAS(rd, t) (((rd)->tags >> (t)) & 1u)

/* Is the mention a place name and nothing else ("Moscow", "the Kremlin")? */
static int only_places(const struct nf_attr_registry *r, const struct nf_attr_work *w,
		       const char *text, const struct reading *rd)
{
	uint32_t i;
	int t;

	for (i = rd->a; i < rd->b; i++)
		if ((t = tag_of(r, w, text, i)) != NF_KT_PLACE && t != NF_KT_STOP)
			return 0;
	return 1;
}

/* The kind and anonymity of a mention, from its words and entities. */
static void find_kind(const struct nf_attr_work *w, const struct nf_attr_entity *ents,
		      size_t nents, int only_places, struct reading *rd)
{
	int named = rd->name_a != NF_ATTR_NONE, label = 0;

	if (named)
		label = entity_label(ents, nents, w->t[rd->name_a].a, w->t[rd->name_b - 1].b);
	rd->anonymous = 0;
	if (HAS(rd, NF_KT_ANON) || (HAS(rd, NF_KT_ANONHEAD) && (!named || !label))) {
		rd->kind = NF_SK_ANON;	/* a place or outlet named with it is not its name */
		rd->anonymous = 1;
		rd->name_a = rd->name_b = NF_ATTR_NONE;
		rd->role_a = rd->a;
		rd->role_b = rd->b;
		return;
	}
	if (label == 'P' || (named && !label && rd->plain_name) ||
	    (HAS(rd, NF_KT_ROLE) && named && !HAS(rd, NF_KT_UNNAMED)))
		rd->kind = NF_SK_PERSON;
	else if (HAS(rd, NF_KT_MEDIA))
		rd->kind = NF_SK_MEDIA;
	else if (HAS(rd, NF_KT_GOV) || label == 'L' || (HAS(rd, NF_KT_PLACE) && only_places))
		rd->kind = NF_SK_GOV;
	else if (HAS(rd, NF_KT_ORG) || label == 'O' || label == 'M')
		rd->kind = NF_SK_ORG;
	else if (HAS(rd, NF_KT_DOC) && !named)
		rd->kind = NF_SK_DOC;
	else if (HAS(rd, NF_KT_UNNAMED))
		rd->kind = NF_SK_GOV;
	else
		rd->kind = NF_SK_PERSON;
	rd->anonymous = HAS(rd, NF_KT_UNNAMED) && rd->kind != NF_SK_PERSON;
}

static void read_mention(const struct nf_attr_registry *r, const struct nf_attr_work *w,
			 const char *text, const struct nf_attr_entity *ents, size_t nents,
			 uint32_t a, uint32_t b, struct reading *rd)
{
	int t;

	memset(rd, 0, sizeof(*rd));
	while (b > a + 1 && (w->t[b - 1].shape == NF_SH_COMMA || w->t[b - 1].shape == NF_SH_DASH ||
			     nf_attr_is_possessive(text, &w->t[b - 1])))
		b--;
	rd->a = a;
	rd->b = b;
	t = b == a + 1 ? tag_of(r, w, text, a) : -1;
	rd->pron = t == NF_KT_PRON ? 1 : t == NF_KT_ITPRON ? 2 :
		   t == NF_KT_STOP ? nf_attr_possessive_pronoun(text, &w->t[a]) : 0;	/* "his claim" */
	rd->another = b > a + 1 && w->t[a].b - w->t[a].a == 7 &&
		      strncmp(text + w->t[a].a, "another", 7) == 0;
	read_tags(r, w, text, rd);
	if (rd->pron) {
		rd->name_a = rd->name_b = rd->role_a = rd->role_b = NF_ATTR_NONE;
		rd->kind = rd->pron == 1 ? NF_SK_PERSON : NF_SK_ORG;
		return;
	}
	find_name(r, w, text, rd);
	find_role(r, w, text, rd);
	find_kind(w, ents, nents, only_places(r, w, text, rd), rd);
}

/* Does [a, b) hold a capitalised word ("U.S. officials", not "the officials")? */
static int has_capital(const struct nf_attr_work *w, uint32_t a, uint32_t b)
{
	for (; a < b; a++)
		if (capital(w, a) && !(w->t[a].flags & NF_TF_SENT))
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
		      const struct reading *rd)
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
	return nf_attr_index_find(r, w, NF_SG_ROLEWORD, rd->kind, 0, 0, w->t[rd->role_b - 1].w);
}

static int add_source(struct nf_attr_registry *r, const struct nf_attr_work *w,
		      const struct reading *rd)
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
static void enrich(struct nf_attr_source *s, const struct reading *rd)
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
}


int nf_attr_registry_build(struct nf_attr_registry *r, const struct nf_attr_work *w,
			   const char *text, const struct nf_attr_entity *ents, size_t nents)
{
	struct reading rd;
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
		read_mention(r, w, text, ents, nents, f->src_a, f->src_b, &rd);
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
