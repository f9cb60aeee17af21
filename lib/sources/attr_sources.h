/*
 * What link-sources builds around the attributions (attr.h): the source
 * registry (who the sources are, what kind, named or not, and every
 * mention merged: "Steve Witkoff" ... "Witkoff" ... "he" ... "the envoy")
 * and the notes (numbered notes, reference blocks, summary bullets, each
 * linked to the body sentences that cite or support it).  Both are rules
 * over the tokens the extractor prepared, driven by data/source-kinds.txt.
 */
#ifndef NF_ATTR_SOURCES_H
#define NF_ATTR_SOURCES_H

#include "attr.h"

/* Tags of data/source-kinds.txt, in file order of the tag names. */
enum nf_kind_tag {
	NF_KT_ANON, NF_KT_ANONHEAD, NF_KT_UNNAMED, NF_KT_ROLE, NF_KT_GOV, NF_KT_MEDIA,
	NF_KT_ORG, NF_KT_DOC, NF_KT_PRON, NF_KT_ITPRON, NF_KT_STOP, NF_KT_PLACE, NF_KT_CROWD
};

/* Source kinds, as named in the output. */
enum nf_source_kind {
	NF_SK_PERSON, NF_SK_ORG, NF_SK_MEDIA, NF_SK_GOV, NF_SK_ANON, NF_SK_DOC
};
extern const char *const nf_source_kind_names[];

/* An entity from the record's "entities" (bytes), for typing sources. */
struct nf_attr_entity {
	size_t a, b;
	char label;		/* 'P'ERSON, 'O'RG, 'L'OC, 'M'ISC */
};

/* A source; spans are token ranges, a == NF_ATTR_NONE when absent. */
struct nf_attr_source {
	int kind;		/* enum nf_source_kind */
	int anonymous;
	uint32_t name_a, name_b;
	uint32_t role_a, role_b;
	uint32_t aff_a, aff_b;	/* the named body an unnamed source belongs to */
	uint32_t head;		/* the head noun of an unnamed source ("people"), or NONE */
	uint32_t key_a, key_b;	/* what later mentions are matched on */
	uint32_t first_m, last_m;	/* its first and latest mentions */
};

struct nf_attr_mention {
	uint32_t src;		/* index into sources */
	uint32_t a, b;		/* tokens */
	uint32_t next;		/* the source's next mention, or NF_ATTR_NONE */
};

/*
 * A group of sources a later mention may name (attr_srcindex.c): those
 * with one key (name or surname), with one role (of one kind), or with a
 * role holding one word (of one kind); best is the member mentioned last.
 */
enum { NF_SG_KEY, NF_SG_ROLE, NF_SG_ROLEWORD };

struct nf_attr_group {
	uint64_t h;		/* hash of what follows */
	uint64_t word;		/* NF_SG_ROLEWORD: the word's hash */
	uint32_t a, b;		/* NF_SG_KEY, NF_SG_ROLE: tokens of a member's words */
	uint32_t best;		/* the source */
	uint32_t gen;		/* the record it belongs to (nf_attr_registry.gen) */
	uint8_t type, kind;
};

struct nf_attr_registry {
	struct nf_lexicon kinds;
	struct nf_attr_group *groups;	/* open addressing, groups_mask + 1 slots */
	size_t groups_mask, ngroups;
	uint32_t gen;
	uint32_t last_person, last_body;	/* latest mentioned person; body (not anonymous) */
	struct nf_attr_source *v;
	size_t n, cap;
	struct nf_attr_mention *m;
	size_t nm, mcap;
	uint32_t *src_of;	/* per attribution (work->found): source, or NF_ATTR_NONE */
	size_t src_of_cap;
};

/* Loads the built-in kind words.  Returns 0, or -1 on ENOMEM. */
int nf_attr_registry_init(struct nf_attr_registry *r);
void nf_attr_registry_release(struct nf_attr_registry *r);

/*
 * Builds the registry from the attributions in w->found, in text order.
 * ents (sorted, may be NULL) types named sources.  Returns 0 or -1 (ENOMEM).
 */
int nf_attr_registry_build(struct nf_attr_registry *r, const struct nf_attr_work *w,
			   const char *text, const struct nf_attr_entity *ents, size_t nents);

/*
 * The group index (attr_srcindex.c).  reset starts a record; mentioned
 * files source src, just mentioned, in its groups; find returns the best
 * of group (type, kind, tokens [a, b) or word), or NF_ATTR_NONE.
 */
void nf_attr_index_reset(struct nf_attr_registry *r);
int nf_attr_index_mentioned(struct nf_attr_registry *r, const struct nf_attr_work *w,
			    uint32_t src);
uint32_t nf_attr_index_find(const struct nf_attr_registry *r, const struct nf_attr_work *w,
			    int type, int kind, uint32_t a, uint32_t b, uint64_t word);

/*
 * Frees the group index once the registry is built, if it grew past a
 * record of megabytes' worth, so that it does not stay beside the output.
 */
void nf_attr_index_trim(struct nf_attr_registry *r);

/* A note or a summary bullet and the sentences it goes with. */
enum { NF_NOTE_NOTE, NF_NOTE_SUMMARY };
enum { NF_NOTE_LINKS = 3 };
/* Most work spent linking notes to sentences, per token of the text (attr_notes.c). */
enum { NF_NOTE_WORK = 64 };

/*
 * A note takes 12 bytes (issue 14: a line of "[1]" markers is one note
 * per 4 bytes of text): byte offsets are 32-bit (a text is at most
 * NF_ATTR_MAX_TEXT bytes), where its text starts and its number are read
 * back from the text (nf_attr_note_start, nf_attr_note_num), and its
 * links, which most notes of such a line do not have, are kept apart
 * (nf_attr_note_links).
 */
struct nf_attr_note {
	uint32_t b;		/* the end of the note's text, bytes */
	uint32_t ma;		/* its marker ("[1]", "-"), bytes [ma, ma + mlen) */
	uint8_t mlen;		/* 0: no marker */
	uint8_t kind;		/* NF_NOTE_NOTE or NF_NOTE_SUMMARY */
	uint8_t numbered;	/* the marker is "[n]" (at most 5 digits) */
	uint8_t unused;
};

_Static_assert(sizeof(struct nf_attr_note) == 12, "a note should take 12 bytes");

/* The sentences a note goes with. */
struct nf_attr_links {
	uint32_t cited[NF_NOTE_LINKS];	/* sentences with its marker in the body */
	uint32_t sup[NF_NOTE_LINKS];	/* best-supporting body sentences */
	float score[NF_NOTE_LINKS];
	uint8_t ncited, nsup;
};

/* A content word of a note, for the word index of nf_attr_notes_run. */
struct nf_attr_noteword {
	uint64_t w;
	uint32_t note;
};

/*
 * The notes of a record, and scratch reused from record to record (every
 * array sized by the record's tokens or notes, so memory stays linear).
 */
struct nf_attr_notes {
	struct nf_attr_note *v;
	size_t n, cap;
	struct nf_attr_links *links;	/* the links of the notes that have some */
	size_t nlinks, links_cap;
	uint32_t *linkof;	/* per note: its links, NF_ATTR_NONE; valid while nlinks */
	size_t linkof_cap;
	uint64_t *words;	/* scratch: a note's or a sentence's words, sorted */
	size_t words_cap;
	struct nf_attr_noteword *index;	/* every note's distinct content words, sorted */
	size_t nindex, index_cap;
	uint32_t *nwords;	/* per note: its distinct content words */
	uint32_t *hits;		/* per note: words shared with the current sentence */
	uint32_t *touched;	/* the notes hit by the current sentence */
	struct nf_attr_noteword *bynum;	/* numbered notes by number (in w), then position */
	size_t bynum_cap, note_cap;
};

void nf_attr_notes_release(struct nf_attr_notes *ns);

/*
 * Where the text of note n starts: after its marker and the blanks
 * (spaces, tabs, carriage returns) that follow, at most at its end.
 */
static inline uint32_t nf_attr_note_start(const struct nf_attr_note *n, const char *text)
{
	uint32_t a = n->ma + n->mlen;

	while (a < n->b && (text[a] == ' ' || text[a] == '\t' || text[a] == '\r'))
		a++;
	return a;
}

/* The number n of a note opened with "[n]", else -1. */
int32_t nf_attr_note_num(const struct nf_attr_note *n, const char *text);

/* The links of note k, or NULL if it has none (no "cited_by", no "supports"). */
static inline const struct nf_attr_links *nf_attr_note_links(const struct nf_attr_notes *ns,
							     size_t k)
{
	uint32_t l = ns->nlinks ? ns->linkof[k] : NF_ATTR_NONE;

	return l == NF_ATTR_NONE ? NULL : &ns->links[l];
}

/*
 * Finds the notes of text (lines opening with "[n]", lines under a
 * "Sources:" or "References:" line, lines opening with "- " or "* ") and
 * links each to the sentences that cite it, else to the body sentences
 * sharing most of its words.  Returns 0 or -1 (ENOMEM).
 */
int nf_attr_notes_run(struct nf_attr_notes *ns, const struct nf_attr_registry *r,
		      const struct nf_attr_work *w, const char *text, size_t len);

/*
 * Drops the attributions found inside numbered notes and reference blocks
 * (a note cites; it makes no claim of its own).  Summary bullets keep theirs.
 */
void nf_attr_notes_filter(const struct nf_attr_notes *ns, struct nf_attr_work *w);

#endif
