/*
 * Character classes the text stages need, over UTF-8 bytes.  ASCII is
 * answered inline; other code points go through utf8proc's tables.
 */
#ifndef NF_UCHAR_H
#define NF_UCHAR_H

#include <stddef.h>
#include <stdint.h>

/*
 * Decodes the code point at s[i] (i < n) into *cp and returns its length
 * in bytes.  Text reaching the stages is valid UTF-8 (jansson checks it);
 * a bad byte still decodes as U+FFFD of length 1 rather than failing.
 */
size_t nf_decode(const char *s, size_t n, size_t i, int32_t *cp);

/*
 * Index of the first byte of s[0..n) that is not valid UTF-8 (overlong
 * forms, surrogates and code points past U+10FFFF included), or n: the one
 * check for text that jansson has not already checked.
 */
size_t nf_utf8_error_at(const char *s, size_t n);

/* Length of the code point that ends at s[i] (exclusive), i > 0. */
size_t nf_prev_len(const char *s, size_t i);

/* White space as Python's str.isspace() sees it (what scorers strip). */
int nf_is_space(int32_t cp);
int nf_is_upper(int32_t cp);	/* Lu, Lt */
int nf_is_lower(int32_t cp);	/* Ll */
int nf_is_alpha(int32_t cp);	/* any letter */
int nf_is_digit(int32_t cp);	/* Nd */

#endif
