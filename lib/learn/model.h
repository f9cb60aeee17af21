/*
 * The model file container shared by every trained component.  A model is
 * a list of named sections (weights, class names, clusters, lexicons)
 * framed by a magic number, a format version, the kind of model, and a
 * checksum over everything, so a corrupt, truncated, foreign or outdated
 * file is refused with a clear message instead of being half-read.
 *
 * Layout (little-endian):
 *   "NFMODEL\n"  u32 version  u32 kind_len kind  u32 nsections
 *   nsections x { u32 name_len name  u64 len  bytes }
 *   u64 FNV-1a checksum of all preceding bytes (hash.h)
 *
 * Reading is a parse of memory (a file read once, or the copy built into
 * the binary): sections point into it, nothing is rebuilt.  The checksum
 * of a copy built into the binary is checked by the build
 * (tools/model-check.c), not at each start.
 */
#ifndef NF_MODEL_H
#define NF_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "errors.h"
#include "hash.h"	/* nf_fnv1a: the checksum */

#define NF_MODEL_VERSION 1
#define NF_MODEL_MAX_SECTIONS 16

struct nf_section {
	const char *name;	/* not NUL-terminated; name_len bytes */
	size_t name_len;
	const unsigned char *data;
	size_t len;
};

struct nf_model {
	const char *kind;
	size_t kind_len;
	size_t nsections;
	struct nf_section sections[NF_MODEL_MAX_SECTIONS];
};

/*
 * Parses the model in p[0..n) (which must outlive m).  Returns 0, or -1
 * with err filled (NF_EXIT_DATA; "truncated", "bad checksum", "version 3
 * is not supported", "a 'hedge' model, not 'entities'").  kind may be
 * NULL to accept any.
 */
int nf_model_parse(struct nf_model *m, const unsigned char *p, size_t n,
		   const char *kind, struct nf_error *err);

/* Is p[0..n) inside the models built into this binary (tools/embed-asm)? */
int nf_model_builtin(const void *p, size_t n);

/* The section called name, or NULL. */
const struct nf_section *nf_model_section(const struct nf_model *m, const char *name);

/* Writing: start, add sections, finish (appends the checksum). */
int nf_model_begin(struct nf_buf *out, const char *kind, size_t nsections);
int nf_model_add(struct nf_buf *out, const char *name, const void *data, size_t len);
int nf_model_finish(struct nf_buf *out);

/* Little-endian helpers for section payloads. */
int nf_put_u32(struct nf_buf *b, uint32_t v);
int nf_put_u64(struct nf_buf *b, uint64_t v);
void nf_set_u32(unsigned char *p, uint32_t v);

/* Inline: these read weights on the taggers' hot path. */
static inline uint32_t nf_get_u32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static inline uint64_t nf_get_u64(const unsigned char *p)
{
	return (uint64_t)nf_get_u32(p) | (uint64_t)nf_get_u32(p + 4) << 32;
}

#endif
