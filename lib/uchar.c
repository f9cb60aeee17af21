/*
 * Character classes over UTF-8; see uchar.h.
 */
#include <utf8proc.h>

#include "uchar.h"

size_t nf_decode(const char *s, size_t n, size_t i, int32_t *cp)
{
	unsigned char c = (unsigned char)s[i];
	utf8proc_ssize_t len;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	len = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
			       (utf8proc_ssize_t)(n - i), cp);
	if (len < 1) {
		*cp = 0xFFFD;
		return 1;
	}
	return (size_t)len;
}

size_t nf_utf8_error_at(const char *s, size_t n)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t k;
	size_t i = 0;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
				     (utf8proc_ssize_t)(n - i), &cp);
		if (k < 1)
			return i;
		i += (size_t)k;
	}
	return n;
}

size_t nf_prev_len(const char *s, size_t i)
{
	size_t k = 1;

	while (k < i && k < 4 && ((unsigned char)s[i - k] & 0xC0) == 0x80)
		k++;
	return k;
}

int nf_is_space(int32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1C && cp <= 0x1F);
	return cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
	       (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
	       cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

int nf_is_upper(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int nf_is_lower(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

int nf_is_alpha(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0x80)
		return (cp | 32) >= 'a' && (cp | 32) <= 'z';
	c = utf8proc_category(cp);
	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

int nf_is_digit(int32_t cp)
{
	if (cp < 0x80)
		return cp >= '0' && cp <= '9';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}
