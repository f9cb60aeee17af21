/*
 * Loading a part-of-speech model (kind "pos"; sections "meta", "weights",
 * "vocab") and compiling it for speed: every feature looks at one token
 * or at the tag history (pos_feats.c), so the weights a known word brings
 * at each offset are summed here, once, into int16 rows; so are the bias,
 * shape and tag-history weights.  One scale serves every row, chosen so
 * that the eleven rows added per token can never overflow int16.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "pos_internal.h"
#include "vocab.h"

const unsigned char *nf_pos_builtin(size_t *n)
{
	*n = nf_data_pos_model_len;
	return nf_data_pos_model;
}

/* Largest magnitudes, per row kind then per table group. */
enum { G_BIAS = NF_PK_N, G_SHAPE0, G_HIST1 = G_SHAPE0 + 3, G_HIST2, G_N };

static void score(const struct nf_weights *w, const uint64_t *f, size_t n, float *out)
{
	memset(out, 0, NF_POS_NTAGS * sizeof(*out));
	nf_weights_score(w, f, n, out);
}

static void track(float *maxabs, const float *s)
{
	size_t c;

	for (c = 0; c < NF_POS_NTAGS; c++)
		if (fabsf(s[c]) > *maxabs)
			*maxabs = fabsf(s[c]);
}

/* Scores s into an int16 row at scale q, within +-bound. */
static void quantize(int16_t *row, const float *s, float q, int bound)
{
	size_t c;

	for (c = 0; c < NF_POS_NTAGS; c++)
		row[c] = nf_pos_quantize(s[c], q, bound);
	for (; c < NF_POS_ROW; c++)
		row[c] = 0;
}

/* Calls fn for each vocabulary word and the two edges, with its index. */
static void each_word(const struct nf_pos_model *m, const struct nf_section *v,
		      void (*fn)(const struct nf_pos_model *, size_t, const struct nf_pos_word *,
				 void *), void *arg)
{
	const char *p = (const char *)v->data, *end = p + v->len, *nl;
	struct nf_pos_word wi;
	size_t i = 0;

	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		nf_pos_word_info(&wi, p, (size_t)(nl - p), 0);
		fn(m, i++, &wi, arg);
		p = nl + 1;
	}
	nf_pos_edge(&wi, 0);
	fn(m, m->nvocab, &wi, arg);
	nf_pos_edge(&wi, 1);
	fn(m, m->nvocab + 1, &wi, arg);
}

/*
 * A row's integer sums wait in its own int16 slots between the two passes
 * (the scale is known only after the first), when they fit: STASHED in
 * the last, padding slot says so.  A row whose sums do not fit is scored
 * again in the second pass.
 */
enum { STASHED = NF_POS_ROW - 1 };
_Static_assert((int)NF_POS_NTAGS < (int)STASHED, "a stashed row keeps its sums below the flag");

/* The score nf_weights_score gives from integer sums acc (memset, then +=). */
static float acc_score(const struct nf_weights *w, int32_t acc)
{
	float s = 0;

	s += (float)acc * w->scale;
	return s;
}

/* Scores word wi as row kind k into s, stashing the sums in row if they fit. */
static void first_score(const struct nf_pos_model *m, const struct nf_pos_word *wi, int k,
			int16_t *row, float *s)
{
	uint64_t f[NF_POS_MAXF];
	int32_t acc[NF_POS_ROW + 8];	/* a dense row adds eight classes at a time */
	int fits = 1;
	size_t c;

	memset(acc, 0, sizeof(acc));
	nf_weights_acc(&m->weights, f, nf_pos_word_feats(wi, k, f), acc);
	for (c = 0; c < NF_POS_NTAGS; c++) {
		s[c] = acc_score(&m->weights, acc[c]);
		fits &= acc[c] >= INT16_MIN && acc[c] <= INT16_MAX;
		row[c] = (int16_t)(fits ? acc[c] : 0);
	}
	row[STASHED] = (int16_t)fits;
}

static void word_max(const struct nf_pos_model *m, size_t i, const struct nf_pos_word *wi,
		     void *arg)
{
	float s[NF_POS_NTAGS], *maxabs = arg;
	int k;

	for (k = 0; k < NF_PK_N; k++) {
		first_score(m, wi, k, m->rows + (i * NF_PK_N + (size_t)k) * NF_POS_ROW, s);
		track(&maxabs[k], s);
	}
}

static void word_rows(const struct nf_pos_model *m, size_t i, const struct nf_pos_word *wi,
		      void *arg)
{
	uint64_t f[NF_POS_MAXF];
	float s[NF_POS_NTAGS];
	int16_t *row;
	size_t c;
	int k;

	(void)arg;
	for (k = 0; k < NF_PK_N; k++) {
		row = m->rows + (i * NF_PK_N + (size_t)k) * NF_POS_ROW;
		if (row[STASHED])
			for (c = 0; c < NF_POS_NTAGS; c++)
				s[c] = acc_score(&m->weights, row[c]);
		else
			score(&m->weights, f, nf_pos_word_feats(wi, k, f), s);
		quantize(row, s, m->q, m->bound[k]);
	}
}

/* The feature and group of table row r (see NF_PT_*). */
static uint64_t table_feat(size_t r, int *group)
{
	if (r == NF_PT_BIAS) {
		*group = G_BIAS;
		return nf_pos_bias_feat();
	}
	if (r < NF_PT_HIST1) {
		*group = G_SHAPE0 + (int)((r - NF_PT_SHAPE) / NF_PS_SLOTS);
		return nf_pos_shape_feat((int)((r - NF_PT_SHAPE) / NF_PS_SLOTS),
					 (int)((r - NF_PT_SHAPE) % NF_PS_SLOTS));
	}
	if (r < NF_PT_HIST2) {
		*group = G_HIST1;
		return nf_pos_hist_feat(-1, (int)(r - NF_PT_HIST1));
	}
	*group = G_HIST2;
	return nf_pos_hist_feat((int)((r - NF_PT_HIST2) / NF_POS_HIST),
				(int)((r - NF_PT_HIST2) % NF_POS_HIST));
}

static void tables(struct nf_pos_model *m, float *maxabs, int fill)
{
	float s[NF_POS_NTAGS];
	uint64_t f;
	size_t r;
	int g;

	for (r = 0; r < NF_PT_N; r++) {
		f = table_feat(r, &g);
		score(&m->weights, &f, 1, s);
		if (fill)
			quantize(m->tables + r * NF_POS_ROW, s, m->q, 32767);
		else
			track(&maxabs[g], s);
	}
}

/* Sets the scale: the largest possible sum of rows fits in int16. */
static void set_scale(struct nf_pos_model *m, const float *maxabs)
{
	float total = 0;
	int g;

	for (g = 0; g < G_N; g++)
		total += maxabs[g];
	m->q = total > 0 ? 32000.0f / total : 1.0f;
	for (g = 0; g < NF_PK_N; g++)
		m->bound[g] = nf_pos_quantize(maxabs[g], m->q, 32767);
}

static int check_sections(struct nf_pos_model *m, const struct nf_section **vocab,
			  struct nf_error *err)
{
	const struct nf_section *meta = nf_model_section(&m->model, "meta");
	const struct nf_section *w = nf_model_section(&m->model, "weights");
	const char *want = nf_pos_features_version();
	long n;

	if (!meta || meta->len < strlen(want) || memcmp(meta->data, want, strlen(want)) != 0 ||
	    (meta->len > strlen(want) && meta->data[strlen(want)] != '\n'))
		return nf_fail(err, NF_EXIT_DATA,
			       "model built for another feature set (want '%s'): retrain it", want);
	if (!w || nf_weights_parse(&m->weights, w->data, w->len) < 0 ||
	    m->weights.nclasses != NF_POS_NTAGS)
		return nf_fail(err, NF_EXIT_DATA, "model has no valid 'weights' section");
	*vocab = nf_model_section(&m->model, "vocab");
	if (!*vocab || (n = nf_vocab_count(*vocab)) < 0)
		return nf_fail(err, NF_EXIT_DATA, "model has no valid 'vocab' section");
	m->nvocab = (size_t)n;
	return 0;
}

int nf_pos_model_load(struct nf_pos_model *m, const unsigned char *p, size_t n,
		      struct nf_error *err)
{
	const struct nf_section *vocab = NULL;
	float maxabs[G_N] = { 0 };

	memset(m, 0, sizeof(*m));
	if (nf_model_parse(&m->model, p, n, "pos", err) < 0 ||
	    check_sections(m, &vocab, err) < 0)
		return -1;
	nf_weights_filter(&m->weights);	/* a speed-up only: failure is fine */
	m->rows = malloc((m->nvocab + 2) * NF_PK_N * NF_POS_ROW * sizeof(*m->rows));
	m->tables = malloc(NF_PT_N * NF_POS_ROW * sizeof(*m->tables));
	if (!m->rows || !m->tables || nf_vocab_index(vocab, m->nvocab, &m->cap, &m->keys, &m->index) < 0) {
		nf_pos_model_release(m);
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	}
	each_word(m, vocab, word_max, maxabs);
	tables(m, maxabs, 0);
	set_scale(m, maxabs);
	each_word(m, vocab, word_rows, NULL);
	tables(m, maxabs, 1);
	return 0;
}

void nf_pos_model_release(struct nf_pos_model *m)
{
	nf_weights_release(&m->weights);
	free(m->keys);
	free(m->index);
	free(m->rows);
	free(m->tables);
	memset(m, 0, sizeof(*m));
}
