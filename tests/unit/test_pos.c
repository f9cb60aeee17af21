/*
 * Unit tests of the part-of-speech tagger: the built-in model tags news
 * sentences written for this test sensibly, damaged and foreign models
 * are refused with a reason, the CoNLL-U reader rebuilds text and
 * projects tags onto our tokens (multiword tokens, SpaceAfter=No), bad
 * CoNLL-U is refused with its line, and training is deterministic.
 */
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "pos.h"
#include "pos_train.h"
#include "tokens.h"
#include "unit.h"

enum { MAXT = 64 };

/* Tags text with m; returns the number of tokens (toks, tags filled). */
static size_t tag_text(const struct nf_pos_model *m, const char *text,
		       struct nf_pos_tok *toks, uint8_t *tags)
{
	struct nf_tokens t = { 0 };
	size_t i, n;

	if (nf_tokenize(&t, text, strlen(text), NULL) < 0 || t.n > MAXT)
		return 0;
	for (i = 0; i < t.n; i++) {
		toks[i].a = t.v[i].a;
		toks[i].b = t.v[i].b;
		toks[i].w = 0;
	}
	n = t.n;
	nf_tokens_release(&t);
	nf_pos_tag(m, text, toks, n, tags);
	return n;
}

/* Does the token spelled word have tag want? */
static int has_tag(const char *text, const struct nf_pos_tok *toks, const uint8_t *tags,
		   size_t n, const char *word, int want)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (toks[i].b - toks[i].a == strlen(word) &&
		    memcmp(text + toks[i].a, word, strlen(word)) == 0)
			return tags[i] == want;
	return 0;
}

static void test_news(const struct nf_pos_model *m)
{
	struct nf_pos_tok toks[MAXT];
	uint8_t tags[MAXT];
	const char *s = "The envoy said that Putin might agree.";
	const char *t = "Officials in Kyiv have denied the reports, but two ministers "
			"resigned on Friday.";
	size_t n = tag_text(m, s, toks, tags);

	CHECK_SIZE(n, 8);
	CHECK(has_tag(s, toks, tags, n, "The", NF_POS_DET));
	CHECK(has_tag(s, toks, tags, n, "envoy", NF_POS_NOUN));
	CHECK(has_tag(s, toks, tags, n, "said", NF_POS_VERB));
	CHECK(has_tag(s, toks, tags, n, "Putin", NF_POS_PROPN));
	CHECK(has_tag(s, toks, tags, n, "might", NF_POS_AUX));
	CHECK(has_tag(s, toks, tags, n, "agree", NF_POS_VERB));
	CHECK(has_tag(s, toks, tags, n, ".", NF_POS_PUNCT));
	n = tag_text(m, t, toks, tags);
	CHECK(has_tag(t, toks, tags, n, "Officials", NF_POS_NOUN));
	CHECK(has_tag(t, toks, tags, n, "in", NF_POS_ADP));
	CHECK(has_tag(t, toks, tags, n, "Kyiv", NF_POS_PROPN));
	CHECK(has_tag(t, toks, tags, n, "have", NF_POS_AUX));
	CHECK(has_tag(t, toks, tags, n, "the", NF_POS_DET));
	CHECK(has_tag(t, toks, tags, n, ",", NF_POS_PUNCT));
	CHECK(has_tag(t, toks, tags, n, "but", NF_POS_CCONJ));
	CHECK(has_tag(t, toks, tags, n, "two", NF_POS_NUM));
	CHECK(has_tag(t, toks, tags, n, "ministers", NF_POS_NOUN));
	CHECK(has_tag(t, toks, tags, n, "resigned", NF_POS_VERB));
	CHECK(has_tag(t, toks, tags, n, "Friday", NF_POS_PROPN));
}

/* Given hashes, one token, none, and a repeated run agree. */
static void test_edges(const struct nf_pos_model *m)
{
	const char *s = "Zzyzxq quorbled, she said.";
	struct nf_pos_tok toks[MAXT];
	uint8_t tags[MAXT], again[MAXT];
	size_t i, n = tag_text(m, s, toks, tags);

	CHECK_SIZE(n, 6);
	for (i = 0; i < n; i++)
		toks[i].w = nf_pos_word_hash(s + toks[i].a, toks[i].b - toks[i].a);
	nf_pos_tag(m, s, toks, n, again);
	CHECK(memcmp(tags, again, n) == 0);
	CHECK(has_tag(s, toks, tags, n, "she", NF_POS_PRON));
	nf_pos_tag(m, s, toks, 0, again);
	nf_pos_tag(m, s, toks + 2, 1, again);
	CHECK(again[0] == NF_POS_PUNCT);
	CHECK(nf_pos_word_hash("The", 3) == nf_pos_word_hash("tHE", 3));
	CHECK(nf_pos_from_name("PROPN", 5) == NF_POS_PROPN);
	CHECK(nf_pos_from_name("PROP", 4) == -1);
	CHECK_STR(nf_pos_names[NF_POS_SCONJ], "SCONJ");
}

static void test_refusals(void)
{
	struct nf_pos_model m;
	size_t n;
	const unsigned char *p = nf_pos_builtin(&n);
	unsigned char *copy = malloc(n);
	char err[256];

	CHECK(nf_pos_model_load(&m, p, n / 2, err, sizeof(err)) < 0 && err[0]);
	CHECK(nf_pos_model_load(&m, p, 0, err, sizeof(err)) < 0 && err[0]);
	CHECK(nf_pos_model_load(&m, nf_data_hedge_model, nf_data_hedge_model_len, err,
				sizeof(err)) < 0);
	CHECK(strstr(err, "hedge") != NULL);
	if (copy) {
		memcpy(copy, p, n);
		copy[n / 3] ^= 0x40;
		CHECK(nf_pos_model_load(&m, copy, n, err, sizeof(err)) < 0);
		CHECK(strstr(err, "checksum") != NULL);
	}
	free(copy);
}

static const char toy[] =
	"# text = Officials don't expect rain.\n"
	"1\tOfficials\tofficial\tNOUN\t_\t_\t4\tnsubj\t_\t_\n"
	"2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
	"2\tdo\tdo\tAUX\t_\t_\t4\taux\t_\t_\n"
	"3\tn't\tnot\tPART\t_\t_\t4\tadvmod\t_\t_\n"
	"4\texpect\texpect\tVERB\t_\t_\t0\troot\t_\t_\n"
	"5\train\train\tNOUN\t_\t_\t4\tobj\t_\tSpaceAfter=No\n"
	"6\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_\n"
	"\n"
	"1\t(\t(\tPUNCT\t_\t_\t2\tpunct\t_\tSpaceAfter=No\n"
	"2\tSee\tsee\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
	"3\t)\t)\tPUNCT\t_\t_\t2\tpunct\t_\t_\n";

static void test_conllu(void)
{
	struct nf_pos_corpus c;
	const char *bad;
	char err[256];

	memset(&c, 0, sizeof(c));
	CHECK(nf_pos_conllu_read(&c, toy, strlen(toy), "toy", NULL, err, sizeof(err)) == 0);
	CHECK_SIZE(c.nsents, 2);
	CHECK_MEM(c.text.data, c.text.len, "Officials don't expect rain.\n(See)\n");
	CHECK_SIZE(c.nud, 9);
	CHECK_SIZE(c.ud[1].a, 10);	/* "do" */
	CHECK_SIZE(c.ud[2].b, 15);	/* "n't" */
	CHECK_SIZE(c.sents[0].ntok, 5);	/* Officials don't expect rain . */
	CHECK(c.gold[1] == NF_POS_AUX);	/* don't: the word it starts in */
	CHECK(c.gold[4] == NF_POS_PUNCT);
	CHECK_SIZE(c.sents[1].ntok, 3);
	CHECK(c.gold[6] == NF_POS_VERB);
	nf_pos_corpus_release(&c);
	memset(&c, 0, sizeof(c));
	bad = "1\tA\ta\tDETX\t_\t_\t0\t_\t_\t_\n";
	CHECK(nf_pos_conllu_read(&c, bad, strlen(bad), "bad", NULL, err, sizeof(err)) < 0);
	CHECK_STR(err, "bad:1: not a CoNLL-U word line with a UPOS tag");
	nf_pos_corpus_release(&c);
	memset(&c, 0, sizeof(c));
	bad = "# x\n1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
	CHECK(nf_pos_conllu_read(&c, bad, strlen(bad), "mwt", NULL, err, sizeof(err)) < 0);
	CHECK_STR(err, "mwt:3: multiword token not finished");
	nf_pos_corpus_release(&c);
}

static void test_training(void)
{
	struct nf_pos_corpus c;
	struct nf_pos_train_opts o = { 5, 1, 0, 1, NULL, NULL };
	struct nf_buf a = NF_BUF_INIT, b = NF_BUF_INIT;
	struct nf_pos_model m;
	struct nf_pos_score s;
	char err[256];

	memset(&c, 0, sizeof(c));
	CHECK(nf_pos_conllu_read(&c, toy, strlen(toy), "toy", NULL, err, sizeof(err)) == 0);
	CHECK(nf_pos_train(&c, &o, &a) == 0);
	CHECK(nf_pos_train(&c, &o, &b) == 0);
	CHECK(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
	CHECK(nf_pos_model_load(&m, (const unsigned char *)a.data, a.len, err, sizeof(err)) == 0);
	CHECK(nf_pos_evaluate(&m, &c, &s) == 0);
	CHECK_SIZE(s.n, 8);
	CHECK_SIZE(s.ok, 8);	/* it learns its training data */
	CHECK_SIZE(s.ud_n, 9);
	nf_pos_model_release(&m);
	nf_pos_corpus_release(&c);
	nf_buf_release(&a);
	nf_buf_release(&b);
}

int main(void)
{
	struct nf_pos_model m;
	size_t n;
	const unsigned char *p = nf_pos_builtin(&n);
	char err[256];

	if (CHECK(nf_pos_model_load(&m, p, n, err, sizeof(err)) == 0)) {
		test_news(&m);
		test_edges(&m);
		nf_pos_model_release(&m);
	}
	test_refusals();
	test_conllu();
	test_training();
	return unit_done("pos");
}
