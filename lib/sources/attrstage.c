/*
 * The link-sources stage: wires the attribution extractor (attr.h), the
 * source registry and the notes (attr_sources.h) to the record driver.
 * Uses the record's "sentences" and "entities" when present; otherwise
 * splits sentences itself and types sources by their words alone (running
 * the entity tagger here would cost more than everything else together).
 */
#include <stdlib.h>
#include <string.h>

#include "attrstage.h"
#include "cli.h"
#include "data.h"
#include "exitcode.h"
#include "offsets.h"
#include "spanread.h"

enum { OPT_MODEL = 0x500 };

static const char *const attr_keys[] = { "attributions", "sources", "references", NULL };

static const struct option attr_options[] = {
	{ "model", required_argument, NULL, OPT_MODEL },
	{ NULL, 0, NULL, 0 }
};

static int attr_option(void *self, int id, const char *arg, struct nf_error *err)
{
	struct nf_attrstage *s = self;

	if (id != OPT_MODEL)
		return nf_fail(err, NF_EXIT_SOFTWARE, "unhandled option %d", id);
	s->model_path = arg;
	return 0;
}

static int attr_start(void *self, struct nf_error *err)
{
	struct nf_attrstage *s = self;
	const unsigned char *p;
	size_t n;

	if (nf_model_source(s->model_path, nf_data_sources_model, nf_data_sources_model_len,
			    &s->model_bytes, &p, &n, err) < 0)
		return -1;
	if (nf_attr_model_load(&s->model, p, n, err) < 0)
		return nf_fail_in(err, "%s", s->model_path ? s->model_path : "built-in model");
	s->loaded = 1;
	if (nf_syntax_load(&s->syn, err) < 0)
		return -1;
	return 0;
}

/* Reads "entities" [{start, end, label}] into s->ents (bytes).  -2 if malformed. */
static int read_entities(struct nf_attrstage *s, json_t *ev, const char *text, size_t len)
{
	struct nf_cpcursor cur;
	size_t i, ncp = nf_cp_count(text, len);
	json_t *e;

	s->nents = 0;
	if (!json_is_array(ev))
		return -2;
	if (json_array_size(ev) > s->ents_cap) {
		struct nf_attr_entity *p = realloc(s->ents, json_array_size(ev) * sizeof(*p));
		if (!p)
			return -1;
		s->ents = p;
		s->ents_cap = json_array_size(ev);
	}
	nf_cpcursor_init(&cur, text);
	json_array_foreach(ev, i, e) {
		const char *label = json_string_value(json_object_get(e, "label"));
		size_t a, b;
		if (nf_span_read(e, NF_SPAN_OBJECT, ncp, &a, &b) < 0)
			return -2;
		s->ents[s->nents].a = nf_cpcursor_byte(&cur, a, len);
		s->ents[s->nents].b = nf_cpcursor_byte(&cur, b, len);
		s->ents[s->nents].label = label && *label ? label[0] : 'M';
		s->nents++;
	}
	return 0;
}

/* Sentences: the record's, or split here.  Returns 0, -1 ENOMEM, -2 bad. */
static int sentences(struct nf_attrstage *s, const struct nf_record *rec,
		     const struct nf_span **sp, size_t *n)
{
	json_t *sv = json_object_get(rec->root, "sentences");
	int rc;

	if (sv) {
		rc = nf_spans_from_json(&s->sents, sv, rec->text, rec->text_len);
		*sp = s->sents.v;
		*n = s->sents.n;
		return rc;
	}
	rc = nf_sentsplit_run(&s->ss, rec->text, rec->text_len);
	*sp = s->ss.spans;
	*n = s->ss.nspans;
	return rc;
}

static int attr_annotate(void *self, const struct nf_record *rec, struct nf_buf *vals,
			 struct nf_error *err)
{
	struct nf_attrstage *s = self;
	struct nf_attr_scorer sc = nf_attr_scorer_of(&s->model);
	json_t *ev = json_object_get(rec->root, "entities");
	const struct nf_span *sp = NULL;
	size_t n = 0;
	int rc = sentences(s, rec, &sp, &n);

	if (rc == -2)
		return nf_fail(err, NF_EXIT_DATA, "\"sentences\" is not a sorted list "
			       "of {start,end} spans of the text");
	if (rc == 0 && ev && (rc = read_entities(s, ev, rec->text, rec->text_len)) == -2)
		return nf_fail(err, NF_EXIT_DATA, "\"entities\" is not a list of "
			       "{start,end,label} spans of the text");
	if (rc < 0 ||
	    nf_attr_prepare(&s->work, &s->model.cues, &s->ss.abbrev, rec->text, rec->text_len,
			    sp, n) < 0 ||
	    nf_attr_tag_pos(&s->work, &s->syn.pos, rec->text, 1) < 0 ||
	    nf_attr_extract(&s->work, &sc, &s->syn.dep, rec->text) < 0 ||
	    nf_attr_notes_run(&s->notes, &s->reg, &s->work, rec->text, rec->text_len) < 0 ||
	    (nf_attr_notes_filter(&s->notes, &s->work),
	     nf_attr_registry_build(&s->reg, &s->work, rec->text, s->ents, ev ? s->nents : 0) < 0) ||
	    nf_attr_write(vals, &s->work, &s->reg, &s->notes, rec->text, &s->jpool) < 0)
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	return 0;
}

int nf_attrstage_init(struct nf_attrstage *s)
{
	memset(s, 0, sizeof(*s));
	if (nf_sentsplit_init(&s->ss) < 0)
		return -1;
	if (nf_attr_registry_init(&s->reg) < 0) {
		nf_sentsplit_release(&s->ss);
		return -1;
	}
	s->stage.tool = "link-sources";
	s->stage.key = attr_keys[0];
	s->stage.keys = attr_keys;
	s->stage.summary = "Find who every claim in news text comes from: attribution cues, "
		"sources and contents,\na registry of the sources (named or anonymous), and "
		"notes linked to the text.";
	s->stage.options_help =
		"      --model=FILE          use the model in FILE (see train-sources(1))\n";
	s->stage.options = attr_options;
	s->stage.option = attr_option;
	s->stage.start = attr_start;
	s->stage.annotate = attr_annotate;
	s->stage.self = s;
	return 0;
}

void nf_attrstage_release(struct nf_attrstage *s)
{
	if (s->loaded)
		nf_attr_model_release(&s->model);
	nf_syntax_release(&s->syn);
	nf_buf_release(&s->model_bytes);
	nf_sentsplit_release(&s->ss);
	nf_spanvec_release(&s->sents);
	nf_attr_work_release(&s->work);
	nf_attr_registry_release(&s->reg);
	nf_attr_notes_release(&s->notes);
	nf_attr_jpool_release(&s->jpool);
	free(s->ents);
}
