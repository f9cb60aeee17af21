/*
 * The word lists of an entity model as ready tables (a model's "tables"
 * section): the clusters, the gazetteer, its first-token index and its
 * bit filters, which loading would otherwise rebuild from the "clusters"
 * and "gazetteer" text at every start.
 */
#ifndef NF_NER_TABLES_H
#define NF_NER_TABLES_H

#include <stddef.h>

#include "buf.h"
#include "ner.h"

/*
 * Builds the tables from the lexicon texts of the "clusters" and
 * "gazetteer" sections, as loading would, and appends them to out.
 * Returns 0; -1 on ENOMEM or bad lexicon text.
 */
int nf_ner_tables_build(const char *clusters, size_t clusters_len, const char *gaz,
			size_t gaz_len, struct nf_buf *out);

/*
 * Fills nm's clusters, gazetteer, gaz_first and gaz_bits (all empty) from
 * the tables at p[0..n), in place where it can (the bytes must outlive
 * nm); gaz_bits.starts stays empty in tables older than it.  Returns 0;
 * -1 if they are not valid tables (nothing kept) or on ENOMEM (*nomem
 * set).
 */
int nf_ner_tables_read(struct nf_ner_model *nm, const unsigned char *p, size_t n, int *nomem);

#endif
