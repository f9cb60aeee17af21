/*
 * The interface between the shared record driver and one filter.  A stage
 * never reads stdin or writes stdout: it gets a record and writes the
 * value of the one top-level key it owns, as JSON text.  So stages can be
 * unit-tested directly and later run several to a process.
 */
#ifndef NF_STAGE_H
#define NF_STAGE_H

#include <getopt.h>
#include <stddef.h>

#include <jansson.h>

#include "buf.h"
#include "errors.h"	/* struct nf_error, nf_fail */
#include "record.h"

struct nf_stage {
	const char *tool;	/* program name, as in messages */
	const char *key;	/* the top-level key this stage owns */
	/*
	 * Or, for a stage that owns several top-level keys (link-sources:
	 * "attributions", "sources", "references"), their NULL-terminated
	 * list: annotate then writes one value per key, each spliced in on
	 * its own (replaced in place or appended, in this
	 * order).  key names the first, for messages.  NULL for one key.
	 */
	const char *const *keys;
	const char *summary;	/* one line: what the tool does */
	const char *options_help;	/* help lines for the stage's options */
	const struct option *options;	/* extra long options, or NULL */
	/* Handles one of options (id = its val).  Returns 0 or -1 with err set. */
	int (*option)(void *self, int id, const char *arg, struct nf_error *err);
	/*
	 * A stage with a model says where its path goes and which page tells
	 * how to train one; the options that set it (--model in the stage's
	 * own tool, --STAGE-model in annotate) are the driver's (stageopt.h),
	 * declared nowhere else.  NULL for a stage without a model.
	 */
	const char **model_path;	/* NULL until given: the built-in model */
	const char *model_page;		/* "train-entities(1)" */
	/*
	 * Nonzero if the stage reads earlier stages' values from the record's
	 * JSON (profile-sources), not only through its layers (layers.h): in
	 * annotate, the values of the stages before it are then parsed into
	 * the record first, as a pipe would have.
	 */
	int reads_values;
	/* Called once after options, before input.  May be NULL. */
	int (*start)(void *self, struct nf_error *err);
	/*
	 * Writes the key's value for rec into vals[0] as compact JSON text
	 * (lib/jsonw.h: written by jansson, element by element), or for a
	 * several-key stage the value of keys[k] into vals[k].  The driver
	 * has emptied them.  A failure with err->status == NF_EXIT_DATA
	 * rejects just this record.
	 */
	int (*annotate)(void *self, const struct nf_record *rec, struct nf_buf *vals,
			struct nf_error *err);
	/*
	 * Called once after the last input (also after --fail-fast or an
	 * error stopped it), before the driver flushes and exits: for a stage
	 * that writes something about the whole run.  May be NULL.
	 */
	int (*finish)(void *self, struct nf_error *err);
	void *self;
};

#endif
