/*
 * The shared record driver; see driver.h.  One input line becomes exactly
 * one output line (annotated, or blank for a blank line) or one reject:
 * nothing is dropped silently.
 */
#include <errno.h>
#include <stdint.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "driver.h"
#include "errors.h"
#include "exitcode.h"
#include "jsonload.h"
#include "jsonnum.h"
#include "jsonsplice.h"
#include "layers.h"
#include "linereader.h"
#include "stageopt.h"

/* A stage owning several top-level keys owns at most this many. */
#define NF_MAX_KEYS NF_SPLICE_MAXKEYS

enum {
	OPT_REJECTS = 0x100,
	OPT_MAX_RECORD,
	OPT_FAIL_FAST
};

static const struct option common_options[] = {
	{ "field", required_argument, NULL, 'f' },
	{ "rejects", required_argument, NULL, OPT_REJECTS },
	{ "max-record-bytes", required_argument, NULL, OPT_MAX_RECORD },
	{ "fail-fast", no_argument, NULL, OPT_FAIL_FAST },
	{ "unbuffered", no_argument, NULL, 'u' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

struct driver {
	const struct nf_stage *st;
	const char *field;
	const char *rejects_path;
	FILE *rejects;
	size_t max_record;
	int fail_fast;
	int unbuffered;
	int status;
	int stop;		/* --fail-fast tripped or a fatal error */
	char *qkey;		/* the stage's key as a JSON string */
	char *qkeys[NF_MAX_KEYS];	/* a several-key stage's keys, quoted */
	struct nf_buf vals[NF_MAX_KEYS];	/* the stage's value (or values), written */
	struct nf_buf_limit vals_limit;	/* --max-record-bytes, on the values together */
	struct nf_buf tamed;	/* a line with numbers jansson refuses tamed (jsonnum.h) */
	struct nf_buf jtmp;	/* the quick parse's scratch (jsonload.h) */
	struct nf_layers layers;	/* the record's parsed layers, reused */
};

static void warnx_(const struct driver *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void warnx_(const struct driver *d, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	nf_vwarn(d->st->tool, fmt, ap);
	va_end(ap);
}

/* Prints the stage's key, or its keys: "a", "b" and "c". */
static void print_keys(const struct nf_stage *st, FILE *fp)
{
	size_t k;

	if (!st->keys) {
		fprintf(fp, "\"%s\" key", st->key);
		return;
	}
	for (k = 0; st->keys[k]; k++)
		fprintf(fp, "%s\"%s\"", k == 0 ? "" : st->keys[k + 1] ? ", " : " and ",
			st->keys[k]);
	fputs(" keys", fp);
}

static void usage(const struct nf_stage *st, FILE *fp)
{
	char model[128];

	nf_stage_model_help(st, "", model, sizeof(model));
	fprintf(fp,
		"Usage: %s [OPTION]... [FILE]...\n"
		"%s\n"
		"Reads JSON Lines from FILEs (or standard input, also for -) and writes\n"
		"each record with its ", st->tool, st->summary);
	print_keys(st, fp);
	fprintf(fp, " added or replaced.\n\n"
		"Options:\n%s%s"
		"  -f, --field=NAME          annotate string field NAME (default: text)\n"
		"      --rejects=FILE        write lines that cannot be processed to FILE\n"
		"      --max-record-bytes=N  reject lines longer than N bytes (default: 64M)\n"
		"      --fail-fast           stop at the first rejected line\n"
		"  -u, --unbuffered          flush the output after each record\n"
		"  -h, --help                show this help and exit\n"
		"  -V, --version             show the version and exit\n\n"
		"Exit status: 0 ok, 64 usage, 65 lines rejected, 66 cannot open input,\n"
		"70 internal error, 74 I/O error.  See %s(1).\n",
		model, st->options_help ? st->options_help : "", st->tool);
}

/* Parses "123", "64K", "64M", "1G" into *out.  Returns 0 or -1. */
static int parse_size(const char *s, size_t *out)
{
	char *end;
	unsigned long long v;
	int shift = 0;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || end == s || *s == '-')
		return -1;
	if (*end == 'K' || *end == 'k')
		shift = 10;
	else if (*end == 'M' || *end == 'm')
		shift = 20;
	else if (*end == 'G' || *end == 'g')
		shift = 30;
	if (shift)
		end++;
	if (*end || v == 0 || v > (SIZE_MAX >> shift))
		return -1;
	*out = (size_t)v << shift;
	return 0;
}

/* Builds the long option table: the common options, then the stage's (stageopt.h). */
static struct option *merge_options(const struct nf_stage *st)
{
	size_t nc = sizeof(common_options) / sizeof(common_options[0]) - 1;
	struct option *all = calloc(nc + NF_STAGEOPT_MAX + 1, sizeof(*all));

	if (!all)
		return NULL;
	memcpy(all, common_options, nc * sizeof(*all));
	if (nf_stage_options(st, all + nc) < 0) {
		free(all);
		return NULL;
	}
	return all;
}

/*
 * Prints usage or the version to stdout.  Returns 0, or -1 with err set
 * (74, no message: a write error here is only the exit status).
 */
static int flush_info(struct nf_error *err)
{
	if (fflush(stdout) == 0 && !ferror(stdout))
		return 0;
	return nf_fail(err, NF_EXIT_IOERR, "%s", "");
}

/*
 * Handles one option.  Returns 0 to go on, or -1 to stop with
 * err->status, after printing err->msg (if any) as the tool's warning:
 * -1 with status 0 after --help or --version.
 */
static int handle_option(struct driver *d, int c, const char *arg, struct nf_error *err)
{
	switch (c) {
	case 'f':
		d->field = arg;
		return 0;
	case OPT_REJECTS:
		d->rejects_path = arg;
		return 0;
	case OPT_MAX_RECORD:
		if (parse_size(arg, &d->max_record) < 0)
			return nf_fail(err, NF_EXIT_USAGE, "invalid --max-record-bytes '%s': give a "
				       "positive size such as 1048576 or 64M", arg);
		return 0;
	case OPT_FAIL_FAST:
		d->fail_fast = 1;
		return 0;
	case 'u':
		d->unbuffered = 1;
		return 0;
	case 'h':
		usage(d->st, stdout);
		return flush_info(err) < 0 ? -1 : nf_fail(err, NF_EXIT_OK, "%s", "");
	case 'V':
		printf("%s (newsfilters) %s\n", d->st->tool, NF_VERSION);
		return flush_info(err) < 0 ? -1 : nf_fail(err, NF_EXIT_OK, "%s", "");
	case '?':
		/* getopt said what is wrong; this is not a "tool: " warning */
		fprintf(stderr, "Try '%s --help' for more information.\n", d->st->tool);
		return nf_fail(err, NF_EXIT_USAGE, "%s", "");
	default:
		if (nf_stage_option(d->st, c, arg, err) < 0) {
			if (!err->status)
				err->status = NF_EXIT_USAGE;
			return -1;
		}
		return 0;
	}
}

/* Returns 0 to go on, or -1 to stop (see handle_option). */
static int parse_options(struct driver *d, int argc, char **argv, struct nf_error *err)
{
	struct option *opts = merge_options(d->st);
	int c, rc = 0;

	if (!opts)
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	opterr = 1;
	while (rc == 0 && (c = getopt_long(argc, argv, "f:uhV", opts, NULL)) != -1)
		rc = handle_option(d, c, optarg, err);
	free(opts);
	return rc;
}

/* A write to stdout failed: die quietly of SIGPIPE, or report. */
static void output_failed(struct driver *d)
{
	if (errno == EPIPE) {
		signal(SIGPIPE, SIG_DFL);
		raise(SIGPIPE);
	}
	warnx_(d, "write error: %s", strerror(errno));
	d->status = NF_EXIT_IOERR;
	d->stop = 1;
}

static void emit(struct driver *d, const char *p, size_t n)
{
	if (d->stop)
		return;
	if ((n && fwrite(p, 1, n, stdout) != n) || putchar('\n') == EOF ||
	    (d->unbuffered && fflush(stdout) == EOF))
		output_failed(d);
}

/*
 * Writes the object obj[0..len) with the stage's value spliced in as
 * planned, piece by piece straight into the stdio buffer (no copy of the
 * line first).
 */
static void emit_spliced(struct driver *d, const char *obj, size_t len,
			 const struct nf_splice *p)
{
	const struct nf_buf *v = &d->vals[0];
	size_t tl = len - p->tail;

	if (d->stop)
		return;
	if (fwrite(obj, 1, p->head, stdout) != p->head ||
	    (p->add == NF_SPLICE_APPEND_COMMA && putchar(',') == EOF) ||
	    (p->add != NF_SPLICE_REPLACE &&
	     (fputs(d->qkey, stdout) == EOF || putchar(':') == EOF)) ||
	    fwrite(v->data, 1, v->len, stdout) != v->len ||
	    fwrite(obj + p->tail, 1, tl, stdout) != tl)
		output_failed(d);
	else
		emit(d, "", 0);
}

/* The length of the line emit_spliced() writes, without its newline. */
static size_t spliced_len(const struct driver *d, size_t len, const struct nf_splice *p)
{
	return p->head + (p->add == NF_SPLICE_APPEND_COMMA) +
	       (p->add != NF_SPLICE_REPLACE ? strlen(d->qkey) + 1 : 0) + nf_buf_total(&d->vals[0]) +
	       (len - p->tail);
}

/* Records a rejected line: message, copy to --rejects, exit status. */
static void reject(struct driver *d, const char *file, size_t lineno,
		   const char *raw, size_t len, struct nf_reader *rd,
		   const char *fmt, ...) __attribute__((format(printf, 7, 8)));

static void reject(struct driver *d, const char *file, size_t lineno,
		   const char *raw, size_t len, struct nf_reader *rd,
		   const char *fmt, ...)
{
	struct nf_error why = { NF_EXIT_DATA, "" };
	va_list ap;
	int werr = 0;

	va_start(ap, fmt);
	vsnprintf(why.msg, sizeof(why.msg), fmt, ap);
	va_end(ap);
	warnx_(d, "%s:%zu: %s", file, lineno, why.msg);
	if (d->rejects && len && fwrite(raw, 1, len, d->rejects) != len)
		werr = 1;
	if (rd && rd->in_overlong) {
		int rc = nf_reader_drain(rd, d->rejects);
		if (rc == -1) {
			warnx_(d, "%s: read error: %s", file, strerror(errno));
			d->status = NF_EXIT_IOERR;
			d->stop = 1;
		}
		werr |= rc == -2;
	}
	if (d->rejects && (putc('\n', d->rejects) == EOF || werr ||
			   (d->unbuffered && fflush(d->rejects) == EOF))) {
		warnx_(d, "%s: write error: %s", d->rejects_path, strerror(errno));
		d->status = NF_EXIT_IOERR;
		d->stop = 1;
	}
	d->status = nf_exit_worse(d->status, NF_EXIT_DATA);
	if (d->fail_fast)
		d->stop = 1;
}

static int is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Describes why jansson refused a line, in the user's terms. */
static void reject_json(struct driver *d, const char *file, size_t lineno,
			const char *raw, size_t len, const json_error_t *je)
{
	if (json_error_code(je) == json_error_invalid_utf8)
		reject(d, file, lineno, raw, len, NULL,
		       "invalid UTF-8 at column %d: fix the encoding (for example with iconv)",
		       je->column);
	else
		reject(d, file, lineno, raw, len, NULL,
		       "invalid JSON at column %d: %s", je->column, je->text);
}

/* Rejects a record whose annotated line would be longer than the limit. */
static void reject_output(struct driver *d, const char *file, size_t lineno, const char *raw,
			  size_t len, size_t outlen)
{
	reject(d, file, lineno, raw, len, NULL,
	       "annotated record would be %zu bytes, longer than %zu: raise --max-record-bytes",
	       outlen, d->max_record);
}

/* nf_splice_put that only adds up the length in *arg. */
static int count_put(void *arg, const char *p, size_t n)
{
	(void)p;
	*(size_t *)arg += n;
	return 0;
}

/* nf_splice_put that writes to stdout. */
static int stdout_put(void *arg, const char *p, size_t n)
{
	(void)arg;
	return n && fwrite(p, 1, n, stdout) != n ? -1 : 0;
}

/*
 * Writes the annotated line spliced straight into stdout (for several
 * keys, measured by a first pass over its pieces, never built).  A line
 * longer than the limit is rejected instead, so that what one filter
 * writes the next can read.  The values were written under the same
 * limit (vals_limit): values that outgrew it were dropped as they were
 * written, only counted, so the message gives the length they would
 * have had without their memory ever being taken.
 * Returns 0, or -1 on ENOMEM.
 */
static int write_annotated(struct driver *d, const char *file, size_t lineno,
			   const char *raw, size_t len, const char *obj, size_t olen)
{
	struct nf_splice p;
	size_t k, out;

	if (!d->st->keys) {
		nf_json_splice_plan(obj, olen, d->st->key, &p);
		if ((out = spliced_len(d, olen, &p)) > d->max_record)
			reject_output(d, file, lineno, raw, len, out);
		else
			emit_spliced(d, obj, olen, &p);
		return 0;
	}
	for (out = 0, k = 0; d->st->keys[k]; k++)
		out += nf_buf_total(&d->vals[k]);
	if (out > d->max_record) {	/* too long already (perhaps dropped, buf.h) */
		reject(d, file, lineno, raw, len, NULL, "annotated record would be over %zu bytes, "
		       "longer than %zu: raise --max-record-bytes", out, d->max_record);
		return 0;
	}
	out = 0;
	if (nf_json_splice_keys_put(count_put, &out, obj, olen, d->st->keys, d->qkeys, d->vals,
				    k) < 0)
		return -1;
	if (out > d->max_record) {
		reject_output(d, file, lineno, raw, len, out);
		return 0;
	}
	if (d->stop)
		return 0;
	if (nf_json_splice_keys_put(stdout_put, NULL, obj, olen, d->st->keys, d->qkeys, d->vals,
				    k) < 0)
		output_failed(d);
	else
		emit(d, "", 0);
	return 0;
}

/* Runs the stage on a parsed object and writes the annotated line. */
static void annotate(struct driver *d, const char *file, size_t lineno,
		     const char *raw, size_t len, const char *obj, size_t olen,
		     json_t *root)
{
	struct nf_error err = { 0, "" };
	struct nf_record rec;
	json_t *field = json_object_get(root, d->field);
	size_t k;

	if (!field) {
		reject(d, file, lineno, raw, len, NULL, "no \"%s\" field", d->field);
		return;
	}
	if (!json_is_string(field)) {
		reject(d, file, lineno, raw, len, NULL, "\"%s\" is not a string", d->field);
		return;
	}
	rec.file = file;
	rec.lineno = lineno;
	rec.root = root;
	rec.text = json_string_value(field);
	rec.text_len = json_string_length(field);
	rec.layers = &d->layers;
	nf_layers_reset(&d->layers);
	for (k = 0; k < NF_MAX_KEYS; k++)
		nf_buf_reset(&d->vals[k]);
	if (d->st->annotate(d->st->self, &rec, d->vals, &err) < 0) {
		if (err.status == NF_EXIT_DATA) {
			reject(d, file, lineno, raw, len, NULL, "%s", err.msg);
		} else {
			warnx_(d, "%s:%zu: %s", file, lineno, err.msg);
			d->status = nf_exit_worse(d->status, err.status ? err.status : NF_EXIT_SOFTWARE);
			d->stop = 1;
		}
		return;
	}
	if (write_annotated(d, file, lineno, raw, len, obj, olen) == 0)
		return;
	warnx_(d, "%s:%zu: out of memory", file, lineno);
	d->status = NF_EXIT_SOFTWARE;
	d->stop = 1;
}

/* How a line is parsed: any value (to say "not a JSON object"), no duplicate keys. */
#define NF_LOAD_FLAGS (JSON_DECODE_ANY | JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL)

/*
 * Parses a line: the quick parse of a plain object (jsonload.h), else
 * json_loadb, which alone decides and words every refusal.
 */
static json_t *load(struct driver *d, const char *p, size_t n, json_error_t *je)
{
	json_t *root = nf_json_load_object(p, n, &d->jtmp);

	return root ? root : json_loadb(p, n, NF_LOAD_FLAGS, je);
}

static void process_line(struct driver *d, const char *file, size_t lineno,
			 const char *raw, size_t len, struct nf_reader *rd,
			 int overlong)
{
	const char *p = raw;
	size_t n = len;
	json_error_t je;
	json_t *root;

	if (overlong) {
		reject(d, file, lineno, raw, len, rd,
		       "line longer than %zu bytes: raise --max-record-bytes", d->max_record);
		return;
	}
	if (lineno == 1 && n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
		p += 3;		/* a byte order mark opening the input */
		n -= 3;
	}
	while (n && is_ws(*p))
		p++, n--;
	while (n && is_ws(p[n - 1]))
		n--;
	if (n == 0) {
		emit(d, "", 0);	/* blank lines stay, so line numbers line up */
		return;
	}
	switch (nf_json_tame_numbers(p, n, &d->tamed)) {
	case 0:
		root = load(d, p, n, &je);
		break;
	case 1:
		root = load(d, d->tamed.data, n, &je);
		break;
	default:
		warnx_(d, "%s:%zu: out of memory", file, lineno);
		d->status = NF_EXIT_SOFTWARE;
		d->stop = 1;
		return;
	}
	if (!root) {
		reject_json(d, file, lineno, raw, len, &je);
		return;
	}
	if (!json_is_object(root))
		reject(d, file, lineno, raw, len, NULL, "not a JSON object");
	else
		annotate(d, file, lineno, raw, len, p, n, root);
	json_decref(root);
}

static void process_stream(struct driver *d, FILE *fp, const char *file)
{
	struct nf_reader rd;
	const char *line;
	size_t len, lineno = 0;
	int had_nl, overlong, rc = 0;

	if (nf_reader_init(&rd, fp, d->max_record) < 0) {
		warnx_(d, "out of memory");
		d->status = NF_EXIT_SOFTWARE;
		d->stop = 1;
		return;
	}
	while (!d->stop && (rc = nf_reader_next(&rd, &line, &len, &had_nl, &overlong)) > 0)
		process_line(d, file, ++lineno, line, len, &rd, overlong);
	if (!d->stop && rc < 0) {
		warnx_(d, "%s: read error: %s", file, strerror(errno));
		d->status = NF_EXIT_IOERR;
		d->stop = 1;
	}
	nf_reader_release(&rd);
}

static void process_operand(struct driver *d, const char *path)
{
	struct stat st;
	FILE *fp;

	if (strcmp(path, "-") == 0) {
		process_stream(d, stdin, "<stdin>");
		return;
	}
	fp = fopen(path, "r");
	if (fp && fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(fp);
		fp = NULL;
		errno = EISDIR;	/* read(2) would say so only at the first read */
	}
	if (!fp) {
		warnx_(d, "cannot open '%s': %s", path, strerror(errno));
		d->status = nf_exit_worse(d->status, NF_EXIT_NOINPUT);
		return;
	}
	process_stream(d, fp, path);
	fclose(fp);
}

/* Runs the stage's finish hook, if any; its failure sets the status. */
static void finish_stage(struct driver *d)
{
	struct nf_error err = { 0, "" };

	if (d->st->finish && d->st->finish(d->st->self, &err) < 0) {
		warnx_(d, "%s", err.msg);
		d->status = nf_exit_worse(d->status, err.status ? err.status : NF_EXIT_SOFTWARE);
	}
}

/* Flushes and closes the outputs; a failure is an I/O error. */
static void finish(struct driver *d)
{
	if (fflush(stdout) == EOF || ferror(stdout)) {
		if (!d->stop || d->status != NF_EXIT_IOERR)
			output_failed(d);
	}
	if (d->rejects && fclose(d->rejects) == EOF) {
		warnx_(d, "%s: write error: %s", d->rejects_path, strerror(errno));
		d->status = NF_EXIT_IOERR;
	}
	d->rejects = NULL;
}

/* Quotes a several-key stage's keys once.  Returns 0 or -1. */
static int quote_keys(struct driver *d)
{
	size_t k;
	json_t *s;

	for (k = 0; d->st->keys && d->st->keys[k]; k++) {
		if (k == NF_MAX_KEYS)
			return -1;
		s = json_string(d->st->keys[k]);
		d->qkeys[k] = s ? json_dumps(s, JSON_ENCODE_ANY) : NULL;
		json_decref(s);
		if (!d->qkeys[k])
			return -1;
	}
	return 0;
}

/* Frees what setup() made. */
static void teardown(struct driver *d)
{
	size_t k;

	free(d->qkey);
	for (k = 0; k < NF_MAX_KEYS; k++)
		free(d->qkeys[k]);
	for (k = 0; k < NF_MAX_KEYS; k++)
		nf_buf_release(&d->vals[k]);
	nf_buf_release(&d->tamed);
	nf_buf_release(&d->jtmp);
	nf_layers_release(&d->layers);
}

/* Returns 0 to go on, or -1 with err set. */
static int setup(struct driver *d, struct nf_error *err)
{
	json_t *key;
	size_t k;

	key = json_string(d->st->key);
	d->qkey = key ? json_dumps(key, JSON_ENCODE_ANY) : NULL;
	json_decref(key);
	if (!d->qkey || quote_keys(d) < 0)
		return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
	if (d->st->start && d->st->start(d->st->self, err) < 0) {
		if (!err->status)
			err->status = NF_EXIT_SOFTWARE;
		return -1;
	}
	if (d->rejects_path) {
		d->rejects = fopen(d->rejects_path, "w");
		if (!d->rejects)
			return nf_fail(err, NF_EXIT_IOERR, "cannot create rejects file '%s': %s",
				       d->rejects_path, strerror(errno));
	}
	if (!d->unbuffered)
		setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	d->vals_limit = (struct nf_buf_limit){ d->max_record, d->vals, NF_MAX_KEYS };
	for (k = 0; k < NF_MAX_KEYS; k++)
		d->vals[k].limit = &d->vals_limit;
	return 0;
}

int nf_driver_run(const struct nf_stage *stage, int argc, char **argv)
{
	struct nf_error err = { 0, "" };
	struct driver d;
	int i;

	memset(&d, 0, sizeof(d));
	nf_layers_init(&d.layers);
	d.st = stage;
	d.field = "text";
	d.max_record = NF_DEFAULT_MAX_RECORD;
	if (parse_options(&d, argc, argv, &err) < 0 || setup(&d, &err) < 0) {
		if (err.msg[0])
			warnx_(&d, "%s", err.msg);
		teardown(&d);
		return err.status;
	}
	if (optind == argc)
		process_operand(&d, "-");
	for (i = optind; i < argc && !d.stop; i++)
		process_operand(&d, argv[i]);
	finish_stage(&d);
	finish(&d);
	teardown(&d);
	return d.status;
}
