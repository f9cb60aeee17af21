/*
 * Sentence boundary detection for news text.  Rules over whitespace
 * tokens, driven by data: an abbreviation lexicon (data/abbreviations.txt)
 * and a list of common sentence starters (data/sentence-starters.txt)
 * derived from gold training data.  The text is never changed; results
 * are byte spans that never start or end with white space and together
 * cover every non-space character.
 *
 *	struct nf_sentsplit ss;
 *	if (nf_sentsplit_init(&ss) == 0 && nf_sentsplit_run(&ss, s, n) == 0)
 *		for (i = 0; i < ss.nspans; i++) use(ss.spans[i]);
 *	nf_sentsplit_release(&ss);
 */
#ifndef NF_SENTSPLIT_H
#define NF_SENTSPLIT_H

#include <stddef.h>

#include "lexicon.h"

/* What a single newline means (a blank line always ends a sentence). */
enum nf_newlines {
	NF_NL_AUTO,	/* ends a sentence, except inside hard-wrapped paragraphs */
	NF_NL_BREAK,	/* always ends a sentence */
	NF_NL_SPACE	/* is plain white space */
};

/* Abbreviation tags, in the order of the tag names in data files. */
enum nf_abbrev_tag {
	NF_AB_PLAIN, NF_AB_TITLE, NF_AB_NUMBER, NF_AB_MONTH, NF_AB_TIME, NF_AB_INNER
};

struct nf_span {
	size_t start, end;
};

struct nf_tok;

struct nf_sentsplit {
	struct nf_lexicon abbrev;	/* values: enum nf_abbrev_tag */
	struct nf_lexicon starters;
	struct nf_lexicon closings;	/* "Regards," */
	enum nf_newlines newlines;
	/* results of the last run, in bytes */
	struct nf_span *spans;
	size_t nspans;
	/* scratch reused between runs */
	size_t spans_cap;
	struct nf_tok *toks;
	size_t ntoks, toks_cap;
};

/* Loads the built-in lexicons.  Returns 0, or -1 on ENOMEM. */
int nf_sentsplit_init(struct nf_sentsplit *ss);
void nf_sentsplit_release(struct nf_sentsplit *ss);

/*
 * Adds abbreviations in the data-file format.  Returns 0, or -1 with
 * *errline the bad line (0 on ENOMEM).
 */
int nf_sentsplit_add_abbreviations(struct nf_sentsplit *ss, const char *src,
				   size_t len, size_t *errline);

/* Parses "auto", "break" or "space".  Returns 0 or -1. */
int nf_newlines_parse(const char *s, enum nf_newlines *out);

/* Splits text[0..len) into ss->spans.  Returns 0, or -1 on ENOMEM. */
int nf_sentsplit_run(struct nf_sentsplit *ss, const char *text, size_t len);

#endif
