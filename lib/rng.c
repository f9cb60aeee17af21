/*
 * splitmix64 and the shuffle every trainer uses; see rng.h.  Changing
 * either changes every trained model, so both stay exactly as they are.
 */
#include "rng.h"

uint64_t nf_splitmix64(uint64_t *state)
{
	uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

void nf_shuffle(size_t *v, size_t n, uint64_t *state)
{
	size_t i, j, t;

	for (i = n; i > 1; i--) {
		j = (size_t)(nf_splitmix64(state) % i);
		t = v[i - 1];
		v[i - 1] = v[j];
		v[j] = t;
	}
}
