/*
 * The profile-sources stage: wires the profile (profile.h) to the record
 * driver, and keeps the running sums for --rollup.  The roll-up file is
 * opened before any input is read, so a bad path fails at once, and
 * written by the finish hook after the last record.
 */
#include <errno.h>
#include <string.h>

#include "exitcode.h"
#include "jsonw.h"
#include "profilestage.h"

enum { OPT_ROLLUP = 0x600 };

static const struct option profile_options[] = {
	{ "rollup", required_argument, NULL, OPT_ROLLUP },
	{ NULL, 0, NULL, 0 }
};

/* How the roll-up is written: as the driver writes a stage's value. */
#define ROLLUP_DUMP_FLAGS NF_JSONW_FLAGS

static int profile_option(void *self, int id, const char *arg, struct nf_error *err)
{
	struct nf_profilestage *s = self;

	if (id != OPT_ROLLUP)
		return nf_fail(err, NF_EXIT_SOFTWARE, "unhandled option %d", id);
	if (!*arg)
		return nf_fail(err, NF_EXIT_USAGE, "invalid --rollup '': give a file name");
	s->rollup_path = arg;
	return 0;
}

static int profile_start(void *self, struct nf_error *err)
{
	struct nf_profilestage *s = self;

	if (!s->rollup_path)
		return 0;
	s->rollup = fopen(s->rollup_path, "w");
	if (!s->rollup)
		return nf_fail(err, NF_EXIT_IOERR, "cannot create roll-up file '%s': %s",
			       s->rollup_path, strerror(errno));
	return 0;
}

static int profile_annotate(void *self, const struct nf_record *rec, struct nf_buf *vals,
			    struct nf_error *err)
{
	struct nf_profilestage *s = self;
	struct nf_profile p;
	json_t *v;
	int rc;

	if (nf_profile_compute(rec->root, &p, err) < 0)
		return -1;
	v = nf_profile_json(&p, NULL);
	rc = v ? nf_jsonw_value(&vals[0], v) : -1;
	json_decref(v);
	if (rc < 0)
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	nf_profile_add(&s->sum, &p);
	s->articles++;
	return 0;
}

/* Writes the roll-up line and closes the file; a failure is an I/O error. */
static int profile_finish(void *self, struct nf_error *err)
{
	struct nf_profilestage *s = self;
	json_t *v;
	int bad, closed;

	if (!s->rollup)
		return 0;
	v = nf_profile_json(&s->sum, &s->articles);
	if (!v)
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	errno = 0;
	bad = json_dumpf(v, s->rollup, ROLLUP_DUMP_FLAGS) < 0 ||
	      putc('\n', s->rollup) == EOF || fflush(s->rollup) == EOF || ferror(s->rollup);
	json_decref(v);
	closed = fclose(s->rollup);
	s->rollup = NULL;
	if (bad || closed == EOF)
		return nf_fail(err, NF_EXIT_IOERR, "%s: write error: %s", s->rollup_path,
			       errno ? strerror(errno) : "unknown error");
	return 0;
}

void nf_profilestage_init(struct nf_profilestage *s)
{
	memset(s, 0, sizeof(*s));
	s->stage.tool = "profile-sources";
	s->stage.key = "profile";
	s->stage.summary = "Profile the sourcing of annotated news: hedges, attributions, notes.";
	s->stage.options_help =
		"      --rollup=FILE         after the last record, write the sums over all\n"
		"                            profiled records to FILE as one JSON line\n";
	s->stage.options = profile_options;
	s->stage.reads_values = 1;	/* the hedges, attributions, ... as JSON */
	s->stage.option = profile_option;
	s->stage.start = profile_start;
	s->stage.annotate = profile_annotate;
	s->stage.finish = profile_finish;
	s->stage.self = s;
}

void nf_profilestage_release(struct nf_profilestage *s)
{
	if (s->rollup)
		fclose(s->rollup);	/* the run stopped before finish */
	s->rollup = NULL;
}
