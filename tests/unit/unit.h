/*
 * A tiny assertion helper for the C unit tests in tests/unit/.  Each test
 * file is a standalone program: it runs its checks, then returns
 * unit_done(), which prints "unit: N passed, M failed (NAME)" and gives
 * the exit status (non-zero if any check failed).  A failed check prints
 * FILE:LINE and what was expected, and the program goes on.
 *
 *	CHECK(x > 0);
 *	CHECK_SIZE(nf_cp_count(s, n), 3);
 *	CHECK_MEM(line, len, "expected bytes");
 *	return unit_done("offsets");
 */
#ifndef NF_UNIT_H
#define NF_UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_passed, unit_failed;

static inline int unit_check(int ok, const char *file, int line,
			     const char *what)
{
	if (ok) {
		unit_passed++;
		return 1;
	}
	unit_failed++;
	fprintf(stderr, "%s:%d: check failed: %s\n", file, line, what);
	return 0;
}

static inline int unit_check_size(size_t got, size_t want, const char *file,
				  int line, const char *what)
{
	if (unit_check(got == want, file, line, what))
		return 1;
	fprintf(stderr, "%s:%d:   got %zu, want %zu\n", file, line, got, want);
	return 0;
}

/* Compares the bytes p[0..n) with the string want (NULs allowed in p). */
static inline int unit_check_mem(const char *p, size_t n, const char *want,
				 size_t wn, const char *file, int line,
				 const char *what)
{
	int ok = p && n == wn && memcmp(p, want, n) == 0;

	if (unit_check(ok, file, line, what))
		return 1;
	if (n < 200 && p)
		fprintf(stderr, "%s:%d:   got \"%.*s\" (%zu bytes), want \"%s\" (%zu bytes)\n",
			file, line, (int)n, p, n, want, wn);
	else
		fprintf(stderr, "%s:%d:   got %zu bytes, want %zu\n", file, line, n, wn);
	return 0;
}

static inline int unit_done(const char *name)
{
	printf("unit: %d passed, %d failed (%s)\n", unit_passed, unit_failed, name);
	fflush(stdout);
	return unit_failed ? 1 : 0;
}

#define CHECK(cond) unit_check(!!(cond), __FILE__, __LINE__, #cond)
#define CHECK_SIZE(got, want) \
	unit_check_size((size_t)(got), (size_t)(want), __FILE__, __LINE__, \
			#got " == " #want)
#define CHECK_MEM(p, n, want) \
	unit_check_mem((p), (n), (want), strlen(want), __FILE__, __LINE__, \
		       #p " == " #want)
/* For expected bytes holding NULs: want is a string literal. */
#define CHECK_BYTES(p, n, want) \
	unit_check_mem((p), (n), (want), sizeof(want) - 1, __FILE__, __LINE__, \
		       #p " == " #want)
#define CHECK_STR(got, want) CHECK_MEM((got), strlen(got), (want))

#endif
