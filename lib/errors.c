/*
 * The error convention and the warning printer of errors.h, and the
 * ranking of exit statuses (exitcode.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "errors.h"
#include "exitcode.h"

int nf_fail(struct nf_error *err, int status, const char *fmt, ...)
{
	va_list ap;

	err->status = status;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return -1;
}

int nf_fail_in(struct nf_error *err, const char *fmt, ...)
{
	char msg[sizeof(err->msg)];
	va_list ap;
	size_t n;

	memcpy(msg, err->msg, sizeof(msg));
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	n = strlen(err->msg);
	snprintf(err->msg + n, sizeof(err->msg) - n, ": %s", msg);
	return -1;
}

void nf_vwarn(const char *tool, const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", tool);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void nf_warn(const char *tool, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	nf_vwarn(tool, fmt, ap);
	va_end(ap);
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
