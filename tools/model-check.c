/*
 * Build helper: checks a model file (magic, version, kind, framing and
 * checksum: lib/learn/model.c; the rows of its frozen weights sections:
 * lib/learn/perceptron.c; the slots of the word tables its "tables"
 * section starts with: lib/lextable.c) before the build embeds it.  A tool trusts its
 * built-in model instead of hashing and walking megabytes at each start,
 * so a corrupt or truncated data/NAME.model must stop the build.
 *
 *   model-check KIND FILE
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lextable.h"
#include "model.h"
#include "perceptron.h"

/* The sections that hold frozen weights (perceptron.h), in any model. */
static const char *const WEIGHTS[] = { "weights", "actions", "rels", NULL };

/* Checks every frozen weights section of m.  Returns 0, or -1 naming it in err. */
static int check_weights(const struct nf_model *m, struct nf_error *err)
{
	const struct nf_section *s;
	struct nf_weights w;
	size_t i;

	for (i = 0; WEIGHTS[i]; i++) {
		s = nf_model_section(m, WEIGHTS[i]);
		if (s && nf_weights_parse(&w, s->data, s->len) < 0)
			return nf_fail(err, NF_EXIT_DATA, "section '%s' is not valid frozen weights",
				       WEIGHTS[i]);
	}
	return 0;
}

/*
 * Checks the slots of the word tables ("LXT1") at the start of the
 * "tables" section of m, if any (an entity model's clusters, gazetteer
 * and its first words; what follows them is checked at each load,
 * cheaply).  0, or -1 in err.
 */
static int check_tables(const struct nf_model *m, struct nf_error *err)
{
	const struct nf_section *s = nf_model_section(m, "tables");
	const unsigned char *p = s ? s->data : NULL;
	size_t n = s ? s->len : 0, used, k;
	struct nf_lexicon lx;
	int nomem;

	for (k = 1; n >= 4 && memcmp(p, "LXT1", 4) == 0; k++) {
		nf_lexicon_init(&lx);
		if (nf_lextable_read(&lx, p, n, &used, &nomem) < 0)
			return nf_fail(err, NF_EXIT_DATA, "word table %zu of section 'tables' is "
				       "not valid", k);
		nf_lexicon_release(&lx);
		p += used;
		n -= used;
	}
	return 0;
}

/* Reads all of path into a new buffer.  Returns it, or NULL. */
static unsigned char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	unsigned char *p = NULL, *q;
	size_t cap = 0, got;

	*n = 0;
	if (!f)
		return NULL;
	for (;;) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 1 << 20;
			q = realloc(p, cap);
			if (!q)
				break;
			p = q;
		}
		got = fread(p + *n, 1, cap - *n, f);
		*n += got;
		if (got == 0) {
			if (!ferror(f)) {
				fclose(f);
				return p;
			}
			break;
		}
	}
	free(p);
	fclose(f);
	return NULL;
}

int main(int argc, char **argv)
{
	struct nf_model m;
	struct nf_error err;
	unsigned char *p;
	size_t n;
	int rc;

	if (argc != 3) {
		fprintf(stderr, "usage: model-check KIND FILE\n");
		return 64;
	}
	p = slurp(argv[2], &n);
	if (!p) {
		fprintf(stderr, "model-check: cannot read '%s'\n", argv[2]);
		return 66;
	}
	rc = nf_model_parse(&m, p, n, argv[1], &err) < 0 || check_weights(&m, &err) < 0 ||
			     check_tables(&m, &err) < 0
		     ? -1
		     : 0;
	free(p);
	if (rc < 0) {
		fprintf(stderr, "model-check: %s: %s: retrain it or restore it from git\n",
			argv[2], err.msg);
		return 65;
	}
	return 0;
}
