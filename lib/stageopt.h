/*
 * A stage's long options, as the driver and the fused stage both declare
 * them: the stage's own table, with --model first for a stage that has a
 * model (nf_stage.model_path).  One mechanism for both: the single filter
 * takes the names as they are (--model), annotate prefixes them with the
 * stage's name (--entities-model) and maps its ids back; either way the
 * option reaches the stage through nf_stage_option.
 */
#ifndef NF_STAGEOPT_H
#define NF_STAGEOPT_H

#include "stage.h"

/* The id of --model; no stage uses it for an option of its own. */
enum { NF_OPT_MODEL = 0x7f0 };

/* A stage has at most this many options, --model included. */
enum { NF_STAGEOPT_MAX = 8 };

/*
 * Writes st's options into out[0..NF_STAGEOPT_MAX) (names unprefixed,
 * ids as the stage and nf_stage_option know them).  Returns how many, or
 * -1 if the stage has more than NF_STAGEOPT_MAX.
 */
int nf_stage_options(const struct nf_stage *st, struct option *out);

/* Gives st the option of id (one of nf_stage_options').  Returns 0 or -1 with err set. */
int nf_stage_option(const struct nf_stage *st, int id, const char *arg, struct nf_error *err);

/*
 * Writes the help line of st's --model (named --PREFIXmodel) into buf:
 * "" for a stage without a model.  prefix is "" or "entities-".
 */
void nf_stage_model_help(const struct nf_stage *st, const char *prefix, char *buf,
			 size_t size);

#endif
