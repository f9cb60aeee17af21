/*
 * Part-of-speech tagging for any filter that needs word classes (the
 * subject of a reporting verb, a clause boundary, the head of a name):
 * the 17 Universal Dependencies UPOS tags on the project's own tokens
 * (tokens.h), greedy left to right, fast enough to run on every sentence
 * of a news stream (see docs/pos-model.md for figures).
 *
 * The model is a linear one whose every feature looks at one token (the
 * word, its affixes, its shape, at offsets -2..+2) or at the tags before
 * it.  So at load time the weights of each known word are summed into one
 * row per offset; tagging a known word is then a few row additions and an
 * argmax, and only unknown words probe the hashed weights.
 *
 *	struct nf_pos_model m;
 *	if (nf_pos_model_load(&m, nf_pos_builtin(&n), n, &why) < 0)
 *		fail(why.msg);
 *	nf_pos_tag(&m, text, toks, ntoks, tags);   (one sentence)
 *	nf_pos_model_release(&m);
 *
 * Files: pos_feats.c (features, word shape and hash), pos_model.c
 * (loading and compiling), pos_tag.c (tagging), pos_conllu.c (reading
 * CoNLL-U training data), pos_train.c (training, measuring; pos_train.h).
 */
#ifndef NF_POS_H
#define NF_POS_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "perceptron.h"

/* The UD UPOS tags, in the order of nf_pos_names. */
enum nf_upos {
	NF_POS_ADJ, NF_POS_ADP, NF_POS_ADV, NF_POS_AUX, NF_POS_CCONJ, NF_POS_DET,
	NF_POS_INTJ, NF_POS_NOUN, NF_POS_NUM, NF_POS_PART, NF_POS_PRON,
	NF_POS_PROPN, NF_POS_PUNCT, NF_POS_SCONJ, NF_POS_SYM, NF_POS_VERB, NF_POS_X,
	NF_POS_NTAGS
};

extern const char *const nf_pos_names[NF_POS_NTAGS];

/* The tag called s[0..n) ("NOUN"), or -1. */
int nf_pos_from_name(const char *s, size_t n);

/*
 * A token to tag: bytes [a, b) of the text, and w, the hash of the word
 * with ASCII letters lower-cased (nf_pos_word_hash; the same value as
 * link-sources' nf_attr_tok.w), or 0 to have the tagger compute it.
 */
struct nf_pos_tok {
	size_t a, b;
	uint64_t w;
};

uint64_t nf_pos_word_hash(const char *s, size_t n);

/* Score rows: 17 tags padded to 24 int16 (three 8-lane vectors). */
#define NF_POS_ROW 24
/* Rows per word: the word itself, and as the word at -1, +1, -2, +2. */
enum { NF_PK_SELF, NF_PK_PREV, NF_PK_NEXT, NF_PK_PREV2, NF_PK_NEXT2, NF_PK_N };
/* Word shapes (pos_feats.c); NF_PS_EDGE stands for no word (sentence edge). */
enum { NF_PS_N = 8, NF_PS_EDGE = 8, NF_PS_SLOTS = 16 };
/* Tag history: the 17 tags and "before the start". */
#define NF_POS_HIST (NF_POS_NTAGS + 1)

struct nf_pos_model {
	struct nf_model model;
	struct nf_weights weights;	/* for words not in the vocabulary */
	float q;			/* score units per int16 step, inverse */
	int16_t bound[NF_PK_N];		/* clamp for unknown words' rows */
	size_t nvocab;			/* + 2 entries: sentence start, end */
	size_t cap;			/* slots of the word index (power of 2) */
	uint64_t *keys;			/* word hash per slot, 0 = empty */
	uint32_t *index;		/* vocabulary entry per slot */
	int16_t *rows;			/* (nvocab + 2) x NF_PK_N x NF_POS_ROW */
	int16_t *tables;		/* bias, shapes, tag history: see pos_model.c */
};

/*
 * Loads a model (kind "pos") from p[0..n), which must outlive m.  Returns
 * 0, or -1 with a reason in err (damaged, foreign, another feature set,
 * out of memory); m then needs no release.
 */
int nf_pos_model_load(struct nf_pos_model *m, const unsigned char *p, size_t n,
		      struct nf_error *err);
void nf_pos_model_release(struct nf_pos_model *m);

/* The model built into the binary (data/pos.model). */
const unsigned char *nf_pos_builtin(size_t *n);

/*
 * Tags toks[0..n) of text (one sentence, or any run of tokens: the first
 * is taken as a sentence start) into tags[0..n) (enum nf_upos).  Tokens
 * with w == 0 have their hash computed.  Allocates nothing; cannot fail.
 */
void nf_pos_tag(const struct nf_pos_model *m, const char *text,
		const struct nf_pos_tok *toks, size_t n, uint8_t *tags);

/*
 * Remembered rows of unknown words, for a caller that tags a stream: its
 * own, one per thread, kept from sentence to sentence, for model m (which
 * must outlive it).  new returns NULL on ENOMEM (it takes about 0.5 MB).
 */
struct nf_pos_memo;
struct nf_pos_memo *nf_pos_memo_new(const struct nf_pos_model *m);
const struct nf_pos_model *nf_pos_memo_model(const struct nf_pos_memo *mm);
void nf_pos_memo_free(struct nf_pos_memo *mm);

/*
 * nf_pos_tag with the rows of unknown words remembered in mm (NULL, or a
 * memo of another model: none), which changes nothing but the time.
 */
void nf_pos_tag_memo(const struct nf_pos_model *m, struct nf_pos_memo *mm, const char *text,
		     const struct nf_pos_tok *toks, size_t n, uint8_t *tags);

/* The feature set a model must have been trained with. */
const char *nf_pos_features_version(void);

#endif
