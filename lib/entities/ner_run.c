/*
 * The capitalised run a token is in, for the entity tagger's features:
 * "Court of Appeals of Antofagasta", "Highland Council".  The head of a
 * run (the word before its first "of", else its last word) says what kind
 * of name it is, and its word cluster carries that to heads never seen in
 * training ("Tribunal" like "Court"), which is what names of institutions
 * the training data lacks need.  Bounded scans: no run is longer than
 * RUN_MAX tokens on either side of the token.  Also the links between
 * capitalised words that runs stop at ("and", a comma, "on", "of the"):
 * what the left side is and the head of the right side tell an "and"
 * inside a name ("Ministry of Energy and Mines") from one between names
 * ("Trump and Putin").
 */
#include <string.h>

#include "ner_internal.h"
#include "ner_run.h"

enum { RUN_MAX = 8 };

static int capitalised(const struct nf_ner_work *w, size_t j)
{
	uint32_t f = nf_ner_info(w, j)->flags;

	return (f & F_UPPER1) && !(f & F_PUNCT);
}

/* Runs and links are read in ordinary-case text only, outside headlines. */
static int in_body(const struct nf_ner_work *w, size_t i)
{
	return w->regime == 0 && !(nf_ner_info(w, i)->flags & F_HEADLINE);
}

/* Whether token j's text is word (n bytes). */
static int is_word(const struct nf_ner_work *w, size_t j, const char *word, size_t n)
{
	return w->toks.v[j].b - w->toks.v[j].a == n &&
	       memcmp(w->text + w->toks.v[j].a, word, n) == 0;
}

/* Whether token j is a word that joins two capitalised words into one name. */
static int joiner(const struct nf_ner_work *w, size_t j)
{
	static const char *const words[] = { "of", "for", "de", "du", "del", "da", "&" };
	size_t k;

	if (w->toks.v[j].b - w->toks.v[j].a > 3)
		return 0;	/* most words: none of those is longer */
	for (k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (is_word(w, j, words[k], strlen(words[k])))
			return 1;
	return 0;
}

/* Whether token j (first < j + 1 < end) joins capitalised neighbours. */
static int joining(const struct nf_ner_work *w, size_t j, size_t first, size_t end)
{
	return j > first && j + 1 < end && capitalised(w, j - 1) && capitalised(w, j + 1) &&
	       joiner(w, j);
}

int nf_ner_run_of(const struct nf_ner_work *w, size_t i, struct nf_ner_run *r)
{
	size_t first = w->info_first, end = w->info_end, a = i, b = i + 1, k;

	if (!in_body(w, i) || !(capitalised(w, i) || joining(w, i, first, end)))
		return 0;
	for (k = 0; k < RUN_MAX && a > first; k++) {
		if (capitalised(w, a - 1))
			a--;
		else if (joining(w, a - 1, first, end))
			a -= 2;
		else
			break;
	}
	for (k = 0; k < RUN_MAX && b < end; k++) {
		if (capitalised(w, b))
			b++;
		else if (joining(w, b, first, end))
			b += 2;
		else
			break;
	}
	if (b - a < 2)
		return 0;
	r->head = b - 1;
	for (k = a + 1; k + 1 < b; k++)
		if (!capitalised(w, k) && joiner(w, k)) {
			r->head = k - 1;
			break;
		}
	r->pos = i == a ? 0 : i + 1 == b ? 2 : 1;
	r->first = a;
	r->end = b;
	return 1;
}

/*
 * The link between capitalised words that starts at token j: "and", a
 * comma or "on" (one token), "of the" or "for the" (two); its length, 0
 * if none, with its kind.
 */
static size_t link_at(const struct nf_ner_work *w, size_t j, int *kind)
{
	size_t len = 1;

	if (j <= w->info_first || j + 1 >= w->info_end || !capitalised(w, j - 1))
		return 0;
	if (is_word(w, j, ",", 1))
		*kind = NF_LINK_COMMA;
	else if (is_word(w, j, "and", 3))
		*kind = NF_LINK_AND;
	else if (is_word(w, j, "on", 2))
		*kind = NF_LINK_ON;
	else if (j + 2 < w->info_end && is_word(w, j + 1, "the", 3) &&
		 (is_word(w, j, "of", 2) || is_word(w, j, "for", 3))) {
		*kind = is_word(w, j, "of", 2) ? NF_LINK_OF_THE : NF_LINK_FOR_THE;
		len = 2;
	} else
		return 0;
	return capitalised(w, j + len) ? len : 0;
}

int nf_ner_between_names(const struct nf_ner_work *w, size_t i)
{
	if (!in_body(w, i) || i <= w->info_first || i + 1 >= w->info_end)
		return 0;
	if (capitalised(w, i - 1))	/* "and" or "de" of "Hospital de la Santa" */
		return capitalised(w, i + 1) || (i + 2 < w->info_end && capitalised(w, i + 2));
	return i >= w->info_first + 2 && capitalised(w, i - 2) && capitalised(w, i + 1);	/* "la" */
}

int nf_ner_link_of(const struct nf_ner_work *w, size_t i, struct nf_ner_link *c)
{
	struct nf_ner_run r;
	size_t j = 0, len = 0, d;

	if (!in_body(w, i))
		return 0;
	for (d = 0; d < 4 && !len; d++) {	/* the link starts at i + 1, i, i - 1 or i - 2 */
		if (i + 1 < d)
			break;
		j = i + 1 - d;
		len = link_at(w, j, &c->kind);
		if (len && d == 3 && len == 1)
			len = 0;	/* i is not next to that link */
	}
	if (!len)
		return 0;
	c->rel = i + 1 == j ? 0 : i == j + len ? 2 : 1;
	c->left_of = 0;
	c->left_head = j - 1;
	if (nf_ner_run_of(w, j - 1, &r)) {
		c->left_of = r.head + 1 < r.end;
		c->left_head = r.head;
	}
	c->right_run = nf_ner_run_of(w, j + len, &r);
	c->right_head = c->right_run ? r.head : j + len;
	return 1;
}
