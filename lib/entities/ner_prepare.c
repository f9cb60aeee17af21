/*
 * Preparing a document for the entity tagger; see ner.h.  The text is
 * tokenized once and its tokens grouped by sentence; the document's
 * statistics (how each word is cased elsewhere, which labels it got) are
 * counted over all of it.  Each token's cache of hashed facts (form,
 * shape, cluster, gazetteer matches) is filled once for a text of up to
 * NF_NER_WHOLE_TEXT tokens; in a longer one, one sentence at a time, once
 * to count and again to tag, so it costs memory per sentence, not per
 * text.  Word types repeat, so their facts are also kept across
 * documents.  Nothing here allocates per token; scratch grows with the
 * largest document (and sentence) seen.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "hash.h"
#include "ner_internal.h"
#include "uchar.h"

const char *const nf_ner_type_names[NF_NTYPES] = { "PERSON", "ORG", "LOC", "MISC" };

void nf_ner_work_init(struct nf_ner_work *w)
{
	memset(w, 0, sizeof(*w));
	w->long_sentence = NF_NER_LONG_SENTENCE;
	w->whole_text = NF_NER_WHOLE_TEXT;
	w->cache_slots = NF_NER_CACHE;
}

void nf_ner_work_release(struct nf_ner_work *w)
{
	nf_tokens_release(&w->own);
	free(w->info);
	free(w->sent_first);
	free(w->group_sent);
	free(w->stats);
	free(w->scores);
	free(w->back);
	free(w->labels);
	free(w->opening);
	free(w->seen);
	free(w->cache);
	free(w->sides);
	free(w->types);
	nf_ner_work_init(w);
}

void nf_ner_work_trim(struct nf_ner_work *w)
{
	if (w->info_cap > NF_NER_TRIM) {
		free(w->info);
		w->info = NULL;
		w->info_cap = 0;
	}
	if (w->back_cap > NF_NER_TRIM) {
		free(w->back);
		w->back = NULL;
		w->back_cap = 0;
	}
}

int nf_ner_work_reserve(struct nf_ner_work *w, size_t n)
{
	float *s;

	if (n <= w->work_cap)
		return 0;
	n = n < 1024 ? 1024 : n * 2;
	s = realloc(w->scores, n * NF_NER_VLANES * sizeof(*s));
	if (!s)
		return -1;
	w->scores = s;
	w->work_cap = n;
	return 0;
}

/*
 * Makes room to tag sentences of up to most tokens: rows of scores for
 * the short ones, backpointers for a long one.  Returns 0 or -1.
 */
static int reserve_decoding(struct nf_ner_work *w, size_t most)
{
	uint8_t *p;

	if (nf_ner_work_reserve(w, (most < w->long_sentence ? most : w->long_sentence) + 1) < 0)
		return -1;
	if (most <= w->long_sentence || most <= w->back_cap)
		return 0;
	p = realloc(w->back, most * NF_NER_NLABELS);
	if (!p)
		return -1;
	w->back = p;
	w->back_cap = most;
	return 0;
}

/* Allocates w->labels for n tokens.  Returns 0 or -1. */
static int reserve_labels(struct nf_ner_work *w, size_t n)
{
	uint8_t *l;

	if (n <= w->labels_cap)
		return 0;
	n = n < 1024 ? 1024 : n * 2;
	l = realloc(w->labels, n);
	if (!l)
		return -1;
	w->labels = l;
	l = realloc(w->opening, n);
	if (!l)
		return -1;
	w->opening = l;
	w->labels_cap = n;
	return 0;
}

/* The most tokens in one sentence of w. */
static size_t longest_sentence(const struct nf_ner_work *w)
{
	size_t s, most = 0;

	for (s = 0; s < w->nsents; s++)
		if (w->sent_first[s + 1] - w->sent_first[s] > most)
			most = w->sent_first[s + 1] - w->sent_first[s];
	return most;
}

/* Hash of the lower-cased token and its flags. */
/*
 * Mixes non-ASCII code point cp into h case-folded and without accents,
 * so "José" and "Jose", "Zürich" and "Zurich" share their word features.
 */
static uint64_t fold_hash(uint64_t h, int32_t cp)
{
	utf8proc_int32_t out[8];
	utf8proc_ssize_t n, k;
	unsigned char q[4];
	int last = 0;

	n = utf8proc_decompose_char(cp, out, 8, UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE |
				    UTF8PROC_STRIPMARK, &last);
	if (n < 1 || n > 8)
		return nf_feat_bytes(h, q, (size_t)utf8proc_encode_char(cp, q));
	for (k = 0; k < n; k++)
		h = nf_feat_bytes(h, q, (size_t)utf8proc_encode_char(out[k], q));
	return h;
}

static uint64_t lower_hash(const char *t, size_t a, size_t b, uint32_t *flags)
{
	uint64_t h = nf_feat(1);
	size_t i = a, step, letters = 0, uppers = 0, lowers = 0, digits = 0;
	int32_t cp;
	unsigned char q[4];

	*flags = 0;
	while (i < b) {
		step = nf_decode(t, b, i, &cp);
		if (nf_is_upper(cp)) {
			uppers++;
			if (i == a)
				*flags |= F_UPPER1;
			cp = utf8proc_tolower(cp);
		} else if (nf_is_lower(cp)) {
			lowers++;
			if (i == a)
				*flags |= F_LOWER;
		}
		letters += nf_is_alpha(cp);
		digits += nf_is_digit(cp);
		if (cp == '-')
			*flags |= F_HYPHEN;
		h = cp < 0x80 ? nf_feat_bytes(h, q, (size_t)utf8proc_encode_char(cp, q)) :
		    fold_hash(h, cp);
		i += step;
	}
	if (digits)
		*flags |= F_HASDIGIT;
	if (digits && digits == b - a)
		*flags |= F_DIGITS;
	if (!letters && !digits)
		*flags |= F_PUNCT;
	if (uppers >= 2 && lowers == 0)
		*flags |= F_CAPS;
	else if ((*flags & F_UPPER1) && lowers)
		*flags |= F_TITLE;
	return h;
}

/* Short shape: character classes with runs collapsed ("Xx", "X.X.", "d-d"). */
static uint64_t shape_hash(const char *t, size_t a, size_t b)
{
	uint64_t h = nf_feat(2);
	size_t i = a, step;
	int32_t cp;
	char c, last = 0;

	while (i < b) {
		step = nf_decode(t, b, i, &cp);
		c = nf_is_upper(cp) ? 'X' : nf_is_lower(cp) ? 'x' : nf_is_digit(cp) ? 'd' :
		    cp < 0x80 ? (char)cp : 'o';
		if (c != last)
			h = nf_feat_bytes(h, &c, 1);
		last = c;
		i += step;
	}
	return h;
}

static int reserve_info(struct nf_ner_work *w, size_t n)
{
	struct nf_ner_tok *p;

	if (n <= w->info_cap)
		return 0;
	if (n < 2 * w->info_cap)
		n = 2 * w->info_cap;	/* grows by doubling; a first long text gets what it needs */
	p = realloc(w->info, n * sizeof(*p));
	if (!p)
		return -1;
	w->info = p;
	w->info_cap = n;
	return 0;
}

/* Starts group number w->nsents at token first, in sentence sent. */
static int add_sentence(struct nf_ner_work *w, size_t first, size_t sent)
{
	size_t *p;
	uint32_t *q;

	if (w->nsents + 1 >= w->sent_cap) {
		size_t cap = w->sent_cap ? w->sent_cap * 2 : 64;
		p = realloc(w->sent_first, cap * sizeof(*p));
		if (!p)
			return -1;
		w->sent_first = p;
		q = realloc(w->group_sent, cap * sizeof(*q));
		if (!q)
			return -1;
		w->group_sent = q;
		w->sent_cap = cap;
	}
	w->group_sent[w->nsents] = (uint32_t)sent;
	w->sent_first[w->nsents++] = first;
	return 0;
}

/*
 * Groups tokens by the byte spans sents (sorted): a token belongs to the
 * first sentence that does not end at or before it; sent_first[] is the
 * first token of each group, group_sent[] its sentence.
 */
static int assign_sentences(struct nf_ner_work *w, const struct nf_span *sents, size_t nsents)
{
	size_t i, s = 0;

	w->nsents = 0;
	w->spans = sents;
	w->nspans = nsents;
	for (i = 0; i < w->toks.n; i++) {
		while (s + 1 < nsents && w->toks.v[i].a >= sents[s].end)
			s++;
		if ((i == 0 || s != w->group_sent[w->nsents - 1]) && add_sentence(w, i, s) < 0)
			return -1;
	}
	if (add_sentence(w, w->toks.n, 0) < 0)
		return -1;
	w->nsents--;
	return 0;
}

size_t nf_ner_sentence_of(const struct nf_ner_work *w, size_t i, size_t *g, int *outside)
{
	size_t s, a = w->toks.v[i].a;

	while (*g + 1 < w->nsents && w->sent_first[*g + 1] <= i)
		++*g;
	s = w->group_sent[*g];
	*outside = s >= w->nspans || a < w->spans[s].start || a >= w->spans[s].end;
	return s;
}

/*
 * Marks the first token of the loaded group, and all of them when it is
 * a headline: when most of its words are in capitals.
 */
static void mark_headline(struct nf_ner_work *w)
{
	struct nf_ner_tok *t = w->info + (w->info_first - w->info_base);
	size_t i, n = w->info_end - w->info_first, caps = 0, words = 0;

	for (i = 0; i < n; i++) {
		if (t[i].flags & (F_TITLE | F_LOWER | F_CAPS))
			words++;
		caps += (t[i].flags & F_CAPS) != 0;
	}
	for (i = 0; i < n; i++) {
		if (words >= 2 && caps * 2 > words)
			t[i].flags |= F_HEADLINE;
		if (i == 0)
			t[i].flags |= F_FIRST;
	}
}

/*
 * The statistics table is reused between documents without clearing it:
 * a slot belongs to this document only if it carries its generation.
 */
static int slot_used(const struct nf_ner_work *w, size_t i)
{
	return w->stats[i].gen == w->stats_gen;
}

static struct nf_ner_docstat *stat_slot(struct nf_ner_work *w, uint64_t key)
{
	size_t mask = w->stats_cap - 1, i = (size_t)key & mask;

	key |= 1;
	while (slot_used(w, i) && w->stats[i].key != key)
		i = (i + 1) & mask;
	if (!slot_used(w, i)) {
		memset(&w->stats[i], 0, sizeof(w->stats[i]));
		w->stats[i].gen = w->stats_gen;
		w->stats[i].key = key;
	}
	return &w->stats[i];
}

/* Makes the statistics table ready for a document of w->toks.n tokens. */
static int stats_start(struct nf_ner_work *w)
{
	size_t cap = 64;

	while (cap < w->toks.n * 2)
		cap *= 2;
	if (cap > w->stats_alloc) {
		free(w->stats);
		w->stats = calloc(cap, sizeof(*w->stats));
		w->stats_alloc = w->stats ? cap : 0;
		w->stats_gen = 0;
		if (!w->stats)
			return -1;
	}
	w->stats_cap = cap;	/* this document's table: the first cap slots */
	if (++w->stats_gen == 0) {	/* wrapped: start afresh */
		memset(w->stats, 0, w->stats_alloc * sizeof(*w->stats));
		w->stats_gen = 1;
	}
	return 0;
}

/* How the words of the loaded group are written inside the sentence. */
static void count_casing(struct nf_ner_work *w)
{
	const struct nf_ner_tok *t = w->info + (w->info_first - w->info_base);
	size_t i, n = w->info_end - w->info_first;
	struct nf_ner_docstat *st;
	uint32_t f;

	for (i = 0; i < n; i++) {
		f = t[i].flags;
		if (f & (F_FIRST | F_HEADLINE | F_PUNCT))
			continue;
		st = stat_slot(w, t[i].lower);
		st->lower_mid += (f & F_LOWER) != 0;
		st->cap_mid += (f & F_UPPER1) != 0;
	}
}

void nf_ner_note_history(struct nf_ner_work *w, size_t first, size_t end)
{
	struct nf_ner_docstat *st;
	size_t i;
	int lab;

	for (i = first; i < end; i++) {
		if (nf_ner_info(w, i)->flags & F_PUNCT)
			continue;
		st = stat_slot(w, nf_ner_info(w, i)->lower);
		lab = w->labels[i];
		if (st->hist[lab ? 1 + NF_NER_TYPE(lab) : 0] < UINT16_MAX)
			st->hist[lab ? 1 + NF_NER_TYPE(lab) : 0]++;
	}
}

const struct nf_ner_docstat *nf_ner_stat_get(const struct nf_ner_work *w, uint64_t key)
{
	size_t mask = w->stats_cap - 1, i = (size_t)key & mask;

	key |= 1;
	while (slot_used(w, i) && w->stats[i].key != key)
		i = (i + 1) & mask;
	return slot_used(w, i) ? &w->stats[i] : NULL;
}

enum { GAZ_KEY = 256 };	/* longer keys are never looked up */

/*
 * The hashes of the keys of tokens i..i+len for len = 1..top into
 * h[len] (as nf_lexicon hashes "tok tok", lower-cased), stopping where a
 * key would not fit in GAZ_KEY bytes or, from two words on, no name goes
 * on past it (nf_ner_gaz_goes_on).  Returns the longest len kept.
 */
static size_t gaz_hashes(const struct nf_ner_work *w, const char *text, size_t i,
			 size_t top, uint64_t *h, size_t *bytes)
{
	uint64_t x = NF_FNV_BASIS;
	size_t n = 0, k, tl, len = 0;

	for (k = i; k < i + top; k++) {
		tl = w->toks.v[k].b - w->toks.v[k].a;
		if (n + tl + 1 > GAZ_KEY)
			break;
		if (k > i) {
			x = nf_fnv1a_byte(x, ' ');
			n++;
		}
		x = nf_fnv1a_lower_from(x, text + w->toks.v[k].a, tl);
		n += tl;
		h[++len] = x;
		bytes[len] = n;
		if (len >= 2 && !nf_ner_gaz_goes_on(w->res.gaz_bits, x))
			break;
	}
	return len;
}

/*
 * A gazetteer key: tokens [tok, tok + len), bytes long, hashed to h; its
 * types if known (a word alone: nf_ner_tok.gaz_one), else -1 (to look up).
 */
struct gaz_cand {
	uint64_t h;
	size_t tok, len, bytes;
	int types;
};

/* The keys that start at a token: hashes and byte lengths by length in tokens. */
struct gaz_keyset {
	uint64_t h[NF_GAZ_MAXLEN + 1];
	size_t bytes[NF_GAZ_MAXLEN + 1];
	size_t fits;		/* keys of 1..fits tokens */
};

/*
 * The keys that start at token i into ks (gaz_hashes, as far as the
 * longest entry its first word opens; none if it opens none), their
 * filter bits touched.
 */
static void gaz_keys(const struct nf_ner_work *w, const struct nf_ner_res *res,
		     const char *text, size_t i, size_t end, struct gaz_keyset *ks)
{
	size_t len, most;
	int longest = w->info[i - w->info_base].gaz_longest;

	ks->fits = 0;
	if (longest <= 0 || (w->info[i - w->info_base].flags & F_PUNCT))
		return;
	most = (size_t)longest < NF_GAZ_MAXLEN ? (size_t)longest : NF_GAZ_MAXLEN;
	len = end - i < most ? end - i : most;
	ks->fits = gaz_hashes(w, text, i, len, ks->h, ks->bytes);
	for (len = 2; res->gaz_bits && len <= ks->fits; len++)
		nf_ner_bits_touch(&res->gaz_bits->names, ks->h[len]);
}

/*
 * The keys of ks (token i's) that may be names, longest first, into c (at
 * most NF_GAZ_MAXLEN): the word alone if its types (gaz_one, known from
 * the type cache) say so, longer keys if the gazetteer's bit filter lets
 * them through, their slots touched.  Returns how many.
 */
static size_t gaz_pick(const struct nf_ner_work *w, size_t i, const struct gaz_keyset *ks,
		       struct gaz_cand *c)
{
	size_t len, n = 0;
	int one = w->info[i - w->info_base].gaz_one;

	for (len = ks->fits; len > 0; len--) {
		if (len == 1 ? !one : !nf_ner_gaz_maybe(w->res.gaz_bits, ks->h[len]))
			continue;
		if (len > 1)
			nf_lexicon_prefetch(w->res.gazetteer, ks->h[len]);
		c[n].h = ks->h[len];
		c[n].tok = i;
		c[n].bytes = ks->bytes[len];
		c[n].types = len == 1 ? one : -1;
		c[n++].len = len;
	}
	return n;
}

/* The types of candidate c, looked up unless known; <= 0 if it is no name. */
static int gaz_types(const struct nf_ner_work *w, const char *text, const struct gaz_cand *c)
{
	char key[GAZ_KEY];
	size_t k, n = 0;

	if (c->types >= 0)
		return c->types;
	for (k = c->tok; k < c->tok + c->len; k++) {
		size_t tl = w->toks.v[k].b - w->toks.v[k].a;
		if (k > c->tok)
			key[n++] = ' ';
		memcpy(key + n, text + w->toks.v[k].a, tl);
		n += tl;
	}
	return nf_lexicon_get_hashed(w->res.gazetteer, c->h, key, n);
}

/* Marks the tokens of candidate c with the types of a match. */
static void gaz_mark(struct nf_ner_work *w, const char *text, const struct gaz_cand *c)
{
	size_t k, pos, i = c->tok, len = c->len, f = w->info_base;
	int types, t;

	if ((types = gaz_types(w, text, c)) <= 0)
		return;
	for (t = 0; t < NF_NTYPES; t++) {
		if (!(types & (1 << t)) || (w->info[i - f].gaz & (0xF << (4 * t))))
			continue;
		for (k = i; k < i + len; k++) {
			pos = len == 1 ? NF_U : k == i ? NF_B : k + 1 == i + len ? NF_L : NF_I;
			w->info[k - f].gaz |= (uint16_t)(1u << (4 * t + pos));
		}
	}
}

enum { GAZ_TOKS = 16 };

/*
 * Marks the gazetteer matches inside the loaded group: tokens in order,
 * longer keys first, as the marks of a match depend on those before.
 * The work goes by windows of GAZ_TOKS tokens, a step at a time for the
 * whole window (the keys' hashes, their filter bits, their slots, their
 * stored keys, the marks), so that the cache misses of each step overlap.
 */
static void mark_gazetteer(struct nf_ner_work *w)
{
	const struct nf_ner_res *res = &w->res;
	struct gaz_keyset ks[GAZ_TOKS];
	struct gaz_cand c[GAZ_TOKS * NF_GAZ_MAXLEN];
	size_t i, k, n, top;

	if (!res->gazetteer || !res->gaz_first || res->gazetteer->count == 0)
		return;
	for (i = w->info_first; i < w->info_end; i = top) {
		top = w->info_end - i < GAZ_TOKS ? w->info_end : i + GAZ_TOKS;
		for (k = i; k < top; k++)
			gaz_keys(w, res, w->text, k, w->info_end, &ks[k - i]);
		for (n = 0, k = i; k < top; k++)
			n += gaz_pick(w, k, &ks[k - i], c + n);
		for (k = 0; k < n; k++)
			if (c[k].types < 0)
				nf_lexicon_prefetch_key(res->gazetteer, c[k].h, c[k].bytes);
		for (k = 0; k < n; k++)
			gaz_mark(w, w->text, &c[k]);
	}
}

/* The nf_lexicon_hash of token i's bytes: kept in lexh if new, else made. */
static uint64_t lex_hash(const struct nf_ner_work *w, size_t i)
{
	const struct nf_ner_tok *t = &w->info[i - w->info_base];

	return t->lexh ? t->lexh
		       : nf_lexicon_hash(w->text + w->toks.v[i].a, w->toks.v[i].b - w->toks.v[i].a);
}

/* The facts of token i that depend on its bytes alone (h: lex_hash). */
static void describe(struct nf_ner_work *w, size_t i, uint64_t h)
{
	struct nf_ner_tok *t = &w->info[i - w->info_base];
	const char *text = w->text;
	size_t a = w->toks.v[i].a, b = w->toks.v[i].b;
	int c;

	t->lower = lower_hash(text, a, b, &t->flags);
	t->shape = shape_hash(text, a, b);
	c = w->res.clusters ? nf_lexicon_get_hashed(w->res.clusters, h, text + a, b - a) : -1;
	t->cluster = c < 0 ? 0 : c;
}

/*
 * The longest name a word opens, from its value in the first-word index
 * (k) and in the gazetteer itself (one), -1 where absent: the index holds
 * first words of longer names only, so a word not in it opens a name of
 * one word if it is one.
 */
static int longest_of(int k, int one)
{
	return k >= 0 ? k : one >= 0;
}

/*
 * The gazetteer facts of token i, whose nf_lexicon_hash is h: the
 * longest name it may open, and its types as a name alone, as
 * mark_gazetteer would look them up (a word too long for a key has none).
 */
static void gaz_facts(struct nf_ner_work *w, size_t i, uint64_t h)
{
	struct nf_ner_tok *t = &w->info[i - w->info_base];
	const char *s = w->text + w->toks.v[i].a;
	size_t n = w->toks.v[i].b - w->toks.v[i].a;
	int k = w->res.gaz_first ? nf_lexicon_get_hashed(w->res.gaz_first, h, s, n) : -1;
	int one = w->res.gazetteer ? nf_lexicon_get_hashed(w->res.gazetteer, h, s, n) : -1;

	t->gaz_longest = longest_of(k, one);
	t->gaz_one = (uint8_t)(one > 0 && n + 1 <= GAZ_KEY ? one : 0);
}

int nf_ner_gaz_longest(const struct nf_lexicon *gaz, const struct nf_lexicon *first,
		       const char *w, size_t n)
{
	uint64_t h = nf_lexicon_hash(w, n);
	int k = first ? nf_lexicon_get_hashed(first, h, w, n) : -1;

	return longest_of(k, k < 0 && gaz ? nf_lexicon_get_hashed(gaz, h, w, n) : -1);
}

/*
 * Touches the lexicon slots describe() and gaz_facts() will look up a
 * word hashed to h (n bytes) in (step 0), or, once they have come, the
 * keys they will compare (step 1).
 */
static void prefetch_lexicons(const struct nf_ner_res *res, uint64_t h, size_t n, int step)
{
	if (res->clusters)
		(step ? nf_lexicon_prefetch_key(res->clusters, h, n)
		      : nf_lexicon_prefetch(res->clusters, h));
	if (res->gaz_first)
		(step ? nf_lexicon_prefetch_key(res->gaz_first, h, n)
		      : nf_lexicon_prefetch(res->gaz_first, h));
	if (res->gazetteer)
		(step ? nf_lexicon_prefetch_key(res->gazetteer, h, n)
		      : nf_lexicon_prefetch(res->gazetteer, h));
}

/*
 * Fills the per-token cache.  Word types repeat (Zipf), so their facts are
 * kept by byte hash across documents; the type cache is dropped whenever
 * the clusters it was filled from change.
 */
static void start_cache(struct nf_ner_work *w, const struct nf_ner_res *res)
{
	if (w->types && w->types_for != res->clusters) {
		memset(w->types, 0, w->cache_slots * sizeof(*w->types));
		if (w->cache)
			memset(w->cache, 0, w->cache_slots * sizeof(*w->cache));
		if (w->sides)
			memset(w->sides, 0, NF_NER_SIDES * sizeof(*w->sides));
	}
	w->types_for = res->clusters;
	if (!w->types)
		w->types = calloc(w->cache_slots, sizeof(*w->types));	/* optional */
}

/* Fills the cache of the loaded group's tokens. */
static void fill_cache(struct nf_ner_work *w)
{
	const struct nf_ner_res *res = &w->res;
	struct nf_ner_wtype *ty;
	struct nf_ner_tok *t;
	size_t i;
	uint64_t raw;

	/* passes over the group, so that the cache misses of each overlap */
	for (i = w->info_first; i < w->info_end; i++) {
		raw = w->info[i - w->info_base].raw = nf_ner_raw_hash(w, i);
		if (w->types)
			__builtin_prefetch(&w->types[raw & (w->cache_slots - 1)]);
	}
	for (i = w->info_first; i < w->info_end; i++) {	/* the new word types */
		t = &w->info[i - w->info_base];
		t->lexh = 0;
		if (w->types && w->types[t->raw & (w->cache_slots - 1)].raw == t->raw)
			continue;
		t->lexh = lex_hash(w, i);
		prefetch_lexicons(res, t->lexh, w->toks.v[i].b - w->toks.v[i].a, 0);
	}
	for (i = w->info_first; i < w->info_end; i++)
		if (w->info[i - w->info_base].lexh)
			prefetch_lexicons(res, w->info[i - w->info_base].lexh,
					  w->toks.v[i].b - w->toks.v[i].a, 1);
	for (i = w->info_first; i < w->info_end; i++) {
		t = &w->info[i - w->info_base];
		raw = t->raw;
		t->gaz = 0;
		ty = w->types ? &w->types[raw & (w->cache_slots - 1)] : NULL;
		if (ty && ty->raw == raw) {
			t->lower = ty->lower;
			t->shape = ty->shape;
			t->flags = ty->flags;
			t->cluster = ty->cluster;
		} else {
			describe(w, i, lex_hash(w, i));
			if (ty) {
				ty->raw = raw;
				ty->lower = t->lower;
				ty->shape = t->shape;
				ty->flags = t->flags;
				ty->cluster = t->cluster;
				ty->gaz_for = NULL;
			}
		}
		if (ty && ty->gaz_for == res->gaz_first) {
			t->gaz_longest = ty->gaz_longest;
			t->gaz_one = ty->gaz_one;
			continue;
		}
		gaz_facts(w, i, lex_hash(w, i));
		if (ty) {
			ty->gaz_for = res->gaz_first;
			ty->gaz_longest = t->gaz_longest;
			ty->gaz_one = t->gaz_one;
		}
	}
}

#define ONES 0x0101010101010101ULL

/* The high bit of each byte of x that is in [lo, hi] (all three ASCII). */
static inline uint64_t bytes_in(uint64_t x, unsigned lo, unsigned hi)
{
	uint64_t y = x & 0x7F7F7F7F7F7F7F7FULL;	/* no carry out of a byte */

	return (y + (0x80 - lo) * ONES) & ~(y + (0x7F - hi) * ONES) & ~x & 0x80 * ONES;
}

/* The sum of the eight bytes of x. */
static inline size_t byte_sum(uint64_t x)
{
	return (size_t)((x * ONES) >> 56);
}

/*
 * Counts the ASCII capitals and small letters of text[*i..len) eight
 * bytes at a time, leaving *i where fewer than eight are left.
 */
static void count_letters(const char *text, size_t len, size_t *i, size_t *up, size_t *low)
{
	uint64_t x, cu, cl;
	size_t k;

	while (len - *i >= 8) {
		cu = cl = 0;	/* per byte, at most 31 each: byte_sum stays under 256 */
		for (k = 0; k < 31 && len - *i >= 8; k++, *i += 8) {
			memcpy(&x, text + *i, sizeof(x));
			cu += bytes_in(x, 'A', 'Z') >> 7;
			cl += bytes_in(x, 'a', 'z') >> 7;
		}
		*up += byte_sum(cu);
		*low += byte_sum(cl);
	}
}

/*
 * How the document is written: 0 normally, 1 with (next to) no capitals,
 * 2 (almost) all in capitals.  Features of the other regimes are kept
 * apart (see regime_mix) so that training on re-cased copies does not
 * blur what capitals mean in ordinary text.
 */
static int case_regime(const char *text, size_t len)
{
	size_t i = 0, up = 0, low = 0;

	count_letters(text, len, &i, &up, &low);
	for (; i < len; i++) {
		up += text[i] >= 'A' && text[i] <= 'Z';
		low += text[i] >= 'a' && text[i] <= 'z';
	}
	if (up + low < 20)
		return 0;
	if (up * 100 < up + low)
		return 1;
	if (low * 20 < up + low)
		return 2;
	return 0;
}

/* Moves features out[0..n) into the document's case regime. */
size_t nf_ner_regime_mix(const struct nf_ner_work *w, uint64_t *out, size_t n)
{
	size_t k;

	if (w->regime)
		for (k = 0; k < n; k++)
			out[k] = nf_feat_u64(out[k], 0x5EC0 + (uint64_t)w->regime);
	return n;
}

/*
 * Fills the facts of group g (at info[0] unless the whole text's are
 * kept), with its gazetteer matches if gaz.
 */
static void load_group(struct nf_ner_work *w, size_t g, int gaz)
{
	w->info_first = w->sent_first[g];
	w->info_end = w->sent_first[g + 1];
	if (!w->info_whole)
		w->info_base = w->info_first;
	fill_cache(w);
	mark_headline(w);
	if (gaz)
		mark_gazetteer(w);
}

void nf_ner_load_sentence(struct nf_ner_work *w, size_t g)
{
	if (!w->info_whole) {
		load_group(w, g, 1);
		return;
	}
	w->info_first = w->sent_first[g];
	w->info_end = w->sent_first[g + 1];
}

int nf_ner_prepare(struct nf_ner_work *w, const struct nf_ner_res *res,
		   struct nf_sentsplit *ss, const char *text, size_t len,
		   const struct nf_span *sents, size_t nsents)
{
	size_t g, most;

	w->text = text;
	w->res = *res;
	w->info_base = w->info_first = w->info_end = 0;
	if (!sents && ss) {	/* first, so its scratch is gone before ours grows */
		if (nf_sentsplit_run(ss, text, len) < 0)
			return -1;
		sents = ss->spans;
		nsents = ss->nspans;
	}
	if (!res->toks && nf_tokenize(&w->own, text, len, res->abbrev) < 0)
		return -1;
	w->toks = res->toks ? *res->toks : w->own;	/* a view: no copy of the layer */
	if (reserve_labels(w, w->toks.n + 1) < 0)
		return -1;
	start_cache(w, res);
	if (assign_sentences(w, sents, nsents) < 0)
		return -1;
	most = longest_sentence(w);
	w->info_whole = w->toks.n <= w->whole_text;
	if (reserve_info(w, (w->info_whole ? w->toks.n : most) + 1) < 0 ||
	    reserve_decoding(w, most) < 0 || stats_start(w) < 0)
		return -1;
	w->regime = case_regime(text, len);
	for (g = 0; g < w->nsents; g++) {
		load_group(w, g, w->info_whole);
		count_casing(w);
	}
	return 0;
}
