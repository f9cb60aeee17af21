/*
 * Dependency parsing for any filter that needs the structure of a
 * sentence (the subject of a reporting verb, the clause it governs, what
 * a hedge scopes over): Universal Dependencies trees, labelled with the
 * 37 universal relations, over the project's own tokens (tokens.h) and
 * the part-of-speech tags of pos.h, fast enough for every sentence of a
 * news stream (see docs/dep-model.md for figures).
 *
 * Greedy arc-hybrid transitions (shift, left, right) chosen by an
 * averaged perceptron; the relation of each arc is chosen afterwards by a
 * second one that sees the finished tree.  Most features look at one
 * token (its word in some position of the parser's stack or buffer) or at
 * tags only, so at load time the weights of known words are summed into
 * rows and those of tag tuples into tables; parsing is then mostly row
 * additions, and only unknown words and word pairs probe the hashed
 * weights.  The scores are exactly those of the hashed weights.
 *
 *	struct nf_dep_model m;
 *	struct nf_dep_work w = NF_DEP_WORK_INIT;
 *	if (nf_dep_model_load(&m, nf_dep_builtin(&n), n, &why) < 0)
 *		fail(why.msg);
 *	nf_pos_tag(&pm, text, toks, ntoks, tags);                   (one sentence)
 *	nf_dep_parse(&m, &w, text, toks, tags, ntoks, head, rel);   (-1: ENOMEM)
 *	nf_dep_work_release(&w);
 *	nf_dep_model_release(&m);
 *
 * The result is always a well-formed projective tree: every token has
 * exactly one head, exactly one token (for n > 0) has head -1 (the root,
 * relation NF_DEP_ROOT), and there is no cycle.
 *
 * Files: dep_names.c (relations), dep_feats.c (features), dep_system.c
 * (transitions and their oracle), dep_model.c (loading and compiling),
 * dep_parse.c (parsing), dep_label.c (relations of a finished tree),
 * dep_conllu.c (training data), dep_train.c (training, measuring;
 * dep_train.h).
 */
#ifndef NF_DEP_H
#define NF_DEP_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "perceptron.h"
#include "pos.h"

/* UD universal relations (no subtypes), in the order of nf_dep_names. */
enum nf_deprel {
	NF_DEP_ACL, NF_DEP_ADVCL, NF_DEP_ADVMOD, NF_DEP_AMOD, NF_DEP_APPOS, NF_DEP_AUX,
	NF_DEP_CASE, NF_DEP_CC, NF_DEP_CCOMP, NF_DEP_CLF, NF_DEP_COMPOUND, NF_DEP_CONJ,
	NF_DEP_COP, NF_DEP_CSUBJ, NF_DEP_DEP, NF_DEP_DET, NF_DEP_DISCOURSE,
	NF_DEP_DISLOCATED, NF_DEP_EXPL, NF_DEP_FIXED, NF_DEP_FLAT, NF_DEP_GOESWITH,
	NF_DEP_IOBJ, NF_DEP_LIST, NF_DEP_MARK, NF_DEP_NMOD, NF_DEP_NSUBJ, NF_DEP_NUMMOD,
	NF_DEP_OBJ, NF_DEP_OBL, NF_DEP_ORPHAN, NF_DEP_PARATAXIS, NF_DEP_PUNCT,
	NF_DEP_REPARANDUM, NF_DEP_ROOT, NF_DEP_VOCATIVE, NF_DEP_XCOMP,
	NF_DEP_NRELS
};

extern const char *const nf_dep_names[NF_DEP_NRELS];

/* The relation called s[0..n) ("nsubj"; no subtype), or -1. */
int nf_dep_rel_from_name(const char *s, size_t n);

/* Transitions: the action classifier's classes. */
enum { NF_DT_SHIFT, NF_DT_LEFT, NF_DT_RIGHT, NF_DT_N };

/* Positions a token's word is seen in (dep_feats.c). */
enum {
	NF_DR_S0, NF_DR_S1, NF_DR_S2, NF_DR_B0, NF_DR_B1, NF_DR_B2,
	NF_DR_S0L, NF_DR_S0R, NF_DR_S1R, NF_DR_B0L, NF_DR_N
};
/* ... and by the relation classifier: the dependent, its head. */
enum { NF_DL_DEP, NF_DL_HEAD, NF_DL_N };

/*
 * Row widths: the 3 actions in 4 lanes, the relations in 40.  A row holds
 * the weights of one feature, which are int16 in the model (perceptron.h),
 * so compiling loses nothing; sums are made in int32.
 */
#define NF_DEP_AROW 4
#define NF_DEP_LROW 40

struct nf_dep_model {
	struct nf_model model;
	struct nf_weights acts;		/* action weights (hashed) */
	struct nf_weights rels;		/* relation weights (hashed) */
	size_t nvocab;			/* compiled words */
	size_t cap;			/* slots of the word index (power of 2) */
	uint64_t *keys;			/* word hash per slot, 0 = empty */
	uint32_t *index;		/* vocabulary entry per slot */
	int16_t *arows;			/* nvocab x NF_DR_N x NF_DEP_AROW */
	size_t nlvocab;			/* the first nlvocab words have relation rows */
	int16_t *lrows;			/* nlvocab x NF_DL_N x NF_DEP_LROW */
	int16_t *atab;			/* action tables (dep_feats.c) */
	int16_t *ltab;			/* relation tables */
};

/*
 * Loads a model (kind "dep") from p[0..n), which must outlive m.  Returns
 * 0, or -1 with a reason in err (damaged, foreign, another feature set,
 * out of memory); m then needs no release.
 */
int nf_dep_model_load(struct nf_dep_model *m, const unsigned char *p, size_t n,
		      struct nf_error *err);
void nf_dep_model_release(struct nf_dep_model *m);

/* The model built into the binary (data/dep.model). */
const unsigned char *nf_dep_builtin(size_t *n);

/* Scratch for nf_dep_parse, grown to the longest sentence seen, then reused. */
struct nf_dep_work {
	size_t cap;			/* tokens the arrays hold */
	void *mem;			/* one block; the arrays point into it */
	const int16_t **arow;		/* per token: its action rows (NF_DR_N) */
	const int16_t **lrow;		/* per token: its relation rows (NF_DL_N) */
	uint64_t *w;			/* word hashes */
	int32_t *stack, *lc, *rc;	/* stack; leftmost, rightmost child */
	int16_t *own;			/* action rows of tokens not in the vocabulary */
	int16_t *lown;			/* relation rows of tokens without compiled ones */
	uint8_t *nl, *nr;		/* left, right children counted (to 255) */
	uint32_t *vi;			/* per token: its vocabulary entry, UINT32_MAX unknown */
};

#define NF_DEP_WORK_INIT { 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL }

void nf_dep_work_release(struct nf_dep_work *w);

/*
 * Parses one sentence: toks[0..n) of text (tokens with w == 0 have their
 * hash computed, as for nf_pos_tag) with their tags (enum nf_upos) into
 * head[0..n) (index of the head in the sentence, -1 for the root) and
 * rel[0..n) (enum nf_deprel).  Scratch lives in w (no allocation once it
 * has seen a sentence this long).  Returns 0, or -1 (ENOMEM: head and rel
 * are then untouched).
 */
int nf_dep_parse(const struct nf_dep_model *m, struct nf_dep_work *w, const char *text,
		 const struct nf_pos_tok *toks, const uint8_t *tags, size_t n,
		 int32_t *head, uint8_t *rel);

/*
 * The relation of an arc nf_dep_parse_some was not asked to label (never
 * a relation: above NF_DEP_NRELS).
 */
#define NF_DEP_UNLABELLED 0xFF

/*
 * nf_dep_parse with relations only for the dependents of the tokens h
 * with want[h] set: the others get NF_DEP_UNLABELLED, and cost nothing
 * (an arc's relation does not depend on the others', so those labelled
 * are the ones nf_dep_parse gives; the heads are the same).  For a
 * caller that reads a few relations (around a reporting verb, say).
 */
int nf_dep_parse_some(const struct nf_dep_model *m, struct nf_dep_work *w, const char *text,
		      const struct nf_pos_tok *toks, const uint8_t *tags, size_t n,
		      const uint8_t *want, int32_t *head, uint8_t *rel);

/* The feature set a model must have been trained with. */
const char *nf_dep_features_version(void);

#endif
