/*
 * Word clusters learned from unlabelled text with the predictive exchange
 * algorithm: each word is moved to the class that best predicts the words
 * that follow it, until no move helps (Kneser & Ney 1993; Uszkoreit &
 * Brants 2008).  The tagger uses a coarse and a fine clustering as
 * features, so rare names inherit what their distributional neighbours
 * taught it.
 */
#ifndef NF_CLUSTERS_H
#define NF_CLUSTERS_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "lexicon.h"

struct nf_cluster_corpus {
	struct nf_lexicon vocab;	/* lower-cased word -> id */
	uint32_t *counts;		/* per id */
	size_t nwords, wcap;
	int32_t *seq;			/* word ids, -1 between documents */
	size_t n, cap;
};

void nf_cluster_corpus_init(struct nf_cluster_corpus *c);
void nf_cluster_corpus_release(struct nf_cluster_corpus *c);

/* Adds the tokens of text[0..len) as one document.  Returns 0 or -1. */
int nf_cluster_corpus_add(struct nf_cluster_corpus *c, const char *text, size_t len,
			  const struct nf_lexicon *abbrev);

struct nf_cluster_opts {
	unsigned classes;	/* fine classes */
	unsigned coarse;	/* coarse classes */
	unsigned min_count;	/* rarer words get no cluster */
	unsigned iterations;
	void (*progress)(void *arg, unsigned iter, size_t moved);
	void *arg;
};

/*
 * Clusters the corpus and appends "word<TAB>coarse*1024+fine" lines,
 * sorted by word, to out.  Deterministic.  Returns 0 or -1 (ENOMEM).
 */
int nf_clusters_build(const struct nf_cluster_corpus *c, const struct nf_cluster_opts *o,
		      struct nf_buf *out);

#endif
