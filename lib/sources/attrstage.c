/*
 * The link-sources stage: wires the attribution extractor (attr.h), the
 * source registry and the notes (attr_sources.h) to the record driver.
 * Uses the record's sentences and entities when present, and the tokens
 * tag-entities made (layers.h);
 * otherwise splits sentences and types sources by their words alone
 * (running the entity tagger here would cost more than everything else
 * together).
 */
#include <stdlib.h>
#include <string.h>

#include "attrstage.h"
#include "cli.h"
#include "data.h"
#include "exitcode.h"
#include "layers.h"

static const char *const attr_keys[] = { "attributions", "sources", "references", NULL };

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

/*
 * The record's entities layer as the registry takes them, in s->ents:
 * bytes and the label's initial ('M' for none).  Returns 0 or -1 (ENOMEM).
 */
static int entities(struct nf_attrstage *s, const struct nf_layers *L)
{
	const char *label;
	size_t i;

	if (L->nents > s->ents_cap) {
		struct nf_attr_entity *p = realloc(s->ents, L->nents * sizeof(*p));
		if (!p)
			return -1;
		s->ents = p;
		s->ents_cap = L->nents;
	}
	for (i = 0; i < L->nents; i++) {
		label = L->ents[i].label;
		s->ents[i].a = L->ents[i].a;
		s->ents[i].b = L->ents[i].b;
		s->ents[i].label = label && *label ? label[0] : 'M';
	}
	s->nents = L->nents;
	return 0;
}

/*
 * Tokenizes the text into s->work: from the record's tokens when a stage
 * before made them (annotate's tag-entities), else here, window by window
 * (nf_attr_prepare), so that the whole text's raw tokens are never held
 * beside link-sources' own (issue 14: 24 bytes a token).  The tokens are
 * the same either way.  Returns 0 or -1 (ENOMEM).
 */
static int prepare(struct nf_attrstage *s, const struct nf_record *rec)
{
	struct nf_layers *L = rec->layers;
	const struct nf_lexicon *abbrev;

	if (L->have_toks)
		return nf_attr_prepare_tokens(&s->work, &s->model.cues, &L->toks, rec->text,
					      rec->text_len, L->sents, L->nsents);
	if (!(abbrev = nf_layers_abbreviations(L)))
		return -1;
	return nf_attr_prepare(&s->work, &s->model.cues, abbrev, rec->text, rec->text_len,
			       L->sents, L->nsents);
}

static int attr_annotate(void *self, const struct nf_record *rec, struct nf_buf *vals,
			 struct nf_error *err)
{
	struct nf_attrstage *s = self;
	struct nf_attr_scorer sc = nf_attr_scorer_of(&s->model);
	const struct nf_layers *L = rec->layers;
	int rc = nf_layers_sentences_or_split(rec), has_ents = 0;

	if (rc == -2)
		return nf_fail(err, NF_EXIT_DATA, "\"sentences\" is not a sorted list "
			       "of {start,end} spans of the text");
	if (rc >= 0 && (has_ents = nf_layers_entities(rec)) == -2)
		return nf_fail(err, NF_EXIT_DATA, "\"entities\" is not a list of "
			       "{start,end,label} spans of the text");
	if (rc < 0 || has_ents < 0 || entities(s, L) < 0 || prepare(s, rec) < 0 ||
	    nf_attr_tag_pos(&s->work, &s->syn.pos, rec->text, 1) < 0 ||
	    nf_attr_extract(&s->work, &sc, &s->syn.dep, rec->text) < 0 ||
	    (nf_attr_work_trim(&s->work), 0) ||
	    nf_attr_notes_run(&s->notes, &s->reg, &s->work, rec->text, rec->text_len) < 0 ||
	    (nf_attr_notes_filter(&s->notes, &s->work),
	     nf_attr_registry_build(&s->reg, &s->work, rec->text, s->ents, s->nents) < 0) ||
	    nf_attr_write(vals, &s->work, &s->reg, &s->notes, rec->text, &s->jpool) < 0)
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	return 0;
}

int nf_attrstage_init(struct nf_attrstage *s)
{
	memset(s, 0, sizeof(*s));
	if (nf_attr_registry_init(&s->reg) < 0)
		return -1;
	s->stage.tool = "link-sources";
	s->stage.key = attr_keys[0];
	s->stage.keys = attr_keys;
	s->stage.summary = "Find who every claim in news text comes from: attribution cues, "
		"sources and contents,\na registry of the sources (named or anonymous), and "
		"notes linked to the text.";
	s->stage.model_path = &s->model_path;
	s->stage.model_page = "train-sources(1)";
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
	nf_attr_work_release(&s->work);
	nf_attr_registry_release(&s->reg);
	nf_attr_notes_release(&s->notes);
	nf_attr_jpool_release(&s->jpool);
	free(s->ents);
}
