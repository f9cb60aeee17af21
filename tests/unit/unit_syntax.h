/*
 * What the tagger's and the parser's unit tests share (test_pos.c,
 * test_dep.c): a string tokenized and tagged, a token found by its
 * spelling, and the checks that a damaged or foreign model is refused
 * with a reason.  Include after unit.h; the checks count in its totals.
 */
#ifndef NF_UNIT_SYNTAX_H
#define NF_UNIT_SYNTAX_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pos.h"
#include "syntax_aids.h"

enum { UNIT_MAXT = 320 };

/* A string's tokens and their tags. */
struct unit_sent {
	const char *text;
	struct nf_pos_tok toks[UNIT_MAXT];
	uint8_t tags[UNIT_MAXT];
	size_t n;
};

/* Tokenizes text into s and tags it with m.  0, or -1 (s->n 0) if it cannot. */
static inline int unit_tag(const struct nf_pos_model *m, const char *text, struct unit_sent *s)
{
	s->text = text;
	if (nf_pos_toks_of(text, strlen(text), NULL, s->toks, UNIT_MAXT, &s->n) < 0 ||
	    s->n > UNIT_MAXT) {
		s->n = 0;
		return -1;
	}
	nf_pos_tag(m, text, s->toks, s->n, s->tags);
	return 0;
}

/* The index of the first token of s spelled word, or -2. */
static inline int32_t unit_tok(const struct unit_sent *s, const char *word)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (s->toks[i].b - s->toks[i].a == strlen(word) &&
		    memcmp(s->text + s->toks[i].a, word, strlen(word)) == 0)
			return (int32_t)i;
	return -2;
}

/*
 * Loads p[0..n) into a model of the test's own and releases it.  Returns
 * 0, or -1 with the reason in err.
 */
typedef int unit_load_fn(const unsigned char *p, size_t n, struct nf_error *err);

/*
 * The model p[0..n) cut in half, empty, or with a bit flipped (refused
 * for its checksum), and another kind's model foreign[0..fn) (the reason
 * naming kind), are refused by load.
 */
static inline void unit_check_refusals(unit_load_fn *load, const unsigned char *p, size_t n,
				       const unsigned char *foreign, size_t fn, const char *kind)
{
	unsigned char *copy = malloc(n);
	struct nf_error err = { 0, "" };

	CHECK(load(p, n / 2, &err) < 0 && err.msg[0]);
	CHECK(load(p, 0, &err) < 0 && err.msg[0]);
	CHECK(load(foreign, fn, &err) < 0);
	CHECK(strstr(err.msg, kind) != NULL);
	if (copy) {
		memcpy(copy, p, n);
		copy[n / 3] ^= 0x40;
		CHECK(load(copy, n, &err) < 0);
		CHECK(strstr(err.msg, "checksum") != NULL);
	}
	free(copy);
}

#endif
