/*
 * Small pieces the command-line tools outside the record driver (the six
 * train-* tools) share: number options, usage errors, reading and writing
 * files, picking a model's bytes.
 */
#ifndef NF_CLI_H
#define NF_CLI_H

#include <stddef.h>
#include <stdio.h>

#include "buf.h"
#include "stage.h"

/* Parses a decimal number in [0, max].  Returns 0 or -1. */
int nf_cli_ulong(const char *s, unsigned long max, unsigned long *out);

/* Prints "Try 'TOOL --help' for more information."; returns NF_EXIT_USAGE. */
int nf_cli_try_help(const char *tool);

/*
 * A bad option value: fills err (NF_EXIT_USAGE, "invalid OPT 'ARG'") and
 * returns -1.  nf_cli_usage_error prints it the usual way.
 */
int nf_cli_bad_value(const char *opt, const char *arg, struct nf_error *err);

/*
 * Prints err as "TOOL: message", and for NF_EXIT_USAGE the line pointing
 * to --help; returns err's status.
 */
int nf_cli_usage_error(const char *tool, const struct nf_error *err);

/*
 * Parses option opt's value arg as a decimal number in [min, max] into *v.
 * Returns 0, or -1 with err filled (nf_cli_bad_value).
 */
int nf_cli_number(const char *opt, const char *arg, unsigned long min, unsigned long max,
		  unsigned long *v, struct nf_error *err);

/* The same into an unsigned (max must fit one). */
int nf_cli_unsigned(const char *opt, const char *arg, unsigned min, unsigned max, unsigned *v,
		    struct nf_error *err);

/*
 * Reads the file at path into b, reporting a failure as "TOOL: cannot
 * read 'PATH': reason".  Returns 0 or NF_EXIT_NOINPUT.
 */
int nf_cli_read(const char *tool, const char *path, struct nf_buf *b);

/*
 * Appends " NAME" to a model's notes, NAME being path's last component:
 * a model must not depend on where its training files were.  0 or -1.
 */
int nf_cli_add_name(struct nf_buf *notes, const char *path);

/* Parses a number >= 0 ("--min-weight").  Returns 0, or -1 with err filled. */
int nf_cli_nonneg(const char *opt, const char *arg, float *out, struct nf_error *err);

/*
 * What a trainer does with an option of its own parser's default case:
 * -h prints usage(stdout), -V the version, anything else is a usage
 * error.  Returns the exit status.
 */
int nf_cli_other_option(const char *tool, int c, void (*usage)(FILE *));

/*
 * A trainer's command line must name -o MODEL and a TRAIN file.  Returns
 * -1 when it does, else NF_EXIT_USAGE (reported).
 */
int nf_cli_need_model(const char *tool, const char *output, int optind, int argc);

/* Prints "TOOL (newsfilters) VERSION"; returns 0, or NF_EXIT_IOERR. */
int nf_cli_version(const char *tool);

/*
 * Writes b to path, reporting a failure as "TOOL: cannot write 'PATH':
 * reason".  Returns 0 or NF_EXIT_IOERR.
 */
int nf_cli_write(const char *tool, const char *path, const struct nf_buf *b);

/*
 * The bytes a stage's model is loaded from: the file at path, read into
 * buf, or when path is NULL the copy built into the binary.  Returns 0,
 * or -1 with err set (NF_EXIT_NOINPUT, naming the file).
 */
int nf_model_source(const char *path, const unsigned char *builtin, size_t builtin_len,
		    struct nf_buf *buf, const unsigned char **p, size_t *n,
		    struct nf_error *err);

#endif
