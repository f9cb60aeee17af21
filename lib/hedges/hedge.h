/*
 * Hedge detection: finding where news text marks a claim as uncertain,
 * second-hand or vague ("may", "reportedly", "is said to", "according to
 * unnamed sources").  Three layers, each in its own file:
 *
 *   hedge_lex.c    candidates: a cue word list and multi-word PCRE2
 *                  patterns (data/hedge-cues.txt, data/hedge-patterns.txt)
 *   hedge_scan.c   words of a sentence and the candidate cues among them
 *   hedge_feat.c   hashed features of one candidate in its sentence
 *   hedge_class.c  rough word classes for those features (pronoun, modal...)
 *   hedge_model.c  the model file and the decision: an averaged
 *                  perceptron says which candidates are hedges here
 *   hedge_train.c  training and measuring that perceptron (train-hedge)
 *
 * A model file (kind "hedge") carries the word list and patterns it was
 * trained with, so a model and its candidates never disagree.  Offsets
 * here are bytes; the stage converts them to code points.
 *
 *	struct nf_hedge_model m;
 *	struct nf_hedge_detector d;
 *	if (nf_hedge_model_load(&m, p, n, &why) == 0 &&
 *	    nf_hedge_detector_init(&d, &m.lex, &m.w) == 0 &&
 *	    nf_hedge_detect(&d, text, len, sents, nsents) == 0)
 *		for (i = 0; i < d.nfound; i++) use(d.found[i]);
 */
#ifndef NF_HEDGE_H
#define NF_HEDGE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>

#include "buf.h"
#include "lexicon.h"
#include "perceptron.h"
#include "sentsplit.h"
#include "stage.h"

/* What a hedge does; the names are those of the output and data files. */
enum nf_hedge_kind {
	NF_HEDGE_EPISTEMIC,	/* may, might, likely, perhaps */
	NF_HEDGE_SPECULATIVE,	/* suggest, appear, seem, indicate */
	NF_HEDGE_DOXASTIC,	/* believe, think, consider, expect */
	NF_HEDGE_REPORTATIVE,	/* reportedly, allegedly, is said to */
	NF_HEDGE_WEASEL,	/* some say, critics argue, unnamed sources */
	NF_HEDGE_CONDITIONAL,	/* if, unless, whether */
	NF_HEDGE_INVESTIGATIVE,	/* investigate, examine, remains to be seen */
	NF_HEDGE_NKINDS
};

extern const char *const nf_hedge_kind_names[NF_HEDGE_NKINDS + 1];

/* Version of the feature templates; a model records the one it used. */
#define NF_HEDGE_FEATURES 3
/* Most features one candidate can have. */
#define NF_HEDGE_MAX_FEATS 56

/* ---------------------------------------------------------- hedge_class.c */

/*
 * Rough word classes, a stand-in for part-of-speech tags.  Closed-class
 * words by spelling: pronoun 'P', determiner 'D', quantifier 'Q', be 'B',
 * have 'H', do 'O' (their past forms 'b', 'h', 'o'), modal 'M', negation
 * 'N', preposition 'I', conjunction 'A', relative 'W', condition 'F',
 * adverb of degree or time 'V'; the table also holds words of rules and
 * permission 'R' and of dates and times 'T', which the features of a
 * modal count but which get their form class here.  Other words by form: digit 'd',
 * capitalised 'C', -ly 'y', -ed 'e', -ing 'g', -tion/-ment/-ness 'n',
 * plural 's', else 'x'.  A fixed table of word hashes, filled once.
 */
struct nf_hedge_classes {
	uint64_t key[512];	/* nf_hedge_hash of a closed-class word, 0 = empty */
	unsigned char cls[512];
};

void nf_hedge_classes_init(struct nf_hedge_classes *c);

/* The class of word w[0..n) whose nf_hedge_hash is h. */
int nf_hedge_word_class(const struct nf_hedge_classes *c, const char *w, size_t n,
			uint64_t h);

/* The class of the closed-class word whose hash is h, or 0 if it is none. */
int nf_hedge_closed_class(const struct nf_hedge_classes *c, uint64_t h);

/* ------------------------------------------------------------ hedge_lex.c */

/* A word of the lexicon: a single-word cue, a pattern trigger, or both. */
struct nf_hedge_entry {
	int kind;		/* enum nf_hedge_kind, or -1: only a trigger */
	int always;		/* a hedge without asking the model */
	int attribution;	/* outside the Szeged scope (see --scope) */
	int consequence;	/* Szeged scope only: "will" after "if" */
	uint64_t lemma;		/* hash of the lemma (the word itself by default) */
	uint32_t pat_off;	/* its patterns: pat_ids[pat_off..+pat_n) */
	uint32_t pat_n;
};

struct nf_hedge_pattern {
	pcre2_code *re;
	int kind;
	int always;
	int attribution;
	int consequence;
	uint64_t id;		/* hash of the source text, a feature */
};

struct nf_hedge_lex {
	struct nf_lexicon words;	/* word -> index into entries */
	struct nf_hedge_entry *entries;
	size_t nentries, entries_cap;
	struct nf_hedge_pattern *pats;
	size_t npats, pats_cap;
	uint32_t *pat_ids;		/* pattern lists of the triggers */
	size_t npat_ids;
	pcre2_match_context *mctx;	/* match and depth limits */
	uint64_t filter[1024];		/* bit h % 65536 set for each word hash h */
	struct nf_hedge_classes classes;	/* for the features */
};

/*
 * Loads a cue list and a pattern list (the formats of data/hedge-cues.txt
 * and data/hedge-patterns.txt) and compiles the patterns, once, with JIT.
 * cues_name and pats_name name them in messages.  Returns 0, or -1 with
 * err filled (NF_EXIT_DATA "NAME:12: unknown kind 'x'", or NF_EXIT_SOFTWARE
 * out of memory).  lx must be released either way.
 */
int nf_hedge_lex_load(struct nf_hedge_lex *lx, const char *cues, size_t cues_len,
		      const char *cues_name, const char *pats, size_t pats_len,
		      const char *pats_name, struct nf_error *err);
void nf_hedge_lex_release(struct nf_hedge_lex *lx);

/* Hash of a word with ASCII letters lower-cased (also used for features). */
uint64_t nf_hedge_hash(const char *w, size_t n);

/* The entry of a word with hash h, or NULL (the filter answers most). */
const struct nf_hedge_entry *nf_hedge_lex_get(const struct nf_hedge_lex *lx,
					      const char *w, size_t n, uint64_t h);

/* ----------------------------------------------------------- hedge_scan.c */

/* One word of a sentence. */
struct nf_hedge_tok {
	size_t a, b;		/* bytes */
	uint64_t h;		/* nf_hedge_hash of the word */
	const struct nf_hedge_entry *e;	/* its lexicon entry, or NULL */
};

/* One place that may be a hedge. */
struct nf_hedge_cand {
	size_t a, b;		/* bytes */
	size_t first, last;	/* its words, indices into the sentence's toks */
	const struct nf_hedge_entry *entry;	/* of its first word */
	int pat;		/* the pattern matched, or -1 for a single word */
	uint64_t pat_id;	/* its id (a hash of its source), or 0 */
	int kind;
	int always;
	int attribution;
	int consequence;
};

/* The words and candidates of one sentence; buffers are reused. */
struct nf_hedge_sent {
	size_t a, b;		/* the sentence, bytes */
	struct nf_hedge_tok *toks;
	size_t ntoks, toks_cap;
	struct nf_hedge_cand *cands;
	size_t ncands, cands_cap;
	pcre2_match_data *md;
	const struct nf_hedge_lex *lex;	/* of the last scan */
	int question;		/* -1 unknown, else whether the sentence has '?' */
	int past, years, conds;	/* -1 unknown, else counts of words (hedge_feat.c) */
	int deontic;		/* -1 unknown, else rule words 1, a time window 2 (both 3) */
};

/*
 * If a word starts at s[i] (a letter or digit), the index just past it,
 * else i.  Words may hold apostrophes ("wouldn't", "Putin’s").
 */
size_t nf_hedge_word_end(const char *s, size_t n, size_t i);

/* hedge_word.c: 1 for ASCII letters and digits; the length of the word character at s[i], or 0. */
extern const unsigned char nf_hedge_ascii_word[128];
size_t nf_hedge_word_char(const char *s, size_t n, size_t i);

int nf_hedge_sent_init(struct nf_hedge_sent *s);
void nf_hedge_sent_release(struct nf_hedge_sent *s);

/*
 * Finds the words of text[a..b) and the candidate cues among them, in
 * text order (at one word, the longest pattern match before the single
 * word).  Returns 0, or -1 on ENOMEM.
 */
int nf_hedge_scan(struct nf_hedge_sent *s, const struct nf_hedge_lex *lx,
		  const char *text, size_t a, size_t b);

/* ----------------------------------------------------------- hedge_feat.c */

/*
 * Writes the feature hashes of candidate c of sentence s to out (room for
 * NF_HEDGE_MAX_FEATS) and returns how many.
 */
size_t nf_hedge_features(struct nf_hedge_sent *s, const char *text,
			 const struct nf_hedge_cand *c, uint64_t *out);

/* ---------------------------------------------------------- hedge_model.c */

struct nf_hedge_model {
	struct nf_hedge_lex lex;
	struct nf_weights w;
	uint32_t features;	/* NF_HEDGE_FEATURES of the trainer */
};

/*
 * Parses a model file in p[0..n), which must outlive m.  Returns 0, or -1
 * with the reason in err (bad magic, checksum, version, kind, features).
 * m must be released either way.
 */
int nf_hedge_model_load(struct nf_hedge_model *m, const unsigned char *p, size_t n,
			struct nf_error *err);
void nf_hedge_model_release(struct nf_hedge_model *m);

/*
 * Writes a complete model file to out: the cue and pattern lists, a
 * frozen weights section (nf_ptrain_freeze) and free-text notes.
 */
int nf_hedge_model_write(struct nf_buf *out, const char *cues, size_t cues_len,
			 const char *pats, size_t pats_len, const struct nf_buf *weights,
			 const char *notes);

/* A hedge found. */
struct nf_hedge_found {
	size_t a, b;		/* bytes */
	int kind;
	size_t sent;		/* index of its sentence */
};

struct nf_hedge_detector {
	const struct nf_hedge_lex *lex;
	const struct nf_weights *w;
	int uncertainty_only;	/* --scope: attribution cues out, consequence cues in */
	struct nf_hedge_sent s;
	struct nf_hedge_found *found;
	size_t nfound, found_cap;
};

/* A detector using lex and w (of a model, or of the trainer). */
int nf_hedge_detector_init(struct nf_hedge_detector *d, const struct nf_hedge_lex *lex,
			   const struct nf_weights *w);
void nf_hedge_detector_release(struct nf_hedge_detector *d);

/*
 * The hedges of text[0..len) whose sentences are the byte spans
 * sents[0..nsents), into d->found (in text order).  Returns 0, or -1 on
 * ENOMEM.
 */
int nf_hedge_detect(struct nf_hedge_detector *d, const char *text, size_t len,
		    const struct nf_span *sents, size_t nsents);

/* ---------------------------------------------------------- hedge_train.c */

/* Gold records: text with cue spans (bytes), sentences found by nf_sentsplit. */
struct nf_hedge_doc {
	char *text;
	size_t len;
	struct nf_span *cues;	/* sorted by start */
	size_t ncues;
	int uncertain;		/* "uncertain" if given, else ncues > 0 */
	float weight;		/* training weight of its examples */
	struct nf_span *sents;
	size_t nsents;
};

struct nf_hedge_corpus {
	struct nf_hedge_doc *docs;
	size_t ndocs, cap;
};

/*
 * Appends gold record o ("text", "cues": [[start, end, ...], ...] or
 * [{"start", "end"}, ...], code points; as in the Szeged files of
 * ../shared/data/hedges), splitting its text into sentences with ss.
 * Returns 0, or -1 with err filled (not a gold record: NF_EXIT_DATA).
 */
int nf_hedge_corpus_add_record(struct nf_hedge_corpus *c, json_t *o, struct nf_sentsplit *ss,
			       struct nf_error *err);

/*
 * Appends a line of the markup format (data/hedge-news.txt): a sentence
 * with its cues in [[double brackets]]; a blank line or a '#' comment
 * adds nothing.  Returns 0, or -1 with err filled.
 */
int nf_hedge_corpus_add_markup(struct nf_hedge_corpus *c, const char *line, size_t n,
			       struct nf_sentsplit *ss, struct nf_error *err);
void nf_hedge_corpus_release(struct nf_hedge_corpus *c);

/* Counts for precision and recall. */
struct nf_prf {
	size_t tp, fp, fn;
};

/* F1 in percent (0 when nothing was found or expected). */
double nf_prf_f1(const struct nf_prf *p);

/* What a model does on gold records, scored like score.py's hedge command. */
struct nf_hedge_score {
	struct nf_prf sentences;	/* a record is uncertain iff it has a hedge */
	struct nf_prf cues;		/* exact spans */
};

/*
 * Runs the detector of lex and w over corpus c, with attribution cues or
 * without (uncertainty_only).  Returns 0, or -1 on ENOMEM.
 */
int nf_hedge_evaluate(const struct nf_hedge_lex *lex, const struct nf_weights *w,
		      const struct nf_hedge_corpus *c, int uncertainty_only,
		      struct nf_hedge_score *out);

/* The training examples (every candidate the model decides) and weights. */
struct nf_hedge_trainer {
	struct nf_ptrain pt;
	uint64_t *feats;	/* all features, example after example */
	size_t nfeats, feats_cap;
	struct nf_hedge_example *ex;
	size_t nex, ex_cap;
	size_t *order;		/* visiting order, shuffled each epoch */
	uint64_t rng;
};

int nf_hedge_trainer_init(struct nf_hedge_trainer *t, uint64_t seed);
void nf_hedge_trainer_release(struct nf_hedge_trainer *t);

/* Adds the candidates of the records of c, labelled by the gold cues. */
int nf_hedge_trainer_add(struct nf_hedge_trainer *t, const struct nf_hedge_lex *lex,
			 const struct nf_hedge_corpus *c);

/*
 * One pass over the examples in a new shuffled order.  Stores the number
 * of mistakes.  Returns 0, or -1 on ENOMEM.
 */
int nf_hedge_trainer_epoch(struct nf_hedge_trainer *t, size_t *mistakes);

/* What train-hedge asks for. */
struct nf_hedge_train_opts {
	unsigned epochs;		/* per example order */
	uint64_t seed;
	float min_weight;		/* smaller averaged weights are dropped */
	const char *cues, *pats;	/* the data files' text */
	size_t cues_len, pats_len;
	const char *cues_name, *pats_name;
	const char *notes;		/* what the model was trained on */
	FILE *log;			/* per-epoch figures, or NULL */
	unsigned orders;		/* perceptrons averaged, one per example
					   order (seed, seed + 1000003, ...); 0 = 1 */
};

/* A named gold set measured after every epoch. */
struct nf_hedge_devset {
	const char *name;
	struct nf_hedge_corpus c;
};

/*
 * Trains o->orders perceptrons on train for o->epochs each, every one in
 * its own example order, averages them, logs the figures on each dev set,
 * and writes the model file to out.  Returns 0, or -1 with err filled
 * (bad word lists: NF_EXIT_DATA).
 */
int nf_hedge_train(const struct nf_hedge_corpus *train, const struct nf_hedge_devset *dev,
		   size_t ndev, const struct nf_hedge_train_opts *o, struct nf_buf *out,
		   struct nf_error *err);

#endif
