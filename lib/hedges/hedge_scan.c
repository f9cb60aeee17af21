/*
 * Words and candidate cues of one sentence (see hedge.h).  This loop runs
 * over every byte of every record, so it is written for speed: ASCII is
 * classified by a table, each word is hashed once, and the bit filter of
 * the lexicon turns away nearly all words before any table probe.  Only
 * the rare trigger words run their PCRE2 patterns.
 *
 * Its own word scanner, not lib/tokens.c, on purpose: cues are words
 * (hedge_word.c: letters, digits, inner apostrophes), punctuation is never
 * a cue and is skipped, not made into tokens, and each word is hashed as
 * it is scanned; the hedge model's features were trained on these words.
 */
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "hedge.h"
#include "uchar.h"

int nf_hedge_sent_init(struct nf_hedge_sent *s)
{
	memset(s, 0, sizeof(*s));
	s->md = pcre2_match_data_create(4, NULL);
	return s->md ? 0 : -1;
}

void nf_hedge_sent_release(struct nf_hedge_sent *s)
{
	free(s->toks);
	free(s->cands);
	pcre2_match_data_free(s->md);
	memset(s, 0, sizeof(*s));
}

static int push_tok(struct nf_hedge_sent *s, size_t a, size_t b, uint64_t h)
{
	struct nf_hedge_tok *t;

	if (s->ntoks == s->toks_cap) {
		size_t cap = s->toks_cap ? s->toks_cap * 2 : 256;
		t = realloc(s->toks, cap * sizeof(*t));
		if (!t)
			return -1;
		s->toks = t;
		s->toks_cap = cap;
	}
	t = &s->toks[s->ntoks++];
	t->a = a;
	t->b = b;
	t->h = h;
	t->e = NULL;
	return 0;
}

/*
 * The end of the word at text[i] and its hash: pure ASCII words (nearly
 * all) are hashed as they are scanned; others take the general path.
 */
static size_t scan_word(const char *text, size_t b, size_t i, uint64_t *h)
{
	uint64_t x = NF_FNV_BASIS;
	size_t j = i;
	unsigned char c;

	while (j < b && (c = (unsigned char)text[j]) < 0x80 && nf_hedge_ascii_word[c]) {
		x = nf_fnv1a_byte(x, nf_ascii_lower(c));
		j++;
	}
	if (j < b && ((unsigned char)text[j] >= 0x80 || text[j] == '\'')) {
		j = nf_hedge_word_end(text, b, i);
		x = nf_hedge_hash(text + i, j - i);
	}
	*h = x;
	return j;
}

static int tokenize(struct nf_hedge_sent *s, const char *text, size_t a, size_t b)
{
	size_t i = a, j;
	unsigned char c;
	uint64_t h;
	int32_t cp;

	while (i < b) {
		c = (unsigned char)text[i];
		if (c < 0x80 && !nf_hedge_ascii_word[c]) {
			i++;
			continue;
		}
		/* U+2000..U+203F: spaces, dashes, quotes; never in a word */
		if (c == 0xE2 && i + 2 < b && (unsigned char)text[i + 1] == 0x80) {
			i += 3;
			continue;
		}
		if (c >= 0x80 && !nf_hedge_word_char(text, b, i)) {
			i += nf_decode(text, b, i, &cp);
			continue;
		}
		j = scan_word(text, b, i, &h);
		if (push_tok(s, i, j, h) < 0)
			return -1;
		i = j;
	}
	return 0;
}

static struct nf_hedge_cand *new_cand(struct nf_hedge_sent *s)
{
	struct nf_hedge_cand *c;

	if (s->ncands == s->cands_cap) {
		size_t cap = s->cands_cap ? s->cands_cap * 2 : 32;
		c = realloc(s->cands, cap * sizeof(*c));
		if (!c)
			return NULL;
		s->cands = c;
		s->cands_cap = cap;
	}
	c = &s->cands[s->ncands++];
	memset(c, 0, sizeof(*c));
	return c;
}

/* End of the longest pattern match at word k, and the pattern, or 0. */
static size_t best_pattern(struct nf_hedge_sent *s, const struct nf_hedge_lex *lx,
			   const struct nf_hedge_entry *e, const char *text, size_t k,
			   int *pat)
{
	size_t i, best = 0, start = s->toks[k].a;
	PCRE2_SIZE *ov;
	uint32_t id;

	for (i = 0; i < e->pat_n; i++) {
		id = lx->pat_ids[e->pat_off + i];
		if (pcre2_match(lx->pats[id].re, (PCRE2_SPTR)text, s->b, start,
				PCRE2_NO_UTF_CHECK, s->md, lx->mctx) < 0)
			continue;
		ov = pcre2_get_ovector_pointer(s->md);
		if (ov[0] == start && ov[1] > best) {
			best = ov[1];
			*pat = (int)id;
		}
	}
	return best;
}

/* Adds the candidates that start at word k. */
static int add_cands(struct nf_hedge_sent *s, const struct nf_hedge_lex *lx,
		     const struct nf_hedge_entry *e, const char *text, size_t k)
{
	struct nf_hedge_cand *c;
	size_t end, last;
	int pat = -1;

	if (e->pat_n && (end = best_pattern(s, lx, e, text, k, &pat)) > 0) {
		for (last = k; last + 1 < s->ntoks && s->toks[last + 1].a < end; last++)
			;
		if (!(c = new_cand(s)))
			return -1;
		c->a = s->toks[k].a;
		c->b = end;
		c->first = k;
		c->last = last;
		c->entry = e;
		c->pat = pat;
		c->pat_id = lx->pats[pat].id;
		c->kind = lx->pats[pat].kind;
		c->always = lx->pats[pat].always;
		c->attribution = lx->pats[pat].attribution;
		c->consequence = lx->pats[pat].consequence;
	}
	if (e->kind < 0)
		return 0;
	if (!(c = new_cand(s)))
		return -1;
	c->a = s->toks[k].a;
	c->b = s->toks[k].b;
	c->first = c->last = k;
	c->entry = e;
	c->pat = -1;
	c->kind = e->kind;
	c->always = e->always;
	c->attribution = e->attribution;
	c->consequence = e->consequence;
	return 0;
}

int nf_hedge_scan(struct nf_hedge_sent *s, const struct nf_hedge_lex *lx,
		  const char *text, size_t a, size_t b)
{
	const struct nf_hedge_entry *e;
	size_t k;

	s->a = a;
	s->b = b;
	s->ntoks = s->ncands = 0;
	s->lex = lx;
	s->question = s->past = s->years = s->conds = s->deontic = -1;
	if (tokenize(s, text, a, b) < 0)
		return -1;
	for (k = 0; k < s->ntoks; k++) {
		e = nf_hedge_lex_get(lx, text + s->toks[k].a, s->toks[k].b - s->toks[k].a,
				     s->toks[k].h);
		s->toks[k].e = e;
		if (e && add_cands(s, lx, e, text, k) < 0)
			return -1;
	}
	return 0;
}
