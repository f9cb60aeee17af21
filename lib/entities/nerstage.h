/*
 * tag-entities as a stage: model loading, options and the "entities" key.
 */
#ifndef NF_NERSTAGE_H
#define NF_NERSTAGE_H

#include "buf.h"
#include "ner.h"
#include "stage.h"

struct nf_nerstage {
	struct nf_stage stage;
	struct nf_ner_model model;
	int loaded;
	const char *model_path;	/* --model, or NULL for the built-in one */
	struct nf_buf model_bytes;
	struct nf_ner_work work;
	struct nf_ner_conventions conventions;	/* data/entity-conventions.txt */
};

int nf_nerstage_init(struct nf_nerstage *s);
void nf_nerstage_release(struct nf_nerstage *s);

/* tag-entities on its own, not among other stages: larger caches (NF_NER_CACHE_ALONE). */
void nf_nerstage_alone(struct nf_nerstage *s);

#endif
