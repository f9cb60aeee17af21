/*
 * A stage's options for the driver and the fused stage (stageopt.h):
 * where --model is declared and handled, once for every stage.
 */
#include <stdio.h>
#include <string.h>

#include "exitcode.h"
#include "stageopt.h"

int nf_stage_options(const struct nf_stage *st, struct option *out)
{
	const struct option *o;
	int n = 0;

	if (st->model_path)
		out[n++] = (struct option){ "model", required_argument, NULL, NF_OPT_MODEL };
	for (o = st->options; o && o->name; o++) {
		if (n == NF_STAGEOPT_MAX)
			return -1;
		out[n++] = *o;
	}
	return n;
}

int nf_stage_option(const struct nf_stage *st, int id, const char *arg, struct nf_error *err)
{
	if (id == NF_OPT_MODEL && st->model_path) {
		*st->model_path = arg;
		return 0;
	}
	if (!st->option)
		return nf_fail(err, NF_EXIT_SOFTWARE, "unhandled option %d", id);
	return st->option(st->self, id, arg, err);
}

void nf_stage_model_help(const struct nf_stage *st, const char *prefix, char *buf,
			 size_t size)
{
	char name[64];

	if (!size)
		return;
	*buf = '\0';
	if (!st->model_path)
		return;
	snprintf(name, sizeof(name), "--%smodel=FILE", prefix);
	snprintf(buf, size, "      %-21s use the model in FILE (see %s)\n", name, st->model_page);
}
