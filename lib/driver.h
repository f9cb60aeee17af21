/*
 * The record driver: everything the filters share.  Option parsing for
 * the common flags, the line loop over stdin or file operands, line
 * numbers, rejects, error messages, output splicing, flushing, SIGPIPE and
 * write errors, and the exit status.  A filter's main() describes its
 * stage and calls nf_driver_run().
 */
#ifndef NF_DRIVER_H
#define NF_DRIVER_H

#include "stage.h"

#define NF_VERSION "0.1.0"

/* Default for --max-record-bytes: 64 MiB. */
#define NF_DEFAULT_MAX_RECORD ((size_t)64 << 20)

/* Runs the filter; returns the process exit status (see exitcode.h). */
int nf_driver_run(const struct nf_stage *stage, int argc, char **argv);

#endif
