/*
 * What the fuzz targets share: a check that aborts (so libFuzzer counts
 * it as a crash, naming the file and line), and the way model targets
 * turn fuzzer bytes into a model image.
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

#endif
