/*
 * An entity model's word lists as ready tables; see ner_tables.h.
 * Written by train-entities, read by nf_ner_model_load: using them takes
 * a fraction of the instructions of hashing every word of the gazetteer
 * and clusters again (tag-entities' start-up).  The gazetteer's bit
 * filters (ner.h) follow: "GZB1" for its names, then "GZP1" for the
 * beginnings of names (absent from models trained before it: then made
 * at load), each a u32 count of bits (a power of two) and the bytes of
 * its 64-bit words, little-endian.  The tables and filters are used where
 * they lie, not copied (lextable.c).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lextable.h"
#include "model.h"
#include "ner_tables.h"

enum { MAX_BITS = 1 << 30 };

static int bits_write(const struct nf_ner_bitset *s, const char *magic, struct nf_buf *out)
{
	size_t nbits = s->mask + 1;

	if (nf_buf_add(out, magic, 4) < 0 || nf_put_u32(out, (uint32_t)nbits) < 0)
		return -1;
	return nf_buf_add(out, s->at, nbits / 8);
}

/*
 * The set with this magic at p (n bytes left) into s, in place.  Returns
 * the bytes it takes, or 0 if they are not such a set.
 */
static size_t bits_read(struct nf_ner_bitset *s, const char *magic, const unsigned char *p,
			size_t n)
{
	size_t nbits;

	if (n < 8 || memcmp(p, magic, 4) != 0)
		return 0;
	nbits = nf_get_u32(p + 4);
	if (nbits < 64 || nbits > MAX_BITS || (nbits & (nbits - 1)) || (n - 8) / 8 < nbits / 64)
		return 0;
	s->at = p + 8;
	s->mask = nbits - 1;
	s->own = NULL;
	return 8 + nbits / 8;
}

int nf_ner_tables_build(const char *clusters, size_t clusters_len, const char *gaz,
			size_t gaz_len, struct nf_buf *out)
{
	struct nf_lexicon cl, gz, first;
	struct nf_ner_gazbits bits;
	size_t line;
	int rc = -1;

	memset(&bits, 0, sizeof(bits));
	nf_lexicon_init(&cl);
	nf_lexicon_init(&gz);
	nf_lexicon_init(&first);
	if (nf_lexicon_load(&cl, clusters, clusters_len, NULL, &line) == 0 &&
	    nf_lexicon_load(&gz, gaz, gaz_len, NULL, &line) == 0 &&
	    nf_ner_gaz_index(&gz, &first) == 0 && nf_ner_gaz_filter(&gz, &bits) == 0 &&
	    nf_lextable_write(&cl, out) == 0 && nf_lextable_write(&gz, out) == 0 &&
	    nf_lextable_write(&first, out) == 0 && bits_write(&bits.names, "GZB1", out) == 0 &&
	    bits_write(&bits.starts, "GZP1", out) == 0)
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
	if ((used = bits_read(&nm->gaz_bits.names, "GZB1", p, n)) == 0)
		goto bad;
	p += used;
	n -= used;
	if (n == 0)
		return 0;	/* no starts: the caller makes them */
	if ((used = bits_read(&nm->gaz_bits.starts, "GZP1", p, n)) == n)
		return 0;
bad:
	memset(&nm->gaz_bits, 0, sizeof(nm->gaz_bits));
	for (k = 0; k < 3; k++)
		nf_lexicon_release(lx[k]);
	return -1;
}
