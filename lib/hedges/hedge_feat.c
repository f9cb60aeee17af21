/*
 * Features of a candidate cue for the hedge disambiguator (see hedge.h):
 * the word (or pattern), its lemma and kind, each alone and with the
 * words, word shapes, word classes and punctuation around it, the words a
 * little further off, and what the sentence holds (verbs in the past,
 * years, "if").  The lemma and kind features let a word with little
 * training data lean on its family ("alleges" on "allege"); the
 * neighbour features tell "may" the verb from "May 2026" and "could" of
 * possibility from "could not swim"; the sentence features tell "would"
 * of a condition from "would" of a past habit and, for a modal, "may" of
 * permission ("Under the new rules, drivers may park", "Visitors may
 * enter from Monday") from "may" of possibility ("Prices may rise").
 *
 * Changing a template changes what a weight means: bump
 * NF_HEDGE_FEATURES so that older models are refused.
 */
#include <string.h>

#include "hedge.h"

enum templ {
	T_BIAS = 1, T_W, T_L, T_K, T_W_P1, T_W_N1, T_W_P2P1, T_W_N1N2, T_W_P1N1,
	T_L_P1, T_L_N1, T_L_P2P1, T_L_N1N2, T_K_P1, T_K_N1, T_W_SHAPE, T_W_FIRST,
	T_W_N1SUF, T_W_P1SUF, T_W_N1SHAPE, T_W_P1SHAPE, T_W_NEXTC, T_W_PREVC,
	T_W_QUESTION, T_SUF3, T_PAT, T_W_SH_N1SH, T_L_NEXTC, T_W_N1KIND, T_W_P1KIND,
	T_K_N1KIND, T_K_P1KIND, T_L_BAGL, T_L_BAGR, T_K_P1CLS, T_L_P1N1CLS, T_W_N2CLS,
	T_W_PAST, T_W_YEAR, T_W_COND, T_M_NEXTVCLS, T_M_DEON, T_M_DEON_NV,
	T_M_DEON_P1, T_M_NEXTV
};

/* Stand-ins for the words before the first and after the last. */
enum { BOS = 0x5E5E, EOS = 0x2424 };

/* Word shapes: capitalised, all capitals, digit, lower case, other. */
static uint64_t shape(const char *w, size_t n)
{
	unsigned char c = (unsigned char)w[0];
	size_t i;

	if (c >= '0' && c <= '9')
		return 'D';
	if (c >= 'a' && c <= 'z')
		return 'a';
	if (c < 'A' || c > 'Z')
		return 'o';
	for (i = 1; i < n; i++)
		if (w[i] >= 'a' && w[i] <= 'z')
			return 'C';
	return n > 1 ? 'X' : 'C';
}

/* Hash of the last k bytes of a word, ASCII lower-cased. */
static uint64_t suffix(const char *w, size_t n, size_t k)
{
	return n > k ? nf_hedge_hash(w + n - k, k) : nf_hedge_hash(w, n);
}

static uint64_t f1(enum templ t, uint64_t a)
{
	return nf_feat_u64(nf_feat(t), a);
}

static uint64_t f2(enum templ t, uint64_t a, uint64_t b)
{
	return nf_feat_u64(f1(t, a), b);
}

static uint64_t f3(enum templ t, uint64_t a, uint64_t b, uint64_t c)
{
	return nf_feat_u64(f2(t, a, b), c);
}

/* The context of a candidate, gathered once. */
struct ctx {
	uint64_t w, l, k;		/* word (or words), lemma, kind */
	uint64_t p1, p2, n1, n2;	/* neighbour word hashes */
	uint64_t sh, p1sh, n1sh;	/* shapes */
	uint64_t p1suf, n1suf;		/* 2-byte suffixes of the neighbours */
	uint64_t prevc, nextc;		/* nearest non-space byte outside */
	uint64_t p1kind, n1kind;	/* cue kinds of the neighbours, or none */
	uint64_t p1cls, n1cls, n2cls;	/* word classes of the neighbours */
};

static uint64_t tok_hash(const struct nf_hedge_sent *s, size_t i, int ok, uint64_t none)
{
	return ok ? s->toks[i].h : none;
}

/* The cue kind of a word (a bare trigger or no entry: 99). */
static uint64_t tok_kind(const struct nf_hedge_tok *t)
{
	return t->e && t->e->kind >= 0 ? (uint64_t)t->e->kind : 99;
}

/* The word class of word i of s (hedge_class.c), or none. */
static uint64_t tok_class(const struct nf_hedge_sent *s, const char *text, size_t i, int ok,
			  uint64_t none)
{
	const struct nf_hedge_tok *t;

	if (!ok)
		return none;
	t = &s->toks[i];
	return (uint64_t)nf_hedge_word_class(&s->lex->classes, text + t->a, t->b - t->a, t->h);
}

/* The nearest non-space byte before a (dir < 0) or from b on, classed. */
static uint64_t near_byte(const struct nf_hedge_sent *s, const char *text, size_t at,
			  int dir)
{
	unsigned char c;

	for (;;) {
		if (dir < 0 ? at <= s->a : at >= s->b)
			return dir < 0 ? BOS : EOS;
		c = (unsigned char)text[dir < 0 ? --at : at++];
		if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
			break;
	}
	if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
		return 'w';
	return c >= '0' && c <= '9' ? 'd' : c;
}

static void gather(const struct nf_hedge_sent *s, const char *text,
		   const struct nf_hedge_cand *c, struct ctx *x)
{
	const struct nf_hedge_tok *t = s->toks, *f = &t[c->first];
	size_t i, n = s->ntoks;

	x->w = f->h;
	for (i = c->first + 1; i <= c->last; i++)
		x->w = nf_feat_u64(x->w, t[i].h);
	x->l = c->pat >= 0 ? c->pat_id : c->entry->lemma;
	x->k = (uint64_t)c->kind;
	x->p1 = tok_hash(s, c->first - 1, c->first >= 1, BOS);
	x->p2 = tok_hash(s, c->first - 2, c->first >= 2, BOS);
	x->n1 = tok_hash(s, c->last + 1, c->last + 1 < n, EOS);
	x->n2 = tok_hash(s, c->last + 2, c->last + 2 < n, EOS);
	x->sh = shape(text + f->a, f->b - f->a);
	x->p1sh = c->first >= 1 ? shape(text + t[c->first - 1].a,
					 t[c->first - 1].b - t[c->first - 1].a) : BOS;
	x->n1sh = c->last + 1 < n ? shape(text + t[c->last + 1].a,
					  t[c->last + 1].b - t[c->last + 1].a) : EOS;
	x->p1suf = c->first >= 1 ? suffix(text + t[c->first - 1].a,
					  t[c->first - 1].b - t[c->first - 1].a, 2) : BOS;
	x->n1suf = c->last + 1 < n ? suffix(text + t[c->last + 1].a,
					    t[c->last + 1].b - t[c->last + 1].a, 2) : EOS;
	x->p1kind = c->first >= 1 ? tok_kind(&t[c->first - 1]) : BOS;
	x->n1kind = c->last + 1 < n ? tok_kind(&t[c->last + 1]) : EOS;
	x->prevc = near_byte(s, text, c->a, -1);
	x->nextc = near_byte(s, text, c->b, 1);
	x->p1cls = tok_class(s, text, c->first - 1, c->first >= 1, BOS);
	x->n1cls = tok_class(s, text, c->last + 1, c->last + 1 < n, EOS);
	x->n2cls = tok_class(s, text, c->last + 2, c->last + 2 < n, EOS);
}

static int has_question(struct nf_hedge_sent *s, const char *text)
{
	if (s->question < 0)
		s->question = memchr(text + s->a, '?', s->b - s->a) != NULL;
	return s->question;
}

/*
 * What word i adds to the sentence counts: a verb in the past (class 'e',
 * 'b', 'h' or 'o' of hedge_class.c), a year, a condition ('F').  Quicker
 * than asking the class of every word: no closed-class word of those
 * classes is longer than 7 bytes, and none ends in -ed.
 */
static void word_counts(const struct nf_hedge_sent *s, const char *text, size_t i, int *past,
			int *years, int *conds)
{
	const struct nf_hedge_tok *t = &s->toks[i];
	const char *w = text + t->a;
	size_t n = t->b - t->a;
	int k;

	if (n == 4 && (w[0] == '1' || w[0] == '2') && w[1] >= '0' && w[1] <= '9') {
		(*years)++;
		return;
	}
	if (n >= 5 && w[n - 2] == 'e' && w[n - 1] == 'd') {
		*past += !(w[0] >= 'A' && w[0] <= 'Z') && !(w[0] >= '0' && w[0] <= '9');
		return;
	}
	if (n > 7)
		return;
	k = nf_hedge_closed_class(&s->lex->classes, t->h);
	*past += k == 'b' || k == 'h' || k == 'o';
	*conds += k == 'F';
}

/* The sentence counts, once per sentence, less the words of candidate c. */
static void sentence_counts(struct nf_hedge_sent *s, const char *text,
			    const struct nf_hedge_cand *c, int *past, int *years, int *conds)
{
	int p = 0, y = 0, k = 0;
	size_t i;

	if (s->past < 0) {
		s->past = s->years = s->conds = 0;
		for (i = 0; i < s->ntoks; i++)
			word_counts(s, text, i, &s->past, &s->years, &s->conds);
	}
	for (i = c->first; i <= c->last; i++)
		word_counts(s, text, i, &p, &y, &k);
	*past = s->past - p;
	*years = s->years - y;
	*conds = s->conds - k;
}

/*
 * Whether the sentence of a modal speaks of rules (a word of class 'R' of
 * hedge_class.c: "rules", "law", "permit", "allowed", "free"...: 1) and
 * of a time window ("from Monday", "until 15 June", "after midnight": 2),
 * once per sentence.  "Under the new rules, drivers may park" and
 * "Visitors may enter from Monday" grant; "Prices may rise" guesses.
 */
static int is_time_prep(const char *w, size_t n)
{
	static const char *const preps[] = { "from", "until", "till", "between", "before",
					     "after", "by", "since" };
	size_t i, k;

	for (i = 0; i < sizeof(preps) / sizeof(preps[0]); i++) {
		for (k = 0; k < n && preps[i][k] && (w[k] | 0x20) == preps[i][k]; k++)
			;
		if (k == n && !preps[i][k])
			return 1;
	}
	return 0;
}

static int deontic(struct nf_hedge_sent *s, const char *text)
{
	const struct nf_hedge_tok *t = s->toks;
	size_t i;
	int k, d = 0;

	if (s->deontic >= 0)
		return s->deontic;
	for (i = 0; i < s->ntoks && d != 3; i++) {
		k = nf_hedge_closed_class(&s->lex->classes, t[i].h);
		if (k == 'R')
			d |= 1;
		else if (i > 0 && (k == 'T' || (text[t[i].a] >= '0' && text[t[i].a] <= '9')) &&
			 is_time_prep(text + t[i - 1].a, t[i - 1].b - t[i - 1].a))
			d |= 2;
	}
	s->deontic = d;
	return d;
}

/*
 * More for a modal ("may", "can", "could"...): the verb it governs, past
 * "not", "still", "only" and the like, with whether a negation was
 * passed, and the class of that verb ("be", "have", a bare verb...); and
 * whether the sentence speaks of rules or a time window, alone, with the
 * class of the verb and with the class of the word before the modal.  The
 * classes carry "may" of permission from the news sentences that teach it
 * to subjects and verbs those sentences do not hold.
 */
static size_t modal(struct nf_hedge_sent *s, const char *text, const struct nf_hedge_cand *c,
		    const struct ctx *x, uint64_t *out, size_t n)
{
	size_t i = c->last + 1, stop = c->last + 4;
	uint64_t neg = 0, vh = EOS, vcls = EOS;
	int k, d;

	for (; i < s->ntoks && i < stop; i++) {
		k = nf_hedge_closed_class(&s->lex->classes, s->toks[i].h);
		if (k == 'N')
			neg = 1;
		else if (k != 'V')
			break;
	}
	if (i < s->ntoks && i < stop) {
		vh = s->toks[i].h;
		vcls = tok_class(s, text, i, 1, EOS);
	}
	d = deontic(s, text);
	out[n++] = f3(T_M_NEXTV, x->w, vh, neg);
	out[n++] = f3(T_M_NEXTVCLS, x->w, vcls, neg);
	out[n++] = f2(T_M_DEON, x->w, (uint64_t)d);
	out[n++] = f3(T_M_DEON_NV, x->w, d != 0, vcls);
	out[n++] = f3(T_M_DEON_P1, x->w, d != 0, x->p1cls);
	return n;
}

/* The lemma with each word a little way off: 2 to 4 before, 2 to 4 after. */
static size_t bag(const struct nf_hedge_sent *s, const struct nf_hedge_cand *c, uint64_t l,
		  uint64_t *out, size_t n)
{
	size_t i, lo = c->first >= 4 ? c->first - 4 : 0;
	size_t hi = c->last + 5 < s->ntoks ? c->last + 5 : s->ntoks;

	for (i = lo; i + 1 < c->first; i++)
		out[n++] = f2(T_L_BAGL, l, s->toks[i].h);
	for (i = c->last + 2; i < hi; i++)
		out[n++] = f2(T_L_BAGR, l, s->toks[i].h);
	return n;
}

/* Word classes around the candidate and what its sentence holds. */
static size_t context(struct nf_hedge_sent *s, const char *text,
		      const struct nf_hedge_cand *c, const struct ctx *x, uint64_t *out, size_t n)
{
	int past, years, conds;

	sentence_counts(s, text, c, &past, &years, &conds);
	out[n++] = f2(T_K_P1CLS, x->k, x->p1cls);
	out[n++] = f3(T_L_P1N1CLS, x->l, x->p1cls, x->n1cls);
	out[n++] = f2(T_W_N2CLS, x->w, x->n2cls);
	out[n++] = f2(T_W_PAST, x->w, past > 2 ? 2 : (uint64_t)past);
	out[n++] = f2(T_W_YEAR, x->w, years > 0);
	out[n++] = f2(T_W_COND, x->w, conds > 0);
	if (c->pat < 0 && c->first == c->last &&
	    nf_hedge_closed_class(&s->lex->classes, s->toks[c->first].h) == 'M')
		n = modal(s, text, c, x, out, n);
	return bag(s, c, x->l, out, n);
}

size_t nf_hedge_features(struct nf_hedge_sent *s, const char *text,
			 const struct nf_hedge_cand *c, uint64_t *out)
{
	const struct nf_hedge_tok *f = &s->toks[c->first];
	struct ctx x;
	size_t n = 0;

	gather(s, text, c, &x);
	out[n++] = nf_feat(T_BIAS);
	out[n++] = f1(T_W, x.w);
	out[n++] = f1(T_L, x.l);
	out[n++] = f1(T_K, x.k);
	out[n++] = f2(T_W_P1, x.w, x.p1);
	out[n++] = f2(T_W_N1, x.w, x.n1);
	out[n++] = f3(T_W_P2P1, x.w, x.p2, x.p1);
	out[n++] = f3(T_W_N1N2, x.w, x.n1, x.n2);
	out[n++] = f3(T_W_P1N1, x.w, x.p1, x.n1);
	out[n++] = f2(T_L_P1, x.l, x.p1);
	out[n++] = f2(T_L_N1, x.l, x.n1);
	out[n++] = f3(T_L_P2P1, x.l, x.p2, x.p1);
	out[n++] = f3(T_L_N1N2, x.l, x.n1, x.n2);
	out[n++] = f2(T_K_P1, x.k, x.p1);
	out[n++] = f2(T_K_N1, x.k, x.n1);
	out[n++] = f2(T_W_SHAPE, x.w, x.sh);
	out[n++] = f2(T_W_FIRST, x.w, c->first == 0);
	out[n++] = f2(T_W_N1SUF, x.w, x.n1suf);
	out[n++] = f2(T_W_P1SUF, x.w, x.p1suf);
	out[n++] = f2(T_W_N1SHAPE, x.w, x.n1sh);
	out[n++] = f2(T_W_P1SHAPE, x.w, x.p1sh);
	out[n++] = f2(T_W_NEXTC, x.w, x.nextc);
	out[n++] = f2(T_W_PREVC, x.w, x.prevc);
	out[n++] = f2(T_W_QUESTION, x.w, (uint64_t)has_question(s, text));
	out[n++] = f1(T_SUF3, suffix(text + f->a, f->b - f->a, 3));
	out[n++] = f3(T_W_SH_N1SH, x.w, x.sh, x.n1sh);
	out[n++] = f2(T_L_NEXTC, x.l, x.nextc);
	out[n++] = f2(T_W_N1KIND, x.w, x.n1kind);
	out[n++] = f2(T_W_P1KIND, x.w, x.p1kind);
	out[n++] = f2(T_K_N1KIND, x.k, x.n1kind);
	out[n++] = f2(T_K_P1KIND, x.k, x.p1kind);
	if (c->pat >= 0)
		out[n++] = f2(T_PAT, c->pat_id, x.sh);
	return context(s, text, c, &x, out, n);
}
