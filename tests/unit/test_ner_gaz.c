/*
 * Unit tests for the gazetteer's filters (lib/entities/ner_gazbits.c) and
 * their place in a model's tables (ner_tables.c): every name has its bit,
 * every beginning of two words or more of a longer name has its bit in
 * the starts (no false "no", or the tagger would miss a name), the
 * tables are read in place, and tables older than the starts (no "GZP1")
 * still load, their starts made the same as stored ones.  A copy of the
 * built-in model (not trusted as built-in) loads with its tables in
 * place, and one whose word table has a key outside its pool is refused.
 */
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "hash.h"
#include "model.h"
#include "ner.h"
#include "ner_tables.h"
#include "unit.h"

static const char gaz[] = "bank of new york\t2\nnew york\t4\nparis\t4\n"
			  "united nations general assembly\t2\nst. louis blues\t2\n";
static const char clusters[] = "paris\t12\nlondon\t12\n";

static int has(const struct nf_ner_bitset *s, const char *key)
{
	return nf_ner_bit(s, nf_lexicon_hash(key, strlen(key)));
}

static void test_filters(void)
{
	static const char *const names[] = { "bank of new york", "New York", "PARIS",
					     "united nations general assembly", "st. louis blues" };
	static const char *const starts[] = { "bank of", "Bank Of New", "united nations",
					      "united nations general", "st. louis" };
	struct nf_lexicon lx;
	struct nf_ner_gazbits f;
	size_t line, i;

	nf_lexicon_init(&lx);
	memset(&f, 0, sizeof(f));
	CHECK(nf_lexicon_load(&lx, gaz, strlen(gaz), NULL, &line) == 0);
	CHECK(nf_ner_gaz_filter(&lx, &f) == 0);
	CHECK(f.names.at && f.starts.at && f.names.mask + 1 >= 5 * 32);
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		CHECK(has(&f.names, names[i]));
	for (i = 0; i < sizeof(starts) / sizeof(starts[0]); i++)
		CHECK(has(&f.starts, starts[i]));
	CHECK(nf_ner_gaz_maybe(NULL, 42) && nf_ner_gaz_goes_on(NULL, 42));
	nf_ner_gaz_filter_release(&f);
	CHECK(f.names.at == NULL && f.starts.own == NULL);
	nf_lexicon_release(&lx);
}

/* Reads tables b[0..n) into a fresh model.  Returns 0 or -1. */
static int read_tables(struct nf_ner_model *nm, const struct nf_buf *b, size_t n)
{
	int nomem;

	memset(nm, 0, sizeof(*nm));
	return nf_ner_tables_read(nm, (const unsigned char *)b->data, n, &nomem);
}

static void release_tables(struct nf_ner_model *nm)
{
	nf_lexicon_release(&nm->clusters);
	nf_lexicon_release(&nm->gazetteer);
	nf_lexicon_release(&nm->gaz_first);
	nf_ner_gaz_filter_release(&nm->gaz_bits);
}

static void test_tables(void)
{
	struct nf_buf b = NF_BUF_INIT;
	struct nf_ner_model nm, old;
	const unsigned char *p;
	size_t starts_at, bytes;

	CHECK(nf_ner_tables_build(clusters, strlen(clusters), gaz, strlen(gaz), &b) == 0);
	CHECK(read_tables(&nm, &b, b.len) == 0);
	CHECK(nf_lexicon_get(&nm.gazetteer, "New York", 8) == 4);
	CHECK(nf_lexicon_get(&nm.gaz_first, "united", 6) == 4);
	p = nm.gaz_bits.starts.at;
	CHECK(p && nm.gaz_bits.starts.own == NULL);	/* in place */
	CHECK(p > (const unsigned char *)b.data && p < (const unsigned char *)b.data + b.len);
	CHECK(memcmp(p - 8, "GZP1", 4) == 0);
	starts_at = (size_t)(p - 8 - (const unsigned char *)b.data);
	bytes = nm.gaz_bits.starts.mask / 8 + 1;
	CHECK(starts_at + 8 + bytes == b.len);
	/* the tables of a model trained before the starts: none, then made the same */
	CHECK(read_tables(&old, &b, starts_at) == 0);
	CHECK(old.gaz_bits.starts.at == NULL);
	CHECK(nf_ner_gaz_starts(&old.gazetteer, &old.gaz_bits) == 0);
	CHECK(old.gaz_bits.starts.mask == nm.gaz_bits.starts.mask &&
	      memcmp(old.gaz_bits.starts.at, p, bytes) == 0);
	release_tables(&old);
	/* anything but nothing or a whole "GZP1" after the names' filter is refused */
	CHECK(read_tables(&old, &b, starts_at + 4) < 0);
	CHECK(read_tables(&old, &b, b.len - 1) < 0);
	release_tables(&nm);
	nf_buf_release(&b);
}

/* The first used slot of the third word table at p: its key offset. */
static unsigned char *third_table_slot(unsigned char *p)
{
	size_t k, nslots;

	for (k = 0; k < 2; k++)	/* "LXT1", slots, count, pool bytes; slots; pool */
		p += 16 + nf_get_u32(p + 4) * 12 + nf_get_u32(p + 12);
	nslots = nf_get_u32(p + 4);
	for (k = 0; k < nslots; k++)
		if (nf_get_u32(p + 16 + k * 12 + 4) != 0)
			return p + 16 + k * 12;
	return NULL;
}

static void test_model_copy(void)
{
	size_t n = nf_data_entities_model_len, k;
	unsigned char *copy = malloc(n), *slot;
	struct nf_ner_model nm;
	struct nf_model m;
	const struct nf_section *s;
	struct nf_error err = { 0, "" };
	uint64_t sum;
	int le = 1;

	le = *(const unsigned char *)&le;	/* tables lie in place on little-endian machines */
	if (!CHECK(copy != NULL))
		return;
	memcpy(copy, nf_data_entities_model, n);
	CHECK(nf_ner_model_load(&nm, copy, n, &err) == 0);
	CHECK(nm.gazetteer.borrowed == le && nm.clusters.borrowed == le);
	CHECK(nf_lexicon_get(&nm.gazetteer, "new york", 8) > 0);
	CHECK(nm.gaz_bits.starts.at && !nm.gaz_bits.starts.own);	/* stored, in place */
	nf_ner_model_release(&nm);
	CHECK(nf_model_parse(&m, copy, n, "entities", &err) == 0);
	s = nf_model_section(&m, "tables");
	slot = s ? third_table_slot((unsigned char *)(uintptr_t)s->data) : NULL;
	if (CHECK(slot != NULL)) {
		nf_set_u32(slot, 0x7fffffff);	/* the key past the pool */
		sum = nf_fnv1a(copy, n - 8);	/* a checksum that agrees */
		for (k = 0; k < 8; k++)
			copy[n - 8 + k] = (unsigned char)(sum >> (8 * k));
		CHECK(nf_ner_model_load(&nm, copy, n, &err) < 0);
		CHECK(strstr(err.msg, "tables") != NULL);
	}
	free(copy);
}

int main(void)
{
	test_filters();
	test_tables();
	test_model_copy();
	return unit_done("ner_gaz");
}
