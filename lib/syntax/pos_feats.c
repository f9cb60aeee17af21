/*
 * The features of the part-of-speech tagger (see pos.h, pos_internal.h):
 * the word hash, a coarse shape, and the hashed features of a token at
 * each offset.  Every feature looks at one token or at the tag history,
 * which is what lets pos_model.c sum a known word's weights ahead of time.
 */
#include <string.h>

#include "pos_internal.h"
#include "hash.h"
#include "uchar.h"

#define NF_POS_FEATURES "pos-features 1"

const char *nf_pos_features_version(void)
{
	return NF_POS_FEATURES;
}

const char *const nf_pos_names[NF_POS_NTAGS] = {
	"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
	"PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"
};

int nf_pos_from_name(const char *s, size_t n)
{
	int t;

	for (t = 0; t < NF_POS_NTAGS; t++)
		if (strlen(nf_pos_names[t]) == n && memcmp(nf_pos_names[t], s, n) == 0)
			return t;
	return -1;
}

/* As link-sources' word hash: FNV over the bytes, ASCII lower-cased. */
uint64_t nf_pos_word_hash(const char *s, size_t n)
{
	return nf_fnv1a_lower_from(nf_feat(1), s, n);
}

enum { SH_LOWER, SH_CAP, SH_UPPER, SH_NUM, SH_MIXNUM, SH_PUNCT, SH_HYPHEN, SH_OTHER };

/* Byte classes for shapes: one table lookup and an OR per byte. */
enum { C_UP = 1, C_LOW = 2, C_DIG = 4, C_HYPH = 8, C_HIGH = 16 };

#define R4(x) x, x, x, x
#define R8(x) R4(x), R4(x)
#define R16(x) R8(x), R8(x)
static const unsigned char byte_class[256] = {
	R16(0), R16(0),					/* controls */
	R8(0), R4(0), 0, C_HYPH, 0, 0,			/* ' ' .. '/' */
	R8(C_DIG), C_DIG, C_DIG, 0, 0, R4(0),		/* '0' .. '?' */
	0, R8(C_UP), R4(C_UP), C_UP, C_UP, C_UP,	/* '@' .. 'O' */
	R8(C_UP), C_UP, C_UP, C_UP, 0, R4(0),		/* 'P' .. '_' */
	0, R8(C_LOW), R4(C_LOW), C_LOW, C_LOW, C_LOW,	/* '`' .. 'o' */
	R8(C_LOW), C_LOW, C_LOW, C_LOW, 0, R4(0),	/* 'p' .. DEL */
	R16(C_HIGH), R16(C_HIGH), R16(C_HIGH), R16(C_HIGH),
	R16(C_HIGH), R16(C_HIGH), R16(C_HIGH), R16(C_HIGH)
};

/* Shape of a word that starts with a non-ASCII byte. */
static uint8_t wide_shape(const char *s, size_t n)
{
	int32_t cp;

	nf_decode(s, n, 0, &cp);
	if (nf_is_upper(cp))
		return SH_CAP;
	if (nf_is_alpha(cp))
		return SH_LOWER;
	return cp >= 0x2000 && cp < 0x2070 ? SH_PUNCT : SH_OTHER;
}

uint8_t nf_pos_shape(const char *s, size_t n)
{
	unsigned first = byte_class[(unsigned char)s[0]], rest = 0, all;
	size_t i;

	if (first & C_HIGH)
		return wide_shape(s, n);
	for (i = 1; i < n; i++)
		rest |= byte_class[(unsigned char)s[i]];
	all = first | rest;
	if (all & C_DIG)
		return all & (C_UP | C_LOW) ? SH_MIXNUM : SH_NUM;
	if (!(all & (C_UP | C_LOW)))
		return all & C_HIGH ? SH_OTHER : SH_PUNCT;
	if (first & C_UP)	/* all capitals: two or more, no small letter */
		return (rest & C_UP) && !(rest & C_LOW) ? SH_UPPER : SH_CAP;
	return all & C_HYPH ? SH_HYPHEN : SH_LOWER;
}

void nf_pos_word_info(struct nf_pos_word *wi, const char *s, size_t n, uint64_t w)
{
	size_t k;

	memset(wi, 0, sizeof(*wi));
	wi->w = w ? w : nf_pos_word_hash(s, n);
	wi->len = (uint8_t)(n > 255 ? 255 : n);
	wi->shape = n ? nf_pos_shape(s, n) : 0;
	wi->pre = n ? nf_ascii_lower((unsigned char)s[0]) : 0;
	for (k = 0; k < 3 && k < n; k++)
		wi->suf[2 - k] = nf_ascii_lower((unsigned char)s[n - 1 - k]);
}

void nf_pos_edge(struct nf_pos_word *wi, int end)
{
	memset(wi, 0, sizeof(*wi));
	wi->w = end ? 0x454E44454E44454EULL : 0x5354415254535441ULL;
	wi->shape = NF_PS_EDGE;
}

/* Feature templates: row kind x what is looked at. */
enum { F_WORD, F_SUF1, F_SUF2, F_SUF3, F_PRE1, F_NTYPES };

static uint64_t feat(int kind, int type, uint64_t v)
{
	return nf_feat_u64(nf_feat((uint32_t)(0x504F0000u + kind * F_NTYPES + type)), v);
}

/* The last k lower-cased bytes and k, as one number. */
static uint64_t suffix(const struct nf_pos_word *wi, int k)
{
	uint64_t v = (uint64_t)k;
	int j;

	for (j = 3 - k; j < 3; j++)
		v = v << 8 | wi->suf[j];
	return v;
}

size_t nf_pos_word_feats(const struct nf_pos_word *wi, int kind, uint64_t *out)
{
	size_t n = 0;

	out[n++] = feat(kind, F_WORD, wi->w);
	if (wi->shape == NF_PS_EDGE)
		return n;
	if (kind == NF_PK_SELF) {
		if (wi->len > 1)
			out[n++] = feat(kind, F_SUF1, suffix(wi, 1));
		if (wi->len > 2)
			out[n++] = feat(kind, F_SUF2, suffix(wi, 2));
		out[n++] = feat(kind, F_PRE1, wi->pre);
	}
	if ((kind == NF_PK_SELF || kind == NF_PK_PREV || kind == NF_PK_NEXT) && wi->len > 3)
		out[n++] = feat(kind, F_SUF3, suffix(wi, 3));
	return n;
}

uint64_t nf_pos_shape_feat(int which, int slot)
{
	return feat(NF_PK_N + which, F_WORD, (uint64_t)slot);
}

uint64_t nf_pos_bias_feat(void)
{
	return feat(NF_PK_N + 3, F_WORD, 0);
}

uint64_t nf_pos_hist_feat(int t2, int t1)
{
	if (t2 < 0)
		return feat(NF_PK_N + 4, F_WORD, (uint64_t)t1);
	return feat(NF_PK_N + 5, F_WORD, (uint64_t)(t2 * NF_POS_HIST + t1));
}

/* Word at offset d from i, or an edge. */
static const struct nf_pos_word *at(const struct nf_pos_word *wv, size_t n, size_t i,
				    int d, const struct nf_pos_word *edges)
{
	if (d < 0 && i < (size_t)-d)
		return &edges[0];
	if (d > 0 && i + (size_t)d >= n)
		return &edges[1];
	return &wv[(ptrdiff_t)i + d];
}

size_t nf_pos_all_feats(const struct nf_pos_word *wv, size_t n, size_t i, int t2, int t1,
			uint64_t *out)
{
	static const int off[NF_PK_N] = { 0, -1, 1, -2, 2 };
	struct nf_pos_word edges[2];
	size_t k = 0;
	int kind;

	nf_pos_edge(&edges[0], 0);
	nf_pos_edge(&edges[1], 1);
	for (kind = 0; kind < NF_PK_N; kind++)
		k += nf_pos_word_feats(at(wv, n, i, off[kind], edges), kind, out + k);
	out[k++] = nf_pos_shape_feat(0, wv[i].shape * 2 + (i == 0));
	out[k++] = nf_pos_shape_feat(1, at(wv, n, i, -1, edges)->shape);
	out[k++] = nf_pos_shape_feat(2, at(wv, n, i, 1, edges)->shape);
	out[k++] = nf_pos_bias_feat();
	out[k++] = nf_pos_hist_feat(-1, t1);
	out[k++] = nf_pos_hist_feat(t2, t1);
	return k;
}
