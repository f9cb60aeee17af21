/*
 * profile-sources as a stage: the "profile" key of each record (see
 * profile.h) and, with --rollup=FILE, the sums over the run written to
 * FILE by the finish hook.
 */
#ifndef NF_PROFILESTAGE_H
#define NF_PROFILESTAGE_H

#include <stdio.h>

#include "profile.h"
#include "stage.h"

struct nf_profilestage {
	struct nf_stage stage;
	const char *rollup_path;	/* --rollup, or NULL */
	FILE *rollup;			/* opened by start, closed by finish */
	struct nf_profile sum;		/* over the profiled records */
	size_t articles;		/* how many were profiled */
};

void nf_profilestage_init(struct nf_profilestage *s);
void nf_profilestage_release(struct nf_profilestage *s);

#endif
