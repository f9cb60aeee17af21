/*
 * The tag-entities stage: wires the entity tagger (ner.h) to the record
 * driver.  Uses the record's "sentences" when present, else splits.
 */
#include <errno.h>
#include <string.h>

#include "data.h"
#include "exitcode.h"
#include "file.h"
#include "nerstage.h"
#include "offsets.h"

enum { OPT_MODEL = 0x300 };

static const struct option ner_options[] = {
	{ "model", required_argument, NULL, OPT_MODEL },
	{ NULL, 0, NULL, 0 }
};

static int ner_option(void *self, int id, const char *arg, struct nf_error *err)
{
	struct nf_nerstage *s = self;

	if (id != OPT_MODEL)
		return nf_fail(err, NF_EXIT_SOFTWARE, "unhandled option %d", id);
	s->model_path = arg;
	return 0;
}

static int ner_start(void *self, struct nf_error *err)
{
	struct nf_nerstage *s = self;
	const unsigned char *p = nf_data_entities_model;
	size_t n = nf_data_entities_model_len;
	char why[256];

	if (s->model_path) {
		if (nf_read_file(s->model_path, &s->model_bytes) < 0)
			return nf_fail(err, NF_EXIT_NOINPUT, "cannot read model '%s': %s",
				       s->model_path, strerror(errno));
		p = (const unsigned char *)s->model_bytes.data;
		n = s->model_bytes.len;
	}
	if (nf_ner_model_load(&s->model, p ? p : (const unsigned char *)"", n, why, sizeof(why)) < 0)
		return nf_fail(err, NF_EXIT_DATA, "%s: %s", s->model_path ? s->model_path :
			       "built-in model", why);
	s->loaded = 1;
	return 0;
}

struct emit {
	struct nf_nerstage *s;
	const struct nf_record *rec;
	json_t *arr;
	struct nf_cpcursor cur;
	int with_sentence;
};

static int add_entity(void *arg, const struct nf_entity *e)
{
	struct emit *em = arg;
	const struct nf_ner_work *w = &em->s->work;
	size_t a = w->toks.v[e->first].a, b = w->toks.v[e->end - 1].b;
	json_t *o = json_object();

	if (!o || json_array_append_new(em->arr, o) < 0 ||
	    json_object_set_new(o, "start", json_integer((json_int_t)nf_cpcursor_at(&em->cur, a))) < 0 ||
	    json_object_set_new(o, "end", json_integer((json_int_t)nf_cpcursor_at(&em->cur, b))) < 0 ||
	    json_object_set_new(o, "label", json_string(nf_ner_type_names[e->type])) < 0 ||
	    json_object_set_new(o, "text", json_stringn(em->rec->text + a, b - a)) < 0)
		return -1;
	if (em->with_sentence && !w->info[e->first].outside &&
	    json_object_set_new(o, "sentence", json_integer(w->info[e->first].sent)) < 0)
		return -1;
	return 0;
}

static int ner_annotate(void *self, const struct nf_record *rec, json_t **out,
			struct nf_error *err)
{
	struct nf_nerstage *s = self;
	struct nf_ner_res res = { &s->model.clusters, &s->model.gazetteer, &s->model.gaz_first,
				  &s->ss.abbrev };
	json_t *sv = json_object_get(rec->root, "sentences");
	struct emit em = { s, rec, NULL, { 0 }, sv != NULL };
	int rc = sv ? nf_spans_from_json(&s->sents, sv, rec->text, rec->text_len) : 0;

	if (rc == -2)
		return nf_fail(err, NF_EXIT_DATA,
			       "\"sentences\" is not a sorted list of {start,end} spans of the text");
	static const struct nf_span none = { 0, 0 };

	if (rc < 0 || nf_ner_prepare(&s->work, &res, &s->ss, rec->text, rec->text_len,
				     sv ? (s->sents.n ? s->sents.v : &none) : NULL,
				     sv ? s->sents.n : 0) < 0)
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	nf_ner_tag(&s->model, &s->work, rec->text);
	nf_cpcursor_init(&em.cur, rec->text);
	if (!(em.arr = json_array()) || nf_ner_spans(&s->work, add_entity, &em) < 0) {
		json_decref(em.arr);
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	}
	*out = em.arr;
	return 0;
}

int nf_nerstage_init(struct nf_nerstage *s)
{
	memset(s, 0, sizeof(*s));
	nf_ner_work_init(&s->work);
	if (nf_sentsplit_init(&s->ss) < 0)
		return -1;
	s->stage.tool = "tag-entities";
	s->stage.key = "entities";
	s->stage.summary = "Find the people, organisations, places and other names in news text.";
	s->stage.options_help =
		"      --model=FILE          use the model in FILE (see train-entities(1))\n";
	s->stage.options = ner_options;
	s->stage.option = ner_option;
	s->stage.start = ner_start;
	s->stage.annotate = ner_annotate;
	s->stage.self = s;
	return 0;
}

void nf_nerstage_release(struct nf_nerstage *s)
{
	if (s->loaded)
		nf_ner_model_release(&s->model);
	nf_buf_release(&s->model_bytes);
	nf_sentsplit_release(&s->ss);
	nf_ner_work_release(&s->work);
	nf_spanvec_release(&s->sents);
}
