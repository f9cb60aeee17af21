/*
 * Fuzz target: arbitrary bytes as an entity model for nf_ner_model_load()
 * (tag-entities --model FILE), and when they load, tagging with it.
 *
 * Random bytes almost never carry a valid checksum, which would stop the
 * fuzzer at the first check; so when the first input byte is odd, the
 * rest has its last 8 bytes replaced by the right checksum, letting the
 * fuzzer reach the section, weights, clusters and gazetteer parsers.  The
 * seeds in fuzz/corpus/fuzz_ner_model/ are real models (trained on the
 * tiny fixture) with both prefixes.
 *
 * Checked: a model either loads or fails with a message; a loaded model
 * tags a few texts (news, non-ASCII, empty, ALL-CAPS) with entities in
 * order, on token boundaries within the text, with a valid type.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "ner.h"
#include "sentsplit.h"

#include "fuzz.h"
#include "fuzz_ner.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct nf_sentsplit ss;

static const char *const texts[] = {
	"President Donald Trump's envoy Steve Witkoff met Vladimir Putin in Moscow, "
	"Reuters reported. The Kremlin and NATO disagreed over Article 5.",
	"Jos\xC3\xA9 Manuel Albares met Jean-No\xC3\xABl Barrot in Besan\xC3\xA7on "
	"\xF0\x9F\xA4\x9D \xE2\x80\x9CKyiv\xE2\x80\x9D, Le Monde said.",
	"UKRAINE: ZELENSKY MEETS MERZ IN BERLIN\nthe white house said nothing.",
	"",
	"a",
};

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (nf_sentsplit_init(&ss) < 0)
		abort();
	return 0;
}

static void tag(const struct nf_ner_model *nm, const char *text)
{
	struct nf_ner_res res = { &nm->clusters, &nm->gazetteer, &nm->gaz_first, &ss.abbrev, NULL, &nm->gaz_bits };
	struct nf_ner_work w;
	struct fuzz_seen s = { &w, strlen(text), 0, 0 };
	size_t i;

	/* a fresh scratch per model: its caches hold one model's scores */
	nf_ner_work_init(&w);
	if (nf_ner_prepare(&w, &res, &ss, text, s.len, NULL, 0) == 0) {
		nf_ner_tag(nm, &w, text);
		for (i = 0; i < w.toks.n; i++)
			CHECK(w.labels[i] < NF_NER_NLABELS);
		CHECK(nf_ner_spans(&w, fuzz_check_entity, &s) == 0);
	}
	nf_ner_work_release(&w);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nf_ner_model nm;
	unsigned char *p;
	size_t n, i;
	struct nf_error err = { 0, "" };

	p = fuzz_model_image(data, size, &n);
	if (!p)
		return 0;
	err.msg[0] = 0;
	if (nf_ner_model_load(&nm, p, n, &err) < 0) {
		CHECK(err.msg[0] != 0);
		CHECK(memchr(err.msg, 0, sizeof(err.msg)) != NULL);
	} else {
		CHECK(nm.weights.nclasses == NF_NER_NLABELS);
		for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
			tag(&nm, texts[i]);
		nf_ner_model_release(&nm);
	}
	free(p);
	return 0;
}
