/*
 * Internals shared by the sentence splitter's files: the token array and
 * the rule entry points.  Not part of the public interface (sentsplit.h).
 */
#ifndef NF_SENT_INTERNAL_H
#define NF_SENT_INTERNAL_H

#include <stddef.h>

#include "sentsplit.h"

/* A run of non-space characters, with what separates it from the last. */
struct nf_tok {
	size_t a, b;		/* byte range */
	unsigned char nl;	/* newlines in the gap before: 0, 1, 2 = blank line */
	unsigned char glued;	/* split off the previous token, no gap */
	unsigned char wrapped;	/* the gap's newline is a hard wrap (auto mode) */
};

/* The view the rules get of one run. */
struct nf_sentctx {
	const struct nf_sentsplit *ss;
	const char *t;		/* text */
	const struct nf_tok *toks;
	size_t n;		/* tokens */
	size_t start;		/* first token of the current sentence */
	int last_style;		/* enumeration of the last list marker, 0 = none */
	long last_value;
};

/* What the left token looks like once quotes, brackets and notes are peeled. */
struct nf_left {
	size_t w0, w1;		/* the word before the final stops */
	size_t core;		/* end of the token without closers */
	size_t start, end;	/* the token */
	int term;		/* '.', '?', '!' or 'e' (ellipsis); 0 if none */
	int ndots;		/* trailing periods */
};

/* What the right token starts with. */
struct nf_right {
	enum { R_LOWER, R_UPPER, R_DIGIT, R_OTHER } kind;
	size_t w0, w1;		/* its leading word (letters) */
};

/* Readings of tokens (sent_read.c). */
extern const char *const nf_sent_bullets[];
extern const char NF_SENT_ELLIPSIS[];
/* Length of the entry of set that t[a..b) starts with, or 0. */
size_t nf_sent_starts_with(const char *t, size_t a, size_t b, const char *const *set);
/* The same for nf_sent_bullets, looking at the lead byte first. */
size_t nf_sent_bullet_len(const char *t, size_t a, size_t b);
void nf_sent_read_left(const char *t, size_t a, size_t b, struct nf_left *l);
void nf_sent_read_right(const char *t, size_t a, size_t b, struct nf_right *r);
int nf_sent_is_starter(const struct nf_sentctx *c, const struct nf_right *r);
int nf_sent_abbrev_tag(const struct nf_sentctx *c, size_t a, size_t b);
int nf_sent_is_initial(const char *t, size_t a, size_t b);
int nf_sent_is_dotted(const char *t, size_t a, size_t b);
int nf_sent_capitalised(const struct nf_sentctx *c, size_t j);
int nf_sent_note_mark(const char *t, size_t a, size_t b);

/* Rules for what is not prose (sent_items.c). */
int nf_sent_opens_item(const struct nf_sentctx *c, size_t i);
int nf_sent_furniture_ends(const struct nf_sentctx *c, size_t i);
int nf_sent_unpunctuated_ends(const struct nf_sentctx *c, size_t i);

/* Fills ss->toks from text.  Returns 0, or -1 on ENOMEM. */
int nf_sent_tokenize(struct nf_sentsplit *ss, const char *t, size_t len);

/* Marks single newlines inside hard-wrapped paragraphs (auto mode). */
void nf_sent_mark_wrapped(const char *text, struct nf_tok *toks, size_t n);

/* Does a sentence end after token i (i + 1 < n)? */
int nf_sent_ends_after(struct nf_sentctx *c, size_t i);

/* Does a new sentence start at token j (j > c->start) though the last did not end? */
int nf_sent_starts_at(struct nf_sentctx *c, size_t j);

/*
 * Does token j belong at the end of the sentence before it, though that
 * one has already ended: a note "[12]", an omission "[...]", a smiley?
 */
int nf_sent_is_trailer(const struct nf_sentctx *c, size_t j);

/* Notes a list marker opening the sentence at token j, if any. */
void nf_sent_note_marker(struct nf_sentctx *c, size_t j);

#endif
