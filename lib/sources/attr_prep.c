/*
 * Getting a text ready for attribution extraction (attr.h): tokens with
 * their shape, word hash, cue-word strength, sentence and quotation.  Done
 * once per record; every later decision reads these arrays.
 */
#include <stdlib.h>
#include <string.h>

#include "attr.h"
#include "buf.h"
#include "data.h"
#include "hash.h"
#include "uchar.h"

void nf_attr_work_release(struct nf_attr_work *w)
{
	nf_tokens_release(&w->raw);
	free(w->t);
	free(w->syn);
	free(w->synof);
	free(w->quotes);
	free(w->qof);
	free(w->marks);
	free(w->found);
	free(w->tag);
	free(w->ptok);
	nf_pos_memo_free(w->pmemo);
	free(w->ptag);
	free(w->phead);
	free(w->prel);
	free(w->pdepth);
	free(w->porder);
	nf_dep_work_release(&w->dep);
	if (w->openers_ready) {
		nf_lexicon_release(&w->openers);
		nf_lexicon_release(&w->nouns);
	}
	free(w->words);
	free(w->words_bits);
	memset(w, 0, sizeof(*w));
}

/* Hash of s[0..n) with ASCII letters lower-cased (as nf_pos_word_hash). */
static uint64_t word_hash(const char *s, size_t n)
{
	return nf_fnv1a_lower_from(nf_feat(1), s, n);
}

static int is3(const char *s, size_t n, unsigned char c)
{
	return n == 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
	       (unsigned char)s[2] == c;
}

/* Shape of a punctuation token, or -1 if s[0..n) is not one we know. */
static int punct_shape(const char *s, size_t n)
{
	if (n == 1) {
		switch (s[0]) {
		case ',': return NF_SH_COMMA;
		case '.': case '!': case '?': return NF_SH_STOP;
		case ':': case ';': return NF_SH_COLON;
		case '-': return NF_SH_DASH;
		case '(': case ')': case '[': case ']': return NF_SH_PAREN;
		case '"': return NF_SH_OPENQ;	/* direction settled later */
		default: return -1;
		}
	}
	if (is3(s, n, 0x9C) || is3(s, n, 0x98))
		return NF_SH_OPENQ;
	if (is3(s, n, 0x9D))
		return NF_SH_CLOSEQ;
	if (is3(s, n, 0x93) || is3(s, n, 0x94))
		return NF_SH_DASH;
	if (is3(s, n, 0xA6) || (n > 1 && s[0] == '.' && s[1] == '.'))
		return NF_SH_STOP;
	if (n == 2 && s[0] == '\'' && s[1] == '\'')
		return NF_SH_OPENQ;	/* '' typed for a quote mark: direction settled later */
	if (n == 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xAB)
		return NF_SH_OPENQ;
	if (n == 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xBB)
		return NF_SH_CLOSEQ;
	return -1;
}

static uint8_t shape_of(const char *s, size_t n)
{
	int32_t cp;
	size_t i, k;
	int upper = 0, lower = 0, p = punct_shape(s, n);

	if (p >= 0)
		return (uint8_t)p;
	nf_decode(s, n, 0, &cp);
	if (nf_is_digit(cp))
		return NF_SH_DIGIT;
	if (!nf_is_alpha(cp))
		return NF_SH_OTHER;
	if (!nf_is_upper(cp))
		return NF_SH_LOWER;
	for (i = 0; i < n && i < 8; i += k) {
		k = nf_decode(s, n, i, &cp);
		upper += nf_is_upper(cp);
		lower += nf_is_lower(cp);
	}
	return upper > 1 && !lower ? NF_SH_UPPER : NF_SH_CAP;
}

/*
 * Room for n tokens (and their cue tags).  The arrays grow by half again
 * as the windows of a long text are copied (nf_attr_prepare): the room
 * not yet written is never touched, so it costs address space, not memory.
 */
static int grow(struct nf_attr_work *w, size_t n)
{
	struct nf_attr_tok *t;
	uint8_t *g;

	if (n <= w->cap && n <= w->tag_cap)
		return 0;
	if (n <= w->cap)
		n = w->cap;	/* only the tags, freed by nf_attr_work_trim */
	else if (w->cap && n < w->cap + w->cap / 2)
		n = w->cap + w->cap / 2;
	t = realloc(w->t, n * sizeof(*t));
	if (!t)
		return -1;
	w->t = t;
	w->cap = n;
	if (n <= w->tag_cap)
		return 0;
	g = realloc(w->tag, n);
	if (!g)
		return -1;
	w->tag = g;
	w->tag_cap = n;
	return 0;
}

/* Sentence index per token, from byte spans (or one sentence if none). */
static void mark_sentences(struct nf_attr_work *w, const struct nf_span *sents,
			   size_t nsents)
{
	size_t i, s = 0;

	for (i = 0; i < w->n; i++) {
		while (s + 1 < nsents && w->t[i].a >= sents[s].end)
			s++;
		w->t[i].sent = (uint32_t)s;
		if (i == 0 || w->t[i - 1].sent != w->t[i].sent)
			w->t[i].flags |= NF_TF_SENT;
	}
	w->nsents = w->n ? w->t[w->n - 1].sent + 1 : 0;
}

/*
 * A per-token index, tokens t[0..n] (the end too) set to NF_ATTR_NONE, in
 * *v (capacity *cap).  Returns 0 or -1 (ENOMEM).
 */
int nf_attr_token_index(const struct nf_attr_work *w, uint32_t **v, size_t *cap)
{
	if (nf_grow((void **)v, cap, w->n + 1, sizeof(**v)) < 0)
		return -1;
	memset(*v, 0xFF, (w->n + 1) * sizeof(**v));
	return 0;
}

/*
 * Closes the quotation opened at token o with the mark at c (the first of
 * a record makes the tokens' quotation index).  Returns 0 or -1 (ENOMEM).
 */
static int close_quote(struct nf_attr_work *w, size_t o, size_t c)
{
	uint32_t q = (uint32_t)w->nquotes;
	size_t k;

	if ((w->nquotes == 0 && nf_attr_token_index(w, &w->qof, &w->qof_cap) < 0) ||
	    nf_grow((void **)&w->quotes, &w->quotes_cap, w->nquotes + 1, sizeof(*w->quotes)) < 0)
		return -1;
	w->quotes[w->nquotes].open = (uint32_t)o;
	w->quotes[w->nquotes++].close = (uint32_t)c;
	for (k = o; k <= c; k++) {
		w->qof[k] = q;
		if (k > o && k < c)
			w->t[k].flags |= NF_TF_INQ;
	}
	return 0;
}

/* A quote mark that opens and closes alike: " or ''. */
static int straight_quote(const char *text, const struct nf_attr_tok *t)
{
	return (t->b - t->a == 1 && text[t->a] == '"') ||
	       (t->b - t->a == 2 && text[t->a] == '\'' && text[t->a + 1] == '\'');
}

/* A single opening quote mark ‘ (U+2018). */
static int single_open(const char *text, const struct nf_attr_tok *t)
{
	return t->b - t->a == 3 && (unsigned char)text[t->a] == 0xE2 &&
	       (unsigned char)text[t->a + 1] == 0x80 && (unsigned char)text[t->a + 2] == 0x98;
}

/*
 * Pairs quote marks within each paragraph: curly ones by their shape,
 * straight ones by alternation.  An unclosed quotation is left unmarked.
 * A ‘ inside a double quotation opens a quotation within it, whose closing
 * ’ is an apostrophe: it is left unpaired, so that the outer quotation
 * still ends at its own closing mark (“... ‘except as for punishment.’”).
 */
static int mark_quotes(struct nf_attr_work *w, const char *text)
{
	size_t i, open = (size_t)-1;

	for (i = 0; i < w->n; i++) {
		struct nf_attr_tok *t = &w->t[i];
		if (t->flags & NF_TF_PARA)
			open = (size_t)-1;
		if (open != (size_t)-1 && single_open(text, t) && !single_open(text, &w->t[open]))
			continue;
		if (t->shape == NF_SH_OPENQ && (!straight_quote(text, t) || open == (size_t)-1)) {
			open = i;
		} else if ((t->shape == NF_SH_CLOSEQ || t->shape == NF_SH_OPENQ) &&
			   open != (size_t)-1) {
			t->shape = NF_SH_CLOSEQ;
			if (close_quote(w, open, i) < 0)
				return -1;
			open = (size_t)-1;
		}
	}
	return 0;
}

/*
 * Counts of commas, quote marks and stops, for span features: per block
 * of 64 tokens, the counts before it and a bit per token that is one
 * (nf_attr_marks_in).  Also makes t[n], the end of the text.  Returns 0
 * or -1 (ENOMEM).
 */
static int count_marks(struct nf_attr_work *w)
{
	uint32_t c[3] = { 0, 0, 0 };
	struct nf_attr_marks *m = NULL;
	size_t i, k;

	memset(&w->t[w->n], 0, sizeof(w->t[w->n]));
	w->t[w->n].shape = NF_SH_OTHER;
	if (nf_grow((void **)&w->marks, &w->marks_cap, w->n / 64 + 1, sizeof(*w->marks)) < 0)
		return -1;
	for (i = 0; i <= w->n; i++) {
		unsigned sh = w->t[i].shape;
		int kind = sh == NF_SH_COMMA ? NF_MK_COMMA :
			   sh == NF_SH_OPENQ || sh == NF_SH_CLOSEQ ? NF_MK_QUOTE :
			   sh == NF_SH_STOP ? NF_MK_STOP : -1;
		if (i % 64 == 0) {
			m = &w->marks[i / 64];
			memset(m, 0, sizeof(*m));
			for (k = 0; k < 3; k++)
				m->before[k] = c[k];
		}
		if (i == w->n || kind < 0)
			continue;
		m->bits[kind] |= UINT64_C(1) << (i % 64);
		c[kind]++;
	}
	return 0;
}

/*
 * The cue list, the clause openers and the nominal cues are looked up for every token, so
 * they are copied into one small table by word hash (the hash a token's
 * word has: ASCII letters lower-cased, as both lists compare), where a
 * lookup is one probe of a table that stays in cache instead of hashing
 * the word again and probing two lists.
 */
static struct nf_attr_wordent *word_slot(struct nf_attr_wordent *t, size_t mask, uint64_t h)
{
	size_t i = (size_t)(h ^ h >> 29) & mask;

	while (t[i].used && t[i].w != h)
		i = (i + 1) & mask;
	return &t[i];
}

/* The bit of word hash h in the presence bits (other bits of h than the slot's). */
static size_t word_bit(uint64_t h)
{
	return (size_t)(h >> 40) % NF_ATTR_WORDBITS;
}

struct wordfill {
	struct nf_attr_wordent *t;
	uint64_t *bits;
	size_t mask;
	uint8_t flag;		/* filling from a word list (its NF_TF_*), 0: the cue list */
};

static void word_put(void *arg, const char *s, size_t n, int value)
{
	struct wordfill *f = arg;
	uint64_t h = word_hash(s, n);
	struct nf_attr_wordent *e = word_slot(f->t, f->mask, h);

	f->bits[word_bit(h) / 64] |= 1ULL << (word_bit(h) % 64);
	if (!e->used) {
		e->used = 1;
		e->w = h;
		e->lex = -1;
		e->flags = 0;
	}
	if (!f->flag)
		e->lex = value;
	else if (value >= 0)
		e->flags |= f->flag;
}

/* (Re)builds w->words from cues, w->openers and w->nouns.  Returns 0 or -1 (ENOMEM). */
static int build_words(struct nf_attr_work *w, const struct nf_lexicon *cues)
{
	size_t n = 64, need = 2 * (cues->count + w->openers.count + w->nouns.count);
	struct wordfill f;

	while (n < need)
		n *= 2;
	f.t = calloc(n, sizeof(*f.t));
	f.bits = calloc(NF_ATTR_WORDBITS / 64, sizeof(*f.bits));
	if (!f.t || !f.bits) {
		free(f.t);
		free(f.bits);
		return -1;
	}
	f.mask = n - 1;
	f.flag = 0;
	nf_lexicon_foreach(cues, word_put, &f);
	f.flag = NF_TF_BREAK;
	nf_lexicon_foreach(&w->openers, word_put, &f);
	f.flag = NF_TF_NOUN;
	nf_lexicon_foreach(&w->nouns, word_put, &f);
	free(w->words);
	free(w->words_bits);
	w->words = f.t;
	w->words_bits = f.bits;
	w->words_mask = f.mask;
	w->words_cues = cues;
	return 0;
}

/* Cue strength and clause-opener flag of the word with hash h (-1, 0: neither). */
static const struct nf_attr_wordent *cue_strength(const struct nf_attr_work *w, uint64_t h)
{
	static const struct nf_attr_wordent none = { 0, -1, 0, 0 };
	const struct nf_attr_wordent *e;

	if (!(w->words_bits[word_bit(h) / 64] >> (word_bit(h) % 64) & 1))
		return &none;	/* most words: neither, without touching the table */
	e = word_slot(w->words, w->words_mask, h);
	return e->used ? e : &none;
}

/* Appends the token text[a..b) to w->t (room was made by the caller). */
static void add_tok(struct nf_attr_work *w, const char *text, size_t a, size_t b,
		    unsigned nl)
{
	struct nf_attr_tok *t = &w->t[w->n++];
	uint64_t h = word_hash(text + a, b - a);
	const struct nf_attr_wordent *m = cue_strength(w, h);
	int lx = m->lex;

	t->a = a;
	t->b = b;
	t->w = h;
	t->shape = shape_of(text + a, b - a);
	t->pos = NF_POS_NTAGS;
	t->lex = (int16_t)(lx > 9 ? 9 : lx);
	t->flags = (nl >= 2 ? NF_TF_PARA : 0) | (nl >= 1 ? NF_TF_LINE : 0) | m->flags;
	t->rel = NF_DEP_NRELS;
}

/*
 * Where a footnote marker is glued to a word ("said.[1]" comes out of the
 * tokenizer as "said.[1" "]"), the offset of its '[' in r, else 0.
 */
static size_t glued_marker(const char *text, const struct nf_token *r,
			   const struct nf_token *next)
{
	size_t k = r->b;

	if (!next || next->b - next->a != 1 || text[next->a] != ']' || next->a != r->b)
		return 0;
	while (k > r->a && text[k - 1] >= '0' && text[k - 1] <= '9')
		k--;
	return k < r->b && k > r->a + 1 && text[k - 1] == '[' ? k - 1 : 0;
}

/* Are r and next the two halves of a '' typed for a quote mark? */
static int double_apostrophe(const char *text, const struct nf_token *r,
			     const struct nf_token *next)
{
	return r->b - r->a == 1 && next->b - next->a == 1 && next->a == r->b &&
	       text[r->a] == '\'' && text[next->a] == '\'';
}

/*
 * Appends the tokens raw (offsets into text), splitting glued footnote
 * markers ("said" "." "[" "1") and joining '' back into one quote mark.
 */
static int copy_tokens(struct nf_attr_work *w, const struct nf_tokens *raw, const char *text)
{
	size_t i, m, glued = 0;

	for (i = 0; i + 1 < raw->n; i++)
		glued += glued_marker(text, &raw->v[i], &raw->v[i + 1]) != 0;
	if (grow(w, w->n + raw->n + 3 * glued + 1) < 0)
		return -1;
	for (i = 0; i < raw->n; i++) {
		const struct nf_token *r = &raw->v[i];
		m = i + 1 < raw->n ? glued_marker(text, r, &raw->v[i + 1]) : 0;
		if (i + 1 < raw->n && double_apostrophe(text, r, &raw->v[i + 1])) {
			add_tok(w, text, r->a, raw->v[++i].b, r->nl);
			continue;
		}
		if (!m) {
			add_tok(w, text, r->a, r->b, r->nl);
			continue;
		}
		if (text[m - 1] == '.' && m - 1 > r->a) {
			add_tok(w, text, r->a, m - 1, r->nl);
			add_tok(w, text, m - 1, m, 0);
		} else {
			add_tok(w, text, r->a, m, r->nl);
		}
		add_tok(w, text, m, m + 1, 0);
		add_tok(w, text, m + 1, r->b, 0);
	}
	return 0;
}

/*
 * nf_attr_prepare tokenizes a window of about this many bytes at a time,
 * so that only one window's raw tokens (24 bytes each) are held beside
 * the copies, not the whole text's (48 MB more on 4 MB of short lines).
 */
enum { WINDOW = 1 << 16 };

static int ascii_blank(unsigned char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/*
 * Where the window from p ends: the first ASCII white space at or after
 * p + WINDOW right after a printable ASCII byte (the end of a token, so
 * that the gap and its newlines go whole to the next window, and no
 * token or glued pair is cut), or len.
 */
static size_t window_end(const char *text, size_t len, size_t p)
{
	size_t q;

	if (len - p <= WINDOW)
		return len;
	for (q = p + WINDOW; q < len; q++)
		if (ascii_blank((unsigned char)text[q]) && (unsigned char)text[q - 1] > ' ' &&
		    (unsigned char)text[q - 1] < 0x7F)
			return q;
	return len;
}

/*
 * A text of several windows, up to this many bytes (the default
 * --max-record-bytes), gets room for all its tokens at once.
 */
enum { RESERVE_MAX = 64 << 20 };

/*
 * Tokenizes text[0..len) window by window into w->t.  A text of several
 * windows (at most RESERVE_MAX bytes) gets room for len + 1 tokens at
 * once (a token takes a byte at least): only the room written is ever
 * touched, and the array does not grow through the heap by copies that
 * leave their old blocks resident (9 MiB of peak on 4 MB of "[1] ").
 * Returns 0 or -1 (ENOMEM).
 */
static int tokenize_windows(struct nf_attr_work *w, const struct nf_lexicon *abbrev,
			    const char *text, size_t len)
{
	size_t p = 0, q, i;

	if (len > WINDOW && len <= RESERVE_MAX && grow(w, len + 1) < 0)
		return -1;
	while (p < len) {
		q = window_end(text, len, p);
		if (nf_tokenize(&w->raw, text + p, q - p, abbrev) < 0)
			return -1;
		for (i = 0; i < w->raw.n; i++) {
			w->raw.v[i].a += p;
			w->raw.v[i].b += p;
		}
		if (copy_tokens(w, &w->raw, text) < 0)
			return -1;
		p = q;
	}
	return 0;
}

/* Flags the tokens of each footnote marker "[12]" (NF_TF_MARK). */
static void mark_markers(struct nf_attr_work *w, const char *text, size_t len)
{
	size_t i, k, n;
	long num;

	for (i = 0; i < w->n; i++) {
		if (text[w->t[i].a] != '[' ||
		    !(n = nf_attr_marker_len(text + w->t[i].a, len - w->t[i].a, &num)))
			continue;
		for (k = i; k < w->n && w->t[k].b <= w->t[i].a + n; k++)
			w->t[k].flags |= NF_TF_MARK;
	}
}

/* The built-in clause openers and nominal cues, once per work area.  Returns 0 or -1 (ENOMEM). */
static int load_openers(struct nf_attr_work *w)
{
	size_t line = 0;

	nf_lexicon_init(&w->openers);
	nf_lexicon_init(&w->nouns);
	if (nf_lexicon_load(&w->openers, (const char *)nf_data_clause_openers,
			    nf_data_clause_openers_len, NULL, &line) < 0 ||
	    nf_lexicon_load(&w->nouns, (const char *)nf_data_nominal_cues,
			    nf_data_nominal_cues_len, NULL, &line) < 0) {
		nf_lexicon_release(&w->openers);
		nf_lexicon_release(&w->nouns);
		return -1;
	}
	w->openers_ready = 1;
	return 0;
}

/* Gets w ready for a text of len bytes.  Returns 0 or -1. */
static int begin(struct nf_attr_work *w, const struct nf_lexicon *cues, size_t len)
{
	w->n = 0;
	w->nfound = 0;
	w->nsyn = 0;
	w->nquotes = 0;
	if (len > NF_ATTR_MAX_TEXT)
		return -1;
	if (!w->openers_ready && load_openers(w) < 0)
		return -1;
	if (w->words_cues != cues && build_words(w, cues) < 0)
		return -1;
	return 0;
}

/* Marks sentences, markers, quotations and counts on the copied tokens.  Returns 0 or -1. */
static int finish(struct nf_attr_work *w, const char *text, size_t len,
		  const struct nf_span *sents, size_t nsents)
{
	mark_sentences(w, sents, nsents);
	mark_markers(w, text, len);
	return mark_quotes(w, text) < 0 || count_marks(w) < 0 ? -1 : 0;
}

/*
 * Scratch sized by a text's tokens (the raw tokens of nf_attr_prepare,
 * the parse, the cue tags) is kept between texts up to this many.
 */
enum { KEEP_RAW = 1 << 16 };

void nf_attr_work_trim(struct nf_attr_work *w)
{
	if (w->syn_cap > KEEP_RAW || w->synof_cap > KEEP_RAW) {
		free(w->syn);
		free(w->synof);
		w->syn = NULL;
		w->synof = NULL;
		w->nsyn = w->syn_cap = w->synof_cap = 0;	/* every token unparsed */
	}
	if (w->tag_cap > KEEP_RAW) {
		free(w->tag);
		w->tag = NULL;
		w->tag_cap = 0;
	}
}

int nf_attr_prepare(struct nf_attr_work *w, const struct nf_lexicon *cues,
		    const struct nf_lexicon *abbrev, const char *text, size_t len,
		    const struct nf_span *sents, size_t nsents)
{
	int rc = begin(w, cues, len);

	if (rc == 0 && (rc = tokenize_windows(w, abbrev, text, len)) == 0) {
		if (grow(w, w->n + 1) < 0)	/* count_marks' t[n], even with no token */
			rc = -1;
		else
			rc = finish(w, text, len, sents, nsents);
	}
	if (w->raw.cap > KEEP_RAW)	/* a window holding megabytes: not worth keeping */
		nf_tokens_release(&w->raw);
	return rc;
}

int nf_attr_prepare_tokens(struct nf_attr_work *w, const struct nf_lexicon *cues,
			   const struct nf_tokens *toks, const char *text, size_t len,
			   const struct nf_span *sents, size_t nsents)
{
	if (begin(w, cues, len) < 0 || copy_tokens(w, toks, text) < 0)
		return -1;
	return finish(w, text, len, sents, nsents);
}
