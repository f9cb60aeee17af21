/*
 * Loading an entity model: the container (model.h) with sections
 * "meta" (feature set version), "weights" (perceptron.h), "clusters" and
 * "gazetteer" (lexicon text), and "tables" (the same word lists as ready
 * tables, ner_tables.h; a model without it has them built from the text).
 * See ner.h.
 */
#include <stdio.h>
#include <string.h>

#include "ner.h"
#include "ner_tables.h"

#define NF_NER_FEATURES "ner-features 6"

static void score_weights(const void *weights, const uint64_t *f, size_t n, float *out)
{
	nf_weights_score(weights, f, n, out);
}

static int load_lexicon(struct nf_lexicon *lx, const struct nf_model *m, const char *name,
			struct nf_error *err)
{
	const struct nf_section *s = nf_model_section(m, name);
	size_t line;

	if (!s)
		return 0;	/* optional */
	if (nf_lexicon_load(lx, (const char *)s->data, s->len, NULL, &line) < 0)
		return line ? nf_fail(err, NF_EXIT_DATA, "model section '%s': bad entry at line %zu",
				      name, line)
			    : nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	return 0;
}

/*
 * The word lists: copied from the "tables" section when the model has
 * one, else built from the lexicon text of "clusters" and "gazetteer".
 */
static int load_lists(struct nf_ner_model *nm, struct nf_error *err)
{
	const struct nf_section *t = nf_model_section(&nm->model, "tables");
	int nomem;

	if (t) {
		if (nf_ner_tables_read(nm, t->data, t->len, &nomem) == 0) {
			if (!nm->gaz_bits.starts.at &&	/* a model older than the starts */
			    nf_ner_gaz_starts(&nm->gazetteer, &nm->gaz_bits) < 0)
				return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
			return 0;
		}
		return nomem ? nf_fail(err, NF_EXIT_SOFTWARE, "out of memory")
			     : nf_fail(err, NF_EXIT_DATA, "model section 'tables' is not valid: "
							  "retrain the model");
	}
	if (load_lexicon(&nm->clusters, &nm->model, "clusters", err) < 0 ||
	    load_lexicon(&nm->gazetteer, &nm->model, "gazetteer", err) < 0)
		return -1;
	if (nf_ner_gaz_index(&nm->gazetteer, &nm->gaz_first) < 0 ||
	    nf_ner_gaz_filter(&nm->gazetteer, &nm->gaz_bits) < 0)
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	return 0;
}

/* The "prune MARGIN" line of the meta text, or 0. */
static float meta_prune(const struct nf_section *meta)
{
	char line[64];
	const char *p = memchr(meta->data, '\n', meta->len);
	size_t n;
	float v;

	if (!p)
		return 0;
	n = meta->len - (size_t)(p + 1 - (const char *)meta->data);
	if (n >= sizeof(line))
		return 0;
	memcpy(line, p + 1, n);
	line[n] = '\0';
	return sscanf(line, "prune %f", &v) == 1 && v > 0 ? v : 0;
}

int nf_ner_model_load(struct nf_ner_model *nm, const unsigned char *p, size_t n,
		      struct nf_error *err)
{
	const struct nf_section *meta, *w;

	memset(nm, 0, sizeof(*nm));
	nf_lexicon_init(&nm->clusters);
	nf_lexicon_init(&nm->gazetteer);
	nf_lexicon_init(&nm->gaz_first);
	if (nf_model_parse(&nm->model, p, n, "entities", err) < 0)
		return -1;
	meta = nf_model_section(&nm->model, "meta");
	if (!meta || meta->len < strlen(NF_NER_FEATURES) ||
	    memcmp(meta->data, NF_NER_FEATURES, strlen(NF_NER_FEATURES)) != 0)
		return nf_fail(err, NF_EXIT_DATA,
			       "model built for another feature set (want '%s'): retrain it",
			       NF_NER_FEATURES);
	nm->prune = meta_prune(meta);
	w = nf_model_section(&nm->model, "weights");
	if (!w || nf_weights_parse(&nm->weights, w->data, w->len) < 0 ||
	    nm->weights.nclasses != NF_NER_NLABELS)
		return nf_fail(err, NF_EXIT_DATA, "model has no valid 'weights' section");
	if (load_lists(nm, err) < 0) {
		nf_ner_model_release(nm);
		return -1;
	}
	nf_ner_fill_trans(&nm->trans, score_weights, &nm->weights);
	return 0;
}

void nf_ner_model_release(struct nf_ner_model *nm)
{
	nf_lexicon_release(&nm->clusters);
	nf_lexicon_release(&nm->gazetteer);
	nf_lexicon_release(&nm->gaz_first);
	nf_ner_gaz_filter_release(&nm->gaz_bits);
	nf_weights_release(&nm->weights);
}

const char *nf_ner_features_version(void)
{
	return NF_NER_FEATURES;
}
