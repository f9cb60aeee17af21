/*
 * The fused stage (fused.h): the chosen stages run in turn on one parsed
 * record, their values spliced by the driver in one pass.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exitcode.h"
#include "fused.h"
#include "layers.h"
#include "stageopt.h"

enum { OPT_STAGES = 0x700, OPT_STAGE_BASE = 0x710 };

/* The keys a stage owns, NULL-terminated: its list, or its one key. */
static size_t stage_keys(const struct nf_stage *st, const char **out, size_t room)
{
	size_t n = 0;

	if (!st->keys) {
		if (room)
			out[n] = st->key;
		return 1;
	}
	for (; st->keys[n]; n++)
		if (n < room)
			out[n] = st->keys[n];
	return n;
}

/* Chooses the stages of list and lays out their keys.  Returns 0 or -1. */
static int choose(struct nf_fused *f, const char *list, struct nf_error *err)
{
	size_t i, n = 0, k;

	if (nf_stageset_choose(&f->set, list, err) < 0)
		return -1;
	for (i = 0; i < f->set.n; i++) {
		k = stage_keys(f->set.chosen[i], f->keys + n, NF_SPLICE_MAXKEYS - n);
		if (n + k > NF_SPLICE_MAXKEYS)
			return nf_fail(err, NF_EXIT_SOFTWARE, "too many keys in --stages");
		f->nkeys[i] = k;
		n += k;
	}
	f->keys[n] = NULL;
	f->stage.key = f->keys[0];
	return 0;
}

static int fused_option(void *self, int id, const char *arg, struct nf_error *err)
{
	struct nf_fused *f = self;
	struct nf_stage *st;
	int m = id - OPT_STAGE_BASE;

	if (id == OPT_STAGES)
		return choose(f, arg, err);
	if (m < 0 || m >= NF_FUSED_MAXOPTS || !f->optnames[m])
		return nf_fail(err, NF_EXIT_SOFTWARE, "unhandled option %d", id);
	f->given[f->optmap[m].stage] = 1;
	st = nf_stageset_stage(&f->set, (size_t)f->optmap[m].stage);
	return nf_stage_option(st, f->optmap[m].id, arg, err);
}

/* Is stage i of nf_stage_names among the chosen? */
static int chosen(const struct nf_fused *f, size_t i)
{
	size_t k;

	for (k = 0; k < f->set.n; k++)
		if (f->set.names[k] == nf_stage_names[i])
			return 1;
	return 0;
}

static int fused_start(void *self, struct nf_error *err)
{
	struct nf_fused *f = self;
	const struct nf_stage *st;
	size_t i;

	for (i = 0; i < NF_STAGESET_MAX; i++)
		if (f->given[i] && !chosen(f, i))
			return nf_fail(err, NF_EXIT_USAGE, "an option of stage '%s' was given, "
				       "but --stages does not run it", nf_stage_names[i]);
	for (i = 0; i < f->set.n; i++) {
		st = f->set.chosen[i];
		if (st->start && st->start(st->self, err) < 0)
			return -1;
	}
	return 0;
}

/*
 * Sets the values a stage wrote into the record, as the next filter of a
 * pipe would read them.  Returns 0 or -1 with err set.
 */
static int set_values(const struct nf_record *rec, const char *const *keys,
		      const struct nf_buf *vals, size_t n, struct nf_error *err)
{
	json_error_t je;
	json_t *v;
	size_t k;

	for (k = 0; k < n; k++) {
		v = json_loadb(vals[k].data ? vals[k].data : "", vals[k].len,
			       JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
		if (!v)
			return nf_fail(err, NF_EXIT_SOFTWARE, "the \"%s\" value is not JSON: %s",
				       keys[k], je.text);
		if (json_object_set_new(rec->root, keys[k], v) < 0)
			return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	}
	return 0;
}

/*
 * Does a stage after the i-th read the record's JSON values (not only its
 * layers)?  Then the values of the i-th must be set in the record.
 */
static int values_read_after(const struct nf_fused *f, size_t i)
{
	for (i++; i < f->set.n; i++)
		if (f->set.chosen[i]->reads_values)
			return 1;
	return 0;
}

/*
 * Has one of the n values outgrown --max-record-bytes, so that it was
 * dropped as it was written (buf.h)?  It cannot be read back then.
 */
static int dropped(const struct nf_buf *vals, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (vals[k].dropped)
			return 1;
	return 0;
}

/*
 * Runs the stages in turn.  What a stage makes that a later one reads
 * (sentences, entities) passes in the record's layers (layers.h), as C
 * arrays, not through JSON: a value is parsed back into the record only
 * for a later stage that reads the JSON itself (profile).
 */
static int fused_annotate(void *self, const struct nf_record *rec, struct nf_buf *vals,
			  struct nf_error *err)
{
	struct nf_fused *f = self;
	const struct nf_stage *st;
	char msg[sizeof(err->msg)];
	size_t i, off = 0;

	for (i = 0; i < f->set.n; off += f->nkeys[i], i++) {
		st = f->set.chosen[i];
		if (st->annotate(st->self, rec, vals + off, err) < 0) {
			memcpy(msg, err->msg, sizeof(msg));
			snprintf(err->msg, sizeof(err->msg), "%s: %.*s", st->tool,
				 (int)(sizeof(msg) - strlen(st->tool) - 3), msg);
			return -1;
		}
		if (!values_read_after(f, i))
			continue;
		if (dropped(vals + off, f->nkeys[i]))
			return 0;	/* over --max-record-bytes: the driver rejects it */
		if (set_values(rec, f->keys + off, vals + off, f->nkeys[i], err) < 0)
			return -1;
	}
	return 0;
}

static int fused_finish(void *self, struct nf_error *err)
{
	struct nf_fused *f = self;
	const struct nf_stage *st;
	size_t i;
	int rc = 0;

	for (i = 0; i < f->set.n; i++) {
		st = f->set.chosen[i];
		if (st->finish && st->finish(st->self, err) < 0)
			rc = -1;
	}
	return rc;
}

/*
 * Adds the stage's options (stageopt.h: --model and its own) as
 * --NAME-OPTION.  Returns 0, or -1 (ENOMEM or too many).
 */
static int add_options(struct nf_fused *f, size_t i, size_t *m)
{
	const struct nf_stage *st = nf_stageset_stage(&f->set, i);
	struct option opts[NF_STAGEOPT_MAX];
	const struct option *o;
	size_t len;
	int n = nf_stage_options(st, opts);

	if (n < 0)
		return -1;
	for (o = opts; o < opts + n; o++, (*m)++) {
		if (*m == NF_FUSED_MAXOPTS)
			return -1;
		len = strlen(nf_stage_names[i]) + strlen(o->name) + 2;
		if (!(f->optnames[*m] = malloc(len)))
			return -1;
		snprintf(f->optnames[*m], len, "%s-%s", nf_stage_names[i], o->name);
		f->optmap[*m].stage = (int)i;
		f->optmap[*m].id = o->val;
		f->ismodel[*m] = o->val == NF_OPT_MODEL;
		f->options[*m + 1] = (struct option){ f->optnames[*m], o->has_arg, NULL,
						      OPT_STAGE_BASE + (int)*m };
	}
	return 0;
}

/* The help lines of the options: --stages, then each stage's, prefixed. */
static char *make_help(const struct nf_fused *f, size_t nopts)
{
	static const char head[] =
		"      --stages=LIST         the stages to run, in the chain's order whatever\n"
		"                            the order of LIST: sentences, entities, hedges,\n"
		"                            sources (these four by default), profile\n"
		"  Each stage's options, as in its tool's page, prefixed with its name:\n";
	size_t m, len = sizeof(head);
	char *h, *p;

	for (m = 0; m < nopts; m++)
		len += strlen(f->optnames[m]) + 16;
	if (!(h = malloc(len)))
		return NULL;
	p = h + snprintf(h, len, "%s", head);
	for (m = 0; m < nopts; m++)
		p += snprintf(p, len - (size_t)(p - h), "      --%s%s\n", f->optnames[m],
			      f->ismodel[m] ? "=FILE" :
			      f->options[m + 1].has_arg == required_argument ? "=VALUE" : "");
	return h;
}

int nf_fused_init(struct nf_fused *f)
{
	struct nf_error err;
	size_t i, m = 0;

	memset(f, 0, sizeof(*f));
	if (nf_stageset_init(&f->set) < 0)
		return -1;
	f->options[0] = (struct option){ "stages", required_argument, NULL, OPT_STAGES };
	for (i = 0; i < NF_STAGESET_MAX; i++)
		if (add_options(f, i, &m) < 0)
			goto fail;
	if (!(f->help = make_help(f, m)) || choose(f, NF_STAGESET_DEFAULT, &err) < 0)
		goto fail;
	f->stage.tool = "annotate";
	f->stage.keys = f->keys;
	f->stage.summary = "Annotate news text with every filter in one process: sentences, "
		"entities,\nhedges and sources, as split-sentences | tag-entities | detect-hedge |\n"
		"link-sources would, byte for byte.";
	f->stage.options_help = f->help;
	f->stage.options = f->options;
	f->stage.option = fused_option;
	f->stage.start = fused_start;
	f->stage.annotate = fused_annotate;
	f->stage.finish = fused_finish;
	f->stage.self = f;
	return 0;
fail:
	nf_fused_release(f);
	return -1;
}

void nf_fused_release(struct nf_fused *f)
{
	size_t m;

	for (m = 0; m < NF_FUSED_MAXOPTS; m++)
		free(f->optnames[m]);
	free(f->help);
	nf_stageset_release(&f->set);
	memset(f, 0, sizeof(*f));
}
