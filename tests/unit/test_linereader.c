/*
 * Unit tests for lib/linereader.c: lines in place and across the 1 MiB
 * read buffer, a missing final newline, overlong lines drained to a FILE,
 * streams without a descriptor, pipes that are still open, read errors.
 */
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include "linereader.h"
#include "unit.h"

#define MIB ((size_t)1 << 20)	/* the reader's buffer size */

static FILE *file_with(const char *data, size_t n)
{
	FILE *fp = tmpfile();

	if (!fp || fwrite(data, 1, n, fp) != n || fseek(fp, 0, SEEK_SET) != 0) {
		fprintf(stderr, "cannot make a temporary file\n");
		exit(2);
	}
	return fp;
}

struct got {
	int rc;
	const char *line;
	size_t len;
	int nl, overlong;
};

static struct got next(struct nf_reader *r)
{
	struct got g = { 0, NULL, 0, -1, -1 };

	g.rc = nf_reader_next(r, &g.line, &g.len, &g.nl, &g.overlong);
	return g;
}

/* Reads all of fp with limit max, checking the lines of a small input. */
static void check_small(FILE *fp)
{
	struct nf_reader r;
	struct got g;

	CHECK(nf_reader_init(&r, fp, 1000) == 0);
	g = next(&r);
	CHECK(g.rc == 1 && g.nl == 1 && g.overlong == 0);
	CHECK_MEM(g.line, g.len, "a");
	g = next(&r);
	CHECK_MEM(g.line, g.len, "bb\r");	/* a CR stays: the driver trims it */
	g = next(&r);
	CHECK(g.rc == 1 && g.nl == 1);
	CHECK_SIZE(g.len, 0);
	g = next(&r);
	CHECK_BYTES(g.line, g.len, "n\0l");
	g = next(&r);
	CHECK(g.rc == 1 && g.nl == 0 && g.overlong == 0);	/* no final newline */
	CHECK_MEM(g.line, g.len, "ccc");
	CHECK(next(&r).rc == 0);
	CHECK(next(&r).rc == 0);	/* end of input stays the end */
	nf_reader_release(&r);
}

static void test_small(void)
{
	static const char data[] = "a\nbb\r\n\nn\0l\nccc";
	FILE *fp = file_with(data, sizeof(data) - 1);

	check_small(fp);
	fclose(fp);
}

/* A stream with no descriptor (fmemopen) is read through stdio. */
static void test_fmemopen(void)
{
	static char data[] = "a\nbb\r\n\nn\0l\nccc";
	FILE *fp = fmemopen(data, sizeof(data) - 1, "r");

	CHECK(fp != NULL);
	if (!fp)
		return;
	check_small(fp);
	fclose(fp);
}

static void test_empty(void)
{
	struct nf_reader r;
	FILE *fp = file_with("", 0);
	struct got g;

	CHECK(nf_reader_init(&r, fp, 10) == 0);
	CHECK(next(&r).rc == 0);
	nf_reader_release(&r);
	fclose(fp);

	fp = file_with("\n", 1);
	CHECK(nf_reader_init(&r, fp, 10) == 0);
	g = next(&r);
	CHECK(g.rc == 1 && g.len == 0 && g.nl == 1);
	CHECK(next(&r).rc == 0);
	nf_reader_release(&r);
	fclose(fp);
}

/* A buffer of n bytes of a pattern, with newlines at the given offsets. */
static char *pattern(size_t n, const size_t *nls, size_t nnl)
{
	char *p = malloc(n);
	size_t i;

	if (!p)
		exit(2);
	for (i = 0; i < n; i++)
		p[i] = (char)('a' + i % 23);
	for (i = 0; i < nnl; i++)
		p[nls[i]] = '\n';
	return p;
}

/* The lines of data must come back exactly, whatever the buffer boundaries. */
static void check_lines(const char *data, size_t n, size_t max)
{
	struct nf_reader r;
	FILE *fp = file_with(data, n);
	struct got g;
	size_t at = 0, want, bad = 0;
	const char *nl;

	CHECK(nf_reader_init(&r, fp, max) == 0);
	while ((g = next(&r)).rc == 1) {
		nl = memchr(data + at, '\n', n - at);
		want = nl ? (size_t)(nl - (data + at)) : n - at;
		if (g.len != want || memcmp(g.line, data + at, want) != 0 ||
		    g.nl != (nl != NULL) || g.overlong)
			bad++;
		at += want + (nl != NULL);
	}
	CHECK(g.rc == 0);
	CHECK_SIZE(at, n);
	CHECK_SIZE(bad, 0);
	nf_reader_release(&r);
	fclose(fp);
}

static void test_buffer_boundaries(void)
{
	size_t nls[4];
	char *p;

	/* a line crossing the boundary, between two that do not */
	nls[0] = MIB - 3;
	nls[1] = MIB + 100;
	nls[2] = MIB + 104;
	p = pattern(MIB + 105, nls, 3);
	check_lines(p, MIB + 105, 64 * MIB);
	free(p);
	/* the first line fills the buffer exactly, newline last */
	nls[0] = MIB - 1;
	nls[1] = MIB + 4;
	p = pattern(MIB + 5, nls, 2);
	check_lines(p, MIB + 5, 64 * MIB);
	free(p);
	/* the newline is the first byte of the second buffer */
	nls[0] = MIB;
	nls[1] = MIB + 2;
	p = pattern(MIB + 3, nls, 2);
	check_lines(p, MIB + 3, 64 * MIB);
	free(p);
	/* one line over several buffers, then one without a newline */
	nls[0] = 2 * MIB + MIB / 2;
	p = pattern(2 * MIB + MIB / 2 + 7, nls, 1);
	check_lines(p, 2 * MIB + MIB / 2 + 7, 64 * MIB);
	free(p);
	/* a line exactly max bytes long is not overlong, across the boundary too */
	nls[0] = MIB - 10;
	nls[1] = MIB - 10 + 1 + 50;
	p = pattern(MIB + 60, nls, 2);
	check_lines(p, MIB + 60, MIB - 10);
	free(p);
}

static void test_overlong_small(void)
{
	static const char data[] = "0123456789\n0123456789X\nnext\n0123456789ABC";
	struct nf_reader r;
	FILE *fp = file_with(data, sizeof(data) - 1), *copy = tmpfile();
	struct got g;
	char buf[64];
	size_t n;

	CHECK(copy != NULL);
	CHECK(nf_reader_init(&r, fp, 10) == 0);
	g = next(&r);
	CHECK(g.rc == 1 && g.overlong == 0);
	CHECK_MEM(g.line, g.len, "0123456789");
	g = next(&r);
	CHECK(g.rc == 1 && g.overlong == 1);
	CHECK_MEM(g.line, g.len, "0123456789");
	CHECK(nf_reader_drain(&r, copy) == 0);
	g = next(&r);
	CHECK(g.rc == 1 && g.overlong == 0 && g.nl == 1);
	CHECK_MEM(g.line, g.len, "next");
	/* overlong at the end, without a newline */
	g = next(&r);
	CHECK(g.rc == 1 && g.overlong == 1);
	CHECK(nf_reader_drain(&r, copy) == 0);
	CHECK(next(&r).rc == 0);
	rewind(copy);
	n = fread(buf, 1, sizeof(buf), copy);
	CHECK_MEM(buf, n, "XABC");
	nf_reader_release(&r);
	fclose(fp);
	fclose(copy);
}

/* A 3 MiB line with a 1000-byte limit: the rest goes to the copy, exactly. */
static void test_overlong_drained(void)
{
	size_t n = 3 * MIB + 200, nls[2] = { 3 * MIB, 3 * MIB + 6 };
	char *p = pattern(n, nls, 2), *back;
	struct nf_reader r;
	FILE *fp = file_with(p, n), *copy = tmpfile();
	struct got g;
	size_t got;

	CHECK(copy != NULL);
	CHECK(nf_reader_init(&r, fp, 1000) == 0);
	g = next(&r);
	CHECK(g.rc == 1 && g.overlong == 1 && g.len == 1000);
	CHECK(g.len == 1000 && memcmp(g.line, p, 1000) == 0);
	CHECK(nf_reader_drain(&r, copy) == 0);
	g = next(&r);
	CHECK(g.rc == 1 && g.overlong == 0);
	CHECK(g.len == 5 && memcmp(g.line, p + 3 * MIB + 1, 5) == 0);
	g = next(&r);	/* 193 bytes: fine, no newline */
	CHECK(g.rc == 1 && g.len == n - nls[1] - 1 && g.nl == 0);
	CHECK(next(&r).rc == 0);
	/* the copy holds the rest of the long line, newline excluded */
	back = malloc(3 * MIB);
	CHECK(back != NULL);
	rewind(copy);
	got = back ? fread(back, 1, 3 * MIB, copy) : 0;
	CHECK_SIZE(got, 3 * MIB - 1000);
	CHECK(back && memcmp(back, p + 1000, 3 * MIB - 1000) == 0);
	free(back);
	free(p);
	nf_reader_release(&r);
	fclose(fp);
	fclose(copy);
}

/* Overlong found while gathering a line that crosses the boundary. */
static void test_overlong_across(void)
{
	size_t nls[3] = { MIB - 5, MIB + 45, MIB + 50 };
	char *p = pattern(MIB + 51, nls, 3);
	struct nf_reader r;
	FILE *fp = file_with(p, MIB + 51);
	struct got g;

	CHECK(nf_reader_init(&r, fp, 20) == 0);
	g = next(&r);
	CHECK(g.rc == 1 && g.overlong == 1 && g.len == 20);
	CHECK(nf_reader_drain(&r, NULL) == 0);	/* no copy wanted */
	g = next(&r);	/* 50 bytes from MIB - 4: also too long */
	CHECK(g.rc == 1 && g.overlong == 1 && g.len == 20);
	CHECK(g.len == 20 && memcmp(g.line, p + MIB - 4, 20) == 0);
	CHECK(nf_reader_drain(&r, NULL) == 0);
	g = next(&r);
	CHECK(g.rc == 1 && g.overlong == 0);
	CHECK(g.len == 4 && memcmp(g.line, p + MIB + 46, 4) == 0);
	CHECK(next(&r).rc == 0);
	nf_reader_release(&r);
	fclose(fp);
	free(p);
}

/* Draining into a full disk is a write error (-2). */
static void test_drain_write_error(void)
{
	size_t nls[1] = { 2 * MIB };
	char *p = pattern(2 * MIB + 1, nls, 1);
	FILE *fp = file_with(p, 2 * MIB + 1), *full = fopen("/dev/full", "w");
	struct nf_reader r;
	struct got g;

	free(p);
	if (!full) {
		fclose(fp);
		return;		/* no /dev/full here */
	}
	setvbuf(full, NULL, _IONBF, 0);
	CHECK(nf_reader_init(&r, fp, 100) == 0);
	g = next(&r);
	CHECK(g.overlong == 1);
	CHECK(nf_reader_drain(&r, full) == -2);
	nf_reader_release(&r);
	fclose(fp);
	fclose(full);
}

/*
 * A line is returned as soon as it is in the pipe, while the writer still
 * holds it open (records must stream).  A reader that waits for a full
 * buffer would hang here: the alarm turns that into a failure.
 */
static void test_pipe_streams(void)
{
	int fds[2];
	FILE *fp;
	struct nf_reader r;
	struct got g;

	if (pipe(fds) < 0 || !(fp = fdopen(fds[0], "r"))) {
		CHECK(!"pipe");
		return;
	}
	CHECK(write(fds[1], "one\ntw", 6) == 6);
	CHECK(nf_reader_init(&r, fp, 100) == 0);
	alarm(10);
	g = next(&r);
	alarm(0);
	CHECK(g.rc == 1);
	CHECK_MEM(g.line, g.len, "one");
	CHECK(write(fds[1], "o\n", 2) == 2);
	close(fds[1]);
	g = next(&r);
	CHECK_MEM(g.line, g.len, "two");
	CHECK(next(&r).rc == 0);
	nf_reader_release(&r);
	fclose(fp);
}

/* Reading a directory fails: -1. */
static void test_read_error(void)
{
	FILE *fp = fopen(".", "r");
	struct nf_reader r;

	if (!fp)
		return;		/* some systems refuse to open it at all */
	CHECK(nf_reader_init(&r, fp, 100) == 0);
	CHECK(next(&r).rc == -1);
	nf_reader_release(&r);
	fclose(fp);
}

int main(void)
{
	test_small();
	test_fmemopen();
	test_empty();
	test_buffer_boundaries();
	test_overlong_small();
	test_overlong_drained();
	test_overlong_across();
	test_drain_write_error();
	test_pipe_streams();
	test_read_error();
	return unit_done("linereader");
}
