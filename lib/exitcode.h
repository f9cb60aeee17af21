/*
 * Exit statuses shared by every newsfilters tool.  The numbers are the
 * well-known sysexits values, so scripts can tell bad data from a bad
 * invocation from a broken environment.  Each man page lists them.
 */
#ifndef NF_EXITCODE_H
#define NF_EXITCODE_H

enum nf_exit {
	NF_EXIT_OK = 0,
	NF_EXIT_USAGE = 64,	/* bad option or operand */
	NF_EXIT_DATA = 65,	/* one or more input lines were rejected */
	NF_EXIT_NOINPUT = 66,	/* an input file could not be opened */
	NF_EXIT_SOFTWARE = 70,	/* internal error, out of memory */
	NF_EXIT_IOERR = 74	/* read or write error */
};

/* The more serious of two statuses: I/O > internal > no input > data. */
int nf_exit_worse(int a, int b);

#endif
