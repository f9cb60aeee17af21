/*
 * Fuzz target: arbitrary UTF-8 text through the hedge detector with the
 * built-in model (detect-hedge on a record's text): the word scanner, the
 * cue lookups, the PCRE2 patterns (run without a UTF check, so the text
 * must be valid UTF-8, as the driver guarantees) and the features.
 *
 * Checked: hedges in text order, not overlapping, inside their sentence,
 * starting and ending on character boundaries, with a valid kind.
 *
 * Sentences are the lines of the input (not split-sentences, so that a
 * finding here is the detector's own), and then the whole input at once.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "data.h"
#include "hedge.h"

#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Loaded once: the harness's only state. */
static struct nf_hedge_model model;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct nf_error err = { 0, "" };

	(void)argc;
	(void)argv;
	if (nf_hedge_model_load(&model, nf_data_hedge_model, nf_data_hedge_model_len, &err) < 0) {
		fprintf(stderr, "fuzz_hedge_text: %s\n", err.msg);
		abort();
	}
	return 0;
}

static int valid_utf8(const uint8_t *p, size_t n)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t k;
	size_t i = 0;

	while (i < n) {
		k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp);
		if (k < 1)
			return 0;
		i += (size_t)k;
	}
	return 1;
}

static int boundary(const char *s, size_t n, size_t i)
{
	return i == n || ((unsigned char)s[i] & 0xC0) != 0x80;
}

static void check(const struct nf_hedge_detector *d, const char *text, size_t n,
		  const struct nf_span *sp, size_t ns)
{
	size_t i, last = 0;

	for (i = 0; i < d->nfound; i++) {
		const struct nf_hedge_found *f = &d->found[i];
		CHECK(f->a >= last && f->a < f->b && f->b <= n);
		CHECK(boundary(text, n, f->a) && boundary(text, n, f->b));
		CHECK(f->kind >= 0 && f->kind < NF_HEDGE_NKINDS);
		CHECK(f->sent < ns && sp[f->sent].start <= f->a && f->b <= sp[f->sent].end);
		last = f->b;
	}
}

/* The lines of text[0..n) as spans, at most max of them (the rest joins the last). */
static size_t lines(const char *text, size_t n, struct nf_span *sp, size_t max)
{
	size_t i, k = 0, start = 0;

	for (i = 0; i < n && k + 1 < max; i++)
		if (text[i] == '\n') {
			sp[k].start = start;
			sp[k++].end = i;
			start = i + 1;
		}
	sp[k].start = start;
	sp[k++].end = n;
	return k;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nf_span sp[64], all = { 0, size };
	struct nf_hedge_detector d;
	size_t ns;
	char *text;
	int scope;

	if (!valid_utf8(data, size) || !(text = fuzz_text(data, size)))
		return 0;
	ns = lines(text, size, sp, sizeof(sp) / sizeof(sp[0]));
	if (nf_hedge_detector_init(&d, &model.lex, &model.w) == 0) {
		for (scope = 0; scope < 2; scope++) {
			d.uncertainty_only = scope;
			if (nf_hedge_detect(&d, text, size, sp, ns) == 0)
				check(&d, text, size, sp, ns);
			if (nf_hedge_detect(&d, text, size, &all, 1) == 0)
				check(&d, text, size, &all, 1);
		}
		nf_hedge_detector_release(&d);
	}
	free(text);
	return 0;
}
