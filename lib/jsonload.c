/*
 * The quick parse of a record; see jsonload.h.  Each function reads one
 * kind of value at j->i and returns NULL (or -1) whenever it meets
 * anything outside the plain grammar, leaving the verdict to json_loadb.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "jsonload.h"
#include "uchar.h"

/* Deeper values are left to jansson (its own limit is 2048). */
#define NF_JL_MAX_DEPTH 256
/* Longer number tokens are left to jansson. */
#define NF_JL_MAX_NUMBER 64

struct jl {
	const unsigned char *p;
	size_t i, n;
	int depth;
	struct nf_buf *tmp;	/* a string's bytes once it has an escape */
};

static json_t *value(struct jl *j);

#define ONES UINT64_C(0x0101010101010101)
#define HIGHS UINT64_C(0x8080808080808080)

/* Is some byte of w below b (b <= 128)?  Exact as a truth value. */
static inline uint64_t byte_below(uint64_t w, unsigned b)
{
	return (w - ONES * b) & ~w & HIGHS;
}

/*
 * Does w hold a byte a string cannot take as it is: a quote, a
 * backslash, a control character or a byte past ASCII?
 */
static inline int special_word(uint64_t w)
{
	return ((w & HIGHS) | byte_below(w ^ (ONES * '"'), 1) |
		byte_below(w ^ (ONES * '\\'), 1) | byte_below(w, 0x20)) != 0;
}

/* The index of the first such byte from i on, or n. */
static size_t plain_run(const unsigned char *p, size_t i, size_t n)
{
	uint64_t w;

	while (n - i >= 8) {
		memcpy(&w, p + i, 8);
		if (special_word(w))
			break;
		i += 8;
	}
	while (i < n && p[i] >= 0x20 && p[i] < 0x80 && p[i] != '"' && p[i] != '\\')
		i++;
	return i;
}

/*
 * The length of the valid UTF-8 sequence at p[i] >= 0x80 (utf8proc
 * refuses overlong forms, surrogates and code points past U+10FFFF, as
 * jansson does), or 0: such a byte never decodes alone.
 */
static size_t utf8_len(const unsigned char *p, size_t i, size_t n)
{
	int32_t cp;
	size_t k = nf_decode((const char *)p, n, i, &cp);

	return k > 1 ? k : 0;
}

/* Reads four hex digits at p[i] into *v.  Returns 0 or -1. */
static int hex4(const unsigned char *p, size_t i, size_t n, unsigned *v)
{
	size_t t;
	unsigned c;

	if (i > n || n - i < 4)
		return -1;
	for (*v = 0, t = 0; t < 4; t++) {
		c = p[i + t];
		if (c >= '0' && c <= '9')
			c -= '0';
		else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
			c = (c | 0x20) - 'a' + 10;
		else
			return -1;
		*v = *v << 4 | c;
	}
	return 0;
}

/*
 * The code point of the \u escape at p[i] (a surrogate pair taken
 * whole): returns the index after it, or 0 for a lone surrogate or a bad
 * escape.
 */
static size_t unicode_escape(const unsigned char *p, size_t i, size_t n, unsigned *cp)
{
	unsigned lo;

	if (hex4(p, i + 2, n, cp) < 0 || (*cp >= 0xDC00 && *cp <= 0xDFFF))
		return 0;
	i += 6;
	if (*cp < 0xD800 || *cp > 0xDBFF)
		return i;
	if (n - i < 2 || p[i] != '\\' || p[i + 1] != 'u' || hex4(p, i + 2, n, &lo) < 0 ||
	    lo < 0xDC00 || lo > 0xDFFF)
		return 0;
	*cp = 0x10000 + ((*cp - 0xD800) << 10) + (lo - 0xDC00);
	return i + 6;
}

/* The byte a one-letter escape stands for, or -1. */
static int simple_escape(unsigned char c)
{
	switch (c) {
	case '"':
	case '\\':
	case '/':
		return c;
	case 'b':
		return '\b';
	case 'f':
		return '\f';
	case 'n':
		return '\n';
	case 'r':
		return '\r';
	case 't':
		return '\t';
	default:
		return -1;
	}
}

/*
 * Adds what the escape at p[i] (a backslash) stands for to tmp.  Returns
 * the index after it, or 0 when jansson must judge it (or on ENOMEM).
 */
static size_t escape(struct jl *j, size_t i)
{
	char u[4];
	unsigned cp;
	int c;

	if (j->n - i < 2)
		return 0;
	if ((c = simple_escape(j->p[i + 1])) >= 0) {
		u[0] = (char)c;
		return nf_buf_add(j->tmp, u, 1) < 0 ? 0 : i + 2;
	}
	if (j->p[i + 1] != 'u' || !(i = unicode_escape(j->p, i, j->n, &cp)))
		return 0;
	return nf_buf_add(j->tmp, u, (size_t)utf8proc_encode_char((utf8proc_int32_t)cp,
								 (utf8proc_uint8_t *)u)) < 0 ? 0 : i;
}

/*
 * Reads the string whose opening quote is at j->i into *s, *len: its
 * bytes in the input, or decoded in tmp (until the next string).
 * Returns 0 (in the input), 1 (in tmp) or -1.
 */
static int string_at(struct jl *j, const char **s, size_t *len)
{
	const unsigned char *p = j->p;
	size_t i = j->i + 1, run = i, k;
	int esc = 0;

	for (;;) {
		i = plain_run(p, i, j->n);
		if (i >= j->n)
			return -1;
		if (p[i] == '"')
			break;
		if (p[i] >= 0x80) {
			if (!(k = utf8_len(p, i, j->n)))
				return -1;
			i += k;
			continue;
		}
		if (p[i] != '\\')
			return -1;	/* a control character */
		if (!esc)
			nf_buf_reset(j->tmp);
		esc = 1;
		if (nf_buf_add(j->tmp, p + run, i - run) < 0 || !(i = escape(j, i)))
			return -1;
		run = i;
	}
	j->i = i + 1;
	if (!esc) {
		*s = (const char *)p + run;
		*len = i - run;
		return 0;
	}
	if (nf_buf_add(j->tmp, p + run, i - run) < 0)
		return -1;
	*s = j->tmp->data;
	*len = j->tmp->len;
	return 1;
}

static void skip_ws(struct jl *j)
{
	while (j->i < j->n && (j->p[j->i] == ' ' || j->p[j->i] == '\n' ||
			       j->p[j->i] == '\r' || j->p[j->i] == '\t'))
		j->i++;
}

/* Is the next byte (after white space) c?  Steps past it if so. */
static int next_is(struct jl *j, unsigned char c)
{
	skip_ws(j);
	if (j->i >= j->n || j->p[j->i] != c)
		return 0;
	j->i++;
	return 1;
}

static size_t digits(const unsigned char *p, size_t i, size_t n)
{
	while (i < n && p[i] >= '0' && p[i] <= '9')
		i++;
	return i;
}

/*
 * The end of the number token at p[i] (-?(0|[1-9]d*)(.d+)?([eE][+-]?d+)?),
 * or 0 if there is none; *real says whether it has a fraction or exponent.
 */
static size_t number_end(const unsigned char *p, size_t i, size_t n, int *real)
{
	size_t k;

	*real = 0;
	i += p[i] == '-';
	if (i >= n || p[i] < '0' || p[i] > '9')
		return 0;
	i = p[i] == '0' ? i + 1 : digits(p, i, n);
	if (i < n && p[i] == '.') {
		if ((k = digits(p, i + 1, n)) == i + 1)
			return 0;
		i = k;
		*real = 1;
	}
	if (i < n && (p[i] == 'e' || p[i] == 'E')) {
		i++;
		i += i < n && (p[i] == '+' || p[i] == '-');
		if ((k = digits(p, i, n)) == i)
			return 0;
		i = k;
		*real = 1;
	}
	return i;
}

/* A number as jansson makes it: strtoll or strtod, refusing overflow. */
static json_t *number(struct jl *j)
{
	char tok[NF_JL_MAX_NUMBER];
	size_t end, len;
	int real;
	double d;
	long long v;

	if (!(end = number_end(j->p, j->i, j->n, &real)) || (len = end - j->i) >= sizeof(tok))
		return NULL;
	memcpy(tok, j->p + j->i, len);
	tok[len] = '\0';
	j->i = end;
	errno = 0;
	if (real) {
		d = strtod(tok, NULL);
		if ((d == HUGE_VAL || d == -HUGE_VAL) && errno == ERANGE)
			return NULL;
		return json_real(d);
	}
	v = strtoll(tok, NULL, 10);
	return errno == ERANGE ? NULL : json_integer(v);
}

/* true, false or null. */
static json_t *literal(struct jl *j)
{
	static const char *const words[3] = { "true", "false", "null" };
	size_t k, len;

	for (k = 0; k < 3; k++) {
		len = strlen(words[k]);
		if (j->n - j->i >= len && memcmp(j->p + j->i, words[k], len) == 0) {
			j->i += len;
			return k == 0 ? json_true() : k == 1 ? json_false() : json_null();
		}
	}
	return NULL;
}

/* The members of the object whose brace was just read. */
static json_t *members(struct jl *j, json_t *obj)
{
	const char *key;
	size_t klen;
	json_t *v;

	if (next_is(j, '}'))
		return obj;
	do {
		skip_ws(j);
		/* a key with an escape would be overwritten by its value's */
		if (j->i >= j->n || j->p[j->i] != '"' || string_at(j, &key, &klen) != 0 ||
		    json_object_getn(obj, key, klen) || !next_is(j, ':') || !(v = value(j)) ||
		    json_object_setn_new_nocheck(obj, key, klen, v) < 0)
			return NULL;
	} while (next_is(j, ','));
	return next_is(j, '}') ? obj : NULL;
}

/* The elements of the array whose bracket was just read. */
static json_t *elements(struct jl *j, json_t *arr)
{
	json_t *v;

	if (next_is(j, ']'))
		return arr;
	do {
		if (!(v = value(j)) || json_array_append_new(arr, v) < 0)
			return NULL;
	} while (next_is(j, ','));
	return next_is(j, ']') ? arr : NULL;
}

/* An object or an array, at most NF_JL_MAX_DEPTH deep. */
static json_t *container(struct jl *j, int is_object)
{
	json_t *c = is_object ? json_object() : json_array();

	if (!c)
		return NULL;
	j->i++;
	if (++j->depth > NF_JL_MAX_DEPTH ||
	    !(is_object ? members(j, c) : elements(j, c))) {
		json_decref(c);
		return NULL;
	}
	j->depth--;
	return c;
}

static json_t *value(struct jl *j)
{
	const char *s;
	size_t len;
	unsigned char c;

	skip_ws(j);
	if (j->i >= j->n)
		return NULL;
	c = j->p[j->i];
	if (c == '{' || c == '[')
		return container(j, c == '{');
	if (c == '"')
		return string_at(j, &s, &len) < 0 ? NULL : json_stringn_nocheck(s, len);
	if (c == '-' || (c >= '0' && c <= '9'))
		return number(j);
	return literal(j);
}

json_t *nf_json_load_object(const char *p, size_t n, struct nf_buf *tmp)
{
	struct jl j = { (const unsigned char *)p, 0, n, 0, tmp };
	json_t *root;

	if (n == 0 || p[0] != '{' || !(root = container(&j, 1)))
		return NULL;
	skip_ws(&j);
	if (j.i != n) {
		json_decref(root);
		return NULL;
	}
	return root;
}
