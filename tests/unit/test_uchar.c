/*
 * Unit tests for lib/uchar.c's UTF-8 check, the one that text-to-records
 * and train-hedge's markup reader share.
 */
#include <string.h>

#include "uchar.h"
#include "unit.h"

/* The index nf_utf8_error_at gives for the NUL-terminated s. */
static size_t err_at(const char *s)
{
	return nf_utf8_error_at(s, strlen(s));
}

static void test_valid(void)
{
	CHECK_SIZE(nf_utf8_error_at("", 0), 0);
	CHECK_SIZE(err_at("plain ASCII"), 11);
	CHECK_SIZE(err_at("caf\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x98\x80"), 14);
	CHECK_SIZE(nf_utf8_error_at("a\0b", 3), 3);	/* U+0000 is valid */
	CHECK_SIZE(err_at("\xF4\x8F\xBF\xBF"), 4);	/* U+10FFFF */
}

static void test_invalid(void)
{
	CHECK_SIZE(err_at("ab\xFF"), 2);
	CHECK_SIZE(err_at("ab\x80z"), 2);		/* a lone continuation byte */
	CHECK_SIZE(err_at("x\xC3"), 1);			/* cut short */
	CHECK_SIZE(err_at("\xC0\xAF"), 0);		/* overlong '/' */
	CHECK_SIZE(err_at("ok\xED\xA0\x80"), 2);	/* a surrogate */
	CHECK_SIZE(err_at("\xF4\x90\x80\x80"), 0);	/* past U+10FFFF */
	CHECK_SIZE(nf_utf8_error_at("\xC3\xA9", 1), 0);	/* n cuts the sequence */
}

int main(void)
{
	test_valid();
	test_invalid();
	return unit_done("uchar");
}
