/*
 * Unit tests for lib/layers.c: a layer a stage made wins over the
 * record's JSON; the JSON is read (in bytes) when no stage made it; the
 * sentences are split here, once, when the record has none; malformed
 * keys are told apart from absent ones; a reset forgets the last record.
 */
#include <jansson.h>

#include "layers.h"
#include "unit.h"

/* A record over the object written as JSON text j, with its "text". */
static int make(struct nf_record *rec, struct nf_layers *L, const char *j)
{
	json_t *t;

	rec->root = json_loads(j, 0, NULL);
	if (!rec->root)
		return -1;
	t = json_object_get(rec->root, "text");
	rec->text = json_string_value(t);
	rec->text_len = json_string_length(t);
	rec->layers = L;
	nf_layers_reset(L);
	return 0;
}

static void test_sentences(struct nf_layers *L)
{
	/* "é" is two bytes: code point 4 is byte 5 */
	struct nf_record rec;
	static const struct nf_span made[] = { { 0, 2 } };

	if (!CHECK(make(&rec, L, "{\"text\": \"Hé. Yo.\", \"sentences\": "
			"[{\"start\": 0, \"end\": 3}, {\"start\": 4, \"end\": 7}]}") == 0))
		return;
	CHECK(nf_layers_sentences(&rec) == 1);
	CHECK_SIZE(L->nsents, 2);
	CHECK_SIZE(L->sents[0].end, 4);
	CHECK_SIZE(L->sents[1].start, 5);
	CHECK_SIZE(L->sents[1].end, 8);
	nf_layers_reset(L);
	nf_layers_set_sentences(L, made, 1);	/* a stage made it: the JSON is stale */
	CHECK(nf_layers_sentences_or_split(&rec) == 1);
	CHECK(L->sents == made);
	json_decref(rec.root);

	if (!CHECK(make(&rec, L, "{\"text\": \"One here. Two there.\"}") == 0))
		return;
	CHECK(nf_layers_sentences(&rec) == 0);
	CHECK(nf_layers_sentences_or_split(&rec) == 0);
	CHECK_SIZE(L->nsents, 2);
	CHECK_SIZE(L->sents[1].start, 10);
	CHECK(L->sents_state == NF_LAYER_DERIVED);
	CHECK(nf_layers_sentences_or_split(&rec) == 0);	/* split once */
	CHECK(nf_layers_sentences(&rec) == 0);	/* still not the record's */
	json_decref(rec.root);

	if (!CHECK(make(&rec, L, "{\"text\": \"Ab.\", \"sentences\": [{\"start\": 0, \"end\": 9}]}") == 0))
		return;
	CHECK(nf_layers_sentences_or_split(&rec) == -2);
	json_decref(rec.root);
}

static void test_entities(struct nf_layers *L)
{
	struct nf_record rec;

	if (!CHECK(make(&rec, L, "{\"text\": \"Zoë Ng met Acme.\", \"entities\": ["
			"{\"start\": 0, \"end\": 6, \"label\": \"PERSON\"},"
			"{\"start\": 11, \"end\": 15}]}") == 0))
		return;
	CHECK(nf_layers_entities(&rec) == 1);
	CHECK_SIZE(L->nents, 2);
	CHECK_SIZE(L->ents[0].b, 7);
	CHECK(L->ents[0].label && strcmp(L->ents[0].label, "PERSON") == 0);
	CHECK_SIZE(L->ents[1].a, 12);
	CHECK(L->ents[1].label == NULL);
	nf_layers_reset(L);
	nf_layers_begin_entities(L);	/* a stage made it: none found */
	CHECK(nf_layers_entities(&rec) == 1);
	CHECK_SIZE(L->nents, 0);
	nf_layers_reset(L);
	CHECK(nf_layers_add_entity(L, 1, 2, "ORG") == 0);
	nf_layers_reset(L);
	CHECK(nf_layers_entities(&rec) == 1);	/* read again after the reset */
	CHECK_SIZE(L->nents, 2);
	json_decref(rec.root);

	if (!CHECK(make(&rec, L, "{\"text\": \"x\"}") == 0))
		return;
	CHECK(nf_layers_entities(&rec) == 0);
	CHECK_SIZE(L->nents, 0);
	json_decref(rec.root);
	if (!CHECK(make(&rec, L, "{\"text\": \"x\", \"entities\": {}}") == 0))
		return;
	CHECK(nf_layers_entities(&rec) == -2);
	json_decref(rec.root);
	if (!CHECK(make(&rec, L, "{\"text\": \"x\", \"entities\": [{\"start\": 1, \"end\": 0}]}") == 0))
		return;
	CHECK(nf_layers_entities(&rec) == -2);
	json_decref(rec.root);
}

int main(void)
{
	struct nf_layers L;

	nf_layers_init(&L);
	test_sentences(&L);
	test_entities(&L);
	CHECK(nf_layers_abbreviations(&L) != NULL);
	nf_layers_release(&L);
	return unit_done("layers");
}
