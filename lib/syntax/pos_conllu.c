/*
 * Reading CoNLL-U for the part-of-speech tagger (see pos_train.h): the
 * word lines of each sentence become text (forms joined by a space unless
 * SpaceAfter=No), UD words with byte spans and UPOS, and our own tokens
 * with the UPOS of the UD word each starts in.  A multiword token ("don't"
 * = do + n't) puts its surface form in the text; its words split it when
 * their forms spell it, else each spans all of it.  With trees set, each
 * word's HEAD and DEPREL are kept too, and each sentence must be a tree
 * (the parser's training data).  Input is untrusted: every line is
 * checked, and a bad one is reported with its number.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dep.h"
#include "exitcode.h"
#include "pos_train.h"
#include "tokens.h"

/* The reader's state between lines. */
struct reader {
	struct nf_pos_corpus *c;
	const struct nf_lexicon *abbrev;
	struct nf_tokens toks;
	size_t sent_text;	/* where the sentence's text starts */
	size_t range_end;	/* last word of the open multiword token, or 0 */
	size_t range_a, range_b;	/* its surface in the text */
	size_t range_at;	/* bytes of the surface its words have spelled */
	size_t range_first;	/* its first UD word */
	int range_space;	/* space after it */
	size_t sent_ud;		/* the sentence's first UD word */
	int32_t head;		/* HEAD and DEPREL of the word line being read */
	uint8_t rel;
};

void nf_pos_corpus_release(struct nf_pos_corpus *c)
{
	nf_buf_release(&c->text);
	free(c->sents);
	free(c->toks);
	free(c->gold);
	free(c->ud);
	free(c->ud_gold);
	free(c->ud_head);
	free(c->ud_rel);
	memset(c, 0, sizeof(*c));
}

/* The head and relation arrays, grown alongside the words when trees is set. */
static int grow_trees(struct nf_pos_corpus *c, size_t need)
{
	size_t cap = c->ud_cap, cap2 = c->ud_cap;

	return nf_grow((void **)&c->ud_head, &cap, need, sizeof(*c->ud_head)) < 0 ||
	       nf_grow((void **)&c->ud_rel, &cap2, need, sizeof(*c->ud_rel)) < 0 ? -1 : 0;
}

static int add_ud(struct reader *r, size_t a, size_t b, int tag)
{
	struct nf_pos_corpus *c = r->c;
	size_t cap = c->ud_cap;

	if (nf_grow((void **)&c->ud, &cap, c->nud + 1, sizeof(*c->ud)) < 0 ||
	    (c->trees && grow_trees(c, c->nud + 1) < 0) ||
	    nf_grow((void **)&c->ud_gold, &c->ud_cap, c->nud + 1, sizeof(*c->ud_gold)) < 0)
		return -1;
	if (c->trees) {
		c->ud_head[c->nud] = r->head;
		c->ud_rel[c->nud] = r->rel;
	}
	c->ud[c->nud].a = a;
	c->ud[c->nud].b = b;
	c->ud[c->nud].w = nf_pos_word_hash(c->text.data + a, b - a);
	c->ud_gold[c->nud++] = (uint8_t)tag;
	return 0;
}

static int add_tok(struct nf_pos_corpus *c, size_t a, size_t b, int tag)
{
	size_t cap = c->toks_cap;

	if (nf_grow((void **)&c->toks, &cap, c->ntoks + 1, sizeof(*c->toks)) < 0 ||
	    nf_grow((void **)&c->gold, &c->toks_cap, c->ntoks + 1, sizeof(*c->gold)) < 0)
		return -1;
	c->toks[c->ntoks].a = a;
	c->toks[c->ntoks].b = b;
	c->toks[c->ntoks].w = nf_pos_word_hash(c->text.data + a, b - a);
	c->gold[c->ntoks++] = (uint8_t)tag;
	return 0;
}

/* Tokenizes the sentence's text and projects the UD tags onto the tokens. */
static int project(struct reader *r, struct nf_pos_sent *s)
{
	struct nf_pos_corpus *c = r->c;
	size_t i, j = s->ud, end = s->ud + s->nud, a;

	if (nf_tokenize(&r->toks, c->text.data + r->sent_text, c->text.len - r->sent_text,
			r->abbrev) < 0)
		return -1;
	s->tok = c->ntoks;
	for (i = 0; i < r->toks.n; i++) {
		a = r->sent_text + r->toks.v[i].a;
		while (j + 1 < end && c->ud[j].b <= a)
			j++;
		if (add_tok(c, a, r->sent_text + r->toks.v[i].b, c->ud_gold[j]) < 0)
			return -1;
	}
	s->ntok = c->ntoks - s->tok;
	return 0;
}

/* Do the heads of words first..nud form a tree (heads in range, one root, no cycle)? */
static int is_tree(const struct nf_pos_corpus *c, size_t first)
{
	size_t n = c->nud - first, i, steps, roots = 0;
	int32_t h;

	for (i = 0; i < n; i++) {
		roots += c->ud_head[first + i] < 0;
		for (h = c->ud_head[first + i], steps = 0; h >= 0 && steps <= n; steps++) {
			if ((size_t)h >= n)
				return 0;
			h = c->ud_head[first + (size_t)h];
		}
		if (steps > n)
			return 0;
	}
	return roots == 1;
}

/* Ends the sentence being read, if it has words. */
static int end_sentence(struct reader *r)
{
	struct nf_pos_corpus *c = r->c;
	struct nf_pos_sent s = { 0, 0, 0, 0 };
	size_t first = r->sent_ud;

	if (c->nud == first)
		return 0;
	if (c->trees && !is_tree(c, first))
		return -5;
	while (c->text.len > r->sent_text && c->text.data[c->text.len - 1] == ' ')
		c->text.data[--c->text.len] = '\0';
	s.ud = first;
	s.nud = c->nud - first;
	if (project(r, &s) < 0 ||
	    nf_grow((void **)&c->sents, &c->sents_cap, c->nsents + 1, sizeof(*c->sents)) < 0 ||
	    nf_buf_addc(&c->text, '\n') < 0)
		return -1;
	c->sents[c->nsents++] = s;
	r->sent_text = c->text.len;
	r->sent_ud = c->nud;
	r->range_end = 0;
	return 0;
}

/* The ten tab-separated fields of a line; -1 unless there are ten. */
static int split_fields(const char *p, size_t n, const char **f, size_t *len)
{
	size_t k = 0;
	const char *end = p + n, *tab;

	while (k < 10) {
		tab = memchr(p, '\t', (size_t)(end - p));
		f[k] = p;
		len[k++] = (size_t)((tab ? tab : end) - p);
		if (!tab)
			break;
		p = tab + 1;
	}
	return k == 10 && !memchr(p, '\t', (size_t)(end - p)) ? 0 : -1;
}

/* A decimal number s[0..n) >= 1, or 0. */
static size_t number(const char *s, size_t n)
{
	size_t v = 0, i;

	if (n == 0 || n > 9)
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		v = v * 10 + (size_t)(s[i] - '0');
	}
	return v;
}

static int space_after(const char *misc, size_t n)
{
	const char *p = misc, *end = misc + n;
	static const char key[] = "SpaceAfter=No";

	while (p < end) {
		const char *bar = memchr(p, '|', (size_t)(end - p));
		size_t k = (size_t)((bar ? bar : end) - p);
		if (k == sizeof(key) - 1 && memcmp(p, key, k) == 0)
			return 0;
		p = bar ? bar + 1 : end;
	}
	return 1;
}

/* Appends a form to the text; a form may hold no white space or NUL. */
static int add_form(struct nf_pos_corpus *c, const char *f, size_t n, int space, size_t *a)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (f[i] == ' ' || f[i] == '\n' || f[i] == '\r' || f[i] == '\0')
			return -2;
	*a = c->text.len;
	if (nf_buf_add(&c->text, f, n) < 0 || (space && nf_buf_addc(&c->text, ' ') < 0))
		return -1;
	return 0;
}

/* "N-M": opens a multiword token. */
static int range_line(struct reader *r, const char **f, size_t *len, size_t dash)
{
	size_t lo = number(f[0], dash), hi = number(f[0] + dash + 1, len[0] - dash - 1);
	int rc;

	if (!lo || hi <= lo || r->range_end)
		return -2;
	r->range_space = space_after(f[9], len[9]);
	rc = add_form(r->c, f[1], len[1], 0, &r->range_a);
	if (rc < 0)
		return rc;
	r->range_b = r->c->text.len;
	if (r->range_space && nf_buf_addc(&r->c->text, ' ') < 0)
		return -1;
	r->range_end = hi;
	r->range_at = r->range_a;
	r->range_first = r->c->nud;
	return 0;
}

/* A word of the open multiword token: its part of the surface, if it spells it. */
static int member(struct reader *r, const char *form, size_t n, int tag, size_t id)
{
	struct nf_pos_corpus *c = r->c;
	size_t i;

	if (r->range_at != SIZE_MAX && r->range_at + n <= r->range_b &&
	    memcmp(c->text.data + r->range_at, form, n) == 0) {
		if (add_ud(r, r->range_at, r->range_at + n, tag) < 0)
			return -1;
		r->range_at += n;
	} else {
		if (add_ud(r, r->range_a, r->range_b, tag) < 0)
			return -1;
		r->range_at = SIZE_MAX;
	}
	if (id < r->range_end)
		return 0;
	if (r->range_at != r->range_b)	/* the words do not spell it: each spans it all */
		for (i = r->range_first; i < c->nud; i++) {
			c->ud[i].a = r->range_a;
			c->ud[i].b = r->range_b;
			c->ud[i].w = nf_pos_word_hash(c->text.data + r->range_a, r->range_b - r->range_a);
		}
	r->range_end = 0;
	return 0;
}

/* HEAD ("0" = root) and DEPREL (subtype dropped) of a word line: 0, or -4. */
static int tree_fields(struct reader *r, const char **f, const size_t *len, size_t id)
{
	const char *colon = memchr(f[7], ':', len[7]);
	size_t h = number(f[6], len[6]);
	int rel = nf_dep_rel_from_name(f[7], colon ? (size_t)(colon - f[7]) : len[7]);

	if (len[6] == 1 && f[6][0] == '0')
		h = 0;
	else if (!h)
		return -4;
	if (rel < 0 || id != r->c->nud - r->sent_ud + 1)
		return -4;
	r->head = (int32_t)h - 1;
	r->rel = (uint8_t)rel;
	return 0;
}

/* One word or token line.  Returns 0, -1 (ENOMEM), -2 (bad line) or -4 (bad tree fields). */
static int word_line(struct reader *r, const char *p, size_t n)
{
	const char *f[10], *dash;
	size_t len[10], id, a;
	int tag, rc;

	if (split_fields(p, n, f, len) < 0 || len[1] == 0)
		return -2;
	if (memchr(f[0], '.', len[0]))
		return 0;	/* an empty node: no word in the text */
	dash = memchr(f[0], '-', len[0]);
	if (dash)
		return range_line(r, f, len, (size_t)(dash - f[0]));
	id = number(f[0], len[0]);
	tag = nf_pos_from_name(f[3], len[3]);
	if (!id || tag < 0)
		return -2;
	if (r->c->trees && tree_fields(r, f, len, id) < 0)
		return -4;
	if (r->range_end)
		return id > r->range_end ? -2 : member(r, f[1], len[1], tag, id);
	rc = add_form(r->c, f[1], len[1], space_after(f[9], len[9]), &a);
	if (rc < 0)
		return rc;
	return add_ud(r, a, a + len[1], tag);
}

static int line(struct reader *r, const char *p, size_t n)
{
	if (n && p[n - 1] == '\r')
		n--;
	if (n == 0)
		return r->range_end ? -3 : end_sentence(r);
	if (p[0] == '#')
		return 0;
	return word_line(r, p, n);
}

int nf_pos_conllu_read(struct nf_pos_corpus *c, const char *p, size_t n, const char *name,
		       const struct nf_lexicon *abbrev, struct nf_error *err)
{
	struct reader r;
	const char *end = p + n, *nl;
	size_t lineno = 0;
	int rc = 0;

	memset(&r, 0, sizeof(r));
	r.c = c;
	r.abbrev = abbrev;
	r.sent_text = c->text.len;
	r.sent_ud = c->nud;
	while (p < end && rc == 0) {
		nl = memchr(p, '\n', (size_t)(end - p));
		lineno++;
		rc = line(&r, p, (size_t)((nl ? nl : end) - p));
		p = nl ? nl + 1 : end;
	}
	if (rc == 0 && r.range_end)
		rc = -3;
	if (rc == 0)
		rc = end_sentence(&r);
	nf_tokens_release(&r.toks);
	if (rc == -1)
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	if (rc == -2)
		return nf_fail(err, NF_EXIT_DATA, "%s:%zu: not a CoNLL-U word line with a UPOS tag",
			       name, lineno);
	if (rc == -3)
		return nf_fail(err, NF_EXIT_DATA, "%s:%zu: multiword token not finished", name,
			       lineno);
	if (rc == -4)
		return nf_fail(err, NF_EXIT_DATA, "%s:%zu: not a CoNLL-U word line with HEAD and "
			       "DEPREL (or its ID is out of sequence)", name, lineno);
	if (rc == -5)
		return nf_fail(err, NF_EXIT_DATA, "%s:%zu: the sentence ending here is not a tree"
			       " (a HEAD out of range, a cycle, or not one root)", name, lineno);
	return 0;
}
