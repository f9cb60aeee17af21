/*
 * The trainers' shared command line and help (see trainer.h): -o, the
 * shared options a trainer has, and its own, whose getopt ids are
 * NF_OWN_ID + their index, so they cannot collide with the shared ones;
 * a short letter of its own that a shared option also has is refused.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "errors.h"
#include "exitcode.h"
#include "trainer.h"

#define NF_OWN_ID 0x100

/* The shared options a trainer may have. */
static const struct shared {
	unsigned flag;
	struct nf_trainer_opt o;
} shared[] = {
	{ NF_TRAINER_DEV, { "dev", 'd', "FILE", NULL } },
	{ NF_TRAINER_EPOCHS, { "epochs", 'e', "N", NULL } },
	{ NF_TRAINER_SEED, { "seed", 's', "N", NULL } },
	{ NF_TRAINER_MIN_WEIGHT, { "min-weight", 'm', "X", NULL } },
	{ NF_TRAINER_VOCAB_MIN, { "vocab-min", 'v', "N", NULL } },
	{ NF_TRAINER_EXPLORE, { "explore", 'x', "P", NULL } },
};

#define NSHARED (sizeof(shared) / sizeof(shared[0]))

/* One help line: "  -l, --name=ARG  help", help's own lines indented. */
static void help_line(FILE *fp, const struct nf_trainer_opt *o, const char *help)
{
	char col[64];
	const char *nl;

	snprintf(col, sizeof(col), "%c%c%c --%s%s%s", o->letter ? '-' : ' ',
		 o->letter ? o->letter : ' ', o->letter ? ',' : ' ', o->name, o->arg ? "=" : "",
		 o->arg ? o->arg : "");
	fprintf(fp, "  %-22s ", col);
	while ((nl = strchr(help, '\n'))) {
		fprintf(fp, "%.*s\n%25s", (int)(nl - help), help, "");
		help = nl + 1;
	}
	fprintf(fp, "%s\n", help);
}

/* The help of a shared option, with the trainer's words and default. */
static void shared_help(FILE *fp, const struct nf_trainer *t, const struct shared *s)
{
	char h[256];

	switch (s->o.letter) {
	case 'd': snprintf(h, sizeof(h), "%s", t->dev_help); break;
	case 'e': snprintf(h, sizeof(h), "%s (default %u)", t->epochs_help, t->epochs); break;
	case 's': snprintf(h, sizeof(h), "%s (default 1)", t->seed_help); break;
	case 'm':
		snprintf(h, sizeof(h), "drop smaller averaged weights (default %g)",
			 (double)t->min_weight);
		break;
	case 'v': snprintf(h, sizeof(h), "compile in words seen N times or more (default 1)"); break;
	default:
		snprintf(h, sizeof(h), "follow the model's own choice in P%% of training\n"
			 "transitions after the first epoch (default %u)", t->explore);
	}
	help_line(fp, &s->o, h);
}

static void usage(const struct nf_trainer *t, FILE *fp)
{
	const struct nf_trainer_opt out = { "output", 'o', t->output_arg, t->output_help };
	const struct nf_trainer_opt help = { "help", 'h', NULL, "show this help and exit" };
	const struct nf_trainer_opt version = { "version", 'V', NULL, "show the version and exit" };
	size_t i;

	fprintf(fp, "Usage: %s [OPTION]... %s\n%s", t->tool, t->operands, t->about);
	help_line(fp, &out, out.help);
	for (i = 0; i < NSHARED; i++)
		if (t->has & shared[i].flag)
			shared_help(fp, t, &shared[i]);
	for (i = 0; i < t->nopts; i++)
		help_line(fp, &t->opts[i], t->opts[i].help);
	help_line(fp, &help, help.help);
	help_line(fp, &version, version.help);
	fprintf(fp, "\n%sSee %s(1).\n", t->exit_help ? t->exit_help :
		"Exit status: 0 ok, 64 usage, 65 bad training data, 66 cannot read a file,\n"
		"70 internal error, 74 cannot write the model.\n", t->tool);
}

/* A shared option's value.  Returns 0, or -1 with err filled. */
static int take_shared(struct nf_trainer_args *a, int c, const char *arg, struct nf_error *err)
{
	switch (c) {
	case 'd':
		if (a->ndev == NF_TRAINER_MAX_DEV)
			return nf_cli_bad_value("--dev (too many)", arg, err);
		a->dev[a->ndev++] = arg;
		return 0;
	case 'e': return nf_cli_unsigned("--epochs", arg, 1, 1000, &a->epochs, err);
	case 's': return nf_cli_number("--seed", arg, 0, 0xFFFFFFFFUL, &a->seed, err);
	case 'v': return nf_cli_unsigned("--vocab-min", arg, 1, 1000000, &a->vocab_min, err);
	case 'x': return nf_cli_unsigned("--explore", arg, 0, 100, &a->explore, err);
	default: return nf_cli_nonneg("--min-weight", arg, &a->min_weight, err);
	}
}

/* The own option of short letter c, or -1. */
static int own_of_letter(const struct nf_trainer *t, int c)
{
	size_t i;

	for (i = 0; i < t->nopts; i++)
		if (t->opts[i].letter && t->opts[i].letter == c)
			return (int)i;
	return -1;
}

/*
 * One option.  Returns -1 to go on, else the exit status to stop with
 * (reported; 0 after --help or --version): getopt's loop, like main, ends
 * in an exit status.
 */
static int take_option(const struct nf_trainer *t, void *own, struct nf_trainer_args *a,
		       int c, const char *arg)
{
	int id = c >= NF_OWN_ID ? c - NF_OWN_ID : own_of_letter(t, c);
	struct nf_error err = { 0, "" };

	if (id >= 0)
		return t->option(own, id, arg, &err) < 0 ? nf_cli_usage_error(t->tool, &err) : -1;
	switch (c) {
	case 'o': a->output = arg; return -1;
	case 'h':
		usage(t, stdout);
		return fflush(stdout) ? NF_EXIT_IOERR : NF_EXIT_OK;
	case 'V': return nf_cli_version(t->tool);
	case 'd': case 'e': case 's': case 'm': case 'v': case 'x':
		return take_shared(a, c, arg, &err) < 0 ? nf_cli_usage_error(t->tool, &err) : -1;
	default: return nf_cli_try_help(t->tool);
	}
}

/* Adds option o, its id val, to opts and its letter to shorts. */
static void add_option(struct option *opts, size_t *k, char *shorts, const struct nf_trainer_opt *o,
		       int val)
{
	size_t n = strlen(shorts);

	opts[*k].name = o->name;
	opts[*k].has_arg = o->arg ? required_argument : no_argument;
	opts[*k].flag = NULL;
	opts[(*k)++].val = val;
	if (o->letter) {
		shorts[n++] = o->letter;
		if (o->arg)
			shorts[n++] = ':';
		shorts[n] = '\0';
	}
}

/* getopt's tables for t; -1 if t's own letters collide (a bug in t). */
static int build(const struct nf_trainer *t, struct option *opts, char *shorts)
{
	static const struct nf_trainer_opt fixed[] = {
		{ "output", 'o', "F", NULL }, { "help", 'h', NULL, NULL },
		{ "version", 'V', NULL, NULL }
	};
	size_t i, k = 0;

	shorts[0] = '\0';
	for (i = 0; i < 3; i++)
		add_option(opts, &k, shorts, &fixed[i], fixed[i].letter);
	for (i = 0; i < NSHARED; i++)
		if (t->has & shared[i].flag)
			add_option(opts, &k, shorts, &shared[i].o, shared[i].o.letter);
	for (i = 0; i < t->nopts; i++) {
		if (t->opts[i].letter && (strchr(shorts, t->opts[i].letter) ||
					  t->opts[i].letter == ':'))
			return -1;
		add_option(opts, &k, shorts, &t->opts[i], NF_OWN_ID + (int)i);
	}
	memset(&opts[k], 0, sizeof(opts[k]));
	return 0;
}

static void defaults(const struct nf_trainer *t, struct nf_trainer_args *a)
{
	memset(a, 0, sizeof(*a));
	a->epochs = t->epochs;
	a->seed = 1;
	a->min_weight = t->min_weight;
	a->vocab_min = 1;
	a->explore = t->explore;
}

int nf_trainer_args(const struct nf_trainer *t, void *own, struct nf_trainer_args *a, int argc,
		    char **argv)
{
	struct option *opts = calloc(3 + NSHARED + t->nopts + 1, sizeof(*opts));
	char *shorts = malloc(2 * (3 + NSHARED + t->nopts) + 1);
	int c, rc = -1;

	defaults(t, a);
	if (!opts || !shorts || build(t, opts, shorts) < 0) {
		nf_warn(t->tool, "internal error: %s",
			opts && shorts ? "an option letter twice" : "out of memory");
		rc = NF_EXIT_SOFTWARE;
	}
	while (rc < 0 && (c = getopt_long(argc, argv, shorts, opts, NULL)) != -1)
		rc = take_option(t, own, a, c, optarg);
	free(opts);
	free(shorts);
	if (rc >= 0)
		return rc;
	a->paths = argv + optind;
	a->npaths = (size_t)(argc - optind);
	return nf_cli_need_model(t->tool, a->output, optind, argc);
}
