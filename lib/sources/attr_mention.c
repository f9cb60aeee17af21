/*
 * What a source mention says (attr_mention.h): "Foreign Minister Lavrov"
 * is the person Lavrov with a title, "Kremlin officials" unnamed
 * government people of the Kremlin, "Informed sources from Ukrainska
 * Pravda" anonymous sources of a news outlet, "A study by the Center for
 * Trade Policy" a document.  Rules over the words of
 * data/source-kinds.txt, the tokens' shapes and the record's entities.
 */
#include <string.h>

#include "attr_mention.h"

/* The tag of token i, or of its singular when only that is listed ("unions"). */
static int tag_of(const struct nf_attr_registry *r, const struct nf_attr_work *w,
		  const char *text, uint32_t i)
{
	const char *s = text + w->t[i].a;
	size_t n = w->t[i].b - w->t[i].a;
	int t = nf_lexicon_get(&r->kinds, s, n);

	if (t >= 0 || n <= 4 || (s[n - 1] != 's' && s[n - 1] != 'S') || s[n - 2] == 's' ||
	    s[n - 2] == '\'')
		return t;
	t = nf_lexicon_get(&r->kinds, s, n - 1);
	return t == NF_KT_STOP || t == NF_KT_PRON || t == NF_KT_ITPRON || t == NF_KT_PLACE ? -1 : t;
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
		      const char *text, struct nf_attr_reading *rd)
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
				 const char *text, const struct nf_attr_reading *rd)
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
		      const char *text, const struct nf_attr_reading *rd)
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
			     const char *text, const struct nf_attr_reading *rd)
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
		      const char *text, struct nf_attr_reading *rd)
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
		      const char *text, struct nf_attr_reading *rd)
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
		       const char *text, const struct nf_attr_reading *rd)
{
	uint32_t i;
	int t;

	for (i = rd->a; i < rd->b; i++)
		if ((t = tag_of(r, w, text, i)) != NF_KT_PLACE && t != NF_KT_STOP)
			return 0;
	return 1;
}

/* Is a word with this tag a noun that can head a mention ("report", "people")? */
static int noun_tag(int t)
{
	return head_noun(t) || t == NF_KT_CROWD;
}

/* Does the word end like a participle ("released", "leaving")? */
static int participle(const char *text, const struct nf_attr_tok *t)
{
	size_t n = t->b - t->a;
	const char *e = text + t->b;

	return (n > 4 && memcmp(e - 2, "ed", 2) == 0) || (n > 5 && memcmp(e - 3, "ing", 3) == 0);
}

/*
 * The head noun of the mention's first phrase: its last lower-case word
 * before a function word or comma, after any determiner, possessive
 * pronoun or possessor ("the group's statement", "Its article", "One of
 * the people", "A study by the Center for ...", "events and statements"),
 * or NF_ATTR_NONE.
 */
static uint32_t mention_head(const struct nf_attr_registry *r, const struct nf_attr_work *w,
			     const char *text, uint32_t a, uint32_t b)
{
	uint32_t i, head = NF_ATTR_NONE;
	int t, head_t = -1;

	for (i = a; i < b; i++) {
		if (nf_attr_is_possessive(text, &w->t[i])) {
			head = NF_ATTR_NONE;
			continue;
		}
		if (w->t[i].shape == NF_SH_COMMA || w->t[i].shape == NF_SH_DASH)
			break;
		t = tag_of(r, w, text, i);
		if (t == NF_KT_STOP || t == NF_KT_PRON || t == NF_KT_ITPRON) {
			if (head != NF_ATTR_NONE && !nf_attr_word_is(text, &w->t[i], "and"))
				break;
			continue;
		}
		if (head != NF_ATTR_NONE && w->t[i].shape == NF_SH_LOWER && participle(text, &w->t[i]))
			break;	/* "A memo released Friday" */
		if ((w->t[i].shape == NF_SH_LOWER &&
		     (head == NF_ATTR_NONE || noun_tag(t) || !noun_tag(head_t))) ||
		    (head == NF_ATTR_NONE && (w->t[i].flags & NF_TF_SENT) && head_noun(t))) {
			head = i;	/* "a report seen by", "Officials at the Health Ministry" */
			head_t = t;
		}
	}
	return head;
}

/* Does token i open its sentence, or a bullet ("- Inspectors found")? */
static int opens_sentence(const struct nf_attr_work *w, uint32_t i)
{
	return (w->t[i].flags & NF_TF_SENT) ||
	       (i > 0 && w->t[i - 1].shape == NF_SH_DASH && (w->t[i - 1].flags & NF_TF_SENT));
}

/* Can token i be part of the name of a body an unnamed source belongs to? */
static int affiliation_word(const struct nf_attr_registry *r, const struct nf_attr_work *w,
			    const char *text, uint32_t i)
{
	int t = tag_of(r, w, text, i);

	return capital(w, i) && t != NF_KT_ANON && t != NF_KT_ANONHEAD && t != NF_KT_UNNAMED &&
	       t != NF_KT_CROWD && t != NF_KT_STOP && t != NF_KT_PRON && t != NF_KT_ITPRON;
}

/* The kind of the body named by [a, b), from its words or its entity, or -1. */
static int body_kind(const struct nf_attr_registry *r, const struct nf_attr_work *w,
		     const char *text, const struct nf_attr_entity *ents, size_t nents,
		     uint32_t a, uint32_t b)
{
	unsigned tags = 0;
	uint32_t i;
	int t;

	for (i = a; i < b; i++) {
		if ((t = tag_of(r, w, text, i)) >= 0)
			tags |= 1u << t;
		if ((t = tag2_of(r, w, text, i, b)) >= 0)
			tags |= 1u << t;	/* "White House" */
	}
	if (tags & (1u << NF_KT_MEDIA))
		return NF_SK_MEDIA;
	if (tags & (1u << NF_KT_GOV | 1u << NF_KT_PLACE))
		return NF_SK_GOV;
	if (tags & (1u << NF_KT_ORG))
		return NF_SK_ORG;
	switch (entity_label(ents, nents, w->t[a].a, w->t[b - 1].b)) {
	case 'O':
		return NF_SK_ORG;
	case 'L':
		return NF_SK_GOV;
	default:
		return -1;
	}
}

/*
 * The named body in the mention, for an unnamed source that belongs to
 * it: the longest run of capitalised words that are no words for unnamed
 * people ("Informed sources from Ukrainska Pravda", "Kremlin officials",
 * "A French Foreign Ministry official"); a word opening the sentence is
 * left out unless an entity holds it ("Union sources").
 */
static void find_affiliation(const struct nf_attr_registry *r, const struct nf_attr_work *w,
			     const char *text, const struct nf_attr_entity *ents, size_t nents,
			     struct nf_attr_reading *rd)
{
	uint32_t i, run = NF_ATTR_NONE;

	rd->aff_a = rd->aff_b = NF_ATTR_NONE;
	rd->aff_kind = -1;
	for (i = rd->a; i <= rd->b; i++) {
		if (i < rd->b && affiliation_word(r, w, text, i)) {
			if (run == NF_ATTR_NONE)
				run = i;
			continue;
		}
		if (run != NF_ATTR_NONE && opens_sentence(w, run) &&
		    !entity_label(ents, nents, w->t[run].a, w->t[run].b))
			run++;
		if (run != NF_ATTR_NONE && run < i &&
		    (rd->aff_a == NF_ATTR_NONE || i - run > rd->aff_b - rd->aff_a)) {
			rd->aff_a = run;
			rd->aff_b = i;
		}
		run = NF_ATTR_NONE;
	}
	if (rd->aff_a != NF_ATTR_NONE)
		rd->aff_kind = body_kind(r, w, text, ents, nents, rd->aff_a, rd->aff_b);
}

/*
 * Does the mention speak of unnamed people: "officials", "people", "Some
 * investors", "a manager at the port"?  A definite singular of no kind
 * ("the operator") more likely names someone met before, and stays a
 * person as it was.
 */
static int unnamed_people(const struct nf_attr_reading *rd)
{
	if (rd->name_a != NF_ATTR_NONE)
		return 0;
	return HAS(rd, NF_KT_UNNAMED) || HAS(rd, NF_KT_CROWD) ||
	       (!HAS(rd, NF_KT_ROLE) && rd->head != NF_ATTR_NONE && rd->head_tag < 0 &&
		(rd->plural || !rd->definite));
}

/*
 * The kind and anonymity of a mention, from its words and entities.  A
 * text cited is a document whatever names it ("A study by the Center
 * for ...").  An unnamed person or group is anonymous and takes the kind
 * of the body it belongs to ("Kremlin officials", "Informed sources from
 * Ukrainska Pravda"); without one, officials are government and anyone
 * else anonymous ("Some investors", "people familiar with the matter").
 */
static void find_kind(const struct nf_attr_work *w, const struct nf_attr_entity *ents,
		      size_t nents, int only_places, struct nf_attr_reading *rd)
{
	int named = rd->name_a != NF_ATTR_NONE, label = 0, people;

	if (named)
		label = entity_label(ents, nents, w->t[rd->name_a].a, w->t[rd->name_b - 1].b);
	rd->anonymous = 0;
	if (rd->head_tag == NF_KT_DOC) {
		rd->kind = NF_SK_DOC;
		rd->name_a = rd->name_b = NF_ATTR_NONE;
		rd->role_a = rd->a;
		rd->role_b = rd->b;
		return;
	}
	if (HAS(rd, NF_KT_ANON) || (HAS(rd, NF_KT_ANONHEAD) && (!named || !label))) {
		rd->kind = rd->aff_kind >= 0 ? rd->aff_kind : HAS(rd, NF_KT_MEDIA) ? NF_SK_MEDIA :
			   HAS(rd, NF_KT_GOV) ? NF_SK_GOV : HAS(rd, NF_KT_ORG) ? NF_SK_ORG : NF_SK_ANON;
		rd->anonymous = 1;	/* "Union sources", "a source at the company" */
		rd->name_a = rd->name_b = NF_ATTR_NONE;
		rd->role_a = rd->a;
		rd->role_b = rd->b;
		return;
	}
	people = unnamed_people(rd);
	if (label == 'P' || (named && !label && rd->plain_name) ||
	    (HAS(rd, NF_KT_ROLE) && named && !HAS(rd, NF_KT_UNNAMED)))
		rd->kind = NF_SK_PERSON;
	else if (people && rd->aff_kind >= 0)
		rd->kind = rd->aff_kind;	/* "A Metro Health employee" */
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
	else if (people)
		rd->kind = NF_SK_ANON;
	else
		rd->kind = NF_SK_PERSON;
	rd->anonymous = rd->kind == NF_SK_ANON ||
			(people && rd->kind != NF_SK_PERSON && rd->kind != NF_SK_DOC);
}

/* Is there a comma between tokens a and b ("a port official, Maria Lind")? */
static int comma_between(const struct nf_attr_work *w, uint32_t a, uint32_t b)
{
	for (; a < b; a++)
		if (w->t[a].shape == NF_SH_COMMA)
			return 1;
	return 0;
}

void nf_attr_read_mention(const struct nf_attr_registry *r, const struct nf_attr_work *w,
			 const char *text, const struct nf_attr_entity *ents, size_t nents,
			 uint32_t a, uint32_t b, struct nf_attr_reading *rd)
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
	rd->head = mention_head(r, w, text, a, b);
	rd->head_tag = rd->head == NF_ATTR_NONE ? -1 : tag_of(r, w, text, rd->head);
	if (rd->name_a != NF_ATTR_NONE && rd->head < rd->name_a &&
	    (rd->head_tag == NF_KT_UNNAMED || rd->head_tag == NF_KT_CROWD ||
	     rd->head_tag == NF_KT_ANONHEAD) && !comma_between(w, rd->head, rd->name_a))
		rd->name_a = rd->name_b = NF_ATTR_NONE;	/* the name is of their body */
	if (rd->name_a == rd->a && rd->name_b == rd->a + 1 && opens_sentence(w, rd->a) &&
	    rd->tags == 0 && !entity_label(ents, nents, w->t[rd->a].a, w->t[rd->a].b) &&
	    text[w->t[rd->a].b - 1] == 's') {
		rd->name_a = rd->name_b = NF_ATTR_NONE;	/* "Inspectors found", "Parents said" */
		rd->head = rd->a;
	}
	rd->plural = rd->head != NF_ATTR_NONE && text[w->t[rd->head].b - 1] == 's';
	rd->definite = nf_attr_word_is(text, &w->t[a], "the");
	find_role(r, w, text, rd);
	find_affiliation(r, w, text, ents, nents, rd);
	find_kind(w, ents, nents, only_places(r, w, text, rd), rd);
	if (!rd->anonymous)
		rd->aff_a = rd->aff_b = NF_ATTR_NONE;
}

