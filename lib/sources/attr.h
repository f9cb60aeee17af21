/*
 * Attribution extraction for link-sources: who said what, and how it was
 * signalled.  Three decisions, all made by one averaged perceptron whose
 * classes are shared out between them:
 *
 *   cues     a greedy B/I/O tagger over the tokens of each sentence, run
 *            only where a cue word (data/source-cues.txt) or a neighbouring
 *            cue token makes a cue possible ("said", "according to", "had
 *            previously announced"); sign-off lines by rule;
 *   source   for each cue, a choice among candidate spans ending just
 *            before the cue or starting just after it, or none;
 *   content  for each cue, a choice among candidate spans after the cue
 *            (and its source) or before it, clipped at punctuation and
 *            quote marks; a quotation split around the cue ("A," she
 *            said, "B.") gets its second fragment by rule.
 *
 * Everything works on token indices (lib/tokens.h) over byte offsets;
 * the stage converts to code points.  The same decoding code serves
 * training (lib/sources/attr_train.c), so what is trained is what runs.
 */
#ifndef NF_ATTR_H
#define NF_ATTR_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "lexicon.h"
#include "perceptron.h"
#include "dep.h"
#include "pos.h"
#include "sentsplit.h"
#include "tokens.h"

/* Bump when features change: older models are refused. */
#define NF_ATTR_FEATURES 4

/* Weight classes: the cue tagger's three, then one score per span kind. */
enum { NF_AC_O, NF_AC_B, NF_AC_I, NF_AC_SRC, NF_AC_CON, NF_AC_N };

/* Token shapes, for features and rules. */
enum nf_attr_shape {
	NF_SH_LOWER, NF_SH_CAP, NF_SH_UPPER, NF_SH_DIGIT, NF_SH_COMMA, NF_SH_STOP,
	NF_SH_COLON, NF_SH_DASH, NF_SH_OPENQ, NF_SH_CLOSEQ, NF_SH_PAREN, NF_SH_OTHER
};

/* Token flags. */
enum {
	NF_TF_INQ = 1, NF_TF_PARA = 2, NF_TF_SENT = 4, NF_TF_BREAK = 8, NF_TF_MARK = 16,
	NF_TF_LINE = 32,	/* a line break comes before the token */
	NF_TF_NOUN = 64,	/* the word is in data/nominal-cues.txt */
	NF_TF_BYRULE = 128	/* a nominal cue tagged by rule (attr_nominal.c) */
};

static inline int nf_attr_is_quote(unsigned shape)
{
	return shape == NF_SH_OPENQ || shape == NF_SH_CLOSEQ;
}

/* Commas, stops, colons, dashes and brackets. */
static inline int nf_attr_is_punct(unsigned shape)
{
	return shape >= NF_SH_COMMA && shape <= NF_SH_PAREN;
}

/*
 * A token takes 24 bytes (issue 14: memory per input byte): what only
 * some tokens have is kept beside the tokens (the parse and the
 * quotation, in arrays made only for a record that has them: a line of
 * "[1]" markers has neither), and the running counts of commas, quote
 * marks and stops in blocks of 64 tokens (nf_attr_marks_in).  Read those
 * through the nf_attr_head ... nf_attr_marks_in functions below.
 */
struct nf_attr_tok {
	uint64_t w;		/* hash of the ASCII-lower-cased word */
	uint32_t a, b;		/* bytes (a text is at most NF_ATTR_MAX_TEXT bytes) */
	uint32_t sent;		/* sentence index */
	signed int lex : 5;	/* cue-word strength 0-9, or -1 */
	unsigned int shape : 4;	/* enum nf_attr_shape */
	unsigned int flags : 8;	/* NF_TF_* */
	unsigned int pos : 5;	/* enum nf_upos, NF_POS_NTAGS before nf_attr_tag_pos */
	unsigned int rel : 8;	/* enum nf_deprel to its head, NF_DEP_NRELS if unparsed;
				   labelled only under a cue token (a cue head's dependents,
				   the relations read), else NF_DEP_UNLABELLED */
};

_Static_assert(sizeof(struct nf_attr_tok) == 24, "a token should take 24 bytes");
_Static_assert(NF_POS_NTAGS < 32 && NF_DEP_NRELS <= 0xFF && NF_DEP_UNLABELLED <= 0xFF &&
	       NF_SH_OTHER < 16, "the packed fields of struct nf_attr_tok are too narrow");

/* A parsed token's head (NF_ATTR_NONE for the root) and subtree [lo, hi). */
struct nf_attr_syn {
	uint32_t head, lo, hi;
};

/* A quotation: its opening and closing marks (tokens). */
struct nf_attr_quote {
	uint32_t open, close;
};

/*
 * The commas, quote marks and stops of 64 tokens: how many come before
 * the block (before[NF_MK_*]) and which of its tokens are one (bits).
 */
struct nf_attr_marks {
	uint32_t before[4];
	uint64_t bits[3];
};

#define NF_ATTR_NONE ((uint32_t)-1)

/*
 * The longest text link-sources takes (bytes): token offsets are 32-bit, so
 * that a token takes 24 bytes (memory per input byte, issue 14).  A longer
 * record (only with --max-record-bytes above 4G) fails nf_attr_prepare.
 */
#define NF_ATTR_MAX_TEXT ((size_t)UINT32_MAX - 1)

/* Is token t the possessive "'s" / "’s" (or the lone apostrophe of "members'")? */
static inline int nf_attr_is_possessive(const char *text, const struct nf_attr_tok *t)
{
	const char *s = text + t->a;
	size_t n = t->b - t->a;

	return (n == 2 && s[0] == '\'' && (s[1] | 32) == 's') ||
	       (n == 4 && memcmp(s, "\xE2\x80\x99", 3) == 0 && (s[3] | 32) == 's') ||
	       (n == 1 && s[0] == '\'') || (n == 3 && memcmp(s, "\xE2\x80\x99", 3) == 0);
}

/* Is token t the lower-case word w (ASCII letters, any case in the text)? */
static inline int nf_attr_word_is(const char *text, const struct nf_attr_tok *t, const char *w)
{
	size_t i, n = strlen(w);

	if (t->b - t->a != n)
		return 0;
	for (i = 0; i < n; i++)
		if ((text[t->a + i] | 32) != w[i])
			return 0;
	return 1;
}

/*
 * Is token t a possessive pronoun: 1 for a person's ("his", "her", "my",
 * "your"), 2 for a body's or a group's ("its", "their", "our"), else 0?
 */
static inline int nf_attr_possessive_pronoun(const char *text, const struct nf_attr_tok *t)
{
	static const char *const person[] = { "his", "her", "my", "your" };
	static const char *const body[] = { "its", "their", "our" };
	size_t i;

	for (i = 0; i < sizeof(person) / sizeof(person[0]); i++)
		if (nf_attr_word_is(text, t, person[i]))
			return 1;
	for (i = 0; i < sizeof(body) / sizeof(body[0]); i++)
		if (nf_attr_word_is(text, t, body[i]))
			return 2;
	return 0;
}

/* One attribution found: token ranges [a, b); a == NF_ATTR_NONE = absent. */
struct nf_attr_found {
	uint32_t cue_a, cue_b;
	uint32_t src_a, src_b;
	uint32_t con_a, con_b;
	uint32_t con2_a, con2_b;	/* second content fragment (split quote) */
	uint32_t sent;			/* the cue's sentence */
	uint8_t quoted;			/* the content is a quotation whatever its marks */
};

struct nf_attr_small;	/* attr_feats.h */

/* The model: cue words and weights (both point into the model bytes). */
struct nf_attr_model {
	struct nf_lexicon cues;
	struct nf_weights w;
	struct nf_attr_small *small;	/* weights of the few-valued features */
};

/*
 * Parses a "sources" model (model.h) from p[0..n), which must outlive m.
 * Returns 0, or -1 with a reason in err.
 */
int nf_attr_model_load(struct nf_attr_model *m, const unsigned char *p, size_t n,
		       struct nf_error *err);
void nf_attr_model_release(struct nf_attr_model *m);

/* Writes a model: notes (free text), the cue lexicon text, frozen weights. */
int nf_attr_model_write(struct nf_buf *out, const char *notes, const char *cues,
			size_t cues_len, const struct nf_buf *weights);

/* Loads a cue lexicon ("word<TAB>strength").  Returns 0 or -1 (*errline). */
int nf_attr_cues_load(struct nf_lexicon *lx, const char *src, size_t len, size_t *errline);

enum { NF_ATTR_WORDBITS = 1 << 16 };

/* A word of the cue list or of the clause openers, by word hash (attr_prep.c). */
struct nf_attr_wordent {
	uint64_t w;
	int lex;		/* cue strength, -1: not a cue */
	uint8_t flags;		/* NF_TF_BREAK: in data/clause-openers.txt; NF_TF_NOUN: nominal-cues.txt */
	uint8_t used;
};

/* Scratch reused from record to record. */
struct nf_attr_work {
	struct nf_tokens raw;
	struct nf_attr_tok *t;
	size_t n, cap;
	struct nf_attr_syn *syn;	/* the parsed sentences' tokens */
	size_t nsyn, syn_cap;
	uint32_t *synof;	/* per token (and t[n]): its entry in syn or NF_ATTR_NONE; valid while nsyn */
	size_t synof_cap;
	struct nf_attr_quote *quotes;	/* the quotations */
	size_t nquotes, quotes_cap;
	uint32_t *qof;		/* per token (and t[n]): its quotation or NF_ATTR_NONE; valid while nquotes */
	size_t qof_cap;
	struct nf_attr_marks *marks;	/* per 64 tokens, up to t[n] */
	size_t marks_cap;
	struct nf_attr_found *found;
	size_t nfound, found_cap;
	uint8_t *tag;		/* cue tag per token */
	size_t tag_cap;
	struct nf_pos_tok *ptok;	/* one sentence's tokens for the POS tagger */
	struct nf_pos_memo *pmemo;	/* its unknown words' rows, made at the first tagging */
	uint8_t *ptag;
	int32_t *phead;		/* and the parser's heads, relations, scratch */
	uint8_t *prel;
	uint32_t *pdepth, *porder;
	size_t ptok_cap, porder_cap;
	struct nf_dep_work dep;
	uint32_t nsents;
	struct nf_attr_wordent *words;	/* the cue list's and openers' words, open addressing */
	size_t words_mask;
	uint64_t *words_bits;	/* NF_ATTR_WORDBITS bits: may a word hash be in words? */
	const struct nf_lexicon *words_cues;	/* the cue list words was built from */
	struct nf_lexicon openers;	/* data/clause-openers.txt, loaded by the first prepare */
	struct nf_lexicon nouns;	/* data/nominal-cues.txt, likewise */
	int openers_ready;
};

void nf_attr_work_release(struct nf_attr_work *w);

/*
 * Makes *v (capacity *cap) an index of w's tokens t[0..n], each set to
 * NF_ATTR_NONE (w->synof, w->qof).  Returns 0 or -1 (ENOMEM).
 */
int nf_attr_token_index(const struct nf_attr_work *w, uint32_t **v, size_t *cap);

/*
 * Once the attributions are extracted: frees the parse (every token is
 * unparsed again) and the cue tags if they grew past a record of
 * megabytes, so that they do not stay beside the output being written
 * (issue 14).  The notes, the registry and the writer read neither.
 */
void nf_attr_work_trim(struct nf_attr_work *w);

/*
 * What a token knows beyond its own fields, read through these so that
 * where it is kept can change (memory per token, issue 14).
 */

/* Token i's entry in w->syn, NF_ATTR_NONE if unparsed (nothing is, while nsyn is 0). */
static inline uint32_t nf_attr_syn_of(const struct nf_attr_work *w, size_t i)
{
	return w->nsyn ? w->synof[i] : NF_ATTR_NONE;
}

/* Token i's quotation in w->quotes (inside or a mark), or NF_ATTR_NONE. */
static inline uint32_t nf_attr_quote_of(const struct nf_attr_work *w, size_t i)
{
	return w->nquotes ? w->qof[i] : NF_ATTR_NONE;
}

/* Token i's syntactic head (a token index), NF_ATTR_NONE for a root or unparsed. */
static inline uint32_t nf_attr_head(const struct nf_attr_work *w, size_t i)
{
	uint32_t k = nf_attr_syn_of(w, i);

	return k == NF_ATTR_NONE ? NF_ATTR_NONE : w->syn[k].head;
}

/* The tokens of token i's subtree, [lo, hi): [i, i + 1) when unparsed. */
static inline uint32_t nf_attr_lo(const struct nf_attr_work *w, size_t i)
{
	uint32_t k = nf_attr_syn_of(w, i);

	return k == NF_ATTR_NONE ? (uint32_t)i : w->syn[k].lo;
}

static inline uint32_t nf_attr_hi(const struct nf_attr_work *w, size_t i)
{
	uint32_t k = nf_attr_syn_of(w, i);

	return k == NF_ATTR_NONE ? (uint32_t)(i + 1) : w->syn[k].hi;
}

/* For a token of a quotation or one of its marks: the opening and closing mark, else NF_ATTR_NONE. */
static inline uint32_t nf_attr_qopen(const struct nf_attr_work *w, size_t i)
{
	uint32_t q = nf_attr_quote_of(w, i);

	return q == NF_ATTR_NONE ? NF_ATTR_NONE : w->quotes[q].open;
}

static inline uint32_t nf_attr_qclose(const struct nf_attr_work *w, size_t i)
{
	uint32_t q = nf_attr_quote_of(w, i);

	return q == NF_ATTR_NONE ? NF_ATTR_NONE : w->quotes[q].close;
}

/* The marks nf_attr_marks_in counts. */
enum { NF_MK_COMMA, NF_MK_QUOTE, NF_MK_STOP };

/* The bits set in x: one step a bit, as marks are few among tokens. */
static inline uint32_t nf_attr_bits(uint64_t x)
{
	uint32_t n = 0;

	for (; x; x &= x - 1)
		n++;
	return n;
}

/* How many of the marks kind tokens [0, i) hold (i <= w->n). */
static inline uint32_t nf_attr_marks_before(const struct nf_attr_work *w, size_t i, int kind)
{
	const struct nf_attr_marks *m = &w->marks[i / 64];

	return m->before[kind] + nf_attr_bits(m->bits[kind] & ((UINT64_C(1) << (i % 64)) - 1));
}

/*
 * How many commas, quote marks (either way) or stops tokens [a, b) hold
 * (a <= b <= w->n): one count of bits when both ends fall in one block,
 * as the spans scored mostly do.
 */
static inline uint32_t nf_attr_marks_in(const struct nf_attr_work *w, size_t a, size_t b, int kind)
{
	uint64_t x;

	if (a / 64 != b / 64 || a > b)
		return nf_attr_marks_before(w, b, kind) - nf_attr_marks_before(w, a, kind);
	x = w->marks[a / 64].bits[kind] >> (a % 64) & ((UINT64_C(1) << (b - a) % 64) - 1);
	return nf_attr_bits(x);
}

/* The end of the sentence whose first token is sb: its next start, or w->n. */
static inline size_t nf_attr_sentence_end(const struct nf_attr_work *w, size_t sb)
{
	size_t se;

	for (se = sb + 1; se < w->n && !(w->t[se].flags & NF_TF_SENT); se++)
		;
	return se;
}

/*
 * The sentence around tokens [a, b): its first token into *sb and its end
 * into *se, looking at most max tokens either side (so that rules on a
 * huge "sentence" full of cues cost linear time).
 */
static inline void nf_attr_sentence_around(const struct nf_attr_work *w, size_t a, size_t b,
					   size_t max, size_t *sb, size_t *se)
{
	for (*sb = a; *sb > 0 && a - *sb < max && !(w->t[*sb].flags & NF_TF_SENT); --*sb)
		;
	for (*se = b; *se < w->n && *se - b < max && !(w->t[*se].flags & NF_TF_SENT); ++*se)
		;
}

/*
 * Tokenizes text[0..len) and marks sentences (byte spans, sorted) and
 * quotations.  Returns 0, or -1 on ENOMEM.
 */
int nf_attr_prepare(struct nf_attr_work *w, const struct nf_lexicon *cues,
		    const struct nf_lexicon *abbrev, const char *text, size_t len,
		    const struct nf_span *sents, size_t nsents);

/* The same from the text's tokens, made already (nf_tokenize; the stage's layers). */
int nf_attr_prepare_tokens(struct nf_attr_work *w, const struct nf_lexicon *cues,
			   const struct nf_tokens *toks, const char *text, size_t len,
			   const struct nf_span *sents, size_t nsents);

/* Length of a footnote marker "[n]" at s[0..n), 0 if none; *num gets n (attr_notes.c). */
size_t nf_attr_marker_len(const char *s, size_t n, long *num);

/*
 * Tags the prepared tokens with parts of speech (t[i].pos), sentence by
 * sentence, where a cue is possible: where the cue tagger may find one,
 * and with nouns set also where a nominal cue may be (attr_nominal.c's
 * rule; training leaves those out, as it never scores their cues).
 * Returns 0, or -1 on ENOMEM.
 */
int nf_attr_tag_pos(struct nf_attr_work *w, const struct nf_pos_model *pm, const char *text,
		    int nouns);

/*
 * Parses the tagged sentences that hold a cue (w->tag), filling their
 * tokens' heads and subtrees (w->syn: nf_attr_head, nf_attr_lo,
 * nf_attr_hi) and t[i].rel (of the dependents of cue tokens only).  Returns 0, or
 * -1 on ENOMEM.
 */
int nf_attr_parse(struct nf_attr_work *w, const struct nf_dep_model *dm, const char *text);

/*
 * What scores and (in training) learns: the frozen weights of a model, or
 * a perceptron being trained.  In training, gold answers come in through
 * the attr_train.c callbacks.
 */
struct nf_attr_scorer {
	const struct nf_weights *w;	/* frozen, or NULL */
	struct nf_ptrain *pt;		/* training, or NULL */
	const struct nf_attr_small *sm;	/* the small features' slots (and, frozen, weights) */
};

/* The scorer of a loaded model. */
static inline struct nf_attr_scorer nf_attr_scorer_of(const struct nf_attr_model *m)
{
	struct nf_attr_scorer sc = { &m->w, NULL, m->small };

	return sc;
}


/*
 * Runs the extractor over a prepared, tagged text; results in w->found.
 * With a parser dm (may be NULL), the sentences with cues are parsed
 * before their sources and contents are chosen.
 */
int nf_attr_extract(struct nf_attr_work *w, const struct nf_attr_scorer *sc,
		    const struct nf_dep_model *dm, const char *text);

/*
 * The pieces of nf_attr_extract, for training: the cue tagger for sentence
 * tokens [sb, se) (tags into w->tag; gold, if not NULL, is the gold tag per
 * token and is used for the previous-tag feature and for updates), and the
 * span choices for one cue.  Each returns 0, or -1 on ENOMEM.
 */
int nf_attr_tag_cues(struct nf_attr_work *w, const struct nf_attr_scorer *sc,
		     size_t sb, size_t se, const uint8_t *gold, size_t *errors);

/* Candidate spans for a source or a content, and how they score. */
struct nf_attr_cand {
	uint32_t a, b;		/* token range, a == NF_ATTR_NONE for none */
	float score;
};

/*
 * Chooses the source of cue f (its cue and sentence set), filling
 * f->src_*.  With gsrc (training), gsrc is the gold span (a ==
 * NF_ATTR_NONE for none); a wrong choice is corrected and counted in
 * *errors, an unreachable gold span in *missed.
 */
int nf_attr_choose_source(struct nf_attr_work *w, const struct nf_attr_scorer *sc,
			  struct nf_attr_found *f, const struct nf_attr_cand *gsrc,
			  size_t *errors, size_t *missed);
int nf_attr_choose_content(struct nf_attr_work *w, const struct nf_attr_scorer *sc,
			   struct nf_attr_found *f, const struct nf_attr_cand *gcon,
			   size_t *errors, size_t *missed);

/*
 * Sign-offs (attr_signoff.c): a quotation, a dash and a name ending the
 * line.  nf_attr_mark_sign_offs tags their dashes as cues (after the
 * tagger, in w->tag); nf_attr_sign_off fills the source and content of
 * such a cue by rule and returns 1, or returns 0 for any other cue.
 */
void nf_attr_mark_sign_offs(struct nf_attr_work *w, const char *text);
int nf_attr_sign_off(const struct nf_attr_work *w, const char *text, struct nf_attr_found *f);

/*
 * The rules after the choosers (attr_rules.c).  nf_attr_split_quote and
 * nf_attr_split_clause give a content split by its cue its second
 * fragment ("A," she said, "B."; "A, he said, B."); nf_attr_apposition
 * moves ", a special envoy," after "according to X" into the source;
 * nf_attr_inherit_source gives found[k], a participle cue after a comma
 * with no source ("...," he said, adding ...), the source of the last cue
 * before it in its sentence that has one.
 */
void nf_attr_split_quote(const struct nf_attr_work *w, struct nf_attr_found *f);
void nf_attr_description(const struct nf_attr_work *w, const char *text,
			 struct nf_attr_found *f);
void nf_attr_split_clause(const struct nf_attr_work *w, struct nf_attr_found *f);
void nf_attr_apposition(const struct nf_attr_work *w, const char *text, struct nf_attr_found *f);
void nf_attr_inherit_source(struct nf_attr_work *w, const char *text, size_t k);

/*
 * "He said:" closing its paragraph (attr_block.c): the next paragraph,
 * up to 400 tokens, becomes the content of f.
 */
void nf_attr_colon_block(const struct nf_attr_work *w, struct nf_attr_found *f);
size_t nf_attr_quote_paragraphs(const struct nf_attr_work *w, size_t q, size_t e);

/*
 * Speaker labels (attr_label.c): nf_attr_mark_labels tags the colon of
 * "PENCE: ..." or "Sanders: ..." at a line's start as a cue; nf_attr_label
 * fills the source (the name) and content (the rest of the line) of such
 * a cue and returns 1, or returns 0 for any other cue.
 */
void nf_attr_mark_labels(struct nf_attr_work *w, const char *text);
int nf_attr_label(const struct nf_attr_work *w, const char *text, struct nf_attr_found *f);

/*
 * "As stated by" cues (attr_asby.c): nf_attr_mark_as_by tags "as" + a cue
 * verb + "by" as a cue (after the tagger, in w->tag); nf_attr_as_by fills
 * the source (after "by") and content (the clause across the comma) of
 * such a cue and returns 1, or returns 0 for any other cue.
 */
void nf_attr_mark_as_by(struct nf_attr_work *w, const char *text);

/*
 * Passive cues with their agent (attr_asby.c): "were later contradicted by
 * the Kremlin".  nf_attr_mark_passive tags the verb group as a cue;
 * nf_attr_passive fills the source (after "by") and the content (the
 * subject, back to punctuation) of such a cue and returns 1, or returns 0
 * for any other cue.
 */
void nf_attr_mark_passive(struct nf_attr_work *w, const char *text);
int nf_attr_passive(const struct nf_attr_work *w, const char *text, struct nf_attr_found *f);

/*
 * Nominal cues (attr_nominal.c): a noun of data/nominal-cues.txt followed
 * by a "that" clause ("his claim that ...", "the claims by the ministry
 * that ...").  nf_attr_mark_nominal tags such nouns as cues (after the
 * tagger, where it found none); nf_attr_nominal fills the source (the
 * possessor, or the phrase after "by" or "from") and the content (the
 * clause) of such a cue by rule and returns 1, or returns 0 for any other
 * cue.  nf_attr_nominal_trim ends the content the choosers gave such a
 * noun found by the tagger before the sentence's own verb ("His claims
 * that the dam was safe were false").
 */
void nf_attr_mark_nominal(struct nf_attr_work *w, const char *text);
int nf_attr_nominal(const struct nf_attr_work *w, const char *text, struct nf_attr_found *f);
void nf_attr_nominal_trim(const struct nf_attr_work *w, const char *text, struct nf_attr_found *f);
int nf_attr_as_by(const struct nf_attr_work *w, const char *text, struct nf_attr_found *f);

/* The direct/indirect/mixed type of f, from the quote marks in its content. */
const char *nf_attr_type(const struct nf_attr_work *w, const struct nf_attr_found *f);

#endif
