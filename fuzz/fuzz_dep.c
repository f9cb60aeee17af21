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
#include "syntax_aids.h"

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
	struct nf_error err = { 0, "" };
	size_t n;

	if (!loaded) {
		p = nf_pos_builtin(&n);
		CHECK(nf_pos_model_load(&m, p, n, &err) == 0);
		loaded = 1;
	}
	return &m;
}

static void check_tree(const int32_t *head, const uint8_t *rel, size_t n)
{
	size_t i;

	CHECK(nf_dep_is_tree(head, n));
	for (i = 0; i < n; i++)
		CHECK(rel[i] < NF_DEP_NRELS);
}

static void parse_all(const struct nf_dep_model *m, const char *text)
{
	struct nf_dep_work w = NF_DEP_WORK_INIT;
	struct nf_pos_tok toks[64];
	uint8_t tags[64], rel[64];
	int32_t head[64];
	size_t n;

	if (nf_pos_toks_of(text, strlen(text), NULL, toks, 64, &n) < 0)
		return;
	n = n < 64 ? n : 64;
	nf_pos_tag(tagger(), text, toks, n, tags);
	if (nf_dep_parse(m, &w, text, toks, tags, n, head, rel) == 0)
		check_tree(head, rel, n);
	nf_dep_work_release(&w);
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
	struct nf_error e = { 0, "" };
	struct nf_error err = { 0, "" };

	memset(&c, 0, sizeof(c));
	err.msg[0] = 0;
	if (nf_dep_conllu_read(&c, (const char *)data, size, "fuzz", NULL, tagger(), &e) < 0) {
		CHECK(e.msg[0] != 0);
	} else if (c.pc.ntoks > 0) {
		check_corpus(&c);
		if (nf_dep_train(&c, &o, &model) == 0 &&
		    nf_dep_model_load(&m, (const unsigned char *)model.data, model.len, &err) == 0) {
			CHECK(nf_dep_evaluate(&m, &c, s) == 0 && s[0].uas <= s[0].n &&
			      s[0].las <= s[0].uas && s[0].n == c.pc.ntoks);
			check_parses(&m, &c);
			nf_dep_model_release(&m);
		}
	}
	nf_buf_release(&model);
	nf_dep_corpus_release(&c);
}

static int use_model(const unsigned char *p, size_t n, struct nf_error *err)
{
	struct nf_dep_model m;
	size_t i;

	if (nf_dep_model_load(&m, p, n, err) < 0)
		return -1;
	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		parse_all(&m, texts[i]);
	nf_dep_model_release(&m);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_model_or_text(data, size, use_model, conllu);
}
