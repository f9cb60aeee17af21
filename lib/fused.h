/*
 * Several stages fused into one, for the annotate tool: one process, one
 * read and one parse of each line, one splice of all the keys, and the
 * same bytes as the filters piped one into the next.  The fused stage is
 * an ordinary several-key stage to the driver (driver.h): its keys are
 * those of its stages in order; its annotate runs them in turn, passing
 * the sentences and entities that one makes to the next in the record's
 * layers (layers.h), as C arrays, where the next filter of a pipe would
 * have parsed them from JSON (values are parsed back into the record only
 * for a stage that reads the JSON itself: profile); its options are the
 * stages' own (stageopt.h), prefixed with the stage's name
 * (--entities-model=FILE), and --stages=LIST to choose them.
 */
#ifndef NF_FUSED_H
#define NF_FUSED_H

#include "jsonsplice.h"
#include "stageset.h"

enum { NF_FUSED_MAXOPTS = 16 };

struct nf_fused {
	struct nf_stage stage;		/* what the driver runs */
	struct nf_stageset set;
	const char *keys[NF_SPLICE_MAXKEYS + 1];
	size_t nkeys[NF_STAGESET_MAX];	/* how many of keys each chosen stage owns */
	struct option options[NF_FUSED_MAXOPTS + 2];
	char *optnames[NF_FUSED_MAXOPTS];
	struct { int stage, id; } optmap[NF_FUSED_MAXOPTS];	/* into nf_stage_names */
	int ismodel[NF_FUSED_MAXOPTS];	/* the option is a stage's --model */
	int given[NF_STAGESET_MAX];	/* options seen, per stage of nf_stage_names */
	char *help;
};

/* Makes the fused stage over the default stages.  Returns 0 or -1 (ENOMEM). */
int nf_fused_init(struct nf_fused *f);
void nf_fused_release(struct nf_fused *f);

#endif
