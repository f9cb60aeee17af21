/*
 * Unit tests for lib/lextable.c: a lexicon written as a table and read
 * back answers every lookup as the original (and misses what it misses);
 * bytes that are not a valid table (a wrong tag, slots not a power of
 * two, a count that disagrees with the slots, a key outside the pool,
 * any truncation) are refused and leave the lexicon empty.  A table read
 * on a little-endian machine borrows the bytes, at any alignment, and a
 * change to it copies them first: the bytes never change.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "lexicon.h"
#include "lextable.h"
#include "unit.h"

static const char text[] = "kyiv\t4\nwhite house\t2\nNATO\t2\nputin\t1\nzelensky\t1\n";

/* Reads n bytes of b as a table: 0 if refused (and lx empty), 1 if read. */
static int reads(const struct nf_buf *b, size_t n, struct nf_lexicon *lx)
{
	size_t used = 0;
	int nomem, rc;

	nf_lexicon_init(lx);
	rc = nf_lextable_read(lx, (const unsigned char *)b->data, n, &used, &nomem);
	if (rc < 0) {
		CHECK(!nomem && lx->count == 0 && lx->slots == NULL);
		return 0;
	}
	CHECK(used == b->len);
	return 1;
}

static void patch32(struct nf_buf *b, size_t at, unsigned v)
{
	b->data[at] = (char)(v & 0xff);
	b->data[at + 1] = (char)(v >> 8 & 0xff);
	b->data[at + 2] = (char)(v >> 16 & 0xff);
	b->data[at + 3] = (char)(v >> 24 & 0xff);
}

int main(void)
{
	struct nf_lexicon lx, back;
	struct nf_buf b = NF_BUF_INIT, bad = NF_BUF_INIT;
	size_t line, n;

	nf_lexicon_init(&lx);
	CHECK(nf_lexicon_load(&lx, text, strlen(text), NULL, &line) == 0);
	CHECK(nf_lextable_write(&lx, &b) == 0);
	CHECK(reads(&b, b.len, &back));
	CHECK(back.count == lx.count && back.nslots == lx.nslots);
	CHECK(nf_lexicon_get(&back, "Kyiv", 4) == 4);
	CHECK(nf_lexicon_get(&back, "WHITE HOUSE", 11) == 2);
	CHECK(nf_lexicon_get(&back, "nato", 4) == 2);
	CHECK(nf_lexicon_get(&back, "zelensky", 8) == 1);
	CHECK(nf_lexicon_get(&back, "moscow", 6) == -1);
	{
		/* in place at an odd address; a change copies, the bytes stay */
		char *odd = malloc(b.len + 1), *keep = malloc(b.len);
		struct nf_buf at = NF_BUF_INIT;
		int le = 1;

		CHECK(odd && keep);
		if (odd && keep) {
			memcpy(odd + 1, b.data, b.len);
			memcpy(keep, b.data, b.len);
			at.data = odd + 1;
			at.len = b.len;
			nf_lexicon_release(&back);
			CHECK(reads(&at, at.len, &back));
			le = *(const unsigned char *)&le;
			CHECK(back.borrowed == le);
			CHECK(!le || (const char *)back.slots == odd + 1 + 16);
			CHECK(nf_lexicon_get(&back, "White House", 11) == 2);
			CHECK(nf_lexicon_get(&back, "putin", 5) == 1);
			CHECK(nf_lexicon_raise(&back, "putin", 5, 3) == 0);
			CHECK(nf_lexicon_add(&back, "moscow", 6, 4) == 0);	/* still an ordinary lexicon */
			CHECK(!back.borrowed);
			CHECK(nf_lexicon_get(&back, "Moscow", 6) == 4);
			CHECK(nf_lexicon_get(&back, "PUTIN", 5) == 3);
			CHECK(nf_lexicon_get(&back, "kyiv", 4) == 4);
			CHECK(memcmp(odd + 1, keep, b.len) == 0);
		}
		free(odd);
		free(keep);
	}
	nf_lexicon_release(&back);
	for (n = 0; n < b.len; n++)	/* every truncation is refused */
		CHECK(!reads(&b, n, &back));
	nf_buf_add(&bad, b.data, b.len);
	bad.data[0] = 'X';
	CHECK(!reads(&bad, bad.len, &back));	/* the tag */
	memcpy(bad.data, b.data, b.len);
	patch32(&bad, 4, (unsigned)lx.nslots - 1);
	CHECK(!reads(&bad, bad.len, &back));	/* slots not a power of two */
	memcpy(bad.data, b.data, b.len);
	patch32(&bad, 8, (unsigned)lx.count + 1);
	CHECK(!reads(&bad, bad.len, &back));	/* the count */
	memcpy(bad.data, b.data, b.len);
	patch32(&bad, 8, (unsigned)lx.nslots);
	CHECK(!reads(&bad, bad.len, &back));	/* no empty slot */
	memcpy(bad.data, b.data, b.len);
	for (n = 0; n < lx.nslots; n++)		/* the first used slot's key past the pool */
		if (bad.data[16 + n * 12 + 4]) {
			patch32(&bad, 16 + n * 12, (unsigned)lx.pool_len);
			break;
		}
	CHECK(!reads(&bad, bad.len, &back));
	nf_buf_reset(&bad);
	nf_lexicon_release(&back);
	CHECK(nf_lextable_write(&back, &bad) == 0);	/* an empty lexicon, no slots */
	CHECK(reads(&bad, bad.len, &back));
	CHECK(back.count == 0 && nf_lexicon_get(&back, "kyiv", 4) == -1);
	nf_buf_release(&bad);
	nf_buf_release(&b);
	nf_lexicon_release(&lx);
	return unit_done("lextable");
}
