/*
 * Document consistency after the entity model: a name the tagger labels
 * where the text is telling (mid-sentence, in ordinary case) decides the
 * label of the same name where the text tells little, in the same
 * article: a headline ("TRUMP AND PUTIN AGREE" over a body with "Donald
 * Trump"; the first line, without a full stop), or the opening word of a sentence ("Trump and
 * Putin met"), which the model tags with less confidence because every
 * sentence starts with a capital; and the same capitalised words left
 * untagged anywhere else ("Barrot meets Albares" over "José Manuel
 * Albares"); a mention the name's other mentions outvote two to one
 * takes their label.  A PERSON of two words or more also vouches for its
 * last word (the surname).  See ner.h.
 */
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "ner.h"

enum { MAXWORDS = 4 };

static int is_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

/* Whether token i is in capitals: two letters or more, none lower-case. */
static int all_caps(const struct nf_ner_work *w, size_t i)
{
	const char *p = w->text + w->toks.v[i].a, *e = w->text + w->toks.v[i].b;
	int letters = 0;

	for (; p < e; p++) {
		if (*p >= 'a' && *p <= 'z')
			return 0;
		letters += is_upper((unsigned char)*p);
	}
	return letters >= 2;
}

/* The key of tokens [a, b): their bytes, ASCII case folded. */
static uint64_t key_of(const struct nf_ner_work *w, size_t a, size_t b)
{
	uint64_t h = 0x1F3D5B79u;
	size_t i;

	for (i = a; i < b; i++)
		h = nf_fnv1a_lower_from(h * 31 + 7, w->text + w->toks.v[i].a,
					w->toks.v[i].b - w->toks.v[i].a);
	return h | 1;
}

/* The slot of key in the table: its own, an empty one, or NULL if full. */
static struct nf_ner_seen *slot(struct nf_ner_work *w, uint64_t key, int add)
{
	size_t k, i = (size_t)(key >> 17) & (NF_NER_SEEN - 1);
	struct nf_ner_seen *s;

	for (k = 0; k < NF_NER_SEEN / 2; k++, i = (i + 1) & (NF_NER_SEEN - 1)) {
		s = &w->seen[i];
		if (s->gen != w->stats_gen) {
			if (!add)
				return NULL;
			memset(s, 0, sizeof(*s));
			s->key = key;
			s->gen = w->stats_gen;
			return s;
		}
		if (s->key == key)
			return s;
	}
	return NULL;
}

static void vote(struct nf_ner_work *w, uint64_t key, int type)
{
	struct nf_ner_seen *s = slot(w, key, 1);

	if (s && s->n[type] < UINT16_MAX)
		s->n[type]++;
}

/* The type the telling mentions of key agree on, or -1. */
static int verdict(struct nf_ner_work *w, uint64_t key)
{
	const struct nf_ner_seen *s = slot(w, key, 0);
	int t, best = -1, total = 0;

	if (!s)
		return -1;
	for (t = 0; t < NF_NTYPES; t++) {
		total += s->n[t];
		if (s->n[t] && (best < 0 || s->n[t] > s->n[best]))
			best = t;
	}
	return best >= 0 && 2 * s->n[best] > total ? best : -1;
}

/*
 * Whether a telling mention of type own is outvoted: the name's telling
 * mentions give type t at least twice as often as own ("Albares" tagged
 * MISC once in a headline, PERSON twice in the body).
 */
static int outvoted(struct nf_ner_work *w, uint64_t key, int own, int t)
{
	const struct nf_ner_seen *s = slot(w, key, 0);

	return s && t != own && s->n[t] >= 2 && s->n[t] >= 2 * s->n[own];
}

/*
 * Whether group g is a headline: the text's first sentence, ending
 * without a full stop, question or exclamation mark.
 */
static int headline(const struct nf_ner_work *w, size_t g)
{
	size_t last = w->sent_first[g + 1] - 1;
	char c = w->text[w->toks.v[last].b - 1];

	return g == 0 && w->nsents > 1 && c != '.' && c != '?' && c != '!';
}

/*
 * Marks in w->opening the tokens that open a sentence (its first word: bit
 * 1) and those of a headline (bit 2).
 */
static void find_openings(struct nf_ner_work *w)
{
	size_t g, i;
	unsigned char c;

	memset(w->opening, 0, w->toks.n);
	if (w->nsents > 0 && headline(w, 0))
		memset(w->opening, 2, w->sent_first[1]);
	for (g = 0; g < w->nsents; g++)
		for (i = w->sent_first[g]; i < w->sent_first[g + 1]; i++) {
			c = (unsigned char)w->text[w->toks.v[i].a];
			if ((c | 32) >= 'a' && (c | 32) <= 'z') {
				w->opening[i] |= 1;
				break;
			}
			if (c >= 0x80)
				break;
		}
}

/*
 * Whether the entity or words [a, b) are written where case tells little:
 * in capitals, in a headline, or one word opening its sentence (a name of
 * two words there, "Christine Lagarde said", is telling enough).
 */
static int untelling(const struct nf_ner_work *w, size_t a, size_t b)
{
	size_t i;

	if ((w->opening[a] & 2) || ((w->opening[a] & 1) && b - a == 1))
		return 1;
	for (i = a; i < b; i++)
		if (all_caps(w, i))
			return 1;
	return 0;
}

/* The end of the entity starting at token i (labels B/U there). */
static size_t entity_end(const struct nf_ner_work *w, size_t i)
{
	while (NF_NER_POS(w->labels[i]) != NF_U && NF_NER_POS(w->labels[i]) != NF_L &&
	       i + 1 < w->toks.n && w->labels[i + 1])
		i++;
	return i + 1;
}

static void label_span(struct nf_ner_work *w, size_t a, size_t b, int type)
{
	size_t k;

	for (k = a; k < b; k++)
		w->labels[k] = (uint8_t)NF_NER_LABEL(type, b - a == 1 ? NF_U :
			k == a ? NF_B : k + 1 == b ? NF_L : NF_I);
}

/* Counts the telling mentions. */
static void collect(struct nf_ner_work *w)
{
	size_t i, e;
	int t;

	for (i = 0; i < w->toks.n; i = e) {
		e = i + 1;
		if (!w->labels[i] || (NF_NER_POS(w->labels[i]) != NF_B &&
				      NF_NER_POS(w->labels[i]) != NF_U))
			continue;
		e = entity_end(w, i);
		if (untelling(w, i, e))
			continue;
		t = NF_NER_TYPE(w->labels[i]);
		vote(w, key_of(w, i, e), t);
		if (t == NF_PER && e - i >= 2)
			vote(w, key_of(w, e - 1, e), t);
	}
}

/* How many capitalised, untagged words from token i on, in its group, up to MAXWORDS. */
static size_t free_words(const struct nf_ner_work *w, size_t i, size_t end)
{
	size_t n = 0;

	while (n < MAXWORDS && i + n < end && !w->labels[i + n] &&
	       is_upper((unsigned char)w->text[w->toks.v[i + n].a]))
		n++;
	return n;
}

/*
 * Relabels untelling mentions and outvoted ones, and tags capitalised
 * words left untagged anywhere, as the telling mentions of the same name
 * say.
 */
static void apply(struct nf_ner_work *w)
{
	size_t g, i, e, end, len;
	int t;

	for (g = 0; g < w->nsents; g++) {
		end = w->sent_first[g + 1];
		for (i = w->sent_first[g]; i < end; i = e) {
			e = i + 1;
			if (w->labels[i]) {
				if (NF_NER_POS(w->labels[i]) != NF_B && NF_NER_POS(w->labels[i]) != NF_U)
					continue;
				e = entity_end(w, i);
				if ((t = verdict(w, key_of(w, i, e))) >= 0 &&
				    (untelling(w, i, e) || outvoted(w, key_of(w, i, e),
								    NF_NER_TYPE(w->labels[i]), t)))
					label_span(w, i, e, t);
				continue;
			}
			for (len = free_words(w, i, end); len > 0; len--)
				if ((t = verdict(w, key_of(w, i, i + len))) >= 0) {
					label_span(w, i, i + len, t);
					e = i + len;
					break;
				}
		}
	}
}

void nf_ner_consistency(struct nf_ner_work *w)
{
	if (w->regime != 0 || w->toks.n == 0)
		return;	/* in one case throughout, no mention is telling */
	if (!w->seen)
		w->seen = calloc(NF_NER_SEEN, sizeof(*w->seen));
	if (!w->seen || !w->opening)
		return;	/* optional: without memory, the model's labels stand */
	find_openings(w);
	collect(w);
	apply(w);
}
