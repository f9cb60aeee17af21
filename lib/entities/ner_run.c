/*
 * The capitalised run a token is in, for the entity tagger's features:
 * "Court of Appeals of Antofagasta", "Highland Council".  The head of a
 * run (the word before its first "of", else its last word) says what kind
 * of name it is, and its word cluster carries that to heads never seen in
 * training ("Tribunal" like "Court"), which is what names of institutions
 * the training data lacks need.  Bounded scans: no run is longer than
 * RUN_MAX tokens on either side of the token.  Also the coordinations
 * of capitalised words ("Ministry of Energy and Mines"), which runs stop
 * at: what the left side is and the head of the right side tell an
 * "and" inside a name from one between names ("Trump and Putin").
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

/* Whether token j is a word that joins two capitalised words into one name. */
static int joiner(const struct nf_ner_work *w, size_t j)
{
	static const char *const words[] = { "of", "for", "de", "du", "del", "da", "&" };
	const char *p = w->text + w->toks.v[j].a;
	size_t n = w->toks.v[j].b - w->toks.v[j].a, k;

	if (n > 3)
		return 0;
	for (k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (strlen(words[k]) == n && memcmp(words[k], p, n) == 0)
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

	if (w->regime != 0 || (nf_ner_info(w, i)->flags & F_HEADLINE) ||
	    !(capitalised(w, i) || joining(w, i, first, end)))
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

/* Whether token j is "and" or a comma. */
static int conjunction(const struct nf_ner_work *w, size_t j, int *comma)
{
	const char *p = w->text + w->toks.v[j].a;
	size_t n = w->toks.v[j].b - w->toks.v[j].a;

	*comma = n == 1 && *p == ',';
	return *comma || (n == 3 && memcmp(p, "and", 3) == 0);
}

/* Whether token j (first < j + 1 < end) coordinates capitalised neighbours. */
static int coordinating(const struct nf_ner_work *w, size_t j, int *comma)
{
	return j > w->info_first && j + 1 < w->info_end && capitalised(w, j - 1) &&
	       capitalised(w, j + 1) && conjunction(w, j, comma);
}

int nf_ner_coord_of(const struct nf_ner_work *w, size_t i, struct nf_ner_coord *c)
{
	struct nf_ner_run r;
	size_t j;
	int rel;

	if (w->regime != 0 || (nf_ner_info(w, i)->flags & F_HEADLINE))
		return 0;
	for (rel = 0; rel < 3; rel++) {
		j = i + 1 - (size_t)rel;	/* the conjunction, if i is at rel */
		if (i + 1 >= (size_t)rel && coordinating(w, j, &c->comma))
			break;
	}
	if (rel == 3)
		return 0;
	c->rel = rel;
	c->left_of = 0;
	c->left_head = j - 1;
	if (nf_ner_run_of(w, j - 1, &r)) {
		c->left_of = r.head + 1 < r.end;
		c->left_head = r.head;
	}
	c->right_run = nf_ner_run_of(w, j + 1, &r);
	c->right_head = c->right_run ? r.head : j + 1;
	return 1;
}
