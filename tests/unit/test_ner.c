/*
 * Unit tests for the entity tagger's memory-saving paths (lib/ner_*.c):
 * a long text's token facts filled one sentence at a time, a long
 * sentence decoded with Viterbi backpointers, and caches of any size
 * (two entries: every word type evicts another), must give exactly the
 * labels of the plain paths (all facts kept, a row of scores per token,
 * the large caches of tag-entities alone).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "ner.h"
#include "unit.h"

struct tagger {
	struct nf_ner_model nm;
	struct nf_ner_conventions cv;
	struct nf_sentsplit ss;
};

static int tagger_init(struct tagger *t)
{
	struct nf_error err = { 0, "" };
	size_t line;

	if (nf_sentsplit_init(&t->ss) < 0)
		return -1;
	if (nf_ner_model_load(&t->nm, nf_data_entities_model, nf_data_entities_model_len, &err) < 0) {
		fprintf(stderr, "model: %s\n", err.msg);
		return -1;
	}
	if (nf_ner_conventions_load(&t->cv, (const char *)nf_data_entity_conventions,
				    nf_data_entity_conventions_len, &line) < 0)
		return -1;
	t->nm.conventions = &t->cv;
	return 0;
}

static void tagger_release(struct tagger *t)
{
	nf_ner_conventions_release(&t->cv);
	nf_ner_model_release(&t->nm);
	nf_sentsplit_release(&t->ss);
}

/*
 * Tags text with the given thresholds (see struct nf_ner_work) into a
 * malloc'd copy of the labels, *n of them; NULL on failure.
 */
static uint8_t *labels_of(struct tagger *t, const char *text, size_t long_sentence,
			  size_t whole_text, size_t cache_slots, size_t *n)
{
	struct nf_ner_res res = { &t->nm.clusters, &t->nm.gazetteer, &t->nm.gaz_first,
				  &t->ss.abbrev, NULL, &t->nm.gaz_bits };
	struct nf_ner_work w;
	uint8_t *out = NULL;

	nf_ner_work_init(&w);
	w.long_sentence = long_sentence;
	w.whole_text = whole_text;
	w.cache_slots = cache_slots;
	if (nf_ner_prepare(&w, &res, &t->ss, text, strlen(text), NULL, 0) == 0) {
		nf_ner_tag(&t->nm, &w, text);
		*n = w.toks.n;
		out = malloc(*n ? *n : 1);
		if (out)
			memcpy(out, w.labels, *n);
	}
	nf_ner_work_release(&w);
	return out;
}

/* Are the labels of text the same on every path?  Counts its entities into *ents. */
static int same_on_all_paths(struct tagger *t, const char *text, size_t *ents)
{
	size_t n1 = 0, n2 = 0, n3 = 0, i;
	uint8_t *plain = labels_of(t, text, SIZE_MAX, SIZE_MAX, NF_NER_CACHE_ALONE, &n1);
	uint8_t *lean = labels_of(t, text, 3, 0, 2, &n2);
	uint8_t *deflt = labels_of(t, text, NF_NER_LONG_SENTENCE, NF_NER_WHOLE_TEXT, NF_NER_CACHE,
				   &n3);
	int ok = plain && lean && deflt && n1 == n2 && n1 == n3 &&
		 memcmp(plain, lean, n1) == 0 && memcmp(plain, deflt, n1) == 0;

	*ents = 0;
	for (i = 0; plain && i < n1; i++)
		*ents += plain[i] != 0;
	free(plain);
	free(lean);
	free(deflt);
	return ok;
}

/*
 * One work tags long, then short, then long again, trimmed after each
 * (as tag-entities does): the labels are those of a fresh work, and the
 * room made for the long text is given back.
 */
static int same_after_trim(struct tagger *t, const char *lng, const char *shrt)
{
	struct nf_ner_res res = { &t->nm.clusters, &t->nm.gazetteer, &t->nm.gaz_first,
				  &t->ss.abbrev, NULL, &t->nm.gaz_bits };
	const char *texts[3] = { lng, shrt, lng };
	struct nf_ner_work w;
	size_t k, n = 0;
	uint8_t *fresh;
	int ok = 1;

	nf_ner_work_init(&w);
	for (k = 0; k < 3 && ok; k++) {
		fresh = labels_of(t, texts[k], NF_NER_LONG_SENTENCE, NF_NER_WHOLE_TEXT, NF_NER_CACHE,
				  &n);
		ok = fresh && nf_ner_prepare(&w, &res, &t->ss, texts[k], strlen(texts[k]),
					     NULL, 0) == 0;
		if (ok) {
			nf_ner_tag(&t->nm, &w, texts[k]);
			nf_ner_work_trim(&w);
			ok = w.toks.n == n && memcmp(w.labels, fresh, n) == 0 &&
			     w.info_cap <= NF_NER_TRIM && w.back_cap <= NF_NER_TRIM;
		}
		free(fresh);
	}
	nf_ner_work_release(&w);
	return ok;
}

/* times copies of piece, then tail, in a malloc'd string. */
static char *repeat(const char *piece, size_t times, const char *tail)
{
	size_t pn = strlen(piece), tn = strlen(tail), i;
	char *s = malloc(pn * times + tn + 1);

	if (!s)
		return NULL;
	for (i = 0; i < times; i++)
		memcpy(s + i * pn, piece, pn);
	memcpy(s + pn * times, tail, tn + 1);
	return s;
}

int main(void)
{
	static const char news[] =
		"WASHINGTON (Reuters) - Secretary of State Antony Blinken met German "
		"Chancellor Olaf Scholz in Berlin on Tuesday, the State Department said. "
		"Blinken told reporters that NATO allies would meet again in Brussels. "
		"\"We are united,\" Scholz said at a news conference with the White House "
		"envoy.\n\nMICROSOFT SHARES ROSE IN NEW YORK\n"
		"Shares of Microsoft Corp rose 2% on the Nasdaq after Apple reported results.";
	struct tagger t;
	size_t ents;
	char *s;

	if (tagger_init(&t) < 0) {
		CHECK(0);
		return unit_done("ner");
	}
	CHECK(same_on_all_paths(&t, news, &ents));
	CHECK(ents > 10);
	/* a sentence of about 12000 tokens: backpointers by default too */
	s = repeat("John Smith of Acme Corp met Mary Jones in Paris and ", 1200, "left.");
	CHECK(s && same_on_all_paths(&t, s, &ents));
	CHECK(ents > 1000);
	free(s);
	/* many short sentences past NF_NER_WHOLE_TEXT tokens, history and casing at play */
	s = repeat("Smith said the smith in Paris met Jones. ", 1500, "Paris.");
	CHECK(s && same_on_all_paths(&t, s, &ents));
	CHECK(ents > 1000);
	free(s);
	/* one sentence of 80000 tokens: its facts and backpointers trimmed, then reused */
	s = repeat("\"alpha John Smith of Acme Corp ", 11500, "left.");
	CHECK(s && same_after_trim(&t, s, news));
	free(s);
	tagger_release(&t);
	return unit_done("ner");
}
