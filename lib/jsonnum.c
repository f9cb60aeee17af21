/*
 * Taming numbers jansson would refuse; see jsonnum.h.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "jsonnum.h"

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int in_number(char c)
{
	return is_digit(c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

/* Digits from i; returns the index after them. */
static size_t digits(const char *s, size_t i, size_t n)
{
	while (i < n && is_digit(s[i]))
		i++;
	return i;
}

/*
 * Is s[0..n) a JSON number (-?(0|[1-9]d*)(.d+)?([eE][+-]?d+)?)?  *real
 * says whether it has a fraction or an exponent.
 */
static int is_number(const char *s, size_t n, int *real)
{
	size_t i = s[0] == '-', j;

	*real = 0;
	if (i >= n || !is_digit(s[i]) || (s[i] == '0' && i + 1 < n && is_digit(s[i + 1])))
		return 0;
	i = digits(s, i, n);
	if (i < n && s[i] == '.') {
		j = digits(s, i + 1, n);
		if (j == i + 1)
			return 0;
		i = j;
		*real = 1;
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		j = digits(s, i, n);
		if (j == i)
			return 0;
		i = j;
		*real = 1;
	}
	return i == n;
}

/* Does the integer s[0..n) lie outside int64? */
static int int_overflows(const char *s, size_t n)
{
	int neg = s[0] == '-';
	const char *max = neg ? "9223372036854775808" : "9223372036854775807";

	s += neg;
	n -= (size_t)neg;
	return n > 19 || (n == 19 && memcmp(s, max, 19) > 0);
}

/* Does the real s[0..n) lie outside double?  -1 on ENOMEM. */
static int real_overflows(const char *s, size_t n)
{
	char small[64], *c = n < sizeof(small) ? small : malloc(n + 1);
	double v;

	if (!c)
		return -1;
	memcpy(c, s, n);
	c[n] = '\0';
	v = strtod(c, NULL);
	if (c != small)
		free(c);
	return isinf(v) != 0;
}

/* Does the number token s[0..n) need taming?  -1 on ENOMEM. */
static int untamed(const char *s, size_t n)
{
	int real;

	if (!is_number(s, n, &real))
		return 0;
	return real ? real_overflows(s, n) : int_overflows(s, n);
}

/* Writes "0e000..." over the unsigned part of the token at q[0..n). */
static void tame(char *q, size_t n)
{
	size_t i = q[0] == '-';

	q[i++] = '0';
	q[i++] = 'e';
	memset(q + i, '0', n - i);
}

/*
 * The end of the string whose opening quote is p[i]: just past its closing
 * quote, the first one not escaped (after an even run of backslashes), or
 * past n.  memchr finds the candidates: strings are most of a record.
 */
static size_t string_end(const char *p, size_t i, size_t n)
{
	const char *q;
	size_t k, from = i + 1;

	while (from < n && (q = memchr(p + from, '"', n - from)) != NULL) {
		k = (size_t)(q - p);
		from = k;
		while (from > i + 1 && p[from - 1] == '\\')
			from--;
		if ((k - from) % 2 == 0)
			return k + 1;
		from = k + 1;
	}
	return n + 1;
}

int nf_json_tame_numbers(const char *p, size_t n, struct nf_buf *out)
{
	size_t i = 0, j;
	int copied = 0, rc;

	while (i < n) {
		if (p[i] == '"') {
			i = string_end(p, i, n);
			continue;
		}
		if (p[i] != '-' && !is_digit(p[i])) {
			i++;
			continue;
		}
		for (j = i; j < n && in_number(p[j]); j++)
			;
		if ((rc = untamed(p + i, j - i)) < 0)
			return -1;
		if (rc && !copied) {
			nf_buf_reset(out);
			if (nf_buf_add(out, p, n) < 0)
				return -1;
			copied = 1;
		}
		if (rc)
			tame(out->data + i, j - i);
		i = j;
	}
	return copied;
}
