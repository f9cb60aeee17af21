/*
 * detect-hedge as a stage: model loading, the --scope option and the
 * "hedges" key (see hedge.h for the detector, man/detect-hedge.1 for the
 * output).
 */
#ifndef NF_HEDGESTAGE_H
#define NF_HEDGESTAGE_H

#include "buf.h"
#include "hedge.h"
#include "stage.h"

struct nf_hedgestage {
	struct nf_stage stage;
	struct nf_hedge_model model;
	struct nf_hedge_detector det;
	int loaded;
	const char *model_path;	/* --model, or NULL for the built-in one */
	int uncertainty_only;	/* --scope=uncertainty */
	struct nf_buf model_bytes;
};

int nf_hedgestage_init(struct nf_hedgestage *s);
void nf_hedgestage_release(struct nf_hedgestage *s);

#endif
