/*
 * The detect-hedge stage: wires the hedge detector (hedge.h) to the
 * record driver.  Uses the record's sentences when present (layers.h),
 * else splits; each hedge names its sentence by index in that list.
 */
#include <string.h>

#include "cli.h"
#include "data.h"
#include "exitcode.h"
#include "hedgestage.h"
#include "jsonw.h"
#include "layers.h"
#include "offsets.h"

enum { OPT_SCOPE = 0x400 };

static const struct option hedge_options[] = {
	{ "scope", required_argument, NULL, OPT_SCOPE },
	{ NULL, 0, NULL, 0 }
};

static int hedge_option(void *self, int id, const char *arg, struct nf_error *err)
{
	struct nf_hedgestage *s = self;

	if (id != OPT_SCOPE)
		return nf_fail(err, NF_EXIT_SOFTWARE, "unhandled option %d", id);
	if (strcmp(arg, "all") != 0 && strcmp(arg, "uncertainty") != 0)
		return nf_fail(err, NF_EXIT_USAGE, "invalid --scope '%s': use all or uncertainty",
			       arg);
	s->uncertainty_only = strcmp(arg, "uncertainty") == 0;
	return 0;
}

static int hedge_start(void *self, struct nf_error *err)
{
	struct nf_hedgestage *s = self;
	const unsigned char *p;
	size_t n;

	if (nf_model_source(s->model_path, nf_data_hedge_model, nf_data_hedge_model_len,
			    &s->model_bytes, &p, &n, err) < 0)
		return -1;
	s->loaded = 1;
	if (nf_hedge_model_load(&s->model, p, n, err) < 0)
		return nf_fail_in(err, "%s", s->model_path ? s->model_path : "built-in model");
	if (nf_hedge_detector_init(&s->det, &s->model.lex, &s->model.w) < 0)
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	s->det.uncertainty_only = s->uncertainty_only;
	return 0;
}

static json_t *hedge_json(const struct nf_hedge_found *f, const char *text,
			  struct nf_cpcursor *cur)
{
	json_t *o = json_object();

	if (!o ||
	    json_object_set_new(o, "start", json_integer((json_int_t)nf_cpcursor_at(cur, f->a))) < 0 ||
	    json_object_set_new(o, "end", json_integer((json_int_t)nf_cpcursor_at(cur, f->b))) < 0 ||
	    json_object_set_new(o, "cue", json_stringn(text + f->a, f->b - f->a)) < 0 ||
	    json_object_set_new(o, "kind", json_string(nf_hedge_kind_names[f->kind])) < 0 ||
	    json_object_set_new(o, "sentence", json_integer((json_int_t)f->sent)) < 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}

/* Writes the hedges found into b, one object at a time.  Returns 0 or -1. */
static int hedges_write(struct nf_buf *b, const struct nf_hedge_detector *d, const char *text)
{
	struct nf_cpcursor cur;
	struct nf_jsonw arr;
	json_t *o;
	size_t i;
	int rc;

	nf_cpcursor_init(&cur, text);
	if (nf_jsonw_open(&arr, b) < 0)
		return -1;
	for (i = 0; i < d->nfound; i++) {
		o = hedge_json(&d->found[i], text, &cur);
		rc = o ? nf_jsonw_add(&arr, o) : -1;
		json_decref(o);
		if (rc < 0)
			return -1;
	}
	return nf_jsonw_close(&arr);
}

static int hedge_annotate(void *self, const struct nf_record *rec, struct nf_buf *vals,
			  struct nf_error *err)
{
	struct nf_hedgestage *s = self;
	const struct nf_layers *L = rec->layers;
	int rc = nf_layers_sentences_or_split(rec);

	if (rc == -2)
		return nf_fail(err, NF_EXIT_DATA, "\"sentences\" is not a sorted list "
			       "of {start,end} spans of the text");
	if (rc < 0 || nf_hedge_detect(&s->det, rec->text, rec->text_len, L->sents, L->nsents) < 0 ||
	    hedges_write(&vals[0], &s->det, rec->text) < 0)
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	return 0;
}

int nf_hedgestage_init(struct nf_hedgestage *s)
{
	memset(s, 0, sizeof(*s));
	s->stage.tool = "detect-hedge";
	s->stage.key = "hedges";
	s->stage.summary = "Find where news text hedges: may, reportedly, is said to, "
		"unnamed sources.";
	s->stage.model_path = &s->model_path;
	s->stage.model_page = "train-hedge(1)";
	s->stage.options_help =
		"      --scope=SCOPE         all (default) or uncertainty: leave out the\n"
		"                            attribution cues (is said to, unnamed sources)\n"
		"                            and mark 'will' after 'if', as Szeged does\n";
	s->stage.options = hedge_options;
	s->stage.option = hedge_option;
	s->stage.start = hedge_start;
	s->stage.annotate = hedge_annotate;
	s->stage.self = s;
	return 0;
}

void nf_hedgestage_release(struct nf_hedgestage *s)
{
	if (s->loaded) {
		nf_hedge_detector_release(&s->det);
		nf_hedge_model_release(&s->model);
	}
	nf_buf_release(&s->model_bytes);
}
