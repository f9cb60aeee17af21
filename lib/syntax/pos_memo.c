/*
 * Remembered rows of words the tagger does not know (see pos.h): names
 * and rare words come back sentence after sentence, and an unknown
 * word's rows cost some forty hashed-weight lookups where a remembered
 * one costs a copy.  Direct-mapped by word hash; an entry is keyed by all
 * that the rows are computed from (struct nf_pos_word), so a hit gives
 * exactly the rows the lookups would.
 */
#include <stdlib.h>
#include <string.h>

#include "pos_internal.h"

enum { MEMO_SLOTS = 2048 };

struct memo_entry {
	struct nf_pos_word wi;
	int used;
	int16_t rows[NF_PK_N * NF_POS_ROW];
};

struct nf_pos_memo {
	const struct nf_pos_model *model;	/* whose rows the entries hold */
	struct memo_entry e[MEMO_SLOTS];
};

struct nf_pos_memo *nf_pos_memo_new(const struct nf_pos_model *m)
{
	struct nf_pos_memo *mm = calloc(1, sizeof(*mm));

	if (mm)
		mm->model = m;
	return mm;
}

const struct nf_pos_model *nf_pos_memo_model(const struct nf_pos_memo *mm)
{
	return mm->model;
}

void nf_pos_memo_free(struct nf_pos_memo *mm)
{
	free(mm);
}

static int same_word(const struct nf_pos_word *a, const struct nf_pos_word *b)
{
	return a->w == b->w && a->shape == b->shape && a->len == b->len && a->pre == b->pre &&
	       memcmp(a->suf, b->suf, sizeof(a->suf)) == 0;
}

static struct memo_entry *entry(struct nf_pos_memo *mm, const struct nf_pos_word *wi)
{
	return &mm->e[(wi->w ^ wi->w >> 32) & (MEMO_SLOTS - 1)];
}

int nf_pos_memo_get(struct nf_pos_memo *mm, const struct nf_pos_word *wi, int16_t *rows)
{
	const struct memo_entry *e = entry(mm, wi);

	if (!e->used || !same_word(&e->wi, wi))
		return 0;
	memcpy(rows, e->rows, sizeof(e->rows));
	return 1;
}

void nf_pos_memo_put(struct nf_pos_memo *mm, const struct nf_pos_word *wi, const int16_t *rows)
{
	struct memo_entry *e = entry(mm, wi);

	e->wi = *wi;
	e->used = 1;
	memcpy(e->rows, rows, sizeof(e->rows));
}
