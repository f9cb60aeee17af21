/*
 * link-sources as a stage: model loading, options, and the three keys it
 * owns ("attributions", "sources", "references"; see
 * docs/record-contract.md for why one filter owns three).
 */
#ifndef NF_ATTRSTAGE_H
#define NF_ATTRSTAGE_H

#include "attr.h"
#include "syntax.h"
#include "attr_sources.h"
#include "buf.h"
#include "spans.h"
#include "stage.h"

/*
 * Attribution objects kept from record to record and refilled in place
 * (their spans and numbers updated), so that a record's hundreds of
 * attributions cost no allocation once the pool has grown.
 */
struct nf_attr_jpool {
	json_t **obj;			/* {"cue","source","content","type","source_id","sentence"} */
	json_t **cue, **src, **con;	/* their span objects */
	size_t n, cap;
	json_t *types[3];		/* "direct", "indirect", "mixed", shared */
};

void nf_attr_jpool_release(struct nf_attr_jpool *p);

struct nf_attrstage {
	struct nf_stage stage;
	struct nf_attr_model model;
	int loaded;
	struct nf_syntax syn;		/* the built-in tagger and parser */
	const char *model_path;	/* --model, or NULL for the built-in one */
	struct nf_buf model_bytes;
	struct nf_sentsplit ss;
	struct nf_spanvec sents;
	struct nf_attr_work work;
	struct nf_attr_registry reg;
	struct nf_attr_notes notes;
	struct nf_attr_jpool jpool;
	struct nf_attr_entity *ents;	/* the record's "entities", in bytes */
	size_t nents, ents_cap;
};

/*
 * The stage's value: {"attributions": [...], "sources": [...],
 * "references": [...]} with code point spans (attr_json.c).  NULL on ENOMEM.
 */
json_t *nf_attr_json(const struct nf_attr_work *w, const struct nf_attr_registry *r,
		     const struct nf_attr_notes *ns, const char *text, struct nf_attr_jpool *pool);

int nf_attrstage_init(struct nf_attrstage *s);
void nf_attrstage_release(struct nf_attrstage *s);

#endif
