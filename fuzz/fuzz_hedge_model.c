/*
 * Fuzz target: arbitrary bytes as a hedge model for nf_hedge_model_load()
 * (detect-hedge --model FILE), and when they load, detecting with it.
 *
 * Random bytes almost never carry a valid checksum, which would stop the
 * fuzzer at the first check; so when the first input byte is odd, the
 * rest has its last 8 bytes replaced by the right checksum, letting the
 * fuzzer reach the section, word list, pattern and weights parsers.  The
 * seeds in fuzz/corpus/fuzz_hedge_model/ are toy models trained on
 * testdata/hedge/tiny-train.txt, with both prefixes.
 *
 * Checked: a model either loads or fails with a message; a loaded model
 * finds hedges in a few texts (news, non-ASCII, empty) that are in text
 * order, inside the text, with a valid kind, in both scopes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hedge.h"
#include "model.h"

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const texts[] = {
	"The minister reportedly said talks may resume, according to anonymous sources. "
	"Critics argue it is said to be unlikely; whether or not it could potentially fail.",
	"Le pr\xC3\xA9sident \xE2\x80\x9Cmay\xE2\x80\x9D couldn\xE2\x80\x99t "
	"\xF0\x9F\xA4\x9D say, if so, on 3 May.",
	"",
	"may",
};

static void detect(const struct nf_hedge_model *m, const char *text, int scope)
{
	struct nf_hedge_detector d;
	struct nf_span all = { 0, strlen(text) };
	size_t i, last = 0;

	if (nf_hedge_detector_init(&d, &m->lex, &m->w) < 0)
		return;
	d.uncertainty_only = scope;
	if (nf_hedge_detect(&d, text, all.end, &all, 1) == 0)
		for (i = 0; i < d.nfound; i++) {
			CHECK(d.found[i].a >= last && d.found[i].a < d.found[i].b);
			CHECK(d.found[i].b <= all.end);
			CHECK(d.found[i].kind >= 0 && d.found[i].kind < NF_HEDGE_NKINDS);
			CHECK(d.found[i].sent == 0);
			last = d.found[i].b;
		}
	nf_hedge_detector_release(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nf_hedge_model m;
	unsigned char *p;
	size_t n, i;
	struct nf_error err = { 0, "" };

	p = fuzz_model_image(data, size, &n);
	if (!p)
		return 0;
	err.msg[0] = 0;
	if (nf_hedge_model_load(&m, p, n, &err) < 0) {
		CHECK(err.msg[0] != 0);
		CHECK(memchr(err.msg, 0, sizeof(err.msg)) != NULL);
	} else {
		CHECK(m.w.nclasses == 2);
		for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
			detect(&m, texts[i], 0);
			detect(&m, texts[i], 1);
		}
	}
	nf_hedge_model_release(&m);
	free(p);
	return 0;
}
