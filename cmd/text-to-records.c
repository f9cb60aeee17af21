/*
 * text-to-records: turns plain UTF-8 text files into the JSON Lines
 * records the filters read.  Only the command line lives here; the
 * conversion is lib/textrec.c.
 */
#include <getopt.h>
#include <stdio.h>

#include "driver.h"
#include "errors.h"
#include "exitcode.h"
#include "textrec.h"

enum { OPT_PER = 0x100, OPT_ID_PREFIX };

static const struct option options[] = {
	{ "per", required_argument, NULL, OPT_PER },
	{ "id-prefix", required_argument, NULL, OPT_ID_PREFIX },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

#define TOOL "text-to-records"

/* After --help or --version: 0, or -1 with err's status 74 if stdout failed. */
static int flushed(struct nf_error *err)
{
	if (fflush(stdout) == 0 && !ferror(stdout))
		return nf_fail(err, NF_EXIT_OK, "%s", "");
	return nf_fail(err, NF_EXIT_IOERR, "%s", "");
}

static void usage(void)
{
	fputs("Usage: text-to-records [--per=file|line|paragraph] [--id-prefix=STR] [FILE]...\n"
	      "Turn plain UTF-8 text into JSON Lines records {\"id\":...,\"text\":...}.\n"
	      "Reads FILEs (or standard input, also for -); the text is kept as it is.\n\n"
	      "Options:\n"
	      "      --per=UNIT        one record per file (default; id NAME), per non-blank\n"
	      "                        line (id NAME:LINE) or per paragraph, a block of\n"
	      "                        lines between blank lines (id NAME:FIRST_LINE)\n"
	      "      --id-prefix=STR   put STR before every id\n"
	      "  -h, --help            show this help and exit\n"
	      "  -V, --version         show the version and exit\n\n"
	      "Exit status: 0 ok, 64 usage, 65 invalid UTF-8 skipped, 66 cannot open input,\n"
	      "70 internal error, 74 I/O error.  See text-to-records(1).\n", stdout);
}

/*
 * Reads the options.  Returns 0 to go on, or -1 to stop with err->status
 * after printing err->msg (if any) as the tool's warning, then the hint
 * for a usage error; -1 with status 0 after --help or --version.
 */
static int parse_options(struct nf_textrec *t, int argc, char **argv, struct nf_error *err)
{
	int c;

	while ((c = getopt_long(argc, argv, "hV", options, NULL)) != -1) {
		switch (c) {
		case OPT_PER:
			if (nf_textrec_parse_per(optarg, &t->per) < 0)
				return nf_fail(err, NF_EXIT_USAGE, "invalid --per '%s': use file, "
					       "line or paragraph", optarg);
			break;
		case OPT_ID_PREFIX:
			if (nf_textrec_set_id_prefix(t, optarg) < 0)
				return nf_fail(err, NF_EXIT_USAGE,
					       "invalid --id-prefix: it must be UTF-8 text");
			break;
		case 'h':
			usage();
			return flushed(err);
		case 'V':
			fputs(TOOL " (newsfilters) " NF_VERSION "\n", stdout);
			return flushed(err);
		default:	/* getopt has said what is wrong */
			return nf_fail(err, NF_EXIT_USAGE, "%s", "");
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct nf_error err = { 0, "" };
	struct nf_textrec t;
	int rc, i;

	nf_textrec_init(&t, stdout);
	if (parse_options(&t, argc, argv, &err) < 0) {
		if (err.msg[0])
			nf_warn(TOOL, "%s", err.msg);
		if (err.status == NF_EXIT_USAGE)
			fputs("Try '" TOOL " --help' for more information.\n", stderr);
		nf_textrec_release(&t);
		return err.status;
	}
	setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	if (optind == argc)
		nf_textrec_convert(&t, "-");
	for (i = optind; i < argc; i++)
		nf_textrec_convert(&t, argv[i]);
	rc = nf_textrec_finish(&t);
	nf_textrec_release(&t);
	return rc;
}
