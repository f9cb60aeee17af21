/*
 * The gazetteer's index of first words and its two bit filters (ner.h):
 * made from the entries when a model is trained (and stored with it, see
 * ner_tables.c) or when a model without them is loaded.  They let the
 * tagger try few keys at each token and look few of them up.
 */
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "ner.h"

struct gaz_index {
	struct nf_lexicon *first;
	int failed;
};

static void index_entry(void *arg, const char *w, size_t n, int value)
{
	struct gaz_index *gi = arg;
	const char *sp = memchr(w, ' ', n);
	size_t len = 1, i, fn = sp ? (size_t)(sp - w) : n;

	(void)value;
	if (!sp)
		return;	/* a one-word name is its own longest: the tagger asks the gazetteer */
	for (i = fn; i < n; i++)
		len += w[i] == ' ';
	gi->failed |= nf_lexicon_raise(gi->first, w, fn, (int)len) < 0;
}

int nf_ner_gaz_index(const struct nf_lexicon *gaz, struct nf_lexicon *first)
{
	struct gaz_index gi = { first, 0 };

	nf_lexicon_foreach(gaz, index_entry, &gi);
	return gi.failed ? -1 : 0;
}

/* An empty set of at least per_entry bits for each of count entries into s. */
static int bits_make(struct nf_ner_bitset *s, size_t count, size_t per_entry)
{
	size_t nbits = 64;

	while (nbits < count * per_entry)
		nbits *= 2;
	free(s->own);
	s->own = calloc(nbits / 8, 1);
	s->at = s->own;
	s->mask = s->own ? nbits - 1 : 0;
	return s->own ? 0 : -1;
}

static void bits_set(struct nf_ner_bitset *s, uint64_t h)
{
	size_t b = nf_ner_bit_of(s, h);

	s->own[b / 8] |= (unsigned char)(1u << (b % 8));
}

/* The hash of the whole name w[0..n) into the names' filter. */
static void name_entry(void *arg, const char *w, size_t n, int value)
{
	struct nf_ner_gazbits *f = arg;

	(void)value;
	bits_set(&f->names, nf_fnv1a_lower_from(NF_FNV_BASIS, w, n));
}

/*
 * The hashes of the proper beginnings of two words or more of the name
 * w[0..n) into the starts' filter, as the tagger hashes its keys: the
 * words lower-cased, one space between them.
 */
static void start_entry(void *arg, const char *w, size_t n, int value)
{
	struct nf_ner_gazbits *f = arg;
	const char *sp = memchr(w, ' ', n), *end = w + n, *next;
	uint64_t h;

	(void)value;
	if (!sp)
		return;
	h = nf_fnv1a_lower_from(NF_FNV_BASIS, w, (size_t)(sp - w));
	while ((next = memchr(sp + 1, ' ', (size_t)(end - sp - 1))) != NULL) {
		h = nf_fnv1a_lower_from(h, sp, (size_t)(next - sp));	/* " word" */
		bits_set(&f->starts, h);
		sp = next;
	}
}

int nf_ner_gaz_starts(const struct nf_lexicon *gaz, struct nf_ner_gazbits *f)
{
	if (bits_make(&f->starts, gaz->count, 4) < 0)
		return -1;
	nf_lexicon_foreach(gaz, start_entry, f);
	return 0;
}

int nf_ner_gaz_filter(const struct nf_lexicon *gaz, struct nf_ner_gazbits *f)
{
	if (bits_make(&f->names, gaz->count, 32) < 0)
		return -1;
	nf_lexicon_foreach(gaz, name_entry, f);
	return nf_ner_gaz_starts(gaz, f);
}

void nf_ner_gaz_filter_release(struct nf_ner_gazbits *f)
{
	free(f->names.own);
	free(f->starts.own);
	memset(f, 0, sizeof(*f));
}
