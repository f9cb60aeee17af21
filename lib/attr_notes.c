/*
 * Notes and summary bullets (attr_sources.h): numbered notes ("[1] ...
 * [2] ..." lines), the lines of a "Sources:" or "References:" block, and
 * "- " bullets.  A note whose marker appears in the body is linked to the
 * sentences citing it; every note and bullet is also linked to the body
 * sentences that share most of its content words, with that share as a
 * score (how the seed articles' unmarked notes can be traced).
 */
#include <stdlib.h>
#include <string.h>

#include "attr_sources.h"

void nf_attr_notes_release(struct nf_attr_notes *ns)
{
	free(ns->v);
	free(ns->words);
	memset(ns, 0, sizeof(*ns));
}

static struct nf_attr_note *new_note(struct nf_attr_notes *ns, int kind)
{
	struct nf_attr_note *n;

	if (ns->n == ns->cap) {
		size_t cap = ns->cap ? ns->cap * 2 : 8;
		n = realloc(ns->v, cap * sizeof(*n));
		if (!n)
			return NULL;
		ns->v = n;
		ns->cap = cap;
	}
	n = &ns->v[ns->n++];
	memset(n, 0, sizeof(*n));
	n->kind = kind;
	n->num = -1;
	return n;
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

size_t nf_attr_marker_len(const char *s, size_t n, long *num)
{
	size_t i = 1;

	if (n < 3 || s[0] != '[')
		return 0;
	*num = 0;
	while (i < n && i < 6 && s[i] >= '0' && s[i] <= '9')
		*num = *num * 10 + (s[i++] - '0');
	return i > 1 && i < n && s[i] == ']' ? i + 1 : 0;
}

/* Trims blanks off [*a, *b). */
static void trim(const char *text, size_t *a, size_t *b)
{
	while (*a < *b && is_blank(text[*a]))
		++*a;
	while (*b > *a && is_blank(text[*b - 1]))
		--*b;
}

/* A "[1] ... [2] ..." line: one note per marker. */
static int numbered_line(struct nf_attr_notes *ns, const char *text, size_t a, size_t b)
{
	struct nf_attr_note *n = NULL;
	size_t i = a, k;
	long num;

	while (i < b) {
		if ((i == a || is_blank(text[i - 1])) &&
		    (k = nf_attr_marker_len(text + i, b - i, &num)) != 0) {
			if (n) {
				n->b = i;
				trim(text, &n->a, &n->b);
			}
			if (!(n = new_note(ns, NF_NOTE_NOTE)))
				return -1;
			n->num = num;
			n->ma = i;
			n->mb = i + k;
			n->a = i + k;
			i += k;
			continue;
		}
		i++;
	}
	if (n) {
		n->b = b;
		trim(text, &n->a, &n->b);
	}
	return 0;
}

/* A bullet or block line: "- text", "* text", "1. text" or plain text. */
static int plain_line(struct nf_attr_notes *ns, const char *text, size_t a, size_t b, int kind)
{
	struct nf_attr_note *n = new_note(ns, kind);
	size_t m = a;

	if (!n)
		return -1;
	if (b - a >= 2 && (text[a] == '-' || text[a] == '*') && is_blank(text[a + 1]))
		m = a + 1;
	else if (b - a >= 3 && (unsigned char)text[a] == 0xE2 && (unsigned char)text[a + 1] == 0x80 &&
		 (unsigned char)text[a + 2] == 0xA2)
		m = a + 3;	/* • */
	n->ma = a;
	n->mb = m;
	n->a = m;
	n->b = b;
	trim(text, &n->a, &n->b);
	return 0;
}

static int is_block_head(const char *s, size_t n)
{
	static const char *const heads[] = { "sources:", "references:", "notes:", NULL };
	size_t k, i, l;

	for (k = 0; heads[k]; k++) {
		l = strlen(heads[k]);
		if (n != l)
			continue;
		for (i = 0; i < l && (s[i] | 32) == heads[k][i]; i++)
			;
		if (i == l)
			return 1;
	}
	return 0;
}

/* Finds the notes, line by line. */
static int find_notes(struct nf_attr_notes *ns, const char *text, size_t len)
{
	size_t a = 0, b, e;
	int block = 0;
	long num;

	while (a < len) {
		const char *nl = memchr(text + a, '\n', len - a);
		e = nl ? (size_t)(nl - text) : len;
		b = e;
		trim(text, &a, &b);
		if (a == b) {
			block = 0;
		} else if (nf_attr_marker_len(text + a, b - a, &num)) {
			if (numbered_line(ns, text, a, b) < 0)
				return -1;
		} else if (is_block_head(text + a, b - a)) {
			block = 1;
		} else if (block || (b - a > 2 && (text[a] == '-' || text[a] == '*') &&
				     is_blank(text[a + 1]))) {
			if (plain_line(ns, text, a, b, block ? NF_NOTE_NOTE : NF_NOTE_SUMMARY) < 0)
				return -1;
		}
		a = e + 1;
	}
	return 0;
}

/* Is token i inside a note or its marker? */
static int in_note(const struct nf_attr_notes *ns, const struct nf_attr_work *w, size_t i)
{
	size_t k;

	for (k = 0; k < ns->n; k++)
		if (w->t[i].a >= ns->v[k].ma && w->t[i].a < ns->v[k].b)
			return 1;
	return 0;
}

/* Is byte offset p inside a note or its marker? */
static int in_note_at(const struct nf_attr_notes *ns, size_t p)
{
	size_t k;

	for (k = 0; k < ns->n; k++)
		if (p >= ns->v[k].ma && p < ns->v[k].b)
			return 1;
	return 0;
}

/* The sentence of the token at or before byte p. */
static uint32_t sentence_at(const struct nf_attr_work *w, size_t p)
{
	size_t lo = 0, hi = w->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (w->t[mid].a <= p)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? w->t[lo - 1].sent : 0;
}

/* Markers "[n]" in the body ("said.[1]"): which sentences cite which note. */
static void find_citations(struct nf_attr_notes *ns, const struct nf_attr_work *w,
			   const char *text, size_t len)
{
	const char *q;
	size_t p = 0, k;
	uint32_t sent;
	long num;

	while (p < len && (q = memchr(text + p, '[', len - p)) != NULL) {
		p = (size_t)(q - text);
		if (!nf_attr_marker_len(text + p, len - p, &num) || in_note_at(ns, p)) {
			p++;
			continue;
		}
		sent = sentence_at(w, p);
		for (k = 0; k < ns->n; k++) {
			struct nf_attr_note *n = &ns->v[k];
			if (n->num == num && n->ncited < NF_NOTE_LINKS &&
			    (!n->ncited || n->cited[n->ncited - 1] != sent))
				n->cited[n->ncited++] = sent;
		}
		p++;
	}
}

static int cmp_u64(const void *x, const void *y)
{
	uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;

	return (a > b) - (a < b);
}

static int content_word(const struct nf_attr_registry *r, const struct nf_attr_work *w,
			const char *text, size_t i)
{
	unsigned s = w->t[i].shape;

	return (s == NF_SH_LOWER || s == NF_SH_CAP || s == NF_SH_UPPER || s == NF_SH_DIGIT) &&
	       w->t[i].b - w->t[i].a >= 3 &&
	       nf_lexicon_get(&r->kinds, text + w->t[i].a, w->t[i].b - w->t[i].a) != NF_KT_STOP;
}

/* The distinct content words of note n into ns->words; returns how many. */
static size_t note_words(struct nf_attr_notes *ns, const struct nf_attr_registry *r,
			 const struct nf_attr_work *w, const char *text,
			 const struct nf_attr_note *n)
{
	size_t i, k = 0, u = 0;

	for (i = 0; i < w->n; i++)
		if (w->t[i].a >= n->a && w->t[i].b <= n->b && content_word(r, w, text, i) &&
		    k < ns->words_cap)
			ns->words[k++] = w->t[i].w;
	qsort(ns->words, k, sizeof(*ns->words), cmp_u64);
	for (i = 0; i < k; i++)
		if (u == 0 || ns->words[u - 1] != ns->words[i])
			ns->words[u++] = ns->words[i];
	return u;
}

/* Keeps the NF_NOTE_LINKS best (sentence, score) pairs, best first. */
static void keep_best(struct nf_attr_note *n, uint32_t sent, float score)
{
	size_t k;

	if (n->nsup < NF_NOTE_LINKS)
		k = n->nsup++;
	else if (score > n->score[NF_NOTE_LINKS - 1])
		k = NF_NOTE_LINKS - 1;
	else
		return;
	while (k > 0 && n->score[k - 1] < score) {
		n->score[k] = n->score[k - 1];
		n->sup[k] = n->sup[k - 1];
		k--;
	}
	n->score[k] = score;
	n->sup[k] = sent;
}

/* Scores every body sentence against note n's words. */
static void support(struct nf_attr_notes *ns, const struct nf_attr_work *w, size_t nw,
		    unsigned char *seen, struct nf_attr_note *n)
{
	size_t i = 0, j, hits;
	uint64_t *p;

	while (i < w->n) {
		uint32_t s = w->t[i].sent;
		int body = !in_note(ns, w, i);
		memset(seen, 0, nw);
		hits = 0;
		for (j = i; j < w->n && w->t[j].sent == s; j++) {
			p = bsearch(&w->t[j].w, ns->words, nw, sizeof(*p), cmp_u64);
			if (p && !seen[p - ns->words]) {
				seen[p - ns->words] = 1;
				hits++;
			}
		}
		if (body && hits >= 2 && (float)hits / (float)nw >= 0.25f)
			keep_best(n, s, (float)hits / (float)nw);
		i = j;
	}
}

static int link_notes(struct nf_attr_notes *ns, const struct nf_attr_registry *r,
		      const struct nf_attr_work *w, const char *text)
{
	unsigned char *seen;
	size_t k, nw;

	if (w->n > ns->words_cap) {
		uint64_t *p = realloc(ns->words, w->n * sizeof(*p));
		if (!p)
			return -1;
		ns->words = p;
		ns->words_cap = w->n;
	}
	if (!(seen = malloc(w->n + 1)))
		return -1;
	for (k = 0; k < ns->n; k++) {
		nw = note_words(ns, r, w, text, &ns->v[k]);
		if (nw)
			support(ns, w, nw, seen, &ns->v[k]);
	}
	free(seen);
	return 0;
}

int nf_attr_notes_run(struct nf_attr_notes *ns, const struct nf_attr_registry *r,
		      const struct nf_attr_work *w, const char *text, size_t len)
{
	ns->n = 0;
	if (find_notes(ns, text, len) < 0)
		return -1;
	if (ns->n == 0)
		return 0;
	find_citations(ns, w, text, len);
	return link_notes(ns, r, w, text);
}

void nf_attr_notes_filter(const struct nf_attr_notes *ns, struct nf_attr_work *w)
{
	size_t i, k, n = 0;
	int drop;

	for (i = 0; i < w->nfound; i++) {
		size_t a = w->t[w->found[i].cue_a].a;
		for (drop = 0, k = 0; k < ns->n && !drop; k++)
			drop = ns->v[k].kind == NF_NOTE_NOTE && a >= ns->v[k].ma && a < ns->v[k].b;
		if (!drop)
			w->found[n++] = w->found[i];
	}
	w->nfound = n;
}
