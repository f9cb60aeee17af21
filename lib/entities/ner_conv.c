/*
 * Label conventions applied after the entity model: a short, readable
 * list of names whose label newsfilters fixes by policy (institutions
 * like "the Kremlin" are ORG, "Article 5" is MISC); see
 * data/entity-conventions.txt and ner.h.
 */
#include <string.h>

#include "ner.h"

enum { MAXWORDS = 4 };

int nf_ner_conventions_load(struct nf_ner_conventions *cv, const char *src, size_t len,
			    size_t *errline)
{
	nf_lexicon_init(&cv->names);
	nf_lexicon_init(&cv->first);
	if (nf_lexicon_load(&cv->names, src, len, nf_ner_type_names, errline) < 0)
		return -1;
	*errline = 0;
	return nf_ner_gaz_index(&cv->names, &cv->first);
}

void nf_ner_conventions_release(struct nf_ner_conventions *cv)
{
	nf_lexicon_release(&cv->names);
	nf_lexicon_release(&cv->first);
}

/* Sets tokens [a, b) of w outside any entity, with whole entities they cut. */
static void clear_entities(struct nf_ner_work *w, size_t first, size_t end, size_t a, size_t b)
{
	size_t i;

	while (a > first && w->labels[a] && (NF_NER_POS(w->labels[a]) == NF_I ||
					      NF_NER_POS(w->labels[a]) == NF_L))
		a--;
	while (b < end && b > 0 && w->labels[b - 1] &&
	       (NF_NER_POS(w->labels[b - 1]) == NF_B || NF_NER_POS(w->labels[b - 1]) == NF_I))
		b++;
	for (i = a; i < b; i++)
		w->labels[i] = 0;
}

static int overlaps_entity(const struct nf_ner_work *w, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b; i++)
		if (w->labels[i])
			return 1;
	return 0;
}

/* The longest convention starting at token i: its length in tokens, or 0. */
static size_t match_at(const struct nf_ner_work *w, const struct nf_ner_conventions *cv,
		       const char *text, size_t i, size_t end, int *type)
{
	char key[128];
	size_t len, k, n, tl, most;
	int longest = nf_ner_gaz_longest(&cv->names, &cv->first, text + w->toks.v[i].a,
					 w->toks.v[i].b - w->toks.v[i].a);

	if (longest <= 0)
		return 0;
	most = (size_t)longest < MAXWORDS ? (size_t)longest : MAXWORDS;
	for (len = end - i < most ? end - i : most; len > 0; len--) {
		for (n = 0, k = i; k < i + len; k++) {
			tl = w->toks.v[k].b - w->toks.v[k].a;
			if (n + tl + 1 > sizeof(key))
				break;
			if (k > i)
				key[n++] = ' ';
			memcpy(key + n, text + w->toks.v[k].a, tl);
			n += tl;
		}
		if (k == i + len && (*type = nf_lexicon_get(&cv->names, key, n)) >= 0)
			return len;
	}
	return 0;
}

void nf_ner_apply_conventions(struct nf_ner_work *w, const struct nf_ner_conventions *cv,
			      const char *text, size_t first, size_t end)
{
	size_t i, len, k;
	int type;
	unsigned char c0;

	if (!cv || cv->names.count == 0)
		return;
	for (i = first; i < end; i += len ? len : 1) {
		c0 = (unsigned char)text[w->toks.v[i].a];
		len = 0;
		if (w->regime == 0 && !w->labels[i] && !(c0 >= 'A' && c0 <= 'Z') && c0 < 0x80)
			continue;	/* a lower-case word outside any entity */
		len = match_at(w, cv, text, i, end, &type);
		if (!len)
			continue;
		if (!overlaps_entity(w, i, i + len) && w->regime == 0 && !(c0 >= 'A' && c0 <= 'Z') &&
		    c0 < 0x80)
			continue;	/* "the white house paint" */
		clear_entities(w, first, end, i, i + len);
		for (k = i; k < i + len; k++)
			w->labels[k] = (uint8_t)NF_NER_LABEL(type, len == 1 ? NF_U :
				k == i ? NF_B : k + 1 == i + len ? NF_L : NF_I);
	}
}
