/*
 * Fuzz target: arbitrary bytes as the standard input of a whole
 * split-sentences run, through nf_driver_run() -- line reader, BOM and
 * blank-line handling, jansson checks, rejects, the stage, the value
 * writer and the output splice.  The first byte picks driver options so
 * the overlong-line, fail-fast, rejects, --field and --newlines paths are
 * reached too.  Output goes to /dev/null; the sanitizers are the oracle.
 * Run with -close_fd_mask=2 to silence the reject messages (fuzz/run).
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "driver.h"
#include "sentstage.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct nf_sentstage stage;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (!freopen("/dev/null", "w", stdout) || nf_sentstage_init(&stage) < 0) {
		perror("fuzz_record: setup");
		abort();
	}
	return 0;
}

/* Builds argv from the option bits in flags; returns argc. */
static int options(unsigned flags, char **argv)
{
	int argc = 0;

	argv[argc++] = "split-sentences";
	if (flags & 1)
		argv[argc++] = "--max-record-bytes=64";
	if (flags & 2)
		argv[argc++] = "--fail-fast";
	if (flags & 4)
		argv[argc++] = "--rejects=/dev/null";
	if (flags & 8)
		argv[argc++] = "--field=title";
	if (flags & 16)
		argv[argc++] = "-u";
	if ((flags & 0x60) == 0x20)
		argv[argc++] = "--newlines=break";
	else if ((flags & 0x60) == 0x40)
		argv[argc++] = "--newlines=space";
	argv[argc] = NULL;
	return argc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *argv[10];
	FILE *in, *saved = stdin;
	int argc;

	if (size < 1)
		return 0;
	argc = options(data[0], argv);
	in = fmemopen((void *)(data + 1), size - 1, "r");
	if (!in)
		return 0;	/* glibc before 2.22 refuses an empty buffer */
	stage.ss.newlines = NF_NL_AUTO;	/* options persist in the stage */
	optind = 0;			/* makes glibc's getopt start afresh */
	stdin = in;
	nf_driver_run(&stage.stage, argc, argv);
	stdin = saved;
	if (fclose(in) != 0)
		abort();
	return 0;
}
