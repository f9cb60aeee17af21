/*
 * Fuzz target: arbitrary bytes as the text of a tag-entities record, tagged
 * with the built-in model, its label conventions and document consistency
 * (as the stage does): the tokenizer, the sentence splitter, the case
 * regime, the capitalised runs and links, the gazetteer matches, the
 * decoder and the consistency pass on text nobody wrote for them.
 *
 * Checked: every label is a valid label; the entities come in order, do
 * not overlap, lie on tokens inside the text and have a valid type.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "ner.h"
#include "sentsplit.h"

#include "fuzz.h"
#include "fuzz_ner.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct state {
	struct nf_ner_model nm;
	struct nf_ner_conventions conv;
	struct nf_sentsplit ss;
	struct nf_ner_work w;
};

static struct state *get_state(void)
{
	static struct state s;	/* the fuzzer's one long-lived setup */
	static int ready;
	struct nf_error err = { 0, "" };
	size_t line;

	if (!ready) {
		CHECK(nf_ner_model_load(&s.nm, nf_data_entities_model, nf_data_entities_model_len,
					&err) == 0);
		CHECK(nf_ner_conventions_load(&s.conv, (const char *)nf_data_entity_conventions,
					      nf_data_entity_conventions_len, &line) == 0);
		s.nm.conventions = &s.conv;
		s.nm.consistency = 1;
		CHECK(nf_sentsplit_init(&s.ss) == 0);
		nf_ner_work_init(&s.w);
		ready = 1;
	}
	return &s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct state *s = get_state();
	struct nf_ner_res res = { &s->nm.clusters, &s->nm.gazetteer, &s->nm.gaz_first,
				  &s->ss.abbrev, NULL, &s->nm.gaz_bits };
	struct fuzz_seen seen = { &s->w, size, 0, 0 };
	char *text = fuzz_text(data, size);
	size_t i;

	if (!text)
		return 0;
	if (nf_ner_prepare(&s->w, &res, &s->ss, text, size, NULL, 0) == 0) {
		nf_ner_tag(&s->nm, &s->w, text);
		for (i = 0; i < s->w.toks.n; i++)
			CHECK(s->w.labels[i] < NF_NER_NLABELS);
		CHECK(nf_ner_spans(&s->w, fuzz_check_entity, &seen) == 0);
	}
	free(text);
	return 0;
}
