/*
 * The record's parsed layers (layers.h): set by their makers, read from
 * the record's JSON at most once per record, or split here.
 */
#include <stdlib.h>
#include <string.h>

#include "layers.h"
#include "offsets.h"
#include "spanread.h"

void nf_layers_init(struct nf_layers *L)
{
	memset(L, 0, sizeof(*L));
}

void nf_layers_release(struct nf_layers *L)
{
	nf_spanvec_release(&L->sents_read);
	if (L->ss_ready)
		nf_sentsplit_release(&L->ss);
	free(L->ents);
	nf_tokens_release(&L->toks);
	memset(L, 0, sizeof(*L));
}

void nf_layers_reset(struct nf_layers *L)
{
	L->sents_state = L->ents_state = NF_LAYER_UNKNOWN;
	L->sents = NULL;
	L->nsents = 0;
	L->nents = 0;
	L->have_toks = 0;
}

void nf_layers_set_sentences(struct nf_layers *L, const struct nf_span *sp, size_t n)
{
	L->sents_state = NF_LAYER_PRESENT;
	L->sents = sp;
	L->nsents = n;
}

/* Reads the record's "sentences", if any, into the layer.  As nf_layers_sentences. */
static int read_sentences(const struct nf_record *rec)
{
	struct nf_layers *L = rec->layers;
	json_t *sv = json_object_get(rec->root, "sentences");
	int rc;

	if (!sv) {
		L->sents_state = NF_LAYER_ABSENT;
		return 0;
	}
	if ((rc = nf_spans_from_json(&L->sents_read, sv, rec->text, rec->text_len)) < 0)
		return rc;
	nf_layers_set_sentences(L, L->sents_read.v, L->sents_read.n);
	return 1;
}

int nf_layers_sentences(const struct nf_record *rec)
{
	switch (rec->layers->sents_state) {
	case NF_LAYER_UNKNOWN:
		return read_sentences(rec);
	case NF_LAYER_PRESENT:
		return 1;
	default:
		return 0;
	}
}

/* The default splitter, made on first use.  NULL on ENOMEM. */
static struct nf_sentsplit *splitter(struct nf_layers *L)
{
	if (!L->ss_ready) {
		if (nf_sentsplit_init(&L->ss) < 0)
			return NULL;
		L->ss_ready = 1;
	}
	return &L->ss;
}

int nf_layers_sentences_or_split(const struct nf_record *rec)
{
	struct nf_layers *L = rec->layers;
	struct nf_sentsplit *ss;
	int rc = nf_layers_sentences(rec);

	if (rc != 0 || L->sents_state == NF_LAYER_DERIVED)
		return rc;
	if (!(ss = splitter(L)) || nf_sentsplit_run(ss, rec->text, rec->text_len) < 0)
		return -1;
	L->sents_state = NF_LAYER_DERIVED;
	L->sents = ss->spans;
	L->nsents = ss->nspans;
	return 0;
}

const struct nf_lexicon *nf_layers_abbreviations(struct nf_layers *L)
{
	struct nf_sentsplit *ss = splitter(L);

	return ss ? &ss->abbrev : NULL;
}

const struct nf_tokens *nf_layers_tokens(const struct nf_record *rec)
{
	struct nf_layers *L = rec->layers;
	const struct nf_lexicon *abbrev;

	if (!L->have_toks) {
		if (!(abbrev = nf_layers_abbreviations(L)) ||
		    nf_tokenize(&L->toks, rec->text, rec->text_len, abbrev) < 0)
			return NULL;
		L->have_toks = 1;
	}
	return &L->toks;
}

void nf_layers_begin_entities(struct nf_layers *L)
{
	L->ents_state = NF_LAYER_PRESENT;
	L->nents = 0;
}

int nf_layers_add_entity(struct nf_layers *L, size_t a, size_t b, const char *label)
{
	struct nf_entity_span *p;

	if (L->nents == L->ents_cap) {
		size_t cap = L->ents_cap ? L->ents_cap * 2 : 64;
		if (!(p = realloc(L->ents, cap * sizeof(*p))))
			return -1;
		L->ents = p;
		L->ents_cap = cap;
	}
	L->ents[L->nents++] = (struct nf_entity_span){ a, b, label };
	return 0;
}

/* Reads "entities" [{start, end, label}] (code points) into the layer.  As nf_layers_entities. */
static int read_entities(const struct nf_record *rec)
{
	struct nf_layers *L = rec->layers;
	json_t *ev = json_object_get(rec->root, "entities"), *e;
	struct nf_cpcursor cur;
	size_t i, a, b, ncp;

	if (!ev) {
		L->ents_state = NF_LAYER_ABSENT;
		return 0;
	}
	if (!json_is_array(ev))
		return -2;
	nf_layers_begin_entities(L);
	ncp = nf_cp_count(rec->text, rec->text_len);
	nf_cpcursor_init(&cur, rec->text);
	json_array_foreach(ev, i, e) {
		int rc = nf_span_read(e, NF_SPAN_OBJECT, ncp, &a, &b) < 0 ? -2
			 : nf_layers_add_entity(L, nf_cpcursor_byte(&cur, a, rec->text_len),
						nf_cpcursor_byte(&cur, b, rec->text_len),
						json_string_value(json_object_get(e, "label")));
		if (rc < 0) {	/* never half a layer: asked again, the same answer */
			L->ents_state = NF_LAYER_UNKNOWN;
			L->nents = 0;
			return rc;
		}
	}
	return 1;
}

int nf_layers_entities(const struct nf_record *rec)
{
	switch (rec->layers->ents_state) {
	case NF_LAYER_UNKNOWN:
		return read_entities(rec);
	case NF_LAYER_PRESENT:
		return 1;
	default:
		return 0;
	}
}
