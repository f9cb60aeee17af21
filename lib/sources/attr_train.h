/*
 * Training the attribution model (attr.h) from gold attributions, one
 * document at a time: the cue tagger on every sentence, the source and
 * content choosers on every gold cue (with the gold source given to the
 * content chooser).  Used by train-sources.
 */
#ifndef NF_ATTR_TRAIN_H
#define NF_ATTR_TRAIN_H

#include <stdio.h>

#include "attr.h"
#include "attr_feats.h"
#include "stage.h"

/* One gold attribution, in bytes; a == SIZE_MAX for an absent part. */
struct nf_attr_gold {
	size_t cue_a, cue_b;
	size_t src_a, src_b;
	size_t con_a, con_b;	/* the first fragment when the cue splits it */
};

struct nf_attr_trainer {
	struct nf_ptrain pt;
	struct nf_attr_scorer sc;
	struct nf_attr_small sm;	/* slot keys only */
	const struct nf_pos_model *pos;	/* tags the documents, or NULL */
	const struct nf_dep_model *dep;	/* parses them, or NULL */
	struct nf_attr_work w;
	uint8_t *gtag;
	size_t gtag_cap;
	/* this epoch's decisions, errors and unreachable gold answers */
	size_t cue_tokens, cue_err, src_n, src_err, src_miss, con_n, con_err, con_miss;
};

int nf_attr_train_init(struct nf_attr_trainer *tr);
void nf_attr_train_release(struct nf_attr_trainer *tr);

/* Learns from one document.  Returns 0, or -1 on ENOMEM. */
int nf_attr_train_doc(struct nf_attr_trainer *tr, const struct nf_lexicon *cues,
		      const struct nf_lexicon *abbrev, const char *text, size_t len,
		      const struct nf_span *sents, size_t nsents,
		      const struct nf_attr_gold *gold, size_t ngold);

/* A gold corpus in memory: documents with sentences and attributions. */
struct nf_attr_doc {
	char *text;
	size_t len;
	struct nf_span *sents;
	size_t nsents;
	struct nf_attr_gold *gold;
	size_t ngold;
};

struct nf_attr_corpus {
	struct nf_attr_doc *docs;
	size_t ndocs, cap;
};

/*
 * Appends the gold record root: "text" and "attributions" [{"cue",
 * "source", "content", "content_spans"}], spans as [start, end] or
 * {"start","end"} in code points, null when absent; splits sentences
 * with ss.  Returns 0, or -1 with err filled (not such a record:
 * NF_EXIT_DATA).
 */
int nf_attr_corpus_add_record(struct nf_attr_corpus *c, json_t *root,
			       struct nf_sentsplit *ss, struct nf_error *err);
void nf_attr_corpus_release(struct nf_attr_corpus *c);

struct nf_attr_train_opts {
	unsigned epochs;
	unsigned long seed;	/* document order */
	float min_weight;	/* smaller averaged weights are dropped */
	const char *cues;	/* cue lexicon text, stored in the model */
	size_t cues_len;
	const char *notes;	/* stored in the model */
	FILE *log;		/* per-epoch figures, or NULL */
	const struct nf_pos_model *pos;	/* part-of-speech tagger, or NULL (untagged) */
	const struct nf_dep_model *dep;	/* parser, or NULL (unparsed; needs pos) */
};

/* Trains on c and writes the model into out.  Returns 0 or -1 (err). */
int nf_attr_train(const struct nf_attr_corpus *c, const struct nf_attr_train_opts *o,
		  const struct nf_lexicon *abbrev, struct nf_buf *out, struct nf_error *err);

#endif
