/*
 * A word list with a small tag per word: abbreviations, sentence
 * starters, later cue words.  Lexicons are text files, one entry a line
 * ("word" or "word<TAB>tag"), '#' starting a comment; the default copy is
 * built into the binary and users can add their own.  Lookups ignore ASCII
 * case, so "MR" finds "mr".
 */
#ifndef NF_LEXICON_H
#define NF_LEXICON_H

#include <stddef.h>
#include <stdint.h>

struct nf_lexicon_entry;

struct nf_lexicon {
	struct nf_lexicon_entry *slots;
	size_t nslots;		/* a power of two */
	size_t count;
	char *pool;		/* lower-cased keys, one allocation per load */
	size_t pool_len, pool_cap;
	int borrowed;		/* slots and pool lie in bytes not ours (a model's): copied before a change, never freed */
};

void nf_lexicon_init(struct nf_lexicon *lx);
void nf_lexicon_release(struct nf_lexicon *lx);

/*
 * Adds every entry of the lexicon text src[0..len).  A line is "word" or
 * "word TAG"; when it has a tab, the word is everything before the first
 * tab (so "White House<TAB>2" has a two-word key).  The tag is looked up in
 * tags[] (NULL-terminated) and its index becomes the value; with tags NULL
 * the tag must be a decimal number, which becomes the value.  No tag = 0.
 * Returns 0, or -1 with *errline the 1-based line of a bad tag (0 on
 * ENOMEM).
 */
int nf_lexicon_load(struct nf_lexicon *lx, const char *src, size_t len,
		    const char *const *tags, size_t *errline);

/* Adds one word with a value.  Returns 0, or -1 on ENOMEM. */
int nf_lexicon_add(struct nf_lexicon *lx, const char *w, size_t n, int value);

/*
 * Adds word w[0..n) with value, or raises its value to value if it is
 * there with a smaller one: one probe where a get and an add take two.
 * Returns 0, or -1 on ENOMEM.
 */
int nf_lexicon_raise(struct nf_lexicon *lx, const char *w, size_t n, int value);

/* Room for entries more words and bytes more key bytes: a table about to
 * take that many grows once.  Returns 0, or -1 on ENOMEM. */
int nf_lexicon_reserve(struct nf_lexicon *lx, size_t entries, size_t bytes);

/* The value of word w[0..n), or -1 if absent. */
int nf_lexicon_get(const struct nf_lexicon *lx, const char *w, size_t n);

/*
 * The hash a lexicon files w[0..n) under: nf_fnv1a_lower_from from the
 * basis, so a caller that hashes words anyway can pass it on.
 */
uint64_t nf_lexicon_hash(const char *w, size_t n);

/* nf_lexicon_get for a word whose nf_lexicon_hash is h. */
int nf_lexicon_get_hashed(const struct nf_lexicon *lx, uint64_t h, const char *w, size_t n);

/*
 * Touches the slot where a lookup of a word hashed to h starts: a caller
 * about to look up several words touches them all first, so that their
 * cache misses overlap.
 */
void nf_lexicon_prefetch(const struct nf_lexicon *lx, uint64_t h);

/*
 * The next step, once the slots have come: touches the stored key of
 * the first entry of n bytes where a lookup of a word hashed to h will
 * compare it.
 */
void nf_lexicon_prefetch_key(const struct nf_lexicon *lx, uint64_t h, size_t n);

/* Calls fn for every entry (lower-cased word, value), in table order. */
void nf_lexicon_foreach(const struct nf_lexicon *lx,
			void (*fn)(void *arg, const char *w, size_t n, int value), void *arg);

#endif
