/*
 * The one error convention of lib/: a function that can fail returns 0 or
 * -1 and, on -1, has filled a struct nf_error (an exit status and a
 * message naming what is wrong and what to do); the caller adds where
 * (a file, a section, a tool name) and passes it up.  And the one way to
 * print a warning: nf_warn, "tool: message" on stderr.
 */
#ifndef NF_ERRORS_H
#define NF_ERRORS_H

#include <stdarg.h>

#include "exitcode.h"

/* What went wrong, for the caller to print and turn into an exit status. */
struct nf_error {
	int status;		/* an enum nf_exit value */
	char msg[512];
};

/* Fills err and returns -1, for one-line error returns. */
int nf_fail(struct nf_error *err, int status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/*
 * Puts "where: " before err's message (where as printf would make it);
 * returns -1, so a caller can pass a callee's error up in one line.
 */
int nf_fail_in(struct nf_error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Prints "tool: message" and a newline on stderr. */
void nf_warn(const char *tool, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void nf_vwarn(const char *tool, const char *fmt, va_list ap);

#endif
