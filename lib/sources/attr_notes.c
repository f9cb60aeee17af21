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
#include "hash.h"
#include "perceptron.h"

void nf_attr_notes_release(struct nf_attr_notes *ns)
{
	free(ns->v);
	free(ns->links);
	free(ns->linkof);
	free(ns->words);
	free(ns->index);
	free(ns->nwords);
	free(ns->hits);
	free(ns->touched);
	free(ns->bynum);
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
	n->kind = (uint8_t)kind;
	return n;
}

/*
 * The links of note k, made empty if it had none (the first of a record
 * makes the notes' index ns->linkof).  NULL on ENOMEM.
 */
static struct nf_attr_links *links_of(struct nf_attr_notes *ns, size_t k)
{
	struct nf_attr_links *l;

	if (ns->nlinks == 0) {
		if (nf_grow((void **)&ns->linkof, &ns->linkof_cap, ns->n, sizeof(*ns->linkof)) < 0)
			return NULL;
		memset(ns->linkof, 0xFF, ns->n * sizeof(*ns->linkof));
	}
	if (ns->linkof[k] != NF_ATTR_NONE)
		return &ns->links[ns->linkof[k]];
	if (nf_grow((void **)&ns->links, &ns->links_cap, ns->nlinks + 1, sizeof(*ns->links)) < 0)
		return NULL;
	l = &ns->links[ns->nlinks];
	memset(l, 0, sizeof(*l));
	ns->linkof[k] = (uint32_t)ns->nlinks++;
	return l;
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

int32_t nf_attr_note_num(const struct nf_attr_note *n, const char *text)
{
	long num;

	if (!n->numbered || !nf_attr_marker_len(text + n->ma, n->mlen, &num))
		return -1;
	return (int32_t)num;
}

/* Trims blanks off [*a, *b). */
static void trim(const char *text, size_t *a, size_t *b)
{
	while (*a < *b && is_blank(text[*a]))
		++*a;
	while (*b > *a && is_blank(text[*b - 1]))
		--*b;
}

/*
 * Sets the text of note n to text[a..b) without its blanks (a is right
 * after its marker: nf_attr_note_start finds the trimmed start again).
 */
static void set_text(struct nf_attr_note *n, const char *text, size_t a, size_t b)
{
	trim(text, &a, &b);
	n->b = (uint32_t)b;
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
			if (n)
				set_text(n, text, n->ma + n->mlen, i);
			if (!(n = new_note(ns, NF_NOTE_NOTE)))
				return -1;
			n->numbered = 1;
			n->ma = (uint32_t)i;
			n->mlen = (uint8_t)k;
			i += k;
			continue;
		}
		i++;
	}
	if (n)
		set_text(n, text, n->ma + n->mlen, b);
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
	n->ma = (uint32_t)a;
	n->mlen = (uint8_t)(m - a);
	set_text(n, text, m, b);
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

/*
 * The note holding byte p (its text or its marker), or -1.  Notes come in
 * text order and do not overlap, so the only candidate is the last one
 * starting at or before p.
 */
static long note_at(const struct nf_attr_notes *ns, size_t p)
{
	size_t lo = 0, hi = ns->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ns->v[mid].ma <= p)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo && p < ns->v[lo - 1].b ? (long)(lo - 1) : -1;
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

/* Does a come after b in (word, note) order? */
static int noteword_after(const struct nf_attr_noteword *a, const struct nf_attr_noteword *b)
{
	return a->w != b->w ? a->w > b->w : a->note > b->note;
}

/* Moves v[i] down the max-heap v[0..n). */
static void sift_down(struct nf_attr_noteword *v, size_t i, size_t n)
{
	struct nf_attr_noteword x = v[i];
	size_t c;

	while ((c = 2 * i + 1) < n) {
		if (c + 1 < n && noteword_after(&v[c + 1], &v[c]))
			c++;
		if (!noteword_after(&v[c], &x))
			break;
		v[i] = v[c];
		i = c;
	}
	v[i] = x;
}

/*
 * Sorts v[0..n) by (word, note), in place: qsort's merge sort takes a
 * copy of the array, as large as the index of every note's words (8.7 MB
 * on 4 MB of bullets, the peak of link-sources' memory).  The order is
 * total, so the result is the one qsort gives.
 */
static void sort_notewords(struct nf_attr_noteword *v, size_t n)
{
	struct nf_attr_noteword t;
	size_t i;

	for (i = n / 2; i-- > 0;)
		sift_down(v, i, n);
	for (i = n; i-- > 1;) {
		t = v[0];
		v[0] = v[i];
		v[i] = t;
		sift_down(v, 0, i);
	}
}

/* The first entry of v[0..n) (sorted) whose word is w, or n. */
static size_t lower_bound(const struct nf_attr_noteword *v, size_t n, uint64_t w)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid].w < w)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && v[lo].w == w ? lo : n;
}

/*
 * The per-note counts of link_notes (ns->nwords, hits, touched) for
 * ns->n notes, made only when some note has words to match.  Returns 0
 * or -1 (ENOMEM).
 */
static int note_scratch(struct nf_attr_notes *ns)
{
	uint32_t **u[] = { &ns->nwords, &ns->hits, &ns->touched };
	size_t i;

	if (ns->n <= ns->note_cap)
		return 0;
	for (i = 0; i < sizeof(u) / sizeof(u[0]); i++) {
		uint32_t *p = realloc(*u[i], ns->n * sizeof(*p));
		if (!p)
			return -1;
		*u[i] = p;
	}
	ns->note_cap = ns->n;
	return 0;
}

/*
 * The numbered notes by number, then position, into ns->bynum (sorted in
 * place, as sort_notewords does the index).  Returns how many, or -1 on
 * ENOMEM.
 */
static long numbered_notes(struct nf_attr_notes *ns, const char *text)
{
	size_t k, m = 0;
	int32_t num;

	if (nf_grow((void **)&ns->bynum, &ns->bynum_cap, ns->n, sizeof(*ns->bynum)) < 0)
		return -1;
	for (k = 0; k < ns->n; k++)
		if ((num = nf_attr_note_num(&ns->v[k], text)) >= 0) {
			ns->bynum[m].w = (uint64_t)num;
			ns->bynum[m++].note = (uint32_t)k;
		}
	sort_notewords(ns->bynum, m);
	return (long)m;
}

/*
 * Markers "[n]" in the body ("said.[1]"): which sentences cite which note.
 * Every note numbered n sees the same markers in the same order, so the
 * first of them is filled and the others copy it.  The notes are sorted
 * by number only once a marker in the body is found (a line of a million
 * "[1]" notes has none).  Returns 0 or -1 (ENOMEM).
 */
static int find_citations(struct nf_attr_notes *ns, const struct nf_attr_work *w,
			  const char *text, size_t len)
{
	struct nf_attr_noteword *by;
	struct nf_attr_links *l;
	const struct nf_attr_links *prev;
	const char *q;
	size_t p = 0, k, m = 0;
	long sorted = -1;
	uint32_t sent;
	long num;

	while (p < len && (q = memchr(text + p, '[', len - p)) != NULL) {
		p = (size_t)(q - text);
		if (!nf_attr_marker_len(text + p, len - p, &num) || note_at(ns, p) >= 0) {
			p++;
			continue;
		}
		if (sorted < 0 && (sorted = numbered_notes(ns, text)) < 0)
			return -1;
		m = (size_t)sorted;
		if ((k = lower_bound(ns->bynum, m, (uint64_t)num)) == m) {
			p++;
			continue;
		}
		sent = sentence_at(w, p);
		if (!(l = links_of(ns, ns->bynum[k].note)))
			return -1;
		if (l->ncited < NF_NOTE_LINKS && (!l->ncited || l->cited[l->ncited - 1] != sent))
			l->cited[l->ncited++] = sent;
		p++;
	}
	by = ns->bynum;
	for (k = 1; k < m; k++)
		if (by[k].w == by[k - 1].w && (prev = nf_attr_note_links(ns, by[k - 1].note))) {
			size_t ncited = prev->ncited, from = ns->linkof[by[k - 1].note];
			if (!(l = links_of(ns, by[k].note)))
				return -1;
			l->ncited = (uint8_t)ncited;	/* links_of may have moved prev */
			memcpy(l->cited, ns->links[from].cited, sizeof(l->cited));
		}
	return 0;
}

static int cmp_u64(const void *x, const void *y)
{
	uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;

	return (a > b) - (a < b);
}

/* Sorts v[0..k) and drops repeats; returns how many are left. */
static size_t sort_unique(uint64_t *v, size_t k)
{
	size_t i, u = 0;

	if (k < 2)
		return k;
	qsort(v, k, sizeof(*v), cmp_u64);
	for (i = 0; i < k; i++)
		if (u == 0 || v[u - 1] != v[i])
			v[u++] = v[i];
	return u;
}

static int content_word(const struct nf_attr_registry *r, const struct nf_attr_work *w,
			const char *text, size_t i)
{
	unsigned s = w->t[i].shape;

	return (s == NF_SH_LOWER || s == NF_SH_CAP || s == NF_SH_UPPER || s == NF_SH_DIGIT) &&
	       w->t[i].b - w->t[i].a >= 3 &&
	       nf_lexicon_get(&r->kinds, text + w->t[i].a, w->t[i].b - w->t[i].a) != NF_KT_STOP;
}

/*
 * The word of token t as notes and sentences are matched on: ASCII-lower-
 * cased, with one inflectional ending and a final "e" cut, so that
 * "denial" meets "denied", "shelling" "shelled", "figures" "figure".
 */
static uint64_t stem_hash(const char *text, const struct nf_attr_tok *t)
{
	static const char *const ends[] = {
		"ings", "ing", "ions", "ion", "ials", "ial", "ies", "ied", "ed", "es", "s"
	};
	unsigned char low[32];
	size_t n = t->b - t->a, i, k;

	if (n > sizeof(low))
		return t->w;
	for (i = 0; i < n; i++)
		low[i] = nf_ascii_lower((unsigned char)text[t->a + i]);
	for (i = 0; i < sizeof(ends) / sizeof(ends[0]); i++) {
		k = strlen(ends[i]);
		if (n >= k + 3 && memcmp(low + n - k, ends[i], k) == 0) {
			n -= k;
			break;
		}
	}
	if (n > 3 && low[n - 1] == 'e')
		n--;
	return nf_feat_bytes(nf_feat(7), low, n);
}

/* The first token starting at or after byte p. */
static size_t token_from(const struct nf_attr_work *w, size_t p)
{
	size_t lo = 0, hi = w->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (w->t[mid].a < p)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The distinct content words of note n into ns->words, sorted; returns how many. */
static size_t note_words(struct nf_attr_notes *ns, const struct nf_attr_registry *r,
			 const struct nf_attr_work *w, const char *text,
			 const struct nf_attr_note *n)
{
	size_t i, k = 0;

	for (i = token_from(w, nf_attr_note_start(n, text)); i < w->n && w->t[i].a < n->b; i++)
		if (w->t[i].b <= n->b && content_word(r, w, text, i))
			ns->words[k++] = stem_hash(text, &w->t[i]);
	return sort_unique(ns->words, k);
}

/*
 * Fills ns->index with every note's distinct content words, sorted by
 * word, and, if there are any, ns->nwords with their count per note (the
 * per-note scratch is made only then).  Returns 0 or -1 (ENOMEM).
 */
static int build_index(struct nf_attr_notes *ns, const struct nf_attr_registry *r,
		       const struct nf_attr_work *w, const char *text)
{
	size_t k, i, nw;

	ns->nindex = 0;
	for (k = 0; k < ns->n; k++) {
		nw = note_words(ns, r, w, text, &ns->v[k]);
		if (ns->nindex + nw > ns->index_cap) {
			size_t cap = ns->index_cap ? ns->index_cap : 256;
			struct nf_attr_noteword *p;
			while (cap < ns->nindex + nw)
				cap *= 2;
			if (!(p = realloc(ns->index, cap * sizeof(*p))))
				return -1;
			ns->index = p;
			ns->index_cap = cap;
		}
		for (i = 0; i < nw; i++) {
			ns->index[ns->nindex].w = ns->words[i];
			ns->index[ns->nindex++].note = (uint32_t)k;
		}
	}
	if (ns->nindex == 0)
		return 0;
	if (note_scratch(ns) < 0)
		return -1;
	memset(ns->nwords, 0, ns->n * sizeof(*ns->nwords));
	for (i = 0; i < ns->nindex; i++)	/* a note's words are distinct */
		ns->nwords[ns->index[i].note]++;
	sort_notewords(ns->index, ns->nindex);
	return 0;
}

/* Keeps the NF_NOTE_LINKS best (sentence, score) pairs, best first. */
static void keep_best(struct nf_attr_links *n, uint32_t sent, float score)
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

/*
 * Scores body sentence s, tokens [i, j), against every note sharing a word
 * with it: the share of the note's words the sentence holds.  Adds the
 * work done (words looked up and index entries visited) to *work.
 * Returns 0 or -1 (ENOMEM).
 */
static int score_sentence(struct nf_attr_notes *ns, const struct nf_attr_work *w,
			  const char *text, size_t i, size_t j, uint32_t s, size_t *work)
{
	size_t k, e, u, nt = 0;
	struct nf_attr_links *l;
	uint32_t note;
	float score;
	int rc = 0;

	for (k = i; k < j; k++)
		ns->words[k - i] = stem_hash(text, &w->t[k]);
	*work += u = sort_unique(ns->words, j - i);
	for (k = 0; k < u; k++)
		for (e = lower_bound(ns->index, ns->nindex, ns->words[k]);
		     e < ns->nindex && ns->index[e].w == ns->words[k]; e++, ++*work)
			if (ns->hits[ns->index[e].note]++ == 0)
				ns->touched[nt++] = ns->index[e].note;
	for (k = 0; k < nt; k++) {
		note = ns->touched[k];
		score = (float)ns->hits[note] / (float)ns->nwords[note];
		if (ns->hits[note] >= 2 && score >= 0.25f) {
			if ((l = links_of(ns, note)) != NULL)
				keep_best(l, s, score);
			else
				rc = -1;
		}
		ns->hits[note] = 0;
	}
	return rc;
}

/*
 * Links every note to the body sentences sharing most of its words, going
 * through the body once with an index of the notes' words.  The work is
 * bounded by NF_NOTE_WORK per token: past it (many notes, each sharing
 * words with many sentences, as no article has) later sentences are not
 * scored, so the time stays linear in the text.
 */
static int link_notes(struct nf_attr_notes *ns, const struct nf_attr_registry *r,
		      const struct nf_attr_work *w, const char *text)
{
	size_t i = 0, j, work = 0, budget = NF_NOTE_WORK * (w->n + 1024);
	uint32_t s;

	if (w->n > ns->words_cap) {
		uint64_t *p = realloc(ns->words, w->n * sizeof(*p));
		if (!p)
			return -1;
		ns->words = p;
		ns->words_cap = w->n;
	}
	if (build_index(ns, r, w, text) < 0)
		return -1;
	if (ns->nindex == 0)
		return 0;
	memset(ns->hits, 0, ns->n * sizeof(*ns->hits));
	while (i < w->n && work <= budget) {
		s = w->t[i].sent;
		for (j = i; j < w->n && w->t[j].sent == s; j++)
			;
		if (note_at(ns, w->t[i].a) < 0 && score_sentence(ns, w, text, i, j, s, &work) < 0)
			return -1;
		i = j;
	}
	return 0;
}

/*
 * Drops the sentences that support a note less than half as well as its
 * best one: a bullet that restates one sentence shares a few words with
 * others too.
 */
static void drop_weak(struct nf_attr_notes *ns)
{
	struct nf_attr_links *n;
	size_t k, j;

	for (k = 0; k < ns->nlinks; k++) {
		n = &ns->links[k];
		for (j = 1; j < n->nsup && n->score[j] * 2 >= n->score[0]; j++)
			;
		n->nsup = j < n->nsup ? j : n->nsup;
	}
}

/*
 * The linking scratch (word lists, the word index, per-note counts) is
 * kept for the next record up to this many entries; a record of
 * megabytes frees it once its notes are linked, so that it does not stay
 * beside the output being written.
 */
enum { KEEP_SCRATCH = 1 << 16 };

static void trim_scratch(struct nf_attr_notes *ns)
{
	if (ns->words_cap <= KEEP_SCRATCH && ns->index_cap <= KEEP_SCRATCH &&
	    ns->note_cap <= KEEP_SCRATCH && ns->bynum_cap <= KEEP_SCRATCH)
		return;
	free(ns->words);
	free(ns->index);
	free(ns->nwords);
	free(ns->hits);
	free(ns->touched);
	free(ns->bynum);
	ns->words = NULL;
	ns->index = NULL;
	ns->nwords = ns->hits = ns->touched = NULL;
	ns->bynum = NULL;
	ns->words_cap = ns->nindex = ns->index_cap = ns->note_cap = ns->bynum_cap = 0;
}

int nf_attr_notes_run(struct nf_attr_notes *ns, const struct nf_attr_registry *r,
		      const struct nf_attr_work *w, const char *text, size_t len)
{
	int rc;

	ns->n = 0;
	ns->nlinks = 0;
	if (find_notes(ns, text, len) < 0)
		return -1;
	if (ns->n == 0)
		return 0;
	rc = find_citations(ns, w, text, len);
	if (rc == 0)
		rc = link_notes(ns, r, w, text);
	trim_scratch(ns);
	if (rc == 0)
		drop_weak(ns);
	return rc;
}

void nf_attr_notes_filter(const struct nf_attr_notes *ns, struct nf_attr_work *w)
{
	size_t i, n = 0;
	long k;

	for (i = 0; i < w->nfound; i++) {
		k = note_at(ns, w->t[w->found[i].cue_a].a);
		if (k < 0 || ns->v[k].kind != NF_NOTE_NOTE)
			w->found[n++] = w->found[i];
	}
	w->nfound = n;
}
