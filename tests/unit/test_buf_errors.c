/*
 * Unit tests for lib/buf.c (the growable buffer) and lib/errors.c
 * (nf_fail, and which exit status is the more serious).
 */
#include <stdint.h>

#include "buf.h"
#include "exitcode.h"
#include "stage.h"
#include "unit.h"

static void test_buf(void)
{
	struct nf_buf b = NF_BUF_INIT;
	size_t i, bad = 0;

	CHECK(nf_buf_add(&b, "", 0) == 0);
	CHECK(b.data && b.data[0] == '\0' && b.len == 0);
	CHECK(nf_buf_adds(&b, "ab") == 0 && nf_buf_addc(&b, 'c') == 0);
	CHECK(nf_buf_add(&b, "\0d", 2) == 0);
	CHECK_BYTES(b.data, b.len, "abc\0d");
	CHECK(b.data[b.len] == '\0');
	nf_buf_reset(&b);
	CHECK(b.len == 0 && b.data[0] == '\0' && b.cap > 0);
	for (i = 0; i < 100000; i++)
		if (nf_buf_addc(&b, (char)('a' + i % 26)) < 0)
			bad++;
	CHECK_SIZE(bad, 0);
	CHECK_SIZE(b.len, 100000);
	CHECK(b.cap > b.len && b.data[b.len] == '\0');
	for (i = 0; i < b.len; i++)
		bad += b.data[i] != (char)('a' + i % 26);
	CHECK_SIZE(bad, 0);
	/* growth that cannot be done fails and leaves the buffer alone */
	CHECK(nf_buf_grow(&b, SIZE_MAX) == -1);
	CHECK(nf_buf_grow(&b, SIZE_MAX - b.len) == -1);
	CHECK_SIZE(b.len, 100000);
	CHECK(nf_buf_grow(&b, 0) == 0);
	nf_buf_release(&b);
	CHECK(b.data == NULL && b.len == 0 && b.cap == 0);
	nf_buf_release(&b);	/* twice is harmless */
}

static void test_errors(void)
{
	struct nf_error err = { 0, "" };
	char big[1000];

	CHECK(nf_fail(&err, NF_EXIT_DATA, "line %d: %s", 3, "bad") == -1);
	CHECK(err.status == NF_EXIT_DATA);
	CHECK_STR(err.msg, "line 3: bad");
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	nf_fail(&err, NF_EXIT_USAGE, "%s", big);	/* truncated, terminated */
	CHECK_SIZE(strlen(err.msg), sizeof(err.msg) - 1);

	/* 74, then 70, 64, 66, 65, 0 */
	CHECK(nf_exit_worse(NF_EXIT_OK, NF_EXIT_DATA) == NF_EXIT_DATA);
	CHECK(nf_exit_worse(NF_EXIT_DATA, NF_EXIT_OK) == NF_EXIT_DATA);
	CHECK(nf_exit_worse(NF_EXIT_DATA, NF_EXIT_NOINPUT) == NF_EXIT_NOINPUT);
	CHECK(nf_exit_worse(NF_EXIT_NOINPUT, NF_EXIT_DATA) == NF_EXIT_NOINPUT);
	CHECK(nf_exit_worse(NF_EXIT_NOINPUT, NF_EXIT_USAGE) == NF_EXIT_USAGE);
	CHECK(nf_exit_worse(NF_EXIT_USAGE, NF_EXIT_SOFTWARE) == NF_EXIT_SOFTWARE);
	CHECK(nf_exit_worse(NF_EXIT_SOFTWARE, NF_EXIT_IOERR) == NF_EXIT_IOERR);
	CHECK(nf_exit_worse(NF_EXIT_IOERR, NF_EXIT_DATA) == NF_EXIT_IOERR);
	CHECK(nf_exit_worse(NF_EXIT_OK, NF_EXIT_OK) == NF_EXIT_OK);
}

int main(void)
{
	test_buf();
	test_errors();
	return unit_done("buf, errors");
}
