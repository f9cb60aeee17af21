/*
 * Rough word classes for the hedge features (see hedge.h): enough of a
 * part of speech to tell "may" after a pronoun from "May" after a number,
 * or "would" before a verb in -ed from "would" before "be".  Closed-class
 * words are found by their hash (the one the scanner already computed),
 * in a fixed table filled once per lexicon; other words by their form.
 */
#include <string.h>

#include "hedge.h"

/* The closed classes: a class letter and its words. */
static const struct {
	char cls;
	const char *words;
} closed[] = {
	{ 'P', "i we you he she it they one someone people" },
	{ 'D', "the a an this these those its his her their our my your" },
	{ 'Q', "some any no each every many most several all few" },
	{ 'B', "is are be been being am" },
	{ 'b', "was were" },
	{ 'H', "has have having" },
	{ 'h', "had" },
	{ 'O', "do does" },
	{ 'o', "did" },
	{ 'M', "may might can could will would should must shall cannot" },
	{ 'N', "not never nor" },
	{ 'I', "of in on at to for with by from as into about than over under between "
	       "through after before during" },
	{ 'A', "and or but" },
	{ 'W', "that which who whom whose" },
	{ 'F', "if whether unless" },
	{ 'V', "also still only even now just already often generally usually" },
	/* Not classes of the word itself (nf_hedge_word_class gives their
	 * form): words of rules and permission, and words of a date or time,
	 * counted in the sentence of a modal (hedge_feat.c). */
	{ 'R', "rule rules law laws regulation regulations permit permits permitted "
	       "licence licences license licenses licensed ruling contract lease allowed "
	       "allow allows entitled eligible exemption exempt ban bans banned free "
	       "prohibited forbidden" },
	{ 'T', "monday tuesday wednesday thursday friday saturday sunday january "
	       "february march april june july august september october november "
	       "december today tomorrow tonight midnight noon next" },
};

enum { SLOTS = 512 };

/* Files word w[0..n) under class cls; an earlier class keeps a word. */
static void put(struct nf_hedge_classes *c, const char *w, size_t n, char cls)
{
	uint64_t h = nf_hedge_hash(w, n);
	size_t i = (size_t)h % SLOTS;

	while (c->key[i] && c->key[i] != h)
		i = (i + 1) % SLOTS;
	if (c->key[i])
		return;
	c->key[i] = h;
	c->cls[i] = (unsigned char)cls;
}

void nf_hedge_classes_init(struct nf_hedge_classes *c)
{
	const char *w;
	size_t i, k;

	memset(c, 0, sizeof(*c));
	for (i = 0; i < sizeof(closed) / sizeof(closed[0]); i++)
		for (w = closed[i].words; *w; w += k + (w[k] == ' ')) {
			k = strcspn(w, " ");
			put(c, w, k, closed[i].cls);
		}
}

static int ends_with(const char *w, size_t n, const char *end, size_t min_len)
{
	size_t k = strlen(end);

	return n >= min_len && memcmp(w + n - k, end, k) == 0;
}

/* The class of a word that is not a closed-class word: its form. */
static int form_class(const char *w, size_t n)
{
	unsigned char c = (unsigned char)w[0];

	if (c >= '0' && c <= '9')
		return 'd';
	if (c >= 'A' && c <= 'Z')
		return 'C';
	if (ends_with(w, n, "ly", 5))
		return 'y';
	if (ends_with(w, n, "ed", 5))
		return 'e';
	if (ends_with(w, n, "ing", 6))
		return 'g';
	if (ends_with(w, n, "tion", 6) || ends_with(w, n, "ment", 6) ||
	    ends_with(w, n, "ness", 6))
		return 'n';
	if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's')
		return 's';
	return 'x';
}

int nf_hedge_closed_class(const struct nf_hedge_classes *c, uint64_t h)
{
	size_t i = (size_t)h % SLOTS;

	while (c->key[i]) {
		if (c->key[i] == h)
			return c->cls[i];
		i = (i + 1) % SLOTS;
	}
	return 0;
}

int nf_hedge_word_class(const struct nf_hedge_classes *c, const char *w, size_t n,
			uint64_t h)
{
	int k = nf_hedge_closed_class(c, h);

	return k && k != 'R' && k != 'T' ? k : form_class(w, n);
}
