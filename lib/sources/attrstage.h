/*
 * link-sources as a stage: model loading, and the three keys it
 * owns ("attributions", "sources", "references"; see
 * docs/record-contract.md for why one filter owns three).
 */
#ifndef NF_ATTRSTAGE_H
#define NF_ATTRSTAGE_H

#include "attr.h"
#include "syntax.h"
#include "attr_sources.h"
#include "buf.h"
#include "stage.h"

/*
 * What writing the values reuses from record to record (attr_json.c): the
 * mentions' code point spans.
 */
struct nf_attr_jpool {
	size_t *mcp;			/* per mention: start and end in code points */
	size_t mcp_cap;
};

void nf_attr_jpool_release(struct nf_attr_jpool *p);

struct nf_attrstage {
	struct nf_stage stage;
	struct nf_attr_model model;
	int loaded;
	struct nf_syntax syn;		/* the built-in tagger and parser */
	const char *model_path;	/* --model, or NULL for the built-in one */
	struct nf_buf model_bytes;
	struct nf_attr_work work;
	struct nf_attr_registry reg;
	struct nf_attr_notes notes;
	struct nf_attr_jpool jpool;
	struct nf_attr_entity *ents;	/* the record's entities layer, as the registry takes it */
	size_t nents, ents_cap;
};

/*
 * Writes the stage's values as JSON text with code point spans (attr_json.c):
 * "attributions" into vals[0], "sources" into vals[1], "references" into
 * vals[2].  Values that would outgrow vals' limit (--max-record-bytes)
 * are only counted, so that the record is rejected with their exact
 * length without their memory being taken.  Returns 0, or -1 on ENOMEM.
 */
int nf_attr_write(struct nf_buf *vals, const struct nf_attr_work *w,
		  const struct nf_attr_registry *r, const struct nf_attr_notes *ns,
		  const char *text, struct nf_attr_jpool *pool);

/*
 * A lower bound of the bytes nf_attr_write writes (each element at its
 * shortest): when it is a quarter of the values' limit or more, they are
 * counted before they are written (see attr_json.c).
 */
size_t nf_attr_write_bound(const struct nf_attr_work *w, const struct nf_attr_registry *r,
			   const struct nf_attr_notes *ns);

int nf_attrstage_init(struct nf_attrstage *s);
void nf_attrstage_release(struct nf_attrstage *s);

#endif
