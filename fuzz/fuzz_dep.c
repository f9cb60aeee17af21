/*
 * Fuzz target: arbitrary bytes through the dependency parser's two parsers
 * of untrusted input.  When the first byte is even, the rest is CoNLL-U
 * with HEAD and DEPREL for nf_dep_conllu_read() (train-dep); when it
 * reads, the trees carried over to our tokens are checked, a model is
 * trained on it for two epochs, loaded, and parses what it read, the
 * compiled parser agreeing with the hashed reference.  When the first
 * byte is odd, the rest is a model image for nf_dep_model_load()
 * (fuzz_model_image(): bit 1 of that byte makes its checksum right), and a
 * model that loads parses a few texts.  Seeds in fuzz/corpus/fuzz_dep/:
 * the toy treebank of testdata/dep/ and a toy model trained on it.
 *
 * Checked: a failure always has a message; every parse and every carried
 * tree is a tree (heads in range, one root, no cycle), relations in range.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dep.h"
#include "dep_train.h"
#include "tokens.h"

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const texts[] = {
	"The envoy said that Putin might agree.",
	"Le pr\xC3\xA9sident \xE2\x80\x9Cmay\xE2\x80\x9D couldn\xE2\x80\x99t say, on 3 May.",
	"",
	"a",
	"!!! ??? ... ,,, ;;;",
};

/* The tagger, loaded once for the whole run (the harness's only state). */
static const struct nf_pos_model *tagger(void)
{
	static struct nf_pos_model m;
	static int loaded;
	const unsigned char *p;
	char err[256];
	size_t n;

	if (!loaded) {
		p = nf_pos_builtin(&n);
		CHECK(nf_pos_model_load(&m, p, n, err, sizeof(err)) == 0);
		loaded = 1;
	}
	return &m;
}

static void check_tree(const int32_t *head, const uint8_t *rel, size_t n)
{
	size_t i, roots = 0, steps;
	int32_t h;

	for (i = 0; i < n; i++) {
		CHECK(head[i] >= -1 && head[i] < (int32_t)n && rel[i] < NF_DEP_NRELS);
		roots += head[i] < 0;
		for (h = head[i], steps = 0; h >= 0 && steps <= n; steps++)
			h = head[h];
		CHECK(steps <= n);
	}
	CHECK(n == 0 || roots == 1);
}

static void parse_all(const struct nf_dep_model *m, const char *text)
{
	struct nf_tokens t = { 0 };
	struct nf_dep_work w = NF_DEP_WORK_INIT;
	struct nf_pos_tok toks[64];
	uint8_t tags[64], rel[64];
	int32_t head[64];
	size_t i, n;

	if (nf_tokenize(&t, text, strlen(text), NULL) < 0)
		return;
	n = t.n < 64 ? t.n : 64;
	for (i = 0; i < n; i++) {
		toks[i].a = t.v[i].a;
		toks[i].b = t.v[i].b;
		toks[i].w = 0;
	}
	nf_pos_tag(tagger(), text, toks, n, tags);
	if (nf_dep_parse(m, &w, text, toks, tags, n, head, rel) == 0)
		check_tree(head, rel, n);
	nf_dep_work_release(&w);
	nf_tokens_release(&t);
}

/* The compiled parser and the hashed reference agree on every sentence of c. */
static void check_parses(const struct nf_dep_model *m, const struct nf_dep_corpus *c)
{
	struct nf_dep_work w = NF_DEP_WORK_INIT;
	const struct nf_pos_sent *s;
	int32_t *h1 = malloc((c->pc.ntoks + 1) * sizeof(*h1)), *h2 = malloc((c->pc.ntoks + 1) * 4);
	uint8_t *r1 = malloc(c->pc.ntoks + 1), *r2 = malloc(c->pc.ntoks + 1);
	uint64_t *wv = malloc((c->pc.ntoks + 1) * sizeof(*wv));
	size_t i, k;

	for (i = 0; h1 && h2 && r1 && r2 && wv && i < c->pc.nsents; i++) {
		s = &c->pc.sents[i];
		for (k = 0; k < s->ntok; k++)
			wv[k] = c->pc.toks[s->tok + k].w;
		if (nf_dep_parse(m, &w, c->pc.text.data, c->pc.toks + s->tok, c->tags + s->tok,
				 s->ntok, h1, r1) < 0 ||
		    nf_dep_parse_hashed(m, wv, c->tags + s->tok, s->ntok, h2, r2) < 0)
			break;
		check_tree(h1, r1, s->ntok);
		CHECK(memcmp(h1, h2, s->ntok * sizeof(*h1)) == 0 && memcmp(r1, r2, s->ntok) == 0);
	}
	nf_dep_work_release(&w);
	free(h1);
	free(h2);
	free(r1);
	free(r2);
	free(wv);
}

static void check_corpus(const struct nf_dep_corpus *c)
{
	const struct nf_pos_sent *s;
	size_t i, k;

	for (i = 0; i < c->pc.nsents; i++) {
		s = &c->pc.sents[i];
		check_tree(c->head + s->tok, c->rel + s->tok, s->ntok);
		for (k = 0; k < s->ntok; k++)
			CHECK(c->tags[s->tok + k] < NF_POS_NTAGS);
	}
}

static void conllu(const uint8_t *data, size_t size)
{
	struct nf_dep_corpus c;
	struct nf_dep_train_opts o = { 2, 1, 0, 1, 90, NULL, NULL };
	struct nf_buf model = NF_BUF_INIT;
	struct nf_dep_model m;
	struct nf_dep_score s[2];
	char err[256];

	memset(&c, 0, sizeof(c));
	err[0] = 0;
	if (nf_dep_conllu_read(&c, (const char *)data, size, "fuzz", NULL, tagger(), err,
			       sizeof(err)) < 0) {
		CHECK(err[0] != 0);
	} else if (c.pc.ntoks > 0) {
		check_corpus(&c);
		if (nf_dep_train(&c, &o, &model) == 0 &&
		    nf_dep_model_load(&m, (const unsigned char *)model.data, model.len, err,
				      sizeof(err)) == 0) {
			CHECK(nf_dep_evaluate(&m, &c, s) == 0 && s[0].uas <= s[0].n &&
			      s[0].las <= s[0].uas && s[0].n == c.pc.ntoks);
			check_parses(&m, &c);
			nf_dep_model_release(&m);
		}
	}
	nf_buf_release(&model);
	nf_dep_corpus_release(&c);
}

static void model(const uint8_t *data, size_t size)
{
	struct nf_dep_model m;
	unsigned char *p;
	size_t n, i;
	char err[256];

	p = fuzz_model_image(data, size, &n);
	if (!p)
		return;
	err[0] = 0;
	if (nf_dep_model_load(&m, p, n, err, sizeof(err)) < 0) {
		CHECK(err[0] != 0);
		CHECK(memchr(err, 0, sizeof(err)) != NULL);
	} else {
		for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
			parse_all(&m, texts[i]);
		nf_dep_model_release(&m);
	}
	free(p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	if (data[0] & 1) {
		/* fuzz_model_image reads bit 0 of its first byte as "fix the checksum" */
		uint8_t *d = malloc(size);
		if (!d)
			return 0;
		memcpy(d, data, size);
		d[0] = (uint8_t)(data[0] >> 1);
		model(d, size);
		free(d);
	} else {
		conllu(data + 1, size - 1);
	}
	return 0;
}
