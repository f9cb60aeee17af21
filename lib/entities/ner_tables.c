/*
 * An entity model's word lists as ready tables; see ner_tables.h.
 * Written by train-entities, read by nf_ner_model_load: copying them takes
 * a fraction of the instructions of hashing every word of the gazetteer
 * and clusters again (tag-entities' start-up).  The gazetteer's bit
 * filter is "GZB1", u32 bits (a power of two), then its 64-bit words,
 * little-endian.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lextable.h"
#include "model.h"
#include "ner_tables.h"

enum { MAX_BITS = 1 << 30 };

static int bits_write(const struct nf_ner_gazbits *f, struct nf_buf *out)
{
	size_t i, words = (f->mask + 1) / 64;

	if (nf_buf_add(out, "GZB1", 4) < 0 || nf_put_u32(out, (uint32_t)(f->mask + 1)) < 0)
		return -1;
	for (i = 0; i < words; i++)
		if (nf_put_u64(out, f->bits[i]) < 0)
			return -1;
	return 0;
}

static int bits_read(struct nf_ner_gazbits *f, const unsigned char *p, size_t n, int *nomem)
{
	size_t nbits, i;

	if (n < 8 || memcmp(p, "GZB1", 4) != 0)
		return -1;
	nbits = nf_get_u32(p + 4);
	if (nbits < 64 || nbits > MAX_BITS || (nbits & (nbits - 1)) || (n - 8) / 8 != nbits / 64 ||
	    (n - 8) % 8)
		return -1;
	f->bits = malloc(nbits / 8);
	if (!f->bits) {
		*nomem = 1;
		return -1;
	}
	for (i = 0; i < nbits / 64; i++)
		f->bits[i] = nf_get_u64(p + 8 + 8 * i);
	f->mask = nbits - 1;
	return 0;
}

int nf_ner_tables_build(const char *clusters, size_t clusters_len, const char *gaz,
			size_t gaz_len, struct nf_buf *out)
{
	struct nf_lexicon cl, gz, first;
	struct nf_ner_gazbits bits = { NULL, 0 };
	size_t line;
	int rc = -1;

	nf_lexicon_init(&cl);
	nf_lexicon_init(&gz);
	nf_lexicon_init(&first);
	if (nf_lexicon_load(&cl, clusters, clusters_len, NULL, &line) == 0 &&
	    nf_lexicon_load(&gz, gaz, gaz_len, NULL, &line) == 0 &&
	    nf_ner_gaz_index(&gz, &first) == 0 && nf_ner_gaz_filter(&gz, &bits) == 0 &&
	    nf_lextable_write(&cl, out) == 0 && nf_lextable_write(&gz, out) == 0 &&
	    nf_lextable_write(&first, out) == 0 && bits_write(&bits, out) == 0)
		rc = 0;
	nf_lexicon_release(&cl);
	nf_lexicon_release(&gz);
	nf_lexicon_release(&first);
	nf_ner_gaz_filter_release(&bits);
	return rc;
}

int nf_ner_tables_read(struct nf_ner_model *nm, const unsigned char *p, size_t n, int *nomem)
{
	struct nf_lexicon *lx[3] = { &nm->clusters, &nm->gazetteer, &nm->gaz_first };
	size_t used, k;

	*nomem = 0;
	for (k = 0; k < 3; k++) {
		if (nf_lextable_read(lx[k], p, n, &used, nomem) < 0)
			goto bad;
		p += used;
		n -= used;
	}
	if (bits_read(&nm->gaz_bits, p, n, nomem) == 0)
		return 0;
bad:
	for (k = 0; k < 3; k++)
		nf_lexicon_release(lx[k]);
	return -1;
}
