/*
 * The link-sources model file (attr.h): a "sources" container (model.h)
 * with sections "notes" (how it was trained, free text), "features" (u32
 * NF_ATTR_FEATURES), "cues" (the cue lexicon it was trained with, as
 * text) and "weights" (frozen perceptron, NF_AC_N classes).
 */
#include <stdio.h>
#include <string.h>

#include <stdlib.h>

#include "attr_feats.h"
#include "model.h"

int nf_attr_cues_load(struct nf_lexicon *lx, const char *src, size_t len, size_t *errline)
{
	return nf_lexicon_load(lx, src, len, NULL, errline);
}

static const struct nf_section *need(const struct nf_model *mf, const char *name,
				     struct nf_error *err)
{
	const struct nf_section *s = nf_model_section(mf, name);

	if (!s)
		nf_fail(err, NF_EXIT_DATA, "malformed sources model: no '%s' section", name);
	return s;
}

int nf_attr_model_load(struct nf_attr_model *m, const unsigned char *p, size_t n,
		       struct nf_error *err)
{
	const struct nf_section *feat, *cues, *w;
	struct nf_model mf;
	size_t line = 0;

	memset(m, 0, sizeof(*m));
	nf_lexicon_init(&m->cues);
	if (nf_model_parse(&mf, p, n, "sources", err) < 0)
		return -1;
	if (!(feat = need(&mf, "features", err)) ||
	    !(cues = need(&mf, "cues", err)) ||
	    !(w = need(&mf, "weights", err)))
		return -1;
	if (feat->len != 4 || nf_get_u32(feat->data) != NF_ATTR_FEATURES)
		return nf_fail(err, NF_EXIT_DATA,
			       "model uses another feature set than this build (%d): "
			       "retrain it with train-sources", NF_ATTR_FEATURES);
	if (nf_weights_parse(&m->w, w->data, w->len) < 0 || m->w.nclasses != NF_AC_N)
		return nf_fail(err, NF_EXIT_DATA, "malformed sources model: bad 'weights' section");
	if (nf_attr_cues_load(&m->cues, (const char *)cues->data, cues->len, &line) < 0) {
		nf_lexicon_release(&m->cues);
		return line ? nf_fail(err, NF_EXIT_DATA,
				      "malformed sources model: bad cue at line %zu", line)
			    : nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	}
	nf_weights_filter(&m->w);	/* speed-ups only: failure is fine */
	nf_weights_inline(&m->w);
	if (!(m->small = malloc(sizeof(*m->small))) || nf_attr_small_init(m->small, &m->w) < 0) {
		free(m->small);
		m->small = NULL;
		nf_lexicon_release(&m->cues);
		nf_weights_release(&m->w);
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	}
	return 0;
}

void nf_attr_model_release(struct nf_attr_model *m)
{
	nf_lexicon_release(&m->cues);
	nf_weights_release(&m->w);
	if (m->small)
		nf_attr_small_release(m->small);
	free(m->small);
	memset(m, 0, sizeof(*m));
}

int nf_attr_model_write(struct nf_buf *out, const char *notes, const char *cues,
			size_t cues_len, const struct nf_buf *weights)
{
	unsigned char feat[4];

	nf_set_u32(feat, NF_ATTR_FEATURES);
	return nf_model_begin(out, "sources", 4) < 0 ||
	       nf_model_add(out, "notes", notes, strlen(notes)) < 0 ||
	       nf_model_add(out, "features", feat, sizeof(feat)) < 0 ||
	       nf_model_add(out, "cues", cues, cues_len) < 0 ||
	       nf_model_add(out, "weights", weights->data, weights->len) < 0 ||
	       nf_model_finish(out) < 0 ? -1 : 0;
}
