/*
 * split-sentences as a stage: its options, and the "sentences" key.
 */
#ifndef NF_SENTSTAGE_H
#define NF_SENTSTAGE_H

#include "sentsplit.h"
#include "spanjson.h"
#include "stage.h"

struct nf_sentstage {
	struct nf_sentsplit ss;
	struct nf_stage stage;
};

/* Returns 0, or -1 on ENOMEM. */
int nf_sentstage_init(struct nf_sentstage *s);
void nf_sentstage_release(struct nf_sentstage *s);

/*
 * The value of "sentences" for the spans in ss (bytes of text): an array
 * of {"start","end"} in code points, what the stage writes, parsed back
 * (for tests).  Returns a new reference or NULL.
 */
json_t *nf_sentences_json(const struct nf_sentsplit *ss, const char *text);

#endif
