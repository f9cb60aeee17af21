/*
 * The candidates of hedge detection: the cue word list and the
 * multi-word patterns (see hedge.h and the headers of data/hedge-*.txt).
 * Everything is parsed and compiled once, when a model is loaded; the
 * scanner then asks one hash probe per word, most of them answered "no"
 * by a bit filter without touching the table.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "hash.h"
#include "hedge.h"

const char *const nf_hedge_kind_names[NF_HEDGE_NKINDS + 1] = {
	"epistemic", "speculative", "doxastic", "reportative", "weasel",
	"conditional", "investigative", NULL
};

/* Limits that keep a pathological pattern from stalling a record. */
enum { MATCH_LIMIT = 20000, DEPTH_LIMIT = 2000, MAX_FIELDS = 8, MAX_TRIGGERS = 32 };

/* One line of a data file, cut at tabs. */
struct line {
	const char *f[MAX_FIELDS];
	size_t n[MAX_FIELDS];
	size_t nf;
};

/* A place to report errors: the source's name, line and the buffer. */
struct errctx {
	const char *name;
	size_t line;
	struct nf_error *err;
};

static int lex_fail(struct errctx *e, const char *fmt, const char *arg, size_t n)
{
	char what[160];

	snprintf(what, sizeof(what), fmt, (int)(n < 60 ? n : 60), arg);
	return nf_fail(e->err, NF_EXIT_DATA, "%s:%zu: %s", e->name, e->line, what);
}

static int lex_oom(struct errctx *e)
{
	return nf_fail(e->err, NF_EXIT_SOFTWARE, "out of memory");
}

static void filter_set(struct nf_hedge_lex *lx, uint64_t h)
{
	lx->filter[(h & 0xFFFF) >> 6] |= 1ULL << (h & 63);
}

const struct nf_hedge_entry *nf_hedge_lex_get(const struct nf_hedge_lex *lx,
					      const char *w, size_t n, uint64_t h)
{
	int v;

	if (!(lx->filter[(h & 0xFFFF) >> 6] & (1ULL << (h & 63))))
		return NULL;
	v = nf_lexicon_get(&lx->words, w, n);
	return v < 0 ? NULL : &lx->entries[v];
}

/* Splits src[0..len) at tabs; drops the trailing CR. */
static void cut_line(const char *src, size_t len, struct line *ln)
{
	size_t i, start = 0;

	if (len && src[len - 1] == '\r')
		len--;
	ln->nf = 0;
	for (i = 0; i <= len && ln->nf < MAX_FIELDS; i++) {
		if (i < len && src[i] != '\t')
			continue;
		ln->f[ln->nf] = src + start;
		ln->n[ln->nf++] = i - start;
		start = i + 1;
	}
}

static int is_blank_or_comment(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
		i++;
	return i == n || s[i] == '#';
}

static int parse_kind(const char *s, size_t n)
{
	int k;

	for (k = 0; k < NF_HEDGE_NKINDS; k++)
		if (strlen(nf_hedge_kind_names[k]) == n &&
		    memcmp(nf_hedge_kind_names[k], s, n) == 0)
			return k;
	return -1;
}

/* Options after the kind. */
struct options {
	int always, attribution, consequence;
	uint64_t lemma;
};

static int parse_options(const struct line *ln, struct options *o, struct errctx *e)
{
	size_t i;

	for (i = 2; i < ln->nf; i++) {
		if (ln->n[i] == 6 && memcmp(ln->f[i], "always", 6) == 0)
			o->always = 1;
		else if (ln->n[i] == 11 && memcmp(ln->f[i], "attribution", 11) == 0)
			o->attribution = 1;
		else if (ln->n[i] == 11 && memcmp(ln->f[i], "consequence", 11) == 0)
			o->consequence = 1;
		else if (ln->n[i] > 6 && memcmp(ln->f[i], "lemma=", 6) == 0)
			o->lemma = nf_hedge_hash(ln->f[i] + 6, ln->n[i] - 6);
		else
			return lex_fail(e, "unknown option '%.*s': use always, attribution, "
					"consequence or lemma=WORD",
					ln->f[i], ln->n[i]);
	}
	return 0;
}


/*
 * The entry of word w (lower-cased by the lexicon), created as a bare
 * trigger if absent.  Also files the typographic-apostrophe spelling.
 * Returns its index, or -1 on ENOMEM.
 */
static long entry_of(struct nf_hedge_lex *lx, const char *w, size_t n)
{
	int v = nf_lexicon_get(&lx->words, w, n);
	struct nf_hedge_entry *e;
	char alt[128];
	size_t i, k = 0;

	if (v >= 0)
		return v;
	if (nf_grow((void **)&lx->entries, &lx->entries_cap, lx->nentries + 1,
		 sizeof(*lx->entries)) < 0 ||
	    nf_lexicon_add(&lx->words, w, n, (int)lx->nentries) < 0)
		return -1;
	for (i = 0; i < n && k + 3 < sizeof(alt); i++) {
		if (w[i] == '\'') {
			memcpy(alt + k, "\xE2\x80\x99", 3);
			k += 3;
		} else {
			alt[k++] = w[i];
		}
	}
	if (k != n && i == n && nf_lexicon_add(&lx->words, alt, k, (int)lx->nentries) < 0)
		return -1;
	e = &lx->entries[lx->nentries];
	memset(e, 0, sizeof(*e));
	e->kind = -1;
	e->lemma = nf_hedge_hash(w, n);
	filter_set(lx, e->lemma);
	return (long)lx->nentries++;
}

/* A cue word is what the scanner sees as one word. */
static int is_one_word(const char *w, size_t n)
{
	return n > 0 && nf_hedge_word_end(w, n, 0) == n;
}

static int load_cue(struct nf_hedge_lex *lx, const struct line *ln, struct errctx *e)
{
	struct options o = { 0, 0, 0, 0 };
	int kind;
	long v;

	if (ln->nf < 2)
		return lex_fail(e, "'%.*s' has no kind: write WORD<TAB>KIND", ln->f[0], ln->n[0]);
	if (!is_one_word(ln->f[0], ln->n[0]))
		return lex_fail(e, "'%.*s' is not one word: put it in the patterns",
				ln->f[0], ln->n[0]);
	if ((kind = parse_kind(ln->f[1], ln->n[1])) < 0)
		return lex_fail(e, "unknown kind '%.*s'", ln->f[1], ln->n[1]);
	o.lemma = nf_hedge_hash(ln->f[0], ln->n[0]);
	if (parse_options(ln, &o, e) < 0)
		return -1;
	if ((v = entry_of(lx, ln->f[0], ln->n[0])) < 0)
		return lex_oom(e);
	if (lx->entries[v].kind >= 0)
		return lex_fail(e, "'%.*s' is listed twice", ln->f[0], ln->n[0]);
	lx->entries[v].kind = kind;
	lx->entries[v].always = o.always;
	lx->entries[v].attribution = o.attribution;
	lx->entries[v].consequence = o.consequence;
	lx->entries[v].lemma = o.lemma;
	return 0;
}

static int for_each_line(struct nf_hedge_lex *lx, const char *src, size_t len,
			 struct errctx *e,
			 int (*fn)(struct nf_hedge_lex *, const struct line *, struct errctx *))
{
	size_t i = 0, j;
	struct line ln;

	e->line = 0;
	while (i < len) {
		const char *nl = memchr(src + i, '\n', len - i);
		j = nl ? (size_t)(nl - src) : len;
		e->line++;
		if (!is_blank_or_comment(src + i, j - i)) {
			cut_line(src + i, j - i, &ln);
			if (fn(lx, &ln, e) < 0)
				return -1;
		}
		i = j + 1;
	}
	return 0;
}

/* ------------------------------------------------------------- patterns */

/* Length of the word at the start of s (letters, digits, apostrophes). */
static size_t literal_word(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
			 (s[i] >= '0' && s[i] <= '9') || s[i] == '\''))
		i++;
	return i;
}

/* May this follow a trigger word, so that the word is whole? */
static int ends_word(const char *s, size_t n)
{
	if (n == 0)
		return 1;
	if (strchr(" ,/\\|)", s[0]))
		return 1;
	return n >= 3 && s[0] == '(' && s[1] == '?' && (s[2] == '=' || s[2] == '!');
}

/* Index just past the group that opens at s[0] == '(', or 0 if unclosed. */
static size_t group_end(const char *s, size_t n)
{
	size_t i, depth = 0;
	int in_class = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '\\') {
			i++;
		} else if (in_class) {
			in_class = s[i] != ']';
		} else if (s[i] == '[') {
			in_class = 1;
		} else if (s[i] == '(') {
			depth++;
		} else if (s[i] == ')' && --depth == 0) {
			return i + 1;
		}
	}
	return 0;
}

struct triggers {
	const char *w[MAX_TRIGGERS];
	size_t n[MAX_TRIGGERS];
	size_t count;
};

static int add_trigger(struct triggers *t, const char *s, size_t n)
{
	size_t w = literal_word(s, n);

	if (w == 0 || !ends_word(s + w, n - w) || t->count == MAX_TRIGGERS)
		return -1;
	t->w[t->count] = s;
	t->n[t->count++] = w;
	return 0;
}

/* Length of the lookbehind assertions (?<=...) (?<!...) that start s. */
static size_t lookbehinds(const char *s, size_t n)
{
	size_t i = 0, k;

	while (n - i >= 4 && s[i] == '(' && s[i + 1] == '?' && s[i + 2] == '<' &&
	       (s[i + 3] == '=' || s[i + 3] == '!') && (k = group_end(s + i, n - i)) > 0)
		i += k;
	return i;
}

/*
 * The words that start a pattern (after any lookbehinds): a leading word,
 * or the leading words of the alternatives of a leading (?:...) group.
 * Returns 0 or -1.
 */
static int find_triggers(const char *s, size_t n, struct triggers *t)
{
	size_t end, i, start, depth = 0;
	int in_class = 0;

	t->count = 0;
	i = lookbehinds(s, n);
	s += i;
	n -= i;
	if (n < 4 || memcmp(s, "(?:", 3) != 0)
		return add_trigger(t, s, n);
	if (!(end = group_end(s, n)) || !ends_word(s + end, n - end) ||
	    (end < n && s[end] == '|'))
		return -1;
	for (i = start = 3; i < end; i++) {
		if (s[i] == '\\') {
			i++;
		} else if (in_class) {
			in_class = s[i] != ']';
		} else if (s[i] == '[') {
			in_class = 1;
		} else if (s[i] == '(') {
			depth++;
		} else if (s[i] == ')' && depth > 0) {
			depth--;
		} else if ((s[i] == '|' || i == end - 1) && depth == 0) {
			if (add_trigger(t, s + start, i - start) < 0)
				return -1;
			start = i + 1;
		}
	}
	return 0;
}

/*
 * The pattern as compiled: spaces (outside classes) match white space,
 * and the match must end at the end of a word.
 */
static int expand_pattern(const char *s, size_t n, struct nf_buf *out)
{
	size_t i;
	int in_class = 0, rc = nf_buf_adds(out, "(?:");

	for (i = 0; i < n && rc == 0; i++) {
		if (s[i] == '\\' && i + 1 < n) {
			rc = nf_buf_add(out, s + i, 2);
			i++;
			continue;
		}
		if (in_class)
			in_class = s[i] != ']';
		else if (s[i] == '[')
			in_class = 1;
		rc = s[i] == ' ' && !in_class ? nf_buf_adds(out, "\\s+") : nf_buf_addc(out, s[i]);
	}
	return rc < 0 ? -1 : nf_buf_adds(out, ")(?![\\w'\xE2\x80\x99])");
}

static int compile_pattern(struct nf_hedge_lex *lx, const struct line *ln,
			   struct nf_hedge_pattern *p, struct errctx *e)
{
	struct nf_buf src = NF_BUF_INIT;
	PCRE2_UCHAR msg[120];
	PCRE2_SIZE off;
	int code;

	if (expand_pattern(ln->f[0], ln->n[0], &src) < 0)
		return lex_oom(e);
	p->re = pcre2_compile((PCRE2_SPTR)src.data, src.len,
			      PCRE2_ANCHORED | PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS,
			      &code, &off, NULL);
	nf_buf_release(&src);
	if (!p->re) {
		pcre2_get_error_message(code, msg, sizeof(msg));
		return lex_fail(e, "bad pattern: %.*s", (const char *)msg,
				strlen((const char *)msg));
	}
	/* Without JIT (an unsupported CPU) the interpreter is used. */
	(void)pcre2_jit_compile(p->re, PCRE2_JIT_COMPLETE);
	(void)lx;
	return 0;
}

/* Pairs (entry, pattern) collected while loading, sorted at the end. */
struct pair {
	uint32_t entry, pat;
};

struct pairs {
	struct pair *v;
	size_t n, cap;
};

static int load_pattern_line(struct nf_hedge_lex *lx, const struct line *ln,
			     struct errctx *e, struct pairs *pp)
{
	struct nf_hedge_pattern *p;
	struct options o = { 0, 0, 0, 0 };
	struct triggers t;
	size_t i;
	long v;

	if (ln->nf < 2)
		return lex_fail(e, "'%.*s' has no kind: write REGEX<TAB>KIND", ln->f[0], ln->n[0]);
	if (find_triggers(ln->f[0], ln->n[0], &t) < 0)
		return lex_fail(e, "'%.*s' does not begin with a whole word or (?:word|word)",
				ln->f[0], ln->n[0]);
	if (nf_grow((void **)&lx->pats, &lx->pats_cap, lx->npats + 1, sizeof(*lx->pats)) < 0 ||
	    nf_grow((void **)&pp->v, &pp->cap, pp->n + t.count, sizeof(*pp->v)) < 0)
		return lex_oom(e);
	p = &lx->pats[lx->npats];
	memset(p, 0, sizeof(*p));
	if ((p->kind = parse_kind(ln->f[1], ln->n[1])) < 0)
		return lex_fail(e, "unknown kind '%.*s'", ln->f[1], ln->n[1]);
	if (parse_options(ln, &o, e) < 0 || compile_pattern(lx, ln, p, e) < 0)
		return -1;
	p->always = o.always;
	p->attribution = o.attribution;
	p->consequence = o.consequence;
	p->id = nf_hedge_hash(ln->f[0], ln->n[0]);
	lx->npats++;
	for (i = 0; i < t.count; i++) {
		if ((v = entry_of(lx, t.w[i], t.n[i])) < 0)
			return lex_oom(e);
		pp->v[pp->n].entry = (uint32_t)v;
		pp->v[pp->n++].pat = (uint32_t)(lx->npats - 1);
	}
	return 0;
}

static int cmp_pair(const void *x, const void *y)
{
	const struct pair *a = x, *b = y;

	if (a->entry != b->entry)
		return a->entry < b->entry ? -1 : 1;
	return a->pat < b->pat ? -1 : a->pat > b->pat;
}

/* Files each trigger's patterns as one run of pat_ids. */
static int link_triggers(struct nf_hedge_lex *lx, struct pairs *pp)
{
	size_t i;
	struct nf_hedge_entry *e;

	if (pp->n == 0)
		return 0;
	qsort(pp->v, pp->n, sizeof(*pp->v), cmp_pair);
	lx->pat_ids = malloc(pp->n * sizeof(*lx->pat_ids));
	if (!lx->pat_ids)
		return -1;
	for (i = 0; i < pp->n; i++) {
		if (i > 0 && pp->v[i].entry == pp->v[i - 1].entry &&
		    pp->v[i].pat == pp->v[i - 1].pat)
			continue;
		e = &lx->entries[pp->v[i].entry];
		if (e->pat_n == 0)
			e->pat_off = (uint32_t)lx->npat_ids;
		e->pat_n++;
		lx->pat_ids[lx->npat_ids++] = pp->v[i].pat;
	}
	return 0;
}

static int load_patterns(struct nf_hedge_lex *lx, const char *src, size_t len,
			 struct errctx *e)
{
	struct pairs pp = { NULL, 0, 0 };
	size_t i = 0, j;
	struct line ln;
	int rc = 0;

	e->line = 0;
	while (i < len && rc == 0) {
		const char *nl = memchr(src + i, '\n', len - i);
		j = nl ? (size_t)(nl - src) : len;
		e->line++;
		if (!is_blank_or_comment(src + i, j - i)) {
			cut_line(src + i, j - i, &ln);
			rc = load_pattern_line(lx, &ln, e, &pp);
		}
		i = j + 1;
	}
	if (rc == 0 && link_triggers(lx, &pp) < 0)
		rc = lex_oom(e);
	free(pp.v);
	return rc;
}

int nf_hedge_lex_load(struct nf_hedge_lex *lx, const char *cues, size_t cues_len,
		      const char *cues_name, const char *pats, size_t pats_len,
		      const char *pats_name, struct nf_error *err)
{
	struct errctx e = { cues_name, 0, err };

	memset(lx, 0, sizeof(*lx));
	nf_lexicon_init(&lx->words);
	nf_hedge_classes_init(&lx->classes);
	lx->mctx = pcre2_match_context_create(NULL);
	if (!lx->mctx)
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	pcre2_set_match_limit(lx->mctx, MATCH_LIMIT);
	pcre2_set_depth_limit(lx->mctx, DEPTH_LIMIT);
	if (for_each_line(lx, cues, cues_len, &e, load_cue) < 0)
		return -1;
	e.name = pats_name;
	return load_patterns(lx, pats, pats_len, &e);
}

void nf_hedge_lex_release(struct nf_hedge_lex *lx)
{
	size_t i;

	for (i = 0; i < lx->npats; i++)
		pcre2_code_free(lx->pats[i].re);
	free(lx->pats);
	free(lx->entries);
	free(lx->pat_ids);
	pcre2_match_context_free(lx->mctx);
	nf_lexicon_release(&lx->words);
	memset(lx, 0, sizeof(*lx));
}
