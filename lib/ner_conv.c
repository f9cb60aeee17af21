/*
 * Label conventions applied after the entity model: a short, readable
 * list of names whose label newsfilters fixes by policy (institutions
 * like "the Kremlin" are ORG, "Article 5" is MISC); see
 * data/entity-conventions.txt and ner.h.
 */
#include <string.h>

#include "ner.h"

enum { MAXWORDS = 4 };

int nf_ner_conventions_load(struct nf_lexicon *lx, const char *src, size_t len,
			    size_t *errline)
{
	return nf_lexicon_load(lx, src, len, nf_ner_type_names, errline);
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
static size_t match_at(const struct nf_ner_work *w, const struct nf_lexicon *conv,
		       const char *text, size_t i, size_t end, int *type)
{
	char key[128];
	size_t len, k, n, tl;

	for (len = end - i < MAXWORDS ? end - i : MAXWORDS; len > 0; len--) {
		for (n = 0, k = i; k < i + len; k++) {
			tl = w->toks.v[k].b - w->toks.v[k].a;
			if (n + tl + 1 > sizeof(key))
				break;
			if (k > i)
				key[n++] = ' ';
			memcpy(key + n, text + w->toks.v[k].a, tl);
			n += tl;
		}
		if (k == i + len && (*type = nf_lexicon_get(conv, key, n)) >= 0)
			return len;
	}
	return 0;
}

void nf_ner_apply_conventions(struct nf_ner_work *w, const struct nf_lexicon *conv,
			      const char *text, size_t first, size_t end)
{
	size_t i, len, k;
	int type;
	unsigned char c0;

	if (!conv || conv->count == 0)
		return;
	for (i = first; i < end; i += len ? len : 1) {
		len = match_at(w, conv, text, i, end, &type);
		if (!len)
			continue;
		c0 = (unsigned char)text[w->toks.v[i].a];
		if (!overlaps_entity(w, i, i + len) && w->regime == 0 && !(c0 >= 'A' && c0 <= 'Z') &&
		    c0 < 0x80)
			continue;	/* "the white house paint" */
		clear_entities(w, first, end, i, i + len);
		for (k = i; k < i + len; k++)
			w->labels[k] = (uint8_t)NF_NER_LABEL(type, len == 1 ? NF_U :
				k == i ? NF_B : k + 1 == i + len ? NF_L : NF_I);
	}
}
