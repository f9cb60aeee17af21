/*
 * Nominal cues: "His claims that the dam was safe were false.", "the
 * company's statement that ...", "the claims by the ministry that ...".
 * PolNeAR annotates such nouns in about half of their uses, so the trained
 * tagger seldom finds them, and when it does the content chooser runs on
 * to the end of the sentence.  This rule takes a noun of
 * data/nominal-cues.txt followed by a "that" clause as the cue, its
 * possessor ("his", "the company's") or the phrase after "by" or "from"
 * as the source, and the "that" clause as the content.
 */
#include "attr.h"

enum {
	NOMINAL_MAX_BY = 8,	/* words of a "by X" / "from X" source */
	NOMINAL_MAX_MODS = 3,	/* modifiers between a possessor and its noun */
	NOMINAL_MAX_NAME = 5,	/* words of a possessor's name */
	NOMINAL_WIN = 150	/* tokens looked at either side (linear time on huge sentences) */
};

static int is_by(const char *text, const struct nf_attr_tok *t)
{
	return nf_attr_word_is(text, t, "by") || nf_attr_word_is(text, t, "from");
}

static int is_verbal(const struct nf_attr_tok *t)
{
	return t->pos == NF_POS_VERB || t->pos == NF_POS_AUX;
}

/*
 * Does an "of" phrase of content start at token k: "of" before a
 * determiner or a lower-case word ("claims by Russia of a larger quota";
 * not "the University of Chicago")?
 */
static int of_phrase(const struct nf_attr_work *w, const char *text, size_t k, size_t se)
{
	return k + 1 < se && nf_attr_word_is(text, &w->t[k], "of") &&
	       (w->t[k + 1].shape == NF_SH_LOWER || w->t[k + 1].pos == NF_POS_DET);
}

/*
 * The "that" opening the clause of noun n, in sentence tokens up to se:
 * right after the noun, or after "by X" / "from X" (X into *ba, *bb).
 * Returns its index, or 0 if there is none or it opens a relative clause
 * ("the claims that were made").
 */
static size_t that_of(const struct nf_attr_work *w, const char *text, size_t n, size_t se,
		      size_t *ba, size_t *bb)
{
	size_t k = n + 1, j;

	*ba = *bb = NF_ATTR_NONE;
	if (k < se && is_by(text, &w->t[k])) {
		for (k = n + 2; k < se && k < n + 2 + NOMINAL_MAX_BY; k++)
			if (nf_attr_word_is(text, &w->t[k], "that") || is_verbal(&w->t[k]) ||
			    nf_attr_is_punct(w->t[k].shape) || nf_attr_is_quote(w->t[k].shape) ||
			    of_phrase(w, text, k, se))
				break;
		if (k == n + 2)
			return 0;
		*ba = n + 2;
		*bb = k;
	}
	if (k + 1 >= se || !nf_attr_word_is(text, &w->t[k], "that"))
		return 0;
	for (j = k + 1; j < se && j < k + NOMINAL_MAX_MODS && w->t[j].pos == NF_POS_ADV; j++)
		;	/* "the comment that egregiously described ..." is relative */
	if (j >= se || is_verbal(&w->t[j]) || nf_attr_is_punct(w->t[j].shape) ||
	    w->t[j].pos == NF_POS_ADP)
		return 0;
	return k;
}

/*
 * Is token i a word of the list used as a noun?  The tagger may call
 * "claims" a verb after "the company's"; after a possessive or an article
 * it is a noun whatever the tag.
 */
static int is_noun(const struct nf_attr_work *w, const char *text, size_t i)
{
	const struct nf_attr_tok *p = i > 0 ? &w->t[i - 1] : NULL;

	if (!(w->t[i].flags & NF_TF_NOUN))
		return 0;
	return w->t[i].pos == NF_POS_NOUN ||
	       (p && (p->pos == NF_POS_DET || nf_attr_possessive_pronoun(text, p) ||
		      nf_attr_is_possessive(text, p)));
}

static int possessor(const struct nf_attr_work *w, const char *text, size_t sb, size_t n,
		     size_t *a, size_t *b);

/*
 * The "of" opening the content of noun n when the noun has a source, a
 * possessor or "by X" ("White House officials' claims of a deal", "claims
 * by the campaign of a wider lead"); 0 if none.
 */
static size_t of_content(const struct nf_attr_work *w, const char *text, size_t sb, size_t n,
			 size_t se, size_t *ba, size_t *bb)
{
	size_t k = n + 1, pa, pb;

	that_of(w, text, n, se, ba, bb);
	if (*ba != NF_ATTR_NONE)
		k = *bb;
	else if (!possessor(w, text, sb, n, &pa, &pb))
		return 0;
	return k < se && of_phrase(w, text, k, se) ? k : 0;
}

/*
 * Is token i a noun of the list in the nominal-cue pattern?  Its "that"
 * (or "of") into *k.
 */
static int nominal_at(const struct nf_attr_work *w, const char *text, size_t sb, size_t i,
		      size_t se, size_t *k, size_t *ba, size_t *bb)
{
	return is_noun(w, text, i) && ((*k = that_of(w, text, i, se, ba, bb)) != 0 ||
				       (*k = of_content(w, text, sb, i, se, ba, bb)) != 0);
}

void nf_attr_mark_nominal(struct nf_attr_work *w, const char *text)
{
	size_t sb, se, i, k, ba, bb;

	for (sb = 0; sb < w->n; sb = se) {
		se = nf_attr_sentence_end(w, sb);
		for (i = sb; i < se; i++)
			if (w->tag[i] == NF_AC_O && (i + 1 == se || w->tag[i + 1] != NF_AC_I) &&
			    nominal_at(w, text, sb, i, se, &k, &ba, &bb)) {
				w->tag[i] = NF_AC_B;
				w->t[i].flags |= NF_TF_BYRULE;
			}
	}
}

/* The possessor of noun n in its sentence from sb: "his", "the company's"; 0 if none. */
static int possessor(const struct nf_attr_work *w, const char *text, size_t sb, size_t n,
		     size_t *a, size_t *b)
{
	size_t p = n, q;

	while (p > sb && n - p < NOMINAL_MAX_MODS &&
	       (w->t[p - 1].pos == NF_POS_ADJ || w->t[p - 1].pos == NF_POS_ADV))
		p--;
	if (p == sb)
		return 0;
	if (nf_attr_possessive_pronoun(text, &w->t[p - 1])) {
		*a = p - 1;
		*b = p;
		return 1;
	}
	if (p - 1 == sb || !nf_attr_is_possessive(text, &w->t[p - 1]))
		return 0;
	for (q = p - 1; q > sb && p - 1 - q < NOMINAL_MAX_NAME &&
	     (w->t[q - 1].pos == NF_POS_PROPN || w->t[q - 1].pos == NF_POS_NOUN ||
	      (w->t[q - 1].shape == NF_SH_CAP && !(w->t[q - 1].flags & NF_TF_SENT))); q--)
		;	/* "White House officials'" though "White" be tagged an adjective */
	if (q == p - 1)
		return 0;
	if (q > sb && w->t[q - 1].pos == NF_POS_DET)
		q--;
	*a = q;
	*b = p;		/* "Donald Trump's", as PolNeAR mostly has it */
	return 1;
}

/* May token t lie between a clause's verb and the verb of the sentence it is subject of? */
static int is_filler(const struct nf_attr_tok *t)
{
	return t->pos == NF_POS_NOUN || t->pos == NF_POS_PROPN || t->pos == NF_POS_ADJ ||
	       t->pos == NF_POS_ADV || t->pos == NF_POS_DET || t->pos == NF_POS_NUM ||
	       t->pos == NF_POS_ADP;
}

static int is_gerund(const char *text, const struct nf_attr_tok *t)
{
	return t->b - t->a > 4 && memcmp(text + t->b - 3, "ing", 3) == 0;
}

/*
 * "His claims that the dam was safe were false": when the noun is the
 * sentence's subject, the clause ends before the sentence's own verb: the
 * first verb or auxiliary after the clause's verb group that only nouns,
 * adjectives, adverbs and prepositions lead up to.  (The parse often takes
 * it into the clause, as a conjunct with no "and".)
 */
static size_t own_verb(const struct nf_attr_work *w, const char *text, size_t k, size_t e)
{
	size_t j;

	for (j = k + 1; j < e && !is_verbal(&w->t[j]); j++)
		;
	while (j < e && (is_verbal(&w->t[j]) || w->t[j].pos == NF_POS_ADV ||
			 w->t[j].pos == NF_POS_PART))
		j++;
	while (j < e && is_filler(&w->t[j]))
		j++;
	return j < e && is_verbal(&w->t[j]) && !is_gerund(text, &w->t[j]) ? j : e;
}

/*
 * The end of the "that" clause at k: the next punctuation outside quote
 * marks, or before the sentence's own verb when the noun is its subject.
 * (The parse's subtree of the clause, tried first, cut PolNeAR contents
 * such as "that there have been “thousands of shootings” in Chicago this
 * year alone" short more often than it helped.)
 */
static size_t clause_end(const struct nf_attr_work *w, const char *text, size_t k, size_t se,
			 int subject)
{
	size_t e;

	for (e = k + 1; e < se && e < k + NOMINAL_WIN; e++)
		if (w->t[e].shape == NF_SH_OPENQ && nf_attr_qclose(w, e) != NF_ATTR_NONE &&
		    nf_attr_qclose(w, e) < se)
			e = nf_attr_qclose(w, e);	/* a quotation inside the clause */
		else if (nf_attr_is_punct(w->t[e].shape))
			break;
	if (subject)
		e = own_verb(w, text, k, e);
	while (e > k + 2 && nf_attr_is_punct(w->t[e - 1].shape))
		e--;
	return e;
}

/* Does the noun phrase of noun n open its sentence (sb), so that it is the subject? */
static int opens_sentence(const struct nf_attr_work *w, const char *text, size_t sb, size_t n,
			  size_t src_a)
{
	size_t q = n;

	if (src_a != NF_ATTR_NONE && src_a < n)
		return src_a == sb;
	while (q > sb && (w->t[q - 1].pos == NF_POS_ADJ || w->t[q - 1].pos == NF_POS_ADV))
		q--;
	if (q > sb && (w->t[q - 1].pos == NF_POS_DET || nf_attr_possessive_pronoun(text, &w->t[q - 1])))
		q--;
	return q == sb;
}

/* The end of an "of" content from a: the first auxiliary, finite verb or punctuation. */
static size_t of_end(const struct nf_attr_work *w, size_t a, size_t se)
{
	size_t e;

	for (e = a; e < se && e < a + NOMINAL_WIN; e++)
		if (w->t[e].pos == NF_POS_AUX || nf_attr_is_punct(w->t[e].shape) ||
		    nf_attr_is_quote(w->t[e].shape) ||
		    (w->t[e].pos == NF_POS_VERB && e > a &&
		     (w->t[e - 1].pos == NF_POS_NOUN || w->t[e - 1].pos == NF_POS_PROPN)))
			break;	/* "of a signed deal were", "of a deal Russia agreed" */
	return e;
}

int nf_attr_nominal(const struct nf_attr_work *w, const char *text, struct nf_attr_found *f)
{
	size_t n = f->cue_a, sb, se, k, ba, bb, pa, pb;

	if (f->cue_b != n + 1 || !(w->t[n].flags & NF_TF_NOUN))
		return 0;
	nf_attr_sentence_around(w, n, n + 1, NOMINAL_WIN, &sb, &se);
	if (!nominal_at(w, text, sb, n, se, &k, &ba, &bb) ||
	    (!(w->t[n].flags & NF_TF_BYRULE) && !nf_attr_word_is(text, &w->t[k], "of")))
		return 0;	/* the tagger's own, with a "that" clause: the choosers' */
	f->src_a = f->src_b = NF_ATTR_NONE;
	if (ba != NF_ATTR_NONE) {
		f->src_a = (uint32_t)ba;
		f->src_b = (uint32_t)bb;
	} else if (possessor(w, text, sb, n, &pa, &pb)) {
		f->src_a = (uint32_t)pa;
		f->src_b = (uint32_t)pb;
	}
	if (nf_attr_word_is(text, &w->t[k], "of")) {
		f->con_a = (uint32_t)(k + 1);	/* a noun phrase: up to a verb */
		f->con_b = (uint32_t)of_end(w, k + 1, se);
	} else {
		f->con_a = (uint32_t)k;
		f->con_b = (uint32_t)clause_end(w, text, k, se,
						opens_sentence(w, text, sb, n, f->src_a));
	}
	f->con2_a = f->con2_b = NF_ATTR_NONE;
	return 1;
}

void nf_attr_nominal_trim(const struct nf_attr_work *w, const char *text, struct nf_attr_found *f)
{
	size_t n = f->cue_a, sb, se, k, ba, bb;

	if (f->cue_b != n + 1 || !(w->t[n].flags & NF_TF_NOUN) || f->con_a == NF_ATTR_NONE ||
	    f->con2_a != NF_ATTR_NONE)
		return;
	nf_attr_sentence_around(w, n, n + 1, NOMINAL_WIN, &sb, &se);
	if (!nominal_at(w, text, sb, n, se, &k, &ba, &bb) || f->con_a != k || f->con_b > se ||
	    !opens_sentence(w, text, sb, n, f->src_a))
		return;
	f->con_b = (uint32_t)own_verb(w, text, k, f->con_b);
}
