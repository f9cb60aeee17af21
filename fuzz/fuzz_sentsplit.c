/*
 * Fuzz target: arbitrary bytes (valid UTF-8 or not) into
 * nf_sentsplit_run(), checking what sentsplit.h promises about the spans:
 * sorted, non-overlapping, non-empty, within the text, on character
 * boundaries, never starting or ending with white space, and together
 * covering every non-space character.  The first byte picks the newline
 * mode.  Character boundaries are those of nf_decode() walking from the
 * start, which for valid UTF-8 are the real ones.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "sentsplit.h"
#include "uchar.h"

#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct nf_sentsplit ss;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (nf_sentsplit_init(&ss) < 0)
		abort();
	return 0;
}

/*
 * Marks in kind[] each character's first byte: 1 for a space, 2 for
 * anything else; continuation bytes stay 0.
 */
static void classify(const char *t, size_t n, unsigned char *kind)
{
	size_t i = 0, step;
	int32_t cp;

	while (i < n) {
		step = nf_decode(t, n, i, &cp);
		kind[i] = nf_is_space(cp) ? 1 : 2;
		i += step;
	}
}

/* The first byte of the character that ends at b (exclusive). */
static size_t last_char(const unsigned char *kind, size_t b)
{
	do
		b--;
	while (kind[b] == 0);
	return b;
}

static void check_spans(size_t n, const unsigned char *kind)
{
	size_t i, k = 0, prev = 0;
	const struct nf_span *sp;

	for (i = 0; i < ss.nspans; i++) {
		sp = &ss.spans[i];
		CHECK(sp->start < sp->end && sp->end <= n);
		CHECK(i == 0 || sp->start >= prev);
		CHECK(kind[sp->start] == 2);
		CHECK(sp->end == n || kind[sp->end] != 0);
		CHECK(kind[last_char(kind, sp->end)] == 2);
		prev = sp->end;
	}
	for (i = 0; i < n; i++) {
		if (kind[i] != 2)
			continue;
		while (k < ss.nspans && ss.spans[k].end <= i)
			k++;
		CHECK(k < ss.nspans && ss.spans[k].start <= i);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum nf_newlines modes[] = { NF_NL_AUTO, NF_NL_BREAK, NF_NL_SPACE };
	const char *t = (const char *)data + 1;
	unsigned char *kind;
	size_t n;

	if (size < 1)
		return 0;
	n = size - 1;
	ss.newlines = modes[data[0] % 3];
	if (nf_sentsplit_run(&ss, t, n) < 0)
		return 0;	/* ENOMEM */
	kind = calloc(n + 1, 1);
	if (!kind)
		return 0;
	classify(t, n, kind);
	check_spans(n, kind);
	free(kind);
	return 0;
}
