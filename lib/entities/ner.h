/*
 * Named-entity tagging: PERSON, ORG, LOC, MISC over BILOU token labels,
 * scored by an averaged structured perceptron (perceptron.h) and decoded
 * with Viterbi under the BILOU constraints.  Features: word forms, shapes,
 * affixes, neighbours, word clusters, a gazetteer, and document-level
 * casing (how a word is written elsewhere in the same article).
 *
 * The pieces:
 *   ner_prepare.c tokens, sentences, per-token cache, document statistics
 *   ner_feats.c   feature templates over that cache -> feature hashes
 *   ner_decode.c  emission scores + transitions -> Viterbi labels -> spans
 *   ner_model.c   loading a model (weights, labels, clusters, gazetteer)
 *   ner_conv.c    label conventions applied after the model (Kremlin: ORG)
 *   ner_data.c    reading gold training data (CoNLL JSONL/columns, GUM)
 *   ner_train.c   the training loop (train-entities)
 *   nerstage.c    the tag-entities stage
 */
#ifndef NF_NER_H
#define NF_NER_H

#include <stddef.h>
#include <stdint.h>

#include "lexicon.h"
#include "model.h"
#include "perceptron.h"
#include "sentsplit.h"
#include "tokens.h"

enum nf_ner_type { NF_PER, NF_ORG, NF_LOC, NF_MISC, NF_NTYPES };

/* Labels: 0 = O, then for each type B, I, L, U: 1 + 4 * type + pos. */
enum { NF_NER_NLABELS = 1 + 4 * NF_NTYPES };

/* Labels padded to whole vectors of 4 lanes for Viterbi. */
enum { NF_NER_VLANES = (NF_NER_NLABELS + 3) / 4 * 4 };
enum nf_bilou { NF_B, NF_I, NF_L, NF_U };

#define NF_NER_LABEL(type, pos) (1 + 4 * (type) + (pos))
#define NF_NER_TYPE(label) (((label) - 1) / 4)
#define NF_NER_POS(label) (((label) - 1) % 4)

extern const char *const nf_ner_type_names[NF_NTYPES];

/* The gazetteer's longest entry, in tokens. */
enum { NF_GAZ_MAXLEN = 6 };

/*
 * A set of hashes as bits (a Bloom filter of one hash): bit b is
 * at[b / 8] >> (b % 8) & 1, the bytes of little-endian 64-bit words as a
 * model stores them, so a set is used in place in a model's bytes.
 */
struct nf_ner_bitset {
	const unsigned char *at;	/* NULL: every hash may be in */
	size_t mask;			/* bits - 1, a power of two - 1 */
	unsigned char *own;		/* at, if made here (to free), else NULL */
};

/* The bit of hash h in s: from the high half of h (tables use the low). */
static inline size_t nf_ner_bit_of(const struct nf_ner_bitset *s, uint64_t h)
{
	return (size_t)(h >> 32) & s->mask;
}

/* Might the hash h be in the set?  (No false "no".) */
static inline int nf_ner_bit(const struct nf_ner_bitset *s, uint64_t h)
{
	size_t b = nf_ner_bit_of(s, h);

	return !s->at || (s->at[b / 8] >> (b % 8) & 1);
}

static inline void nf_ner_bits_touch(const struct nf_ner_bitset *s, uint64_t h)
{
	if (s->at)
		__builtin_prefetch(&s->at[nf_ner_bit_of(s, h) / 8]);
}

/*
 * The gazetteer's filters (ner_gazbits.c).  names: a bit per hash of every
 * entry, 32 bits an entry: a key whose bit is clear is no name, so most
 * keys tried at a token cost no lookup in the (large, cache-missing)
 * table.  starts: a bit per hash of every proper beginning of two words
 * or more of a name, 4 bits an entry: where a key's bit is clear there, no
 * longer key that starts with it is a name, so the keys stop growing.
 */
struct nf_ner_gazbits {
	struct nf_ner_bitset names, starts;
};

/* Might the key hashed to h (f NULL: any key) be a name? */
static inline int nf_ner_gaz_maybe(const struct nf_ner_gazbits *f, uint64_t h)
{
	return !f || nf_ner_bit(&f->names, h);
}

/* Might a name go on past the key hashed to h? */
static inline int nf_ner_gaz_goes_on(const struct nf_ner_gazbits *f, uint64_t h)
{
	return !f || nf_ner_bit(&f->starts, h);
}

/* What features are computed from, besides the text. */
struct nf_ner_res {
	const struct nf_lexicon *clusters;	/* word -> cluster id (+1) */
	const struct nf_lexicon *gazetteer;	/* "tok tok" -> bit per type */
	const struct nf_lexicon *gaz_first;	/* first token -> longest entry */
	const struct nf_lexicon *abbrev;	/* for the tokenizer */
	const struct nf_tokens *toks;	/* the text's tokens made with abbrev, or NULL */
	const struct nf_ner_gazbits *gaz_bits;	/* of gazetteer, or NULL: look every key up */
};

/*
 * Per-token facts, computed for the tokens of one sentence at a time
 * (nf_ner_load_sentence) so that they cost memory per sentence, not per
 * text.
 */
struct nf_ner_tok {
	uint64_t raw;		/* nf_ner_raw_hash: the bytes as written */
	uint64_t lexh;		/* their nf_lexicon_hash for a new word type, else 0 */
	uint64_t lower;		/* hash of the lower-cased form */
	uint64_t shape;		/* hash of the short shape ("Xx", "X.X.", "dd") */
	uint32_t flags;
	int32_t cluster;	/* 0 = unknown word */
	int32_t gaz_longest;	/* longest gazetteer entry starting here, 0 = none */
	uint16_t gaz;		/* bit 4 * type + BILU position */
	uint8_t gaz_one;	/* the types of the word alone as a gazetteer name, 0 = none */
};

/* Scores of a token's own features, kept across documents. */
struct nf_ner_cached {
	uint64_t key;		/* 0 = empty */
	float s[NF_NER_NLABELS];
	int prunable;		/* nf_ner_prunable(s, the model's margin) */
};

/* Integer scores of the labels, room for adding eight lanes at a time. */
enum { NF_NER_ACC = (NF_NER_NLABELS + 7) / 8 * 8 };

/* Summed scores of a neighbour's facts (nf_ner_side_key), kept across documents. */
struct nf_ner_sidesum {
	uint64_t key;		/* 0 = empty */
	int32_t acc[NF_NER_ACC];
};

enum { NF_NER_SIDES = 1 << 13 };

/* Facts of a word type (its bytes), kept across documents. */
struct nf_ner_wtype {
	uint64_t raw;		/* 0 = empty */
	uint64_t lower, shape;
	uint32_t flags;
	int32_t cluster;
	const void *gaz_for;	/* the first-token index gaz_longest is from */
	int32_t gaz_longest;
	uint8_t gaz_one;	/* from the gazetteer of that index */
};

/*
 * Entries of the type cache and of the cache of own scores
 * (nf_ner_work.cache_slots): NF_NER_CACHE where the tagger shares its
 * memory with other stages (annotate, within 64 MiB), NF_NER_CACHE_ALONE
 * for tag-entities on its own, where 13 MiB more make it about 5 %
 * faster on a large corpus (more of its word types stay cached).
 */
enum { NF_NER_CACHE = 1 << 15, NF_NER_CACHE_ALONE = 1 << 17 };

/* Document-level counts per lower-cased form. */
struct nf_ner_docstat;

/* Labels given to a name in the document (ner_consist.c). */
struct nf_ner_seen {
	uint64_t key;		/* hash of its words, case folded */
	uint32_t gen;		/* the document (stats_gen) it is from */
	uint16_t n[NF_NTYPES];	/* telling mentions per type */
};

enum { NF_NER_SEEN = 1 << 11 };

/* Scratch for one document: reused between documents, no global state. */
struct nf_ner_work {
	/*
	 * The document's tokens: a view of the caller's (res->toks, the
	 * record's tokens layer: borrowed, never written) or of own.
	 */
	struct nf_tokens toks;
	struct nf_tokens own;		/* tokenized here when res->toks is NULL */
	const char *text;		/* the prepared text */
	struct nf_ner_res res;		/* what it was prepared with */
	const struct nf_span *spans;	/* the sentence spans tokens were grouped by */
	size_t nspans;
	/* Tokens are grouped by sentence: group g is tokens [sent_first[g], sent_first[g + 1]). */
	size_t *sent_first;	/* first token of each group, plus n */
	uint32_t *group_sent;	/* index in spans of each group's sentence */
	size_t nsents, sent_cap;
	/*
	 * The facts of token i are info[i - info_base]: of every token when
	 * info_whole (a short text), else of the loaded group's.  The loaded
	 * group is tokens [info_first, info_end).
	 */
	struct nf_ner_tok *info;
	size_t info_cap, info_base, info_first, info_end;
	int info_whole;
	int regime;		/* case of the document: 0 normal, 1 lower, 2 upper */
	struct nf_ner_docstat *stats;
	size_t stats_cap, stats_alloc;	/* slots in use (a power of two), allocated */
	uint32_t stats_gen;		/* the current document's generation, >= 1 */
	/*
	 * Emission scores of the sentence being decoded, NF_NER_VLANES per
	 * token (row i - first for token i), which Viterbi overwrites in
	 * place with its own scores: scratch for one sentence, not the text.
	 */
	float *scores;
	size_t work_cap;	/* rows of scores */
	uint8_t *back;		/* a long sentence's best prev per token and label */
	size_t back_cap;	/* tokens of back */
	/* NF_NER_LONG_SENTENCE and NF_NER_WHOLE_TEXT, set by init (tests lower them) */
	size_t long_sentence, whole_text;
	uint8_t *labels;	/* decoded labels per token of the text */
	uint8_t *opening;	/* per token: opens its sentence (ner_consist.c) */
	size_t labels_cap;	/* tokens of labels and opening */
	struct nf_ner_seen *seen;	/* NF_NER_SEEN slots, or NULL */
	struct nf_ner_cached *cache;	/* token feature scores by bytes + flags */
	struct nf_ner_sidesum *sides;	/* neighbour scores by facts, with cache */
	const void *cache_for;		/* the weights those scores are from */
	struct nf_ner_wtype *types;	/* token facts by bytes */
	const void *types_for;		/* the clusters the caches were filled with */
	size_t cache_slots;		/* entries of cache and types: a power of two, set before the first text */
};

void nf_ner_work_init(struct nf_ner_work *w);
void nf_ner_work_release(struct nf_ner_work *w);

/* Token facts and backpointers above this many tokens are freed by nf_ner_work_trim. */
enum { NF_NER_TRIM = 1 << 16 };

/*
 * Frees what tagging needed and writing the spans does not (the token
 * facts, a long sentence's backpointers) when it was made for a very long
 * text, so that a huge record's output does not sit on top of it (memory
 * per input byte, issue 14).  Ordinary records keep their room.
 */
void nf_ner_work_trim(struct nf_ner_work *w);

/*
 * Tokenizes text, groups tokens by the sentences sents[0..nsents) (byte
 * spans, which must outlive w's use of the text; if sents is NULL the
 * text is split with ss), and counts the document statistics.  text and
 * res must stay until the next call.  Returns 0, or -1 on ENOMEM.
 */
int nf_ner_prepare(struct nf_ner_work *w, const struct nf_ner_res *res,
		   struct nf_sentsplit *ss, const char *text, size_t len,
		   const struct nf_span *sents, size_t nsents);

/*
 * A text of up to this many tokens keeps the facts of all its tokens
 * (filled once); a longer one only those of the sentence at hand.
 */
enum { NF_NER_WHOLE_TEXT = 8192 };

/*
 * Loads group g (sentence g among those with tokens): the facts of its
 * tokens, which features, emission scores and history notes then read.
 * Never allocates: nf_ner_prepare made room for the longest group.
 */
void nf_ner_load_sentence(struct nf_ner_work *w, size_t g);

/* The hash of token i's bytes as written (never 0). */
static inline uint64_t nf_ner_raw_hash(const struct nf_ner_work *w, size_t i)
{
	return nf_feat_bytes(nf_feat(3), w->text + w->toks.v[i].a,
			     w->toks.v[i].b - w->toks.v[i].a) | 1;
}

/* The facts of token i, which must be in the loaded group. */
static inline const struct nf_ner_tok *nf_ner_info(const struct nf_ner_work *w, size_t i)
{
	return &w->info[i - w->info_base];
}

/*
 * The index in the sentence spans of token i's sentence, and in *outside
 * whether i starts outside that span (or there is none).  Asked for
 * tokens in increasing order with *g starting at 0, it takes linear time.
 */
size_t nf_ner_sentence_of(const struct nf_ner_work *w, size_t i, size_t *g, int *outside);

enum { NF_NER_MAXFEATS = 96 };

/*
 * Indexes the first tokens of the gazetteer's entries of two tokens or
 * more into first (value: the longest entry in tokens), so most tokens
 * cost one lookup; a token absent from first starts a one-token entry if
 * it is one (ask gaz), and none otherwise.
 */
int nf_ner_gaz_index(const struct nf_lexicon *gaz, struct nf_lexicon *first);

/*
 * The longest entry of gaz, in tokens, that starts with the token w[0..n)
 * (first its index by nf_ner_gaz_index), or 0 if none.
 */
int nf_ner_gaz_longest(const struct nf_lexicon *gaz, const struct nf_lexicon *first,
		       const char *w, size_t n);

/*
 * Builds both filters of gaz's entries into f (a zeroed struct).  Returns
 * 0, or -1 on ENOMEM.  Release with nf_ner_gaz_filter_release.
 */
int nf_ner_gaz_filter(const struct nf_lexicon *gaz, struct nf_ner_gazbits *f);

/* Builds f->starts alone, for a model that stores only f->names.  0, or -1 on ENOMEM. */
int nf_ner_gaz_starts(const struct nf_lexicon *gaz, struct nf_ner_gazbits *f);
void nf_ner_gaz_filter_release(struct nf_ner_gazbits *f);

/*
 * Features of token i into out[NF_NER_MAXFEATS]; returns how many.  They
 * are the token's own (determined by its bytes and flags, so their scores
 * can be cached) followed by those of its context.
 */
size_t nf_ner_token_features(const struct nf_ner_work *w, const char *text, size_t i,
			     uint64_t *out);
size_t nf_ner_context_features(const struct nf_ner_work *w, size_t i, uint64_t *out);
size_t nf_ner_features(const struct nf_ner_work *w, const char *text, size_t i,
		       uint64_t *out);

/*
 * The context features split for the tagger's cache of neighbour scores:
 * nf_ner_side_features gives the NF_NER_SIDE_FEATS features token i takes
 * from its neighbour on side d (-1 or +1; its form, shape and clusters,
 * or the sentence boundary), which depend on that neighbour's facts alone
 * (and the document's case regime), so that nf_ner_side_key, a hash of
 * those facts, can key their summed scores; nf_ner_context_rest gives
 * the rest.  Both sides and the rest make up nf_ner_context_features.
 */
enum { NF_NER_SIDE_FEATS = 4 };
size_t nf_ner_side_features(const struct nf_ner_work *w, size_t i, int d, uint64_t *out);
uint64_t nf_ner_side_key(const struct nf_ner_work *w, size_t i, int d);
size_t nf_ner_context_rest(const struct nf_ner_work *w, size_t i, uint64_t *out);

/* Records the labels of tokens [first, end) for later history features. */
void nf_ner_note_history(struct nf_ner_work *w, size_t first, size_t end);

/*
 * Pruning: a token whose own features (its word, shape, affixes, cluster)
 * favour O over every entity label by more than the model's margin is
 * labelled O without scoring its context, as most words of a text ("the",
 * "said") are settled by themselves; but not a word that may join two
 * capitalised words into one name ("and" in "Ministry of Industry and
 * Trade", "de la" in "Hospital de la Santa Creu": nf_ner_between_names),
 * whose context decides.  Given the token-feature scores s, returns 1 if they
 * favour O by more than margin.
 */
int nf_ner_prunable(const float *s, float margin);

/* The pruning margin train-entities writes into models (0 = none). */
#define NF_NER_PRUNE_DEFAULT 60.0f

/* The feature whose weights score label pairs: previous label prev. */
uint64_t nf_ner_trans_feature(int prev);

/* Transition scores, and the tables Viterbi derives from them once. */
enum { NF_NER_NENDS = 1 + 2 * NF_NTYPES };	/* O, L-*, U-* (and O, B-*, U-*) */

enum { NF_NER_OPEN_LANES = (NF_NER_NENDS + 3) / 4 * 4 };

struct nf_ner_trans {
	float m[(NF_NER_NLABELS + 1) * NF_NER_NLABELS];	/* m[(prev + 1) * K + cur] */
	float open_end[NF_NER_NENDS][NF_NER_NENDS];	/* opens after ends */
	/* the same by end, the opens in vector lanes (-inf past the last) */
	float end_open[NF_NER_NENDS][NF_NER_OPEN_LANES];
	int npred[NF_NER_NLABELS];			/* valid predecessors */
	int pred[NF_NER_NLABELS][NF_NER_NLABELS];
	float pred_m[NF_NER_NLABELS][NF_NER_NLABELS];
};

/*
 * Viterbi over tokens [first, end) of w using w->scores (rows 0 to
 * end - first, overwritten) and the transitions; writes w->labels.  Lane
 * NF_NER_NLABELS of a row is 0, or not 0 for a token settled as outside
 * (every label but O at -inf: pruning).
 */
void nf_ner_viterbi(struct nf_ner_work *w, const struct nf_ner_trans *tr, size_t first,
		    size_t end);

/*
 * Sentences longer than this many tokens are tagged with Viterbi
 * backpointers, one byte per label, instead of a row of scores per token
 * (same labels, in a third of the memory).
 */
enum { NF_NER_LONG_SENTENCE = 4096 };

/* Allocates w->scores for sentences of up to n tokens.  Returns 0 or -1. */
int nf_ner_work_reserve(struct nf_ner_work *w, size_t n);

/* A loaded model. */
struct nf_ner_model {
	struct nf_model model;
	struct nf_weights weights;
	struct nf_ner_trans trans;
	struct nf_lexicon clusters;
	struct nf_lexicon gazetteer;
	struct nf_lexicon gaz_first;
	struct nf_ner_gazbits gaz_bits;	/* nf_ner_gaz_filter of gazetteer */
	float prune;		/* pruning margin from "meta", 0 = score everything */
	const struct nf_ner_conventions *conventions;	/* label overrides, or NULL */
	int consistency;	/* apply nf_ner_consistency after tagging */
};

/* Label conventions: names whose label is fixed by policy. */
struct nf_ner_conventions {
	struct nf_lexicon names;	/* "white house" -> type */
	struct nf_lexicon first;	/* first word -> longest name, in words */
};

/*
 * Loads label conventions ("white house<TAB>ORG" lines, see
 * data/entity-conventions.txt).  Returns 0, or -1 with *errline the bad
 * line (0 on ENOMEM).
 */
int nf_ner_conventions_load(struct nf_ner_conventions *cv, const char *src, size_t len,
			    size_t *errline);
void nf_ner_conventions_release(struct nf_ner_conventions *cv);

/* Applies the conventions to the labels of tokens [first, end) of w. */
void nf_ner_apply_conventions(struct nf_ner_work *w, const struct nf_ner_conventions *cv,
			      const char *text, size_t first, size_t end);

/*
 * Loads the model in p[0..n) (which must outlive nm).  Returns 0, or -1
 * with a reason in err.
 */
int nf_ner_model_load(struct nf_ner_model *nm, const unsigned char *p, size_t n,
		      struct nf_error *err);
void nf_ner_model_release(struct nf_ner_model *nm);

/* The "meta" text a model must start with to match this build's features. */
const char *nf_ner_features_version(void);

/* Computes transitions from weights (also used while training). */
typedef void (*nf_ner_scorer)(const void *weights, const uint64_t *f, size_t n, float *out);
void nf_ner_fill_trans(struct nf_ner_trans *tr, nf_ner_scorer score, const void *weights);

/* Tags the prepared document with the model: fills w->labels. */
void nf_ner_tag(const struct nf_ner_model *nm, struct nf_ner_work *w, const char *text);

/*
 * After tagging a document: a name whose mentions in ordinary case and
 * mid-sentence agree on a type gives that type to its mentions in
 * capitals or opening a sentence, tagged or not (ner_consist.c).
 */
void nf_ner_consistency(struct nf_ner_work *w);

/* An entity found: token range and type. */
struct nf_entity {
	size_t first, end;	/* tokens */
	int type;
};

/*
 * Calls fn for each entity in w->labels, in order.  Stops and returns
 * fn's value if it is non-zero.
 */
int nf_ner_spans(const struct nf_ner_work *w, int (*fn)(void *arg, const struct nf_entity *e),
		 void *arg);

#endif
