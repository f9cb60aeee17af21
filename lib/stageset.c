/*
 * The filters' stages by name (stageset.h): made together, chosen from a
 * list, put in the chain's order.
 */
#include <string.h>

#include "exitcode.h"
#include "stageset.h"

const char *const nf_stage_names[NF_STAGESET_MAX] = {
	"sentences", "entities", "hedges", "sources", "profile"
};

int nf_stageset_init(struct nf_stageset *ss)
{
	memset(ss, 0, sizeof(*ss));
	if (nf_sentstage_init(&ss->sent) < 0)
		return -1;
	if (nf_nerstage_init(&ss->ner) < 0)
		goto ner;
	if (nf_hedgestage_init(&ss->hedge) < 0)
		goto hedge;
	if (nf_attrstage_init(&ss->attr) < 0)
		goto attr;
	nf_profilestage_init(&ss->profile);
	return 0;
attr:
	nf_hedgestage_release(&ss->hedge);
hedge:
	nf_nerstage_release(&ss->ner);
ner:
	nf_sentstage_release(&ss->sent);
	return -1;
}

void nf_stageset_release(struct nf_stageset *ss)
{
	nf_profilestage_release(&ss->profile);
	nf_attrstage_release(&ss->attr);
	nf_hedgestage_release(&ss->hedge);
	nf_nerstage_release(&ss->ner);
	nf_sentstage_release(&ss->sent);
}

struct nf_stage *nf_stageset_stage(struct nf_stageset *ss, size_t i)
{
	struct nf_stage *all[NF_STAGESET_MAX] = {
		&ss->sent.stage, &ss->ner.stage, &ss->hedge.stage, &ss->attr.stage,
		&ss->profile.stage
	};

	return all[i];
}

/* The index of the name list[0..n) in nf_stage_names, or -1. */
static int name_index(const char *name, size_t n)
{
	size_t i;

	for (i = 0; i < NF_STAGESET_MAX; i++)
		if (strlen(nf_stage_names[i]) == n && memcmp(nf_stage_names[i], name, n) == 0)
			return (int)i;
	return -1;
}

int nf_stageset_choose(struct nf_stageset *ss, const char *list, struct nf_error *err)
{
	int want[NF_STAGESET_MAX] = { 0 };
	const char *p = list, *e;
	size_t i;
	int k;

	for (;;) {
		e = strchr(p, ',');
		if (!e)
			e = p + strlen(p);
		if ((k = name_index(p, (size_t)(e - p))) < 0)
			return nf_fail(err, NF_EXIT_USAGE, "unknown stage '%.*s' in --stages: "
				       "give some of sentences,entities,hedges,sources,profile",
				       (int)(e - p), p);
		if (want[k]++)
			return nf_fail(err, NF_EXIT_USAGE, "stage '%s' given twice in --stages",
				       nf_stage_names[k]);
		if (!*e)
			break;
		p = e + 1;
	}
	for (ss->n = 0, i = 0; i < NF_STAGESET_MAX; i++)
		if (want[i]) {
			ss->names[ss->n] = nf_stage_names[i];
			ss->chosen[ss->n++] = nf_stageset_stage(ss, i);
		}
	return 0;
}
