/*
 * The trainers' random numbers: splitmix64, a small fixed generator that
 * gives the same sequence on every machine, so a seed names one model.
 * The training order's shuffle is here too, since every trainer shuffles
 * the same way.
 */
#ifndef NF_RNG_H
#define NF_RNG_H

#include <stddef.h>
#include <stdint.h>

/* The next number of the sequence; advances *state. */
uint64_t nf_splitmix64(uint64_t *state);

/* Shuffles v[0..n) in place (Fisher-Yates, from the end), drawing from *state. */
void nf_shuffle(size_t *v, size_t n, uint64_t *state);

#endif
