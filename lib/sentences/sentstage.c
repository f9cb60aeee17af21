/*
 * The split-sentences stage: wires the splitter to the record driver,
 * and leaves its spans in the record's sentences layer for the stages
 * after it (layers.h).
 */
#include <errno.h>
#include <string.h>

#include "exitcode.h"
#include "file.h"
#include "layers.h"
#include "offsets.h"
#include "sentstage.h"

enum { OPT_NEWLINES = 0x200, OPT_ABBREVIATIONS };

static const struct option sent_options[] = {
	{ "newlines", required_argument, NULL, OPT_NEWLINES },
	{ "abbreviations", required_argument, NULL, OPT_ABBREVIATIONS },
	{ NULL, 0, NULL, 0 }
};

static int load_abbreviations(struct nf_sentsplit *ss, const char *path,
			      struct nf_error *err)
{
	struct nf_buf b = NF_BUF_INIT;
	size_t line;
	int rc;

	if (nf_read_file(path, &b) < 0) {
		nf_buf_release(&b);
		return nf_fail(err, NF_EXIT_NOINPUT, "cannot read abbreviations '%s': %s",
			       path, strerror(errno));
	}
	rc = nf_sentsplit_add_abbreviations(ss, b.data ? b.data : "", b.len, &line);
	nf_buf_release(&b);
	if (rc < 0 && line)
		return nf_fail(err, NF_EXIT_USAGE,
			       "%s:%zu: unknown tag: use plain, title, number, month, time or inner",
			       path, line);
	if (rc < 0)
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	return 0;
}

static int sent_option(void *self, int id, const char *arg, struct nf_error *err)
{
	struct nf_sentstage *s = self;

	if (id == OPT_NEWLINES) {
		if (nf_newlines_parse(arg, &s->ss.newlines) < 0)
			return nf_fail(err, NF_EXIT_USAGE,
				       "invalid --newlines '%s': use auto, break or space", arg);
		return 0;
	}
	if (id == OPT_ABBREVIATIONS)
		return load_abbreviations(&s->ss, arg, err);
	return nf_fail(err, NF_EXIT_SOFTWARE, "unhandled option %d", id);
}

json_t *nf_sentences_json(const struct nf_sentsplit *ss, const char *text)
{
	struct nf_buf b = NF_BUF_INIT;
	json_t *v = NULL;

	if (nf_spanjson_write(&b, ss->spans, ss->nspans, text) == 0)
		v = json_loadb(b.data, b.len, 0, NULL);
	nf_buf_release(&b);
	return v;
}

static int sent_annotate(void *self, const struct nf_record *rec, struct nf_buf *vals,
			 struct nf_error *err)
{
	struct nf_sentstage *s = self;

	if (nf_sentsplit_run(&s->ss, rec->text, rec->text_len) < 0 ||
	    nf_spanjson_write(&vals[0], s->ss.spans, s->ss.nspans, rec->text) < 0)
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	nf_layers_set_sentences(rec->layers, s->ss.spans, s->ss.nspans);
	return 0;
}

int nf_sentstage_init(struct nf_sentstage *s)
{
	memset(s, 0, sizeof(*s));
	if (nf_sentsplit_init(&s->ss) < 0)
		return -1;
	s->stage.tool = "split-sentences";
	s->stage.key = "sentences";
	s->stage.summary = "Find the sentences of news text.";
	s->stage.options_help =
		"      --newlines=MODE       what one newline means: auto (default; a break\n"
		"                            except in hard-wrapped paragraphs), break, space\n"
		"      --abbreviations=FILE  add the abbreviations in FILE (see the man page)\n";
	s->stage.options = sent_options;
	s->stage.option = sent_option;
	s->stage.annotate = sent_annotate;
	s->stage.self = s;
	return 0;
}

void nf_sentstage_release(struct nf_sentstage *s)
{
	nf_sentsplit_release(&s->ss);
}
