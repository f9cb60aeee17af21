/*
 * Reading one source mention for the registry (attr_sources.c): its name,
 * role, head noun, kind, anonymity and the body an unnamed source belongs
 * to, from the words of data/source-kinds.txt and the record's entities.
 */
#ifndef NF_ATTR_MENTION_H
#define NF_ATTR_MENTION_H

#include "attr_sources.h"

/* What one source mention says. */
struct nf_attr_reading {
	uint32_t a, b;			/* the mention, trimmed */
	uint32_t name_a, name_b, role_a, role_b;
	uint32_t aff_a, aff_b;		/* the body an unnamed source belongs to */
	int aff_kind;			/* its kind, or -1 */
	uint32_t head;			/* the head noun of the first phrase */
	int head_tag;			/* its tag, or -1 */
	int plural, definite;		/* the head ends in "s"; the mention opens with "the" */
	unsigned tags;			/* bit per enum nf_kind_tag */
	int plain_name;			/* a name of 2+ words with no kind word, not after one */
	int kind, anonymous;
	int pron;			/* 0, 1 person pronoun, 2 other */
	int another;			/* "another source" */
};

/* Reads the mention of tokens [a, b) into rd. */
void nf_attr_read_mention(const struct nf_attr_registry *r, const struct nf_attr_work *w,
			  const char *text, const struct nf_attr_entity *ents, size_t nents,
			  uint32_t a, uint32_t b, struct nf_attr_reading *rd);

#endif
