/*
 * text-to-records: plain UTF-8 text in, {"id","text"} records out; see
 * textrec.h.  Input is read a line at a time (lib/linereader), gathered
 * into the record being built, and written once the record is complete:
 * at the end of the file, of the line, or of the paragraph.
 */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>

#include <jansson.h>

#include "errors.h"
#include "exitcode.h"
#include "linereader.h"
#include "textrec.h"
#include "uchar.h"

#define TOOL "text-to-records"

/* One operand being converted. */
struct src {
	const char *name;	/* in ids and messages: the path, or <stdin> */
	size_t lineno;		/* the current line, from 1 */
	size_t first;		/* the line the gathered record starts on */
	uintmax_t at;		/* bytes of the input before the current line */
	int open;		/* a record is being gathered */
	int bad;		/* ... and it holds invalid UTF-8: drop it */
	const char *sep;	/* terminator of the last line gathered */
};

/* One input line, split into its text and its terminator. */
struct line {
	const char *p;
	size_t len;		/* without the terminator */
	const char *term;	/* "\n", "\r\n" or "" at the end of input */
};

static void warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	nf_vwarn(TOOL, fmt, ap);
	va_end(ap);
}

static void fail(struct nf_textrec *t, int status)
{
	t->status = nf_exit_worse(t->status, status);
	if (status == NF_EXIT_IOERR || status == NF_EXIT_SOFTWARE)
		t->stop = 1;
}

static void out_of_memory(struct nf_textrec *t)
{
	warn("out of memory");
	fail(t, NF_EXIT_SOFTWARE);
}

/*
 * A write to the output failed.  A closed pipe (| head) ends the process
 * quietly by SIGPIPE even if the signal was inherited as ignored.
 */
static void output_failed(struct nf_textrec *t)
{
	if (errno == EPIPE) {
		signal(SIGPIPE, SIG_DFL);
		raise(SIGPIPE);
	}
	warn("write error: %s", strerror(errno));
	fail(t, NF_EXIT_IOERR);
}

void nf_textrec_init(struct nf_textrec *t, FILE *out)
{
	memset(t, 0, sizeof(*t));
	t->per = NF_PER_FILE;
	t->id_prefix = "";
	t->out = out;
}

void nf_textrec_release(struct nf_textrec *t)
{
	nf_buf_release(&t->text);
	nf_buf_release(&t->id);
	nf_buf_release(&t->json);
}

int nf_textrec_parse_per(const char *s, enum nf_textrec_per *per)
{
	if (strcmp(s, "file") == 0)
		*per = NF_PER_FILE;
	else if (strcmp(s, "line") == 0)
		*per = NF_PER_LINE;
	else if (strcmp(s, "paragraph") == 0)
		*per = NF_PER_PARAGRAPH;
	else
		return -1;
	return 0;
}

int nf_textrec_set_id_prefix(struct nf_textrec *t, const char *prefix)
{
	if (nf_utf8_error_at(prefix, strlen(prefix)) != strlen(prefix))
		return -1;
	t->id_prefix = prefix;
	return 0;
}

/* Checks a line's text; reports and returns -1 if it is not UTF-8. */
static int check_utf8(struct nf_textrec *t, const struct src *s,
		      const struct line *l)
{
	size_t bad = nf_utf8_error_at(l->p, l->len);

	if (bad == l->len)
		return 0;
	warn("%s: invalid UTF-8 at byte %ju", s->name, s->at + bad + 1);
	fail(t, NF_EXIT_DATA);
	return -1;
}

/* Empty or only ASCII white space. */
static int is_blank(const struct line *l)
{
	size_t i;

	for (i = 0; i < l->len; i++) {
		switch (l->p[i]) {
		case ' ': case '\t': case '\r': case '\f': case '\v':
			break;
		default:
			return 0;
		}
	}
	return 1;
}

/* The record's id: prefix, name, and for line or paragraph ":LINE". */
static int build_id(struct nf_textrec *t, const struct src *s)
{
	char num[32];

	nf_buf_reset(&t->id);
	if (nf_buf_adds(&t->id, t->id_prefix) < 0 || nf_buf_adds(&t->id, s->name) < 0)
		return -1;
	if (t->per == NF_PER_FILE)
		return 0;
	snprintf(num, sizeof(num), ":%zu", s->first);
	return nf_buf_adds(&t->id, num);
}

/* Dumps {"id","text"} into t->json.  Returns 0, or -1 on ENOMEM. */
static int dump_record(struct nf_textrec *t)
{
	json_t *o = json_object();
	size_t need = 0;
	int rc = -1;

	if (!o || json_object_set_new(o, "id", json_stringn(t->id.data, t->id.len)) < 0 ||
	    json_object_set_new(o, "text", json_stringn(t->text.data ? t->text.data : "",
							t->text.len)) < 0)
		goto out;
	need = json_dumpb(o, t->json.data, t->json.cap, JSON_COMPACT);
	if (need >= t->json.cap) {
		nf_buf_reset(&t->json);
		if (nf_buf_grow(&t->json, need) < 0)
			goto out;
		need = json_dumpb(o, t->json.data, t->json.cap, JSON_COMPACT);
	}
	t->json.len = need;
	rc = need ? 0 : -1;
out:
	json_decref(o);
	return rc;
}

/* Writes the gathered record, unless it was spoilt, and starts afresh. */
static void emit(struct nf_textrec *t, struct src *s)
{
	int skip = s->bad || t->stop;

	s->open = s->bad = 0;
	s->sep = "";
	if (skip)
		goto done;
	if (build_id(t, s) < 0) {
		out_of_memory(t);
		goto done;
	}
	if (dump_record(t) < 0)
		out_of_memory(t);
	else if (fwrite(t->json.data, 1, t->json.len, t->out) != t->json.len ||
		 putc('\n', t->out) == EOF)
		output_failed(t);
done:
	nf_buf_reset(&t->text);
}

/*
 * Adds a line to the record.  A whole file keeps every terminator; lines
 * of a paragraph are joined by theirs, and the last one's is left out.
 */
static void gather(struct nf_textrec *t, struct src *s, const struct line *l)
{
	int whole = t->per == NF_PER_FILE;

	if (!s->open) {
		s->open = 1;
		s->first = s->lineno;
	}
	if (!s->bad && check_utf8(t, s, l) < 0)
		s->bad = 1;
	if (s->bad)
		return;
	if (nf_buf_adds(&t->text, s->sep) < 0 || nf_buf_add(&t->text, l->p, l->len) < 0 ||
	    (whole && nf_buf_adds(&t->text, l->term) < 0))
		out_of_memory(t);
	s->sep = whole ? "" : l->term;
}

static void on_line(struct nf_textrec *t, struct src *s, const struct line *l)
{
	switch (t->per) {
	case NF_PER_FILE:
		gather(t, s, l);
		break;
	case NF_PER_LINE:
		if (!is_blank(l)) {
			gather(t, s, l);
			emit(t, s);
		}
		break;
	case NF_PER_PARAGRAPH:
		if (!is_blank(l))
			gather(t, s, l);
		else if (s->open)
			emit(t, s);
		break;
	}
}

/* Splits what the reader returned into text and terminator. */
static void split_line(struct line *l, const char *p, size_t len, int had_nl)
{
	l->p = p;
	l->len = len;
	l->term = "";
	if (had_nl && len && p[len - 1] == '\r') {
		l->len--;
		l->term = "\r\n";
	} else if (had_nl) {
		l->term = "\n";
	}
}

static void convert_stream(struct nf_textrec *t, FILE *fp, const char *name)
{
	struct src s = { name, 0, 0, 0, 0, 0, "" };
	struct nf_reader rd;
	struct line l;
	const char *p;
	size_t len;
	int had_nl, overlong, rc = 0;

	if (nf_reader_init(&rd, fp, SIZE_MAX) < 0) {
		out_of_memory(t);
		return;
	}
	while (!t->stop && (rc = nf_reader_next(&rd, &p, &len, &had_nl, &overlong)) > 0) {
		s.lineno++;
		split_line(&l, p, len, had_nl);
		if (s.lineno == 1 && l.len >= 3 && memcmp(l.p, "\xEF\xBB\xBF", 3) == 0) {
			l.p += 3;	/* a byte order mark is not text */
			l.len -= 3;
			s.at += 3;
		}
		on_line(t, &s, &l);
		s.at += l.len + strlen(l.term);
	}
	if (rc < 0 && !t->stop) {
		warn("%s: read error: %s", name, strerror(errno));
		fail(t, NF_EXIT_IOERR);
	} else if (t->per == NF_PER_FILE || s.open) {
		emit(t, &s);
	}
	nf_reader_release(&rd);
}

/* Ids must be UTF-8 like all JSON strings: a bad name is bad data. */
static int name_ok(struct nf_textrec *t, const char *path)
{
	if (nf_utf8_error_at(path, strlen(path)) == strlen(path))
		return 1;
	warn("%s: the name is not valid UTF-8, so it cannot be an id: rename the file", path);
	fail(t, NF_EXIT_DATA);
	return 0;
}

void nf_textrec_convert(struct nf_textrec *t, const char *path)
{
	FILE *fp;

	if (t->stop || !name_ok(t, path))
		return;
	if (strcmp(path, "-") == 0) {
		convert_stream(t, stdin, "<stdin>");
		return;
	}
	fp = fopen(path, "rb");
	if (!fp) {
		warn("cannot open '%s': %s", path, strerror(errno));
		fail(t, NF_EXIT_NOINPUT);
		return;
	}
	convert_stream(t, fp, path);
	fclose(fp);
}

int nf_textrec_finish(struct nf_textrec *t)
{
	if ((fflush(t->out) == EOF || ferror(t->out)) && !t->stop)
		output_failed(t);
	return t->status;
}
