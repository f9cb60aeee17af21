/*
 * Unit tests for lib/buf.c (the growable buffer, and a group of buffers
 * bounded together: what passes the bound is counted, not kept) and
 * lib/errors.c (nf_fail, and which exit status is the more serious).
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

/*
 * Two buffers bounded to 1000 bytes together: under it they hold what was
 * written; past it the one that grows drops its bytes but counts them,
 * and the other, grown later, does too.  A reset makes them whole again.
 */
static void test_buf_limit(void)
{
	struct nf_buf v[2] = { NF_BUF_INIT, NF_BUF_INIT };
	struct nf_buf_limit lim = { 1000, v, 2 };
	char chunk[100];
	size_t i, bad = 0;

	memset(chunk, 'x', sizeof(chunk));
	v[0].limit = v[1].limit = &lim;
	for (i = 0; i < 6; i++)
		bad += nf_buf_add(&v[0], chunk, sizeof(chunk)) < 0;
	for (i = 0; i < 4; i++)
		bad += nf_buf_add(&v[1], chunk, sizeof(chunk)) < 0;
	CHECK_SIZE(bad, 0);
	/* exactly at the bound: everything kept */
	CHECK(v[0].len == 600 && v[0].dropped == 0 && v[1].len == 400 && v[1].dropped == 0);
	CHECK(v[0].cap <= 1001 && v[1].cap <= 1001);
	for (i = 0; i < 50; i++)
		bad += nf_buf_add(&v[1], chunk, sizeof(chunk)) < 0;
	CHECK_SIZE(bad, 0);
	CHECK_SIZE(nf_buf_total(&v[1]), 5400);
	CHECK(v[1].dropped > 0 && v[1].cap < 1000);
	/* the other buffer, once it must grow, drops too */
	for (i = 0; i < 50; i++)
		bad += nf_buf_add(&v[0], chunk, sizeof(chunk)) < 0;
	CHECK_SIZE(bad, 0);
	CHECK_SIZE(nf_buf_total(&v[0]), 5600);
	CHECK(v[0].dropped > 0 && v[0].cap < 1000);
	nf_buf_reset(&v[0]);
	nf_buf_reset(&v[1]);
	CHECK(nf_buf_total(&v[0]) == 0 && nf_buf_total(&v[1]) == 0);
	CHECK(nf_buf_adds(&v[0], "[1]") == 0);
	CHECK_BYTES(v[0].data, v[0].len, "[1]");
	CHECK(v[0].dropped == 0);
	nf_buf_release(&v[0]);
	nf_buf_release(&v[1]);
}

/*
 * A bounded buffer set to count only (its value is known to outgrow the
 * limit) keeps nothing from the start, whatever the group holds: it
 * counts every byte, holds at most one small piece, and a reset makes it
 * whole again.  An unbounded buffer is not affected.
 */
static void test_buf_count_only(void)
{
	struct nf_buf v[2] = { NF_BUF_INIT, NF_BUF_INIT }, free_b = NF_BUF_INIT;
	struct nf_buf_limit lim = { 1000, v, 2 };
	char chunk[100];
	size_t i, bad = 0;

	memset(chunk, 'x', sizeof(chunk));
	v[0].limit = v[1].limit = &lim;
	CHECK(nf_buf_adds(&v[0], "[1]") == 0);
	nf_buf_count_only(&v[0]);
	CHECK(v[0].data == NULL && v[0].len == 0 && nf_buf_total(&v[0]) == 3);
	for (i = 0; i < 30; i++)
		bad += nf_buf_add(&v[0], chunk, sizeof(chunk)) < 0;
	CHECK_SIZE(bad, 0);
	CHECK_SIZE(nf_buf_total(&v[0]), 3003);
	CHECK(v[0].dropped > 0 && v[0].cap <= 256 && v[0].len <= 256);
	/* far under the limit, the other buffer still keeps what it gets */
	CHECK(nf_buf_add(&v[1], chunk, sizeof(chunk)) == 0);
	CHECK(v[1].len == 100 && v[1].dropped == 0);
	nf_buf_reset(&v[0]);
	CHECK(nf_buf_adds(&v[0], "[2]") == 0);
	CHECK_BYTES(v[0].data, v[0].len, "[2]");
	CHECK(v[0].dropped == 0 && !v[0].counting);
	nf_buf_count_only(&free_b);
	CHECK(nf_buf_adds(&free_b, "[3]") == 0);
	CHECK_BYTES(free_b.data, free_b.len, "[3]");
	nf_buf_release(&v[0]);
	nf_buf_release(&v[1]);
	nf_buf_release(&free_b);
}

int main(void)
{
	test_buf();
	test_buf_limit();
	test_buf_count_only();
	test_errors();
	return unit_done("buf, errors");
}
