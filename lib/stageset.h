/*
 * Every filter's stage in one place, by name, for the fused annotate
 * (cmd/annotate.c): "sentences" (split-sentences), "entities"
 * (tag-entities), "hedges" (detect-hedge), "sources" (link-sources) and
 * "profile" (profile-sources).  A set is chosen from a comma-separated
 * list and runs in the chain's order, whatever the list's order.
 */
#ifndef NF_STAGESET_H
#define NF_STAGESET_H

#include "attrstage.h"
#include "hedgestage.h"
#include "nerstage.h"
#include "profilestage.h"
#include "sentstage.h"

enum { NF_STAGESET_MAX = 5 };

struct nf_stageset {
	struct nf_sentstage sent;
	struct nf_nerstage ner;
	struct nf_hedgestage hedge;
	struct nf_attrstage attr;
	struct nf_profilestage profile;
	const struct nf_stage *chosen[NF_STAGESET_MAX];
	const char *names[NF_STAGESET_MAX];	/* the chosen stages' names */
	size_t n;
};

/* The names, in the chain's order, and the default list. */
extern const char *const nf_stage_names[NF_STAGESET_MAX];
#define NF_STAGESET_DEFAULT "sentences,entities,hedges,sources"

/* Makes every stage.  Returns 0, or -1 (out of memory; nothing to release). */
int nf_stageset_init(struct nf_stageset *ss);
void nf_stageset_release(struct nf_stageset *ss);

/* The stage of nf_stage_names[i]. */
struct nf_stage *nf_stageset_stage(struct nf_stageset *ss, size_t i);

/*
 * Chooses the stages named in list (comma-separated, each once).
 * Returns 0, or -1 with err set (64: an unknown or repeated name).
 */
int nf_stageset_choose(struct nf_stageset *ss, const char *list, struct nf_error *err);

#endif
