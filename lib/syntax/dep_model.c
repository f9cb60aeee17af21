/*
 * Loading a dependency model (kind "dep"; sections "meta", "actions",
 * "rels", "vocab") and compiling it for speed: the weights every known
 * word brings at each position are looked up here, once, into int16 rows
 * (as are those of the most frequent words as a dependent and as a head),
 * and the weights of every value of every tag-tuple template into tables
 * (dep_feats.c).  A row holds one feature's weights, which are int16 in
 * the model, so the compiled scores are exactly the hashed ones.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "dep_internal.h"
#include "vocab.h"

/* Words given relation rows at load: the most frequent (speed, memory). */
enum { LVOCAB = 1 << 20 };

const unsigned char *nf_dep_builtin(size_t *n)
{
	*n = nf_data_dep_model_len;
	return nf_data_dep_model;
}

/*
 * The int16 rows of features f[0..n) (n <= BATCH) into rows[0..n * width),
 * looked up in one batch (nf_weights_acc_each) so that their cache misses
 * overlap instead of waiting one after another; the same integers.
 */
enum { BATCH = 32 };
static void rows16(const struct nf_weights *w, const uint64_t *f, size_t n, int16_t *rows,
		   size_t width)
{
	int32_t acc[BATCH * NF_DEP_ACC(NF_DEP_LROW)];
	size_t stride = NF_DEP_ACC(width), k, c;

	memset(acc, 0, n * stride * sizeof(*acc));
	nf_weights_acc_each(w, f, n, acc, stride);
	for (k = 0; k < n; k++)
		for (c = 0; c < width; c++)
			rows[k * width + c] = (int16_t)acc[k * stride + c];
}

/* Rows [0, nrows) of a table, row r the weights of feat(r), BATCH at a time. */
static void table(const struct nf_weights *w, uint64_t (*feat)(size_t), size_t nrows,
		  int16_t *rows, size_t width)
{
	uint64_t f[BATCH];
	size_t r, k, n;

	for (r = 0; r < nrows; r += n) {
		n = nrows - r < BATCH ? nrows - r : BATCH;
		for (k = 0; k < n; k++)
			f[k] = feat(r + k);
		rows16(w, f, n, rows + r * width, width);
	}
}

static void compile_tables(struct nf_dep_model *m)
{
	table(&m->acts, nf_dep_atab_feat, nf_dep_atab_rows(), m->atab, NF_DEP_AROW);
	table(&m->rels, nf_dep_ltab_feat, nf_dep_ltab_rows(), m->ltab, NF_DEP_LROW);
}

/* Indexes the vocabulary and compiles each word's rows. */
static int compile_words(struct nf_dep_model *m, const struct nf_section *v)
{
	const char *p = (const char *)v->data, *end = p + v->len, *nl;
	uint64_t h, f[NF_DR_N];
	size_t i = 0;
	int r;

	_Static_assert((int)NF_DR_N <= (int)BATCH && (int)NF_DL_N <= (int)NF_DR_N,
		       "a word's features fit a batch");
	if (nf_vocab_index(v, m->nvocab, &m->cap, &m->keys, &m->index) < 0)
		return -1;
	for (; p < end; p = nl + 1, i++) {
		nl = memchr(p, '\n', (size_t)(end - p));
		h = nf_pos_word_hash(p, (size_t)(nl - p));
		for (r = 0; r < NF_DR_N; r++)
			f[r] = nf_dep_word_feat(r, h);
		rows16(&m->acts, f, NF_DR_N, m->arows + i * NF_DR_N * NF_DEP_AROW, NF_DEP_AROW);
		if (i >= m->nlvocab)
			continue;
		for (r = 0; r < NF_DL_N; r++)
			f[r] = nf_dep_lword_feat(r, h);
		rows16(&m->rels, f, NF_DL_N, m->lrows + i * NF_DL_N * NF_DEP_LROW, NF_DEP_LROW);
	}
	return 0;
}

static int weights(const struct nf_model *model, const char *name, size_t nclasses,
		   struct nf_weights *w)
{
	const struct nf_section *s = nf_model_section(model, name);

	return s && nf_weights_parse(w, s->data, s->len) == 0 && w->nclasses == nclasses ? 0 : -1;
}

static int check_sections(struct nf_dep_model *m, const struct nf_section **vocab,
			  struct nf_error *err)
{
	const struct nf_section *meta = nf_model_section(&m->model, "meta");
	const char *want = nf_dep_features_version();
	size_t k = strlen(want);
	long n;

	if (!meta || meta->len < k || memcmp(meta->data, want, k) != 0 ||
	    (meta->len > k && meta->data[k] != '\n'))
		return nf_fail(err, NF_EXIT_DATA,
			       "model built for another feature set (want '%s'): retrain it", want);
	if (weights(&m->model, "actions", NF_DT_N, &m->acts) < 0)
		return nf_fail(err, NF_EXIT_DATA, "model has no valid 'actions' section");
	if (weights(&m->model, "rels", NF_DEP_NRELS, &m->rels) < 0)
		return nf_fail(err, NF_EXIT_DATA, "model has no valid 'rels' section");
	*vocab = nf_model_section(&m->model, "vocab");
	if (!*vocab || (n = nf_vocab_count(*vocab)) < 0)
		return nf_fail(err, NF_EXIT_DATA, "model has no valid 'vocab' section");
	m->nvocab = (size_t)n;
	m->nlvocab = m->nvocab < LVOCAB ? m->nvocab : LVOCAB;
	return 0;
}

int nf_dep_model_load(struct nf_dep_model *m, const unsigned char *p, size_t n,
		      struct nf_error *err)
{
	const struct nf_section *vocab = NULL;

	memset(m, 0, sizeof(*m));
	if (nf_model_parse(&m->model, p, n, "dep", err) < 0 ||
	    check_sections(m, &vocab, err) < 0)
		return -1;
	nf_weights_filter(&m->acts);	/* speed-ups only: failure is fine */
	nf_weights_filter(&m->rels);
	m->arows = malloc((m->nvocab + 1) * NF_DR_N * NF_DEP_AROW * sizeof(*m->arows));
	m->lrows = malloc((m->nlvocab + 1) * NF_DL_N * NF_DEP_LROW * sizeof(*m->lrows));
	m->atab = malloc(nf_dep_atab_rows() * NF_DEP_AROW * sizeof(*m->atab));
	m->ltab = malloc(nf_dep_ltab_rows() * NF_DEP_LROW * sizeof(*m->ltab));
	if (!m->arows || !m->lrows || !m->atab || !m->ltab || compile_words(m, vocab) < 0) {
		nf_dep_model_release(m);
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	}
	compile_tables(m);
	return 0;
}

void nf_dep_model_release(struct nf_dep_model *m)
{
	nf_weights_release(&m->acts);
	nf_weights_release(&m->rels);
	free(m->keys);
	free(m->index);
	free(m->arows);
	free(m->lrows);
	free(m->atab);
	free(m->ltab);
	memset(m, 0, sizeof(*m));
}
