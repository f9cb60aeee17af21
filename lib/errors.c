/*
 * Small error helpers shared by the driver and the stages: filling an
 * nf_error, and ranking exit statuses.
 */
#include <stdarg.h>
#include <stdio.h>

#include "exitcode.h"
#include "stage.h"

int nf_fail(struct nf_error *err, int status, const char *fmt, ...)
{
	va_list ap;

	err->status = status;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return -1;
}

static int rank(int status)
{
	switch (status) {
	case NF_EXIT_OK: return 0;
	case NF_EXIT_DATA: return 1;
	case NF_EXIT_NOINPUT: return 2;
	case NF_EXIT_USAGE: return 3;
	case NF_EXIT_SOFTWARE: return 4;
	default: return 5;
	}
}

int nf_exit_worse(int a, int b)
{
	return rank(a) >= rank(b) ? a : b;
}
