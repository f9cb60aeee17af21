/*
 * Fuzz target: arbitrary bytes through the part-of-speech tagger's two
 * parsers of untrusted input.  When the first byte is even, the rest is
 * CoNLL-U for nf_pos_conllu_read() (train-pos); when it reads, a model is
 * trained on it for one epoch, loaded, and tags what it read.  When the
 * first byte is odd, the rest is a model image for nf_pos_model_load()
 * (fuzz_model_image(): bit 1 of that byte makes its checksum right), and
 * a model that loads tags a few texts.  Seeds in fuzz/corpus/fuzz_pos/:
 * the toy treebank of testdata/pos/ and a toy model trained on it.
 *
 * Checked: a failure always has a message; tags are in range; a reader
 * success gives tokens inside the text, in order, one gold tag each.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pos.h"
#include "pos_train.h"
#include "syntax_aids.h"

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const texts[] = {
	"The envoy said that Putin might agree.",
	"Le pr\xC3\xA9sident \xE2\x80\x9Cmay\xE2\x80\x9D couldn\xE2\x80\x99t say, on 3 May.",
	"",
	"a",
};

static void tag_all(const struct nf_pos_model *m, const char *text)
{
	struct nf_pos_tok toks[64];
	uint8_t tags[64];
	size_t i, n;

	if (nf_pos_toks_of(text, strlen(text), NULL, toks, 64, &n) < 0)
		return;
	n = n < 64 ? n : 64;
	nf_pos_tag(m, text, toks, n, tags);
	for (i = 0; i < n; i++)
		CHECK(tags[i] < NF_POS_NTAGS);
}

static void check_corpus(const struct nf_pos_corpus *c)
{
	size_t i;

	for (i = 0; i < c->ntoks; i++) {
		CHECK(c->toks[i].a < c->toks[i].b && c->toks[i].b <= c->text.len);
		CHECK(i == 0 || c->toks[i - 1].b <= c->toks[i].a);
		CHECK(c->gold[i] < NF_POS_NTAGS);
	}
	for (i = 0; i < c->nud; i++)
		CHECK(c->ud[i].a < c->ud[i].b && c->ud[i].b <= c->text.len);
}

static void conllu(const uint8_t *data, size_t size)
{
	struct nf_pos_corpus c;
	struct nf_pos_train_opts o = { 1, 1, 0, 1, NULL, NULL };
	struct nf_buf model = NF_BUF_INIT;
	struct nf_pos_model m;
	struct nf_pos_score s;
	struct nf_error e = { 0, "" };
	struct nf_error err = { 0, "" };

	memset(&c, 0, sizeof(c));
	err.msg[0] = 0;
	if (nf_pos_conllu_read(&c, (const char *)data, size, "fuzz", NULL, &e) < 0) {
		CHECK(e.msg[0] != 0);
	} else if (c.ntoks > 0) {
		check_corpus(&c);
		if (nf_pos_train(&c, &o, &model) == 0 &&
		    nf_pos_model_load(&m, (const unsigned char *)model.data, model.len, &err) == 0) {
			CHECK(nf_pos_evaluate(&m, &c, &s) == 0 && s.ok <= s.n && s.n == c.ntoks);
			nf_pos_model_release(&m);
		}
	}
	nf_buf_release(&model);
	nf_pos_corpus_release(&c);
}

static int use_model(const unsigned char *p, size_t n, struct nf_error *err)
{
	struct nf_pos_model m;
	size_t i;

	if (nf_pos_model_load(&m, p, n, err) < 0)
		return -1;
	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		tag_all(&m, texts[i]);
	nf_pos_model_release(&m);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_model_or_text(data, size, use_model, conllu);
}
