/*
 * What the fuzz targets share: a check that aborts (so libFuzzer counts
 * it as a crash, naming the file and line), fuzzer bytes as a C string
 * for the text targets, the way model targets turn
 * fuzzer bytes into a model image and check a refusal, and the entry of
 * a target with two parsers, a model's and a text's (fuzz_pos, fuzz_dep).
 */
#ifndef NF_FUZZ_H
#define NF_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"

#define CHECK(cond) \
	do { \
		if (!(cond)) { \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
			abort(); \
		} \
	} while (0)

/* data[0..size) as a NUL-terminated string of its own (free it), or NULL on ENOMEM. */
static inline char *fuzz_text(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);

	if (text) {
		memcpy(text, data, size);
		text[size] = '\0';
	}
	return text;
}

/*
 * A model image from fuzzer input: data[1..size) in a buffer of its own
 * (loaded sections point into it; free it after releasing the model).
 * When data[0] is odd the trailing checksum is made right, so the fuzzer
 * also reaches the section parsers.  Returns NULL for empty input or on
 * ENOMEM; *n is the image's length.
 */
static inline unsigned char *fuzz_model_image(const uint8_t *data, size_t size, size_t *n)
{
	unsigned char *p;
	uint64_t h;
	size_t i;

	if (size == 0)
		return NULL;
	*n = size - 1;
	p = malloc(*n ? *n : 1);
	if (!p)
		return NULL;
	memcpy(p, data + 1, *n);
	if ((data[0] & 1) && *n >= 8) {
		h = nf_fnv1a(p, *n - 8);
		for (i = 0; i < 8; i++)
			p[*n - 8 + i] = (unsigned char)(h >> (8 * i));
	}
	return p;
}

/*
 * Loads the model image p[0..n) into a model of the target's own, uses it
 * and releases it.  Returns 0, or -1 when it does not load, with err set.
 */
typedef int fuzz_use_model_fn(const unsigned char *p, size_t n, struct nf_error *err);

/* The image of data (fuzz_model_image) given to use: a refusal must say why. */
static inline void fuzz_model(const uint8_t *data, size_t size, fuzz_use_model_fn *use)
{
	unsigned char *p;
	size_t n;
	struct nf_error err = { 0, "" };

	p = fuzz_model_image(data, size, &n);
	if (!p)
		return;
	err.msg[0] = 0;
	if (use(p, n, &err) < 0) {
		CHECK(err.msg[0] != 0);
		CHECK(memchr(err.msg, 0, sizeof(err.msg)) != NULL);
	}
	free(p);
}

/*
 * The entry of a target with two parsers: when data's first byte is odd,
 * the rest is a model image for use (fuzz_model(), that byte shifted
 * right, so its bit 1 makes the checksum right); when it is even, the
 * rest is text for text.  Returns 0, as libFuzzer wants.
 */
static inline int fuzz_model_or_text(const uint8_t *data, size_t size, fuzz_use_model_fn *use,
				     void (*text)(const uint8_t *data, size_t size))
{
	uint8_t *d;

	if (size == 0)
		return 0;
	if (!(data[0] & 1)) {
		text(data + 1, size - 1);
		return 0;
	}
	d = malloc(size);
	if (!d)
		return 0;
	memcpy(d, data, size);
	d[0] = (uint8_t)(data[0] >> 1);
	fuzz_model(d, size, use);
	free(d);
	return 0;
}

#endif
