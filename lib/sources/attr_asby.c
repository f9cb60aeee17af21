/*
 * Cues whose source comes after "by".  "As stated by": "The port was safe,
 * as stated by the harbour master." and "As reported by local radio, two
 * boats sank."  The phrase is rare in the training articles, so the tagger
 * seldom finds it whole; this rule does: the cue is "as" + a cue verb +
 * "by", the source the phrase after "by" up to punctuation, the content
 * the clause on the other side of the comma.  The passive: "Initial White
 * House officials' claims of a deal were later contradicted by the
 * Kremlin."  The tagger learnt cues from active sentences and takes the
 * subject for the source; here the cue is the verb group ("were later
 * contradicted"), the source the phrase after "by", the content the
 * subject.
 */
#include <string.h>

#include "attr.h"

enum {
	AS_BY_MAX_SOURCE = 20,	/* tokens of a source after "by" */
	AS_BY_WIN = 150,	/* tokens looked at either side */
	PASSIVE_MAX_ADV = 2	/* adverbs between "were" and "contradicted" */
};

/* Does an "as VERB by" cue start at token i (all in one sentence)? */
static int as_by_at(const struct nf_attr_work *w, const char *text, size_t i)
{
	return i + 3 < w->n && nf_attr_word_is(text, &w->t[i], "as") && w->t[i + 1].lex >= 3 &&
	       w->t[i + 1].shape == NF_SH_LOWER && nf_attr_word_is(text, &w->t[i + 2], "by") &&
	       !((w->t[i + 1].flags | w->t[i + 2].flags | w->t[i + 3].flags) & NF_TF_SENT);
}

/* The end of the source starting at token a: up to punctuation or the sentence's end. */
static size_t source_end(const struct nf_attr_work *w, size_t a)
{
	size_t k;

	for (k = a; k < w->n && k < a + AS_BY_MAX_SOURCE; k++)
		if ((k > a && (w->t[k].flags & NF_TF_SENT)) || nf_attr_is_punct(w->t[k].shape) ||
		    nf_attr_is_quote(w->t[k].shape))
			return k;
	return k < w->n ? a : k;	/* too long to be a source */
}

static int is_be(const char *text, const struct nf_attr_tok *t)
{
	static const char *const be[] = { "was", "were", "is", "are", "been", "be", "being" };
	size_t i;

	for (i = 0; i < sizeof(be) / sizeof(be[0]); i++)
		if (nf_attr_word_is(text, t, be[i]))
			return 1;
	return 0;
}

static int is_adverb(const char *text, const struct nf_attr_tok *t)
{
	return t->shape == NF_SH_LOWER &&
	       (t->pos == NF_POS_ADV || nf_attr_word_is(text, t, "later") ||
		(t->b - t->a > 3 && memcmp(text + t->b - 2, "ly", 2) == 0));
}

/*
 * Is token v a cue verb in the passive with its agent: "were (later)
 * contradicted by"?  Its "be" into *aux.  All in one sentence.
 */
static int passive_at(const struct nf_attr_work *w, const char *text, size_t v, size_t *aux)
{
	const struct nf_attr_tok *t = &w->t[v];
	size_t a = v;

	if (v == 0 || v + 2 >= w->n || t->lex < 3 || t->shape != NF_SH_LOWER || t->b - t->a < 5 ||
	    memcmp(text + t->b - 2, "ed", 2) != 0 || !nf_attr_word_is(text, &w->t[v + 1], "by") ||
	    ((w->t[v + 1].flags | w->t[v + 2].flags) & NF_TF_SENT))
		return 0;
	while (a > 0 && v - a < PASSIVE_MAX_ADV && !(w->t[a].flags & NF_TF_SENT) &&
	       is_adverb(text, &w->t[a - 1]))
		a--;
	if (a == 0 || (w->t[a].flags & NF_TF_SENT) || !is_be(text, &w->t[a - 1]))
		return 0;
	*aux = a - 1;
	return 1;
}

void nf_attr_mark_passive(struct nf_attr_work *w, const char *text)
{
	size_t v, k, aux, e;

	for (v = 0; v < w->n; v++) {
		if (!passive_at(w, text, v, &aux) || (e = source_end(w, v + 2)) == v + 2)
			continue;
		w->tag[aux] = NF_AC_B;
		for (k = aux + 1; k <= v + 1; k++)
			w->tag[k] = k <= v ? NF_AC_I : NF_AC_O;
		for (k = v + 2; k < e; k++)
			w->tag[k] = NF_AC_O;
		v = e - 1;
	}
}

int nf_attr_passive(const struct nf_attr_work *w, const char *text, struct nf_attr_found *f)
{
	size_t aux = f->cue_a, v = f->cue_b - 1, a, e, sb, se;

	if (f->cue_b < aux + 2 || !passive_at(w, text, v, &a) || a != aux ||
	    (e = source_end(w, v + 2)) == v + 2)
		return 0;
	nf_attr_sentence_around(w, aux, aux + 1, AS_BY_WIN, &sb, &se);
	f->src_a = (uint32_t)(v + 2);
	f->src_b = (uint32_t)e;
	f->con_a = f->con_b = f->con2_a = f->con2_b = NF_ATTR_NONE;
	for (a = aux; a > sb && !nf_attr_is_punct(w->t[a - 1].shape); a--)
		;
	if (a < aux) {		/* the subject, back to punctuation */
		f->con_a = (uint32_t)a;
		f->con_b = (uint32_t)aux;
	}
	return 1;
}

void nf_attr_mark_as_by(struct nf_attr_work *w, const char *text)
{
	size_t i, k, e;

	for (i = 0; i < w->n; i++) {
		if (!as_by_at(w, text, i) || (e = source_end(w, i + 3)) == i + 3)
			continue;
		w->tag[i] = NF_AC_B;
		w->tag[i + 1] = w->tag[i + 2] = NF_AC_I;
		for (k = i + 3; k < e; k++)
			w->tag[k] = NF_AC_O;
		i = e - 1;
	}
}

int nf_attr_as_by(const struct nf_attr_work *w, const char *text, struct nf_attr_found *f)
{
	size_t a = f->cue_a, e, sb, se;

	if (f->cue_b != a + 3 || !as_by_at(w, text, a) || (e = source_end(w, a + 3)) == a + 3)
		return 0;
	nf_attr_sentence_around(w, a, a + 1, AS_BY_WIN, &sb, &se);
	f->src_a = (uint32_t)(a + 3);
	f->src_b = (uint32_t)e;
	f->con_a = f->con_b = f->con2_a = f->con2_b = NF_ATTR_NONE;
	while (se > sb && w->t[se - 1].shape == NF_SH_STOP)
		se--;
	if (a > sb + 1 && w->t[a - 1].shape == NF_SH_COMMA) {
		f->con_a = (uint32_t)sb;	/* "X, as stated by Y." */
		f->con_b = (uint32_t)(a - 1);
	} else if (a == sb && e + 1 < se && w->t[e].shape == NF_SH_COMMA) {
		f->con_a = (uint32_t)(e + 1);	/* "As stated by Y, X." */
		f->con_b = (uint32_t)se;
	}
	return 1;
}
