/*
 * Fuzz target: arbitrary bytes as a lexicon file for nf_lexicon_load(),
 * the one parser besides JSON that reads user data (--abbreviations).
 * The bytes are parsed again here, independently, as the oracle: after a
 * successful load every entry is found, in any ASCII case, with the value
 * of its last occurrence, and the count of distinct words matches; after
 * a failure errline names the first line with a bad tag.  The first byte
 * picks named tags (the abbreviation tags) or numeric ones.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Values are checked pairwise, so only up to this many entries. */
#define MAX_PAIRWISE 512

static const char *const tags[] = {
	"plain", "title", "number", "month", "time", "inner", NULL
};

struct entry {
	const char *w;
	size_t n;
	size_t line;
	int value;		/* -1: unknown tag */
};

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* A decimal tag of one to nine digits, as used when there are no tag names. */
static int number_value(const char *t, size_t n)
{
	size_t i;
	int v = 0;

	if (n > 9)
		return -1;
	for (i = 0; i < n; i++) {
		if (t[i] < '0' || t[i] > '9')
			return -1;
		v = v * 10 + (t[i] - '0');
	}
	return v;
}

static int tag_value(const char *const *tv, const char *t, size_t n)
{
	int i;

	if (n == 0)
		return 0;
	if (!tv)
		return number_value(t, n);
	for (i = 0; tv[i]; i++)
		if (strlen(tv[i]) == n && memcmp(tv[i], t, n) == 0)
			return i;
	return -1;
}

static unsigned char fold(char c)
{
	unsigned char u = (unsigned char)c;

	return u >= 'A' && u <= 'Z' ? (unsigned char)(u + 32) : u;
}

static char upper(char c)
{
	return c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
}

static int same_word(const struct entry *a, const struct entry *b)
{
	size_t i;

	if (a->n != b->n)
		return 0;
	for (i = 0; i < a->n; i++)
		if (fold(a->w[i]) != fold(b->w[i]))
			return 0;
	return 1;
}

/* Length of the run at s[0..n) of bytes that are neither blank nor '\n'. */
static size_t run_len(const char *s, size_t n)
{
	size_t k = 0;

	while (k < n && s[k] != '\n' && !is_blank(s[k]))
		k++;
	return k;
}

/*
 * Splits the line s[0..n) (leading blanks skipped) into e's word and the
 * tag's offset: at the first tab if there is one (the word then keeps
 * inner spaces, trailing blanks trimmed), else at the first blank.
 */
static size_t split(const char *s, size_t n, struct entry *e)
{
	const char *tab = memchr(s, '\t', n);
	size_t t;

	e->w = s;
	if (tab) {
		e->n = (size_t)(tab - s);
		while (e->n && is_blank(s[e->n - 1]))
			e->n--;
		t = (size_t)(tab - s) + 1;
	} else {
		e->n = run_len(s, n);
		t = e->n;
	}
	while (t < n && is_blank(s[t]))
		t++;
	return t;
}

/* Parses the lexicon format (lexicon.h) into e[]; returns the entry count. */
static size_t parse(const char *s, size_t len, const char *const *tv, struct entry *e)
{
	size_t i = 0, k = 0, line = 0, eol, t;

	while (i < len) {
		line++;
		for (eol = i; eol < len && s[eol] != '\n'; eol++)
			;
		while (i < eol && is_blank(s[i]))
			i++;
		t = i + split(s + i, eol - i, &e[k]);
		if (e[k].n && s[i] != '#') {
			e[k].line = line;
			e[k].value = tag_value(tv, s + t, run_len(s + t, eol - t));
			k++;
		}
		i = eol + 1;
	}
	return k;
}

/* The value the last occurrence of e[j]'s word among e[0..k) gave it. */
static int last_value(const struct entry *e, size_t k, size_t j)
{
	size_t i;

	for (i = k; i-- > j;)
		if (same_word(&e[i], &e[j]))
			return e[i].value;
	return e[j].value;
}

static void check_loaded(const struct nf_lexicon *lx, const struct entry *e, size_t k)
{
	size_t j, i, distinct = 0;
	char *up;

	for (j = 0; j < k; j++) {
		CHECK(nf_lexicon_get(lx, e[j].w, e[j].n) >= 0);
		up = malloc(e[j].n);
		if (!up)
			return;
		for (i = 0; i < e[j].n; i++)
			up[i] = upper(e[j].w[i]);
		CHECK(nf_lexicon_get(lx, up, e[j].n) == nf_lexicon_get(lx, e[j].w, e[j].n));
		free(up);
		if (k <= MAX_PAIRWISE) {
			CHECK(nf_lexicon_get(lx, e[j].w, e[j].n) == last_value(e, k, j));
			for (i = 0; i < j && !same_word(&e[i], &e[j]); i++)
				;
			distinct += i == j;
		}
	}
	CHECK(k > MAX_PAIRWISE || lx->count == distinct);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *const *tv = size && (data[0] & 1) ? NULL : tags;
	const char *s = (const char *)data + (size ? 1 : 0);
	size_t len = size ? size - 1 : 0, k, j, errline;
	struct nf_lexicon lx;
	struct entry *e;
	int rc;

	e = malloc((len / 2 + 1) * sizeof(*e));
	if (!e)
		return 0;
	k = parse(s, len, tv, e);
	nf_lexicon_init(&lx);
	rc = nf_lexicon_load(&lx, s, len, tv, &errline);
	for (j = 0; j < k && e[j].value >= 0; j++)
		;
	if (j < k) {
		CHECK(rc < 0 && errline == e[j].line);
	} else {
		CHECK(rc == 0);
		check_loaded(&lx, e, k);
	}
	(void)nf_lexicon_get(&lx, s, len);	/* any probe is safe */
	nf_lexicon_release(&lx);
	free(e);
	return 0;
}
