/*
 * What the part-of-speech files share and callers do not need: one
 * token's features, used alike by training (pos_train.c), by compiling a
 * model's word rows (pos_model.c) and by tagging unknown words
 * (pos_tag.c), so the three can never disagree.
 */
#ifndef NF_POS_INTERNAL_H
#define NF_POS_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "pos.h"

/* What the features of one token (or a sentence edge) look at. */
struct nf_pos_word {
	uint64_t w;		/* nf_pos_word_hash, or an edge marker */
	uint8_t shape;		/* 0..NF_PS_N-1, or NF_PS_EDGE */
	uint8_t len;		/* bytes, up to 255 */
	unsigned char pre;	/* first byte, ASCII-lower-cased */
	unsigned char suf[3];	/* last three bytes, lower-cased, suf[2] last */
};

/* Most features one kind of word row has (pos_feats.c). */
enum { NF_POS_MAXF = 8 };

/* Fills wi for the word s[0..n); w is its hash or 0 to compute it. */
void nf_pos_word_info(struct nf_pos_word *wi, const char *s, size_t n, uint64_t w);

/* The shape class of the word s[0..n), n > 0 (0..NF_PS_N-1). */
uint8_t nf_pos_shape(const char *s, size_t n);

/* The word standing for "before the start" (end 0) or "after the end" (1). */
void nf_pos_edge(struct nf_pos_word *wi, int end);

/* Features of wi seen as row kind (NF_PK_*); returns how many (<= MAXF). */
size_t nf_pos_word_feats(const struct nf_pos_word *wi, int kind, uint64_t *out);

/* Shape features: which 0 = the token (slot shape*2+first), 1 = prev, 2 = next. */
uint64_t nf_pos_shape_feat(int which, int slot);
uint64_t nf_pos_bias_feat(void);
uint64_t nf_pos_hist_feat(int t2, int t1);	/* t2 < 0: the one-tag feature */

/* Every feature of token i of wv[0..n) given the tags before it. */
size_t nf_pos_all_feats(const struct nf_pos_word *wv, size_t n, size_t i, int t2, int t1,
			uint64_t *out);
enum { NF_POS_ALLF = NF_PK_N * NF_POS_MAXF + 6 };

/*
 * A score in int16 steps of 1/q, within +-bound: the one rounding both the
 * compiled rows and unknown words' rows use, so a word tags the same
 * whether or not it is in the vocabulary.
 */
static inline int16_t nf_pos_quantize(float x, float q, int bound)
{
	float v = x * q;
	long r = (long)(v < 0 ? v - 0.5f : v + 0.5f);

	return (int16_t)(r > bound ? bound : r < -bound ? -bound : r);
}

/*
 * The memo (pos_memo.c): copies into rows[0..NF_PK_N * NF_POS_ROW) the
 * remembered rows of the word wi and returns 1, or returns 0; put
 * remembers them (in place of another word's, maybe).
 */
int nf_pos_memo_get(struct nf_pos_memo *mm, const struct nf_pos_word *wi, int16_t *rows);
void nf_pos_memo_put(struct nf_pos_memo *mm, const struct nf_pos_word *wi, const int16_t *rows);

/* Offsets of the tables in nf_pos_model.tables, in rows of NF_POS_ROW. */
enum {
	NF_PT_BIAS = 0,
	NF_PT_SHAPE = 1,				/* 3 x NF_PS_SLOTS */
	NF_PT_HIST1 = NF_PT_SHAPE + 3 * NF_PS_SLOTS,	/* NF_POS_HIST */
	NF_PT_HIST2 = NF_PT_HIST1 + NF_POS_HIST,	/* NF_POS_HIST^2 */
	NF_PT_N = NF_PT_HIST2 + NF_POS_HIST * NF_POS_HIST
};

#endif
