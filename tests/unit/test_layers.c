/*
 * Unit tests for lib/layers.c: a layer a stage made wins over the
 * record's JSON; the JSON is read (in bytes) when no stage made it; the
 * sentences are split here, once, when the record has none; malformed
 * keys are told apart from absent ones; the tokens are the tokenizer's,
 * made once per record; a reset forgets the last record.
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
	/* a good span then a bad one: refused whole, and again when asked again */
	if (!CHECK(make(&rec, L, "{\"text\": \"xy\", \"entities\": [{\"start\": 0, \"end\": 1},"
			" {\"start\": 0, \"end\": 9}]}") == 0))
		return;
	CHECK(nf_layers_entities(&rec) == -2);
	CHECK(nf_layers_entities(&rec) == -2);
	CHECK_SIZE(L->nents, 0);
	json_decref(rec.root);
}

/* Are x and y the same tokens (field by field: the structs have padding)? */
static int same_tokens(const struct nf_tokens *x, const struct nf_tokens *y)
{
	size_t i;

	if (x->n != y->n)
		return 0;
	for (i = 0; i < x->n; i++)
		if (x->v[i].a != y->v[i].a || x->v[i].b != y->v[i].b || x->v[i].nl != y->v[i].nl)
			return 0;
	return 1;
}

static void test_tokens(struct nf_layers *L)
{
	struct nf_record rec;
	struct nf_tokens want = { NULL, 0, 0 };
	const struct nf_tokens *t;

	if (!CHECK(make(&rec, L, "{\"text\": \"Gen. Vance met U.S. officials, NATO's too.\"}") == 0))
		return;
	t = nf_layers_tokens(&rec);
	if (CHECK(t != NULL) &&
	    CHECK(nf_tokenize(&want, rec.text, rec.text_len, nf_layers_abbreviations(L)) == 0)) {
		CHECK_SIZE(t->n, want.n);
		CHECK(same_tokens(t, &want));
		CHECK_MEM(rec.text + t->v[0].a, t->v[0].b - t->v[0].a, "Gen.");
	}
	CHECK(nf_layers_tokens(&rec) == t);	/* once per record */
	json_decref(rec.root);
	if (CHECK(make(&rec, L, "{\"text\": \"Two words\"}") == 0)) {	/* reset: made again */
		t = nf_layers_tokens(&rec);
		CHECK(t && t->n == 2);
		json_decref(rec.root);
	}
	nf_tokens_release(&want);
}

int main(void)
{
	struct nf_layers L;

	nf_layers_init(&L);
	test_sentences(&L);
	test_entities(&L);
	test_tokens(&L);
	CHECK(nf_layers_abbreviations(&L) != NULL);
	nf_layers_release(&L);
	return unit_done("layers");
}
