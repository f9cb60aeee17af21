/*
 * Byte <-> code point offsets.  Stages work on UTF-8 bytes (what C string
 * code and PCRE2 see); the record contract speaks Unicode code points
 * (what jq slices on).  Every span leaving a stage is converted here, in
 * one place, so the two units are never mixed up.
 */
#ifndef NF_OFFSETS_H
#define NF_OFFSETS_H

#include <stddef.h>

/* Number of code points in the valid UTF-8 string s[0..n). */
size_t nf_cp_count(const char *s, size_t n);

/*
 * A cursor that converts byte offsets to code point offsets.  Moving it
 * costs the distance moved, so converting a sorted list of offsets costs
 * one pass over the text.  Offsets must lie on character boundaries.
 */
struct nf_cpcursor {
	const char *s;
	size_t byte;
	size_t cp;
};

void nf_cpcursor_init(struct nf_cpcursor *c, const char *s);
/* Code point offset of byte offset b. */
size_t nf_cpcursor_at(struct nf_cpcursor *c, size_t b);

/*
 * Byte offset of code point offset cp in a text of len bytes (clamped to
 * len).  Moves the same cursor, so mixing both directions is fine.
 */
size_t nf_cpcursor_byte(struct nf_cpcursor *c, size_t cp, size_t len);

#endif
