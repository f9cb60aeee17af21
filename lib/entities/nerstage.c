/*
 * The tag-entities stage: wires the entity tagger (ner.h) to the record
 * driver.  Uses the record's sentences when present (layers.h), else
 * splits; tokenizes through the layers too (link-sources gets the same
 * tokens); leaves the entities in the record's entities layer.
 */
#include <string.h>

#include "cli.h"
#include "data.h"
#include "exitcode.h"
#include "jsonw.h"
#include "layers.h"
#include "ner_json.h"
#include "nerstage.h"
#include "offsets.h"

static int ner_start(void *self, struct nf_error *err)
{
	struct nf_nerstage *s = self;
	const unsigned char *p;
	size_t n, line;

	if (nf_model_source(s->model_path, nf_data_entities_model, nf_data_entities_model_len,
			    &s->model_bytes, &p, &n, err) < 0)
		return -1;
	if (nf_ner_model_load(&s->model, p ? p : (const unsigned char *)"", n, err) < 0)
		return nf_fail_in(err, "%s", s->model_path ? s->model_path : "built-in model");
	s->loaded = 1;
	if (nf_ner_conventions_load(&s->conventions, (const char *)nf_data_entity_conventions,
				    nf_data_entity_conventions_len, &line) < 0)
		return nf_fail(err, NF_EXIT_SOFTWARE, "built-in entity conventions: bad line %zu",
			       line);
	s->model.conventions = &s->conventions;
	s->model.consistency = 1;
	return 0;
}

struct emit {
	struct nf_nerstage *s;
	const struct nf_record *rec;
	struct nf_cpcursor cur;
	size_t group;		/* nf_ner_sentence_of's cursor */
	int with_sentence;
	struct nf_jsonw arr;
};

static int add_entity(void *arg, const struct nf_entity *e)
{
	struct emit *em = arg;
	const struct nf_ner_work *w = &em->s->work;
	size_t a = w->toks.v[e->first].a, b = w->toks.v[e->end - 1].b;
	int outside;
	size_t sent = nf_ner_sentence_of(w, e->first, &em->group, &outside);
	size_t start, end;

	if (nf_layers_add_entity(em->rec->layers, a, b, nf_ner_type_names[e->type]) < 0 ||
	    nf_jsonw_next(&em->arr) < 0)
		return -1;
	start = nf_cpcursor_at(&em->cur, a);
	end = nf_cpcursor_at(&em->cur, b);
	return nf_ner_json_entity(em->arr.b, start, end, nf_ner_type_names[e->type],
				  em->rec->text + a, b - a, em->with_sentence && !outside, sent);
}

static int ner_annotate(void *self, const struct nf_record *rec, struct nf_buf *vals,
			struct nf_error *err)
{
	static const struct nf_span none = { 0, 0 };
	struct nf_nerstage *s = self;
	struct nf_layers *L = rec->layers;
	struct nf_ner_res res = { &s->model.clusters, &s->model.gazetteer, &s->model.gaz_first,
				  nf_layers_abbreviations(L), nf_layers_tokens(rec),
				  &s->model.gaz_bits };
	int rc = nf_layers_sentences_or_split(rec);
	/* entities name their sentence only when the record has sentences */
	struct emit em = { s, rec, { 0 }, 0, rc == 1, { NULL, 0 } };

	if (rc == -2)
		return nf_fail(err, NF_EXIT_DATA,
			       "\"sentences\" is not a sorted list of {start,end} spans of the text");
	if (rc < 0 || !res.abbrev || !res.toks ||
	    nf_ner_prepare(&s->work, &res, NULL, rec->text, rec->text_len,
			   L->nsents ? L->sents : &none, L->nsents) < 0)
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	nf_ner_tag(&s->model, &s->work, rec->text);
	nf_ner_work_trim(&s->work);
	nf_cpcursor_init(&em.cur, rec->text);
	nf_layers_begin_entities(L);
	if (nf_jsonw_open(&em.arr, &vals[0]) < 0 || nf_ner_spans(&s->work, add_entity, &em) < 0 ||
	    nf_jsonw_close(&em.arr) < 0)
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	return 0;
}

int nf_nerstage_init(struct nf_nerstage *s)
{
	memset(s, 0, sizeof(*s));
	nf_ner_work_init(&s->work);
	s->stage.tool = "tag-entities";
	s->stage.key = "entities";
	s->stage.summary = "Find the people, organisations, places and other names in news text.";
	s->stage.model_path = &s->model_path;
	s->stage.model_page = "train-entities(1)";
	s->stage.start = ner_start;
	s->stage.annotate = ner_annotate;
	s->stage.self = s;
	return 0;
}

void nf_nerstage_alone(struct nf_nerstage *s)
{
	s->work.cache_slots = NF_NER_CACHE_ALONE;
}

void nf_nerstage_release(struct nf_nerstage *s)
{
	nf_ner_conventions_release(&s->conventions);
	if (s->loaded)
		nf_ner_model_release(&s->model);
	nf_buf_release(&s->model_bytes);
	nf_ner_work_release(&s->work);
}
