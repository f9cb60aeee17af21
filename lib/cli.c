/*
 * Shared command-line pieces; see cli.h.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "driver.h"
#include "errors.h"
#include "exitcode.h"
#include "file.h"

int nf_cli_ulong(const char *s, unsigned long max, unsigned long *out)
{
	char *end;

	errno = 0;
	*out = strtoul(s, &end, 10);
	return errno || *end || end == s || *s == '-' || *out > max ? -1 : 0;
}

int nf_cli_try_help(const char *tool)
{
	fprintf(stderr, "Try '%s --help' for more information.\n", tool);
	return NF_EXIT_USAGE;
}

int nf_cli_bad_value(const char *opt, const char *arg, struct nf_error *err)
{
	return nf_fail(err, NF_EXIT_USAGE, "invalid %s '%s'", opt, arg);
}

int nf_cli_usage_error(const char *tool, const struct nf_error *err)
{
	nf_warn(tool, "%s", err->msg);
	return err->status == NF_EXIT_USAGE ? nf_cli_try_help(tool) : err->status;
}

int nf_cli_number(const char *opt, const char *arg, unsigned long min, unsigned long max,
		  unsigned long *v, struct nf_error *err)
{
	if (nf_cli_ulong(arg, max, v) < 0 || *v < min)
		return nf_cli_bad_value(opt, arg, err);
	return 0;
}

int nf_cli_unsigned(const char *opt, const char *arg, unsigned min, unsigned max, unsigned *v,
		    struct nf_error *err)
{
	unsigned long n = 0;

	if (nf_cli_number(opt, arg, min, max, &n, err) < 0)
		return -1;
	*v = (unsigned)n;
	return 0;
}

int nf_cli_read(const char *tool, const char *path, struct nf_buf *b)
{
	if (nf_read_file(path, b) < 0) {
		nf_warn(tool, "cannot read '%s': %s", path, strerror(errno));
		return NF_EXIT_NOINPUT;
	}
	return 0;
}

int nf_cli_add_name(struct nf_buf *notes, const char *path)
{
	const char *slash = strrchr(path, '/');

	return nf_buf_addc(notes, ' ') < 0 || nf_buf_adds(notes, slash ? slash + 1 : path) < 0 ?
	       -1 : 0;
}

int nf_cli_version(const char *tool)
{
	printf("%s (newsfilters) %s\n", tool, NF_VERSION);
	return fflush(stdout) || ferror(stdout) ? NF_EXIT_IOERR : NF_EXIT_OK;
}

int nf_cli_write(const char *tool, const char *path, const struct nf_buf *b)
{
	FILE *fp = fopen(path, "wb");
	int bad;

	if (!fp) {
		nf_warn(tool, "cannot write '%s': %s", path, strerror(errno));
		return NF_EXIT_IOERR;
	}
	bad = b->len && fwrite(b->data, 1, b->len, fp) != b->len;
	if (fclose(fp) != 0 || bad) {
		nf_warn(tool, "cannot write '%s': %s", path, strerror(errno));
		return NF_EXIT_IOERR;
	}
	return 0;
}

int nf_model_source(const char *path, const unsigned char *builtin, size_t builtin_len,
		    struct nf_buf *buf, const unsigned char **p, size_t *n,
		    struct nf_error *err)
{
	if (!path) {
		*p = builtin;
		*n = builtin_len;
		return 0;
	}
	if (nf_read_file(path, buf) < 0)
		return nf_fail(err, NF_EXIT_NOINPUT, "cannot read model '%s': %s", path,
			       strerror(errno));
	*p = (const unsigned char *)(buf->data ? buf->data : "");
	*n = buf->len;
	return 0;
}

int nf_cli_nonneg(const char *opt, const char *arg, float *out, struct nf_error *err)
{
	char *end;
	float v = strtof(arg, &end);

	if (*end || end == arg || !(v >= 0))
		return nf_cli_bad_value(opt, arg, err);
	*out = v;
	return 0;
}

int nf_cli_other_option(const char *tool, int c, void (*usage)(FILE *))
{
	if (c == 'h') {
		usage(stdout);
		return fflush(stdout) ? NF_EXIT_IOERR : NF_EXIT_OK;
	}
	if (c == 'V')
		return nf_cli_version(tool);
	return nf_cli_try_help(tool);
}

int nf_cli_need_model(const char *tool, const char *output, int optind, int argc)
{
	if (output && optind < argc)
		return -1;
	nf_warn(tool, "give -o MODEL and at least one TRAIN file");
	return nf_cli_try_help(tool);
}
