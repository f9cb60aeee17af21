/*
 * The sourcing profile of an article, for fact-checkers: how many of its
 * sentences are hedged, who its claims are attributed to, how many of
 * them anonymously, and how much of it its notes and summary bullets
 * cover.  It is computed only from the keys the other filters wrote
 * ("sentences", "hedges", "attributions", "sources", "references"), never
 * from the text, so it is cheap and says exactly what those keys say.
 *
 * Counts add up over articles (nf_profile_add); shares are recomputed
 * from the sums when written, never averaged.  See man/profile-sources.1.
 */
#ifndef NF_PROFILE_H
#define NF_PROFILE_H

#include <stddef.h>

#include <jansson.h>

#include "stage.h"

/* Attributions by their source's kind, in output order. */
enum nf_profile_kind {
	NF_PK_PERSON,
	NF_PK_ORGANIZATION,
	NF_PK_MEDIA,
	NF_PK_GOVERNMENT,
	NF_PK_ANONYMOUS,
	NF_PK_DOCUMENT,
	NF_PK_UNKNOWN,		/* no source_id, an unknown id or kind */
	NF_PK_COUNT
};

extern const char *const nf_profile_kind_names[NF_PK_COUNT];

/* The counts of one article, or the sums over many. */
struct nf_profile {
	size_t sentences;
	size_t hedged_sentences;	/* distinct sentences with a hedge */
	size_t attributions;
	size_t by_kind[NF_PK_COUNT];	/* attributions by source kind */
	size_t anonymous_attributions;	/* source has "anonymous": true */
	size_t sources;
	size_t anonymous_sources;
	size_t unattributed_hedged_sentences;
	size_t references;
	size_t references_linked;	/* cited_by or supports not empty */
	size_t covered_sentences;	/* distinct sentences linked to a note */
};

/*
 * Computes the profile of the record root into *p.  Returns 0, or -1
 * with err set: NF_EXIT_DATA when a key is missing or malformed (the
 * message names the key and the filter to run), NF_EXIT_SOFTWARE when
 * out of memory.
 *
 *	struct nf_profile p;
 *	if (nf_profile_compute(rec->root, &p, err) < 0) return -1;
 *	json_t *v = nf_profile_json(&p, NULL);
 */
int nf_profile_compute(const json_t *root, struct nf_profile *p, struct nf_error *err);

/* Adds the counts of p to sum. */
void nf_profile_add(struct nf_profile *sum, const struct nf_profile *p);

/*
 * The profile as a JSON object, members in the documented order.  With
 * articles non-NULL (a roll-up), an "articles" member with *articles
 * opens it.  Shares are reals rounded to 4 decimals, or null for a zero
 * denominator.  Returns a new reference, or NULL when out of memory.
 */
json_t *nf_profile_json(const struct nf_profile *p, const size_t *articles);

/* n / d rounded to 4 decimals; d must not be 0. */
double nf_profile_share(size_t n, size_t d);

#endif
