/*
 * Unit tests of the part-of-speech tagger: the built-in model tags news
 * sentences written for this test sensibly (the same with a memo of
 * unknown words, whether it remembers them or not), damaged and foreign models
 * are refused with a reason, the CoNLL-U reader rebuilds text and
 * projects tags onto our tokens (multiword tokens, SpaceAfter=No), bad
 * CoNLL-U is refused with its line, and training is deterministic.
 */
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "pos.h"
#include "pos_internal.h"
#include "pos_train.h"
#include "unit.h"
#include "unit_syntax.h"

/* Does the first token of s spelled word have tag want? */
static int has_tag(const struct unit_sent *s, const char *word, int want)
{
	int32_t i = unit_tok(s, word);

	return i >= 0 && s->tags[i] == want;
}

static void test_news(const struct nf_pos_model *m)
{
	static struct unit_sent p;

	unit_tag(m, "The envoy said that Putin might agree.", &p);
	CHECK_SIZE(p.n, 8);
	CHECK(has_tag(&p, "The", NF_POS_DET));
	CHECK(has_tag(&p, "envoy", NF_POS_NOUN));
	CHECK(has_tag(&p, "said", NF_POS_VERB));
	CHECK(has_tag(&p, "Putin", NF_POS_PROPN));
	CHECK(has_tag(&p, "might", NF_POS_AUX));
	CHECK(has_tag(&p, "agree", NF_POS_VERB));
	CHECK(has_tag(&p, ".", NF_POS_PUNCT));
	unit_tag(m, "Officials in Kyiv have denied the reports, but two ministers resigned on "
		    "Friday.", &p);
	CHECK(has_tag(&p, "Officials", NF_POS_NOUN));
	CHECK(has_tag(&p, "in", NF_POS_ADP));
	CHECK(has_tag(&p, "Kyiv", NF_POS_PROPN));
	CHECK(has_tag(&p, "have", NF_POS_AUX));
	CHECK(has_tag(&p, "the", NF_POS_DET));
	CHECK(has_tag(&p, ",", NF_POS_PUNCT));
	CHECK(has_tag(&p, "but", NF_POS_CCONJ));
	CHECK(has_tag(&p, "two", NF_POS_NUM));
	CHECK(has_tag(&p, "ministers", NF_POS_NOUN));
	CHECK(has_tag(&p, "resigned", NF_POS_VERB));
	CHECK(has_tag(&p, "Friday", NF_POS_PROPN));
}

/* Given hashes, one token, none, and a repeated run agree. */
static void test_edges(const struct nf_pos_model *m)
{
	static struct unit_sent p;
	uint8_t again[UNIT_MAXT];
	size_t i;

	unit_tag(m, "Zzyzxq quorbled, she said.", &p);
	CHECK_SIZE(p.n, 6);
	for (i = 0; i < p.n; i++)
		p.toks[i].w = nf_pos_word_hash(p.text + p.toks[i].a, p.toks[i].b - p.toks[i].a);
	nf_pos_tag(m, p.text, p.toks, p.n, again);
	CHECK(memcmp(p.tags, again, p.n) == 0);
	CHECK(has_tag(&p, "she", NF_POS_PRON));
	nf_pos_tag(m, p.text, p.toks, 0, again);
	nf_pos_tag(m, p.text, p.toks + 2, 1, again);
	CHECK(again[0] == NF_POS_PUNCT);
	CHECK(nf_pos_word_hash("The", 3) == nf_pos_word_hash("tHE", 3));
	CHECK(nf_pos_from_name("PROPN", 5) == NF_POS_PROPN);
	CHECK(nf_pos_from_name("PROP", 4) == -1);
	CHECK_STR(nf_pos_names[NF_POS_SCONJ], "SCONJ");
}

/* Tagging with a memo, empty then remembering, and with another model's, tags the same. */
static void test_memo(const struct nf_pos_model *m)
{
	static struct unit_sent p;
	static const struct nf_pos_model other;
	struct nf_pos_memo *mm = nf_pos_memo_new(m), *foreign = nf_pos_memo_new(&other);
	uint8_t again[UNIT_MAXT];
	int round;

	unit_tag(m, "Zzyzxq quorbled at Flimflam, Zzyzxq's Quorbling-Flimflams said.", &p);
	if (!CHECK(mm && foreign))
		goto out;
	for (round = 0; round < 2; round++) {
		memset(again, 0xFF, sizeof(again));
		nf_pos_tag_memo(m, mm, p.text, p.toks, p.n, again);
		CHECK(memcmp(p.tags, again, p.n) == 0);
	}
	memset(again, 0xFF, sizeof(again));
	nf_pos_tag_memo(m, foreign, p.text, p.toks, p.n, again);
	CHECK(memcmp(p.tags, again, p.n) == 0);
out:
	nf_pos_memo_free(mm);
	nf_pos_memo_free(foreign);
}

/* Do the rows of word wi (entry i) hold its scores, quantized one by one? */
static int rows_match(const struct nf_pos_model *m, size_t i, const struct nf_pos_word *wi)
{
	uint64_t f[NF_POS_MAXF];
	float s[NF_POS_NTAGS];
	const int16_t *row;
	int k, c, ok = 1;

	for (k = 0; k < NF_PK_N; k++) {
		memset(s, 0, sizeof(s));
		nf_weights_score(&m->weights, f, nf_pos_word_feats(wi, k, f), s);
		row = m->rows + (i * NF_PK_N + (size_t)k) * NF_POS_ROW;
		for (c = 0; c < NF_POS_ROW; c++)
			ok &= row[c] == (c < NF_POS_NTAGS ? nf_pos_quantize(s[c], m->q, m->bound[k]) : 0);
	}
	return ok;
}

/*
 * The compiled rows of every vocabulary word and both edges are what
 * scoring the word's features and quantizing gives (pos_model.c keeps
 * the first pass's sums between its passes instead of scoring twice).
 */
static void test_rows(const struct nf_pos_model *m)
{
	const struct nf_section *v = nf_model_section(&m->model, "vocab");
	const char *p, *end, *nl;
	struct nf_pos_word wi;
	size_t i = 0, bad = 0;

	if (!CHECK(v != NULL))
		return;
	for (p = (const char *)v->data, end = p + v->len; p < end; p = nl + 1, i++) {
		nl = memchr(p, '\n', (size_t)(end - p));
		nf_pos_word_info(&wi, p, (size_t)(nl - p), 0);
		bad += !rows_match(m, i, &wi);
	}
	CHECK_SIZE(i, m->nvocab);
	nf_pos_edge(&wi, 0);
	bad += !rows_match(m, m->nvocab, &wi);
	nf_pos_edge(&wi, 1);
	bad += !rows_match(m, m->nvocab + 1, &wi);
	CHECK_SIZE(bad, 0);
}

/* Reads the CoNLL-U text s into c, named name, the message into err. */
static int read_conllu(struct nf_pos_corpus *c, const char *s, const char *name, struct nf_error *err)
{
	return nf_pos_conllu_read(c, s, strlen(s), name, NULL, err);
}

static int load(const unsigned char *p, size_t n, struct nf_error *err)
{
	struct nf_pos_model m;

	if (nf_pos_model_load(&m, p, n, err) < 0)
		return -1;
	nf_pos_model_release(&m);
	return 0;
}

static void test_refusals(void)
{
	size_t n;
	const unsigned char *p = nf_pos_builtin(&n);

	unit_check_refusals(load, p, n, nf_data_hedge_model, nf_data_hedge_model_len, "hedge");
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
	struct nf_error err = { 0, "" };

	memset(&c, 0, sizeof(c));
	CHECK(read_conllu(&c, toy, "toy", &err) == 0);
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
	CHECK(read_conllu(&c, bad, "bad", &err) < 0);
	CHECK_STR(err.msg, "bad:1: not a CoNLL-U word line with a UPOS tag");
	nf_pos_corpus_release(&c);
	memset(&c, 0, sizeof(c));
	bad = "# x\n1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
	CHECK(read_conllu(&c, bad, "mwt", &err) < 0);
	CHECK_STR(err.msg, "mwt:3: multiword token not finished");
	nf_pos_corpus_release(&c);
}

static void test_training(void)
{
	struct nf_pos_corpus c;
	struct nf_pos_train_opts o = { 5, 1, 0, 1, NULL, NULL };
	struct nf_buf a = NF_BUF_INIT, b = NF_BUF_INIT;
	struct nf_pos_model m;
	struct nf_pos_score s;
	struct nf_error err = { 0, "" };

	memset(&c, 0, sizeof(c));
	CHECK(read_conllu(&c, toy, "toy", &err) == 0);
	CHECK(nf_pos_train(&c, &o, &a) == 0);
	CHECK(nf_pos_train(&c, &o, &b) == 0);
	CHECK(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
	CHECK(nf_pos_model_load(&m, (const unsigned char *)a.data, a.len, &err) == 0);
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
	struct nf_error err = { 0, "" };

	if (CHECK(nf_pos_model_load(&m, p, n, &err) == 0)) {
		test_news(&m);
		test_edges(&m);
		test_memo(&m);
		test_rows(&m);
		nf_pos_model_release(&m);
	}
	test_refusals();
	test_conllu();
	test_training();
	return unit_done("pos");
}
