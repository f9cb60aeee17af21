/*
 * Unit tests of the dependency parser: the built-in model parses news
 * sentences written for this test into the expected structure (subjects,
 * clausal complements, coordination), every parse is a well-formed tree
 * even on odd input (no tokens, one, 300, only punctuation), the compiled
 * parser agrees with the hashed reference (and labels only the arcs asked
 * for when asked, the same), damaged and foreign models are
 * refused, the hand-written numbering of the action and relation tables'
 * rows is that of the templates, the CoNLL-U reader keeps and carries
 * over trees (multiword tokens) and refuses bad ones with their line, and
 * training is deterministic.
 */
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "dep.h"
#include "dep_internal.h"
#include "dep_train.h"
#include "unit.h"
#include "unit_syntax.h"

/* A string tokenized, tagged and parsed. */
struct parse {
	struct unit_sent s;
	uint8_t rel[UNIT_MAXT];
	int32_t head[UNIT_MAXT];
};

/* Tokenizes, tags and parses text into p; returns nf_dep_parse's result. */
static int parse_text(const struct nf_dep_model *m, const struct nf_pos_model *pm,
		      struct nf_dep_work *w, const char *text, struct parse *p)
{
	if (unit_tag(pm, text, &p->s) < 0)
		return -1;
	return nf_dep_parse(m, w, text, p->s.toks, p->s.tags, p->s.n, p->head, p->rel);
}

/* Does dep hang from head (NULL: the root) with relation rel? */
static int arc(const struct parse *p, const char *dep, const char *head, int rel)
{
	int32_t d = unit_tok(&p->s, dep), h = head ? unit_tok(&p->s, head) : -1;

	if (d < 0 || (head && h < 0))
		return 0;
	if (p->head[d] == h && p->rel[d] == rel)
		return 1;
	fprintf(stderr, "  %s: head %d %s, want %d %s\n", dep, p->head[d], nf_dep_names[p->rel[d]],
		h, nf_dep_names[rel]);
	return 0;
}

/* A tree (nf_dep_is_tree) whose one root, and only it, has the relation root. */
static int well_formed(const struct parse *p)
{
	size_t i;

	for (i = 0; i < p->s.n; i++)
		if ((p->head[i] < 0) != (p->rel[i] == NF_DEP_ROOT))
			return 0;
	return nf_dep_is_tree(p->head, p->s.n);
}

static void test_news(const struct nf_dep_model *m, const struct nf_pos_model *pm,
		      struct nf_dep_work *w)
{
	static struct parse p;

	CHECK(parse_text(m, pm, w, "The minister said on Monday that talks had failed.", &p) == 0);
	CHECK(well_formed(&p));
	CHECK(arc(&p, "minister", "said", NF_DEP_NSUBJ));
	CHECK(arc(&p, "said", NULL, NF_DEP_ROOT));
	CHECK(arc(&p, "failed", "said", NF_DEP_CCOMP));
	CHECK(arc(&p, "talks", "failed", NF_DEP_NSUBJ));
	CHECK(arc(&p, "had", "failed", NF_DEP_AUX));
	CHECK(arc(&p, "Monday", "said", NF_DEP_OBL));
	CHECK(arc(&p, "on", "Monday", NF_DEP_CASE));
	CHECK(arc(&p, "The", "minister", NF_DEP_DET));
	CHECK(arc(&p, ".", "said", NF_DEP_PUNCT));
	CHECK(parse_text(m, pm, w, "Officials in Kyiv have denied the reports, but two "
				   "ministers resigned on Friday.", &p) == 0);
	CHECK(arc(&p, "denied", NULL, NF_DEP_ROOT));
	CHECK(arc(&p, "Officials", "denied", NF_DEP_NSUBJ));
	CHECK(arc(&p, "reports", "denied", NF_DEP_OBJ));
	CHECK(arc(&p, "resigned", "denied", NF_DEP_CONJ));
	CHECK(arc(&p, "but", "resigned", NF_DEP_CC));
	CHECK(arc(&p, "ministers", "resigned", NF_DEP_NSUBJ));
	CHECK(arc(&p, "two", "ministers", NF_DEP_NUMMOD));
}

static void test_odd_input(const struct nf_dep_model *m, const struct nf_pos_model *pm,
			   struct nf_dep_work *w)
{
	static struct parse p;
	static char many[UNIT_MAXT * 4];
	size_t i;

	CHECK(parse_text(m, pm, w, "", &p) == 0 && p.s.n == 0);
	CHECK(parse_text(m, pm, w, "Hello", &p) == 0 && p.s.n == 1);
	CHECK(p.head[0] == -1 && p.rel[0] == NF_DEP_ROOT);
	CHECK(parse_text(m, pm, w, "!!! ... ??? , ; : -- ( ) \" ' !", &p) == 0 && p.s.n > 5);
	CHECK(well_formed(&p));
	for (i = 0; i < 300; i++)
		memcpy(many + 3 * i, i % 7 == 6 ? "an " : i % 5 == 4 ? ",  " : "ox ", 3);
	many[3 * 300] = 0;
	CHECK(parse_text(m, pm, w, many, &p) == 0);
	CHECK_SIZE(p.s.n, 300);
	CHECK(well_formed(&p));
	CHECK(parse_text(m, pm, w, "Zzyzxq quorbled the flimflam, she said.", &p) == 0);
	CHECK(well_formed(&p));
}

/*
 * nf_dep_parse_some gives p's heads, and p's relations for the dependents
 * of every third token (and the root), NF_DEP_UNLABELLED for the rest.
 */
static void check_some(const struct nf_dep_model *m, struct nf_dep_work *w,
		       const struct parse *p)
{
	uint8_t want[UNIT_MAXT], rel[UNIT_MAXT];
	int32_t head[UNIT_MAXT];
	size_t k, ok = 0;

	for (k = 0; k < p->s.n; k++)
		want[k] = k % 3 == 1;
	CHECK(nf_dep_parse_some(m, w, p->s.text, p->s.toks, p->s.tags, p->s.n, want, head,
				rel) == 0);
	CHECK(memcmp(head, p->head, p->s.n * sizeof(*head)) == 0);
	for (k = 0; k < p->s.n; k++)
		ok += rel[k] == (head[k] < 0 || want[head[k]] ? p->rel[k] : NF_DEP_UNLABELLED);
	CHECK(ok == p->s.n);
}

/* The compiled parser and the hashed reference agree, token for token. */
static void test_reference(const struct nf_dep_model *m, const struct nf_pos_model *pm,
			   struct nf_dep_work *w)
{
	static const char *const texts[] = {
		("The company, which employs 300 people, will close its plant in March, "
		 "a spokesman said."),
		"Zzyzxq quorbled the flimflam, she said.",
		"\"We will not resign,\" the coalition's leader told reporters in Brussels.",
	};
	static struct parse p;
	int32_t head[UNIT_MAXT];
	uint8_t rel[UNIT_MAXT];
	uint64_t wv[UNIT_MAXT];
	size_t i, k;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		CHECK(parse_text(m, pm, w, texts[i], &p) == 0);
		for (k = 0; k < p.s.n; k++)
			wv[k] = nf_pos_word_hash(p.s.text + p.s.toks[k].a,
						 p.s.toks[k].b - p.s.toks[k].a);
		CHECK(nf_dep_parse_hashed(m, wv, p.s.tags, p.s.n, head, rel) == 0);
		CHECK(memcmp(head, p.head, p.s.n * sizeof(*head)) == 0);
		CHECK(memcmp(rel, p.rel, p.s.n) == 0);
		check_some(m, w, &p);
	}
}

static int load(const unsigned char *p, size_t n, struct nf_error *err)
{
	struct nf_dep_model m;

	if (nf_dep_model_load(&m, p, n, err) < 0)
		return -1;
	nf_dep_model_release(&m);
	return 0;
}

/*
 * The action templates as a table (value slots: 0-9 the tag at each
 * position, 10-11 the distance buckets, 12-15 the valency buckets), the
 * statement nf_dep_atab_index's hand-written numbering must agree with.
 */
static const struct {
	uint32_t off;
	int8_t c[3];
} atempl[NF_DEP_ATEMPL] = {
	{ 0, { 0, -1, -1 } }, { 18, { 1, -1, -1 } }, { 36, { 2, -1, -1 } },
	{ 54, { 3, -1, -1 } }, { 72, { 4, -1, -1 } }, { 90, { 5, -1, -1 } },
	{ 108, { 6, -1, -1 } }, { 126, { 7, -1, -1 } }, { 144, { 8, -1, -1 } },
	{ 162, { 9, -1, -1 } }, { 180, { 0, 3, -1 } }, { 504, { 0, 3, 4 } },
	{ 6336, { 1, 0, 3 } }, { 12168, { 2, 1, 0 } }, { 18000, { 3, 4, 5 } },
	{ 23832, { 0, 6, 3 } }, { 29664, { 0, 7, 3 } }, { 35496, { 0, 3, 9 } },
	{ 41328, { 1, 8, 0 } }, { 47160, { 10, 0, 3 } }, { 49752, { 11, 1, 0 } },
	{ 52344, { 12, 13, 0 } }, { 52632, { 14, 3, -1 } }, { 52704, { 15, 1, 0 } },
	{ 54000, { 1, 3, -1 } },
};

static const uint8_t aradix[16] = { 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 8, 8, 4, 4, 4, 4 };

/* A random view: tags 0..NF_DEP_NOTAG, buckets in range; x is the generator state. */
static void random_view(uint64_t *x, uint8_t *val, struct nf_dep_view *v)
{
	int k;

	for (k = 0; k < 16; k++) {
		*x = *x * 6364136223846793005ULL + 1442695040888963407ULL;
		val[k] = (uint8_t)((*x >> 33) % aradix[k]);
	}
	memcpy(v->tag, val, NF_DR_N);
	v->d1 = val[10];
	v->d2 = val[11];
	v->vl0 = val[12];
	v->vr0 = val[13];
	v->vlb = val[14];
	v->vr1 = val[15];
}

static void test_atab_index(void)
{
	struct nf_dep_view v;
	uint8_t val[16];
	uint32_t rows[NF_DEP_ATEMPL], want;
	uint64_t x = 1;
	int i, t, k, bad = 0;

	CHECK_SIZE(nf_dep_atab_rows(), 54324);
	for (i = 0; i < 100000; i++) {
		random_view(&x, val, &v);
		nf_dep_atab_index(&v, rows);
		for (t = 0; t < NF_DEP_ATEMPL; t++) {
			for (want = 0, k = 0; k < 3 && atempl[t].c[k] >= 0; k++)
				want = want * aradix[atempl[t].c[k]] + val[atempl[t].c[k]];
			bad += rows[t] != atempl[t].off + want;
		}
	}
	CHECK(bad == 0);
}

/* The relation templates as a table (their value slots: lradix below). */
static const struct {
	uint32_t off;
	int8_t c[4];
} ltempl[NF_DEP_LTEMPL] = {
	{ 0, { 0, 1, 5, -1 } }, { 972, { 0, 1, 5, 6 } }, { 8748, { 0, 1, 2, -1 } },
	{ 14580, { 0, 3, 4, -1 } }, { 20412, { 0, 7, 5, 1 } }, { 24300, { 0, 5, -1, -1 } },
};

/*
 * Value slots: 0 the dependent's tag, 1 the head's, 2 the head's head's,
 * 3 and 4 the first and last child's, 5 the direction, 6 the distance
 * bucket, 7 the children count bucket.
 */
static const uint8_t lradix[8] = { 18, 18, 18, 18, 18, 3, 8, 4 };

static void test_ltab_index(void)
{
	struct nf_dep_lview v;
	uint8_t val[8];
	uint32_t rows[NF_DEP_LTEMPL], want;
	uint64_t x = 7;
	int i, t, k, bad = 0;

	CHECK_SIZE(nf_dep_ltab_rows(), 24354);
	memset(&v, 0, sizeof(v));
	for (i = 0; i < 100000; i++) {
		for (k = 0; k < 8; k++) {
			x = x * 6364136223846793005ULL + 1442695040888963407ULL;
			val[k] = (uint8_t)((x >> 33) % lradix[k]);
		}
		v.dt = val[0];
		v.ht = val[1];
		v.hht = val[2];
		v.ft = val[3];
		v.lt = val[4];
		v.dir = val[5];
		v.dist = val[6];
		v.kids = val[7];
		nf_dep_ltab_index(&v, rows);
		for (t = 0; t < NF_DEP_LTEMPL; t++) {
			for (want = 0, k = 0; k < 4 && ltempl[t].c[k] >= 0; k++)
				want = want * lradix[ltempl[t].c[k]] + val[ltempl[t].c[k]];
			bad += rows[t] != ltempl[t].off + want;
		}
	}
	CHECK(bad == 0);
}

static void test_refusals(void)
{
	size_t n;
	const unsigned char *p = nf_dep_builtin(&n);

	unit_check_refusals(load, p, n, nf_data_pos_model, nf_data_pos_model_len, "pos");
	CHECK(nf_dep_rel_from_name("nsubj", 5) == NF_DEP_NSUBJ);
	CHECK(nf_dep_rel_from_name("nsub", 4) == -1);
	CHECK_STR(nf_dep_names[NF_DEP_XCOMP], "xcomp");
}

static const char toy[] =
	"# text = Officials don't expect rain.\n"
	"1\tOfficials\tofficial\tNOUN\t_\t_\t4\tnsubj\t_\t_\n"
	"2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
	"2\tdo\tdo\tAUX\t_\t_\t4\taux\t_\t_\n"
	"3\tn't\tnot\tPART\t_\t_\t4\tadvmod\t_\t_\n"
	"4\texpect\texpect\tVERB\t_\t_\t0\troot\t_\t_\n"
	"5\train\train\tNOUN\t_\t_\t4\tobj:x\t_\tSpaceAfter=No\n"
	"5.1\tgone\tgo\tVERB\t_\t_\t_\t_\t4:conj\t_\n"
	"6\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_\n"
	"\n"
	"1\tMayors\tmayor\tNOUN\t_\t_\t2\tnsubj\t_\t_\n"
	"2\tagreed\tagree\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
	"3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n";

static int read_toy(struct nf_dep_corpus *c, const struct nf_pos_model *pm, const char *s,
		    struct nf_error *err)
{
	memset(c, 0, sizeof(*c));
	return nf_dep_conllu_read(c, s, strlen(s), "toy", NULL, pm, err);
}

static void test_conllu(const struct nf_pos_model *pm)
{
	struct nf_dep_corpus c;
	struct nf_error err = { 0, "" };

	CHECK(read_toy(&c, pm, toy, &err) == 0);
	CHECK_SIZE(c.pc.nsents, 2);
	CHECK_SIZE(c.pc.nud, 9);
	CHECK_SIZE(c.pc.sents[0].ntok, 5);	/* Officials don't expect rain . */
	CHECK(c.pc.ud_head[1] == 3 && c.pc.ud_rel[1] == NF_DEP_AUX);
	CHECK(c.pc.ud_rel[4] == NF_DEP_OBJ);	/* subtype dropped */
	CHECK(c.head[0] == 2 && c.rel[0] == NF_DEP_NSUBJ);
	CHECK(c.head[1] == 2 && c.rel[1] == NF_DEP_AUX);	/* don't: do, nearest the root */
	CHECK(c.head[2] == -1 && c.rel[2] == NF_DEP_ROOT);
	CHECK(c.head[5] == 1 && c.head[6] == -1 && c.head[7] == 1);
	nf_dep_corpus_release(&c);
	CHECK(read_toy(&c, pm, "1\tA\ta\tDET\t_\t_\t_\tdet\t_\t_\n", &err) < 0);
	CHECK_STR(err.msg, "toy:1: not a CoNLL-U word line with HEAD and DEPREL (or its ID is out "
		       "of sequence)");
	nf_dep_corpus_release(&c);
	CHECK(read_toy(&c, pm, "1\tA\ta\tDET\t_\t_\t0\tsubj\t_\t_\n", &err) < 0);
	nf_dep_corpus_release(&c);
	CHECK(read_toy(&c, pm, "# x\n1\tA\ta\tDET\t_\t_\t3\tdet\t_\t_\n"
			       "2\tB\tb\tNOUN\t_\t_\t0\troot\t_\t_\n\n", &err) < 0);
	CHECK_STR(err.msg, "toy:4: the sentence ending here is not a tree (a HEAD out of range, a "
		       "cycle, or not one root)");
	nf_dep_corpus_release(&c);
	CHECK(read_toy(&c, pm, "1\tA\ta\tDET\t_\t_\t2\tdet\t_\t_\n"
			       "2\tB\tb\tNOUN\t_\t_\t1\tnsubj\t_\t_\n", &err) < 0);
	nf_dep_corpus_release(&c);
	CHECK(read_toy(&c, pm, "1\tA\ta\tDET\t_\t_\t0\troot\t_\t_\n"
			       "2\tB\tb\tNOUN\t_\t_\t0\troot\t_\t_\n", &err) < 0);
	CHECK_STR(err.msg, "toy:2: the sentence ending here is not a tree (a HEAD out of range, a "
		       "cycle, or not one root)");
	nf_dep_corpus_release(&c);
}

static void test_training(const struct nf_pos_model *pm)
{
	struct nf_dep_corpus c;
	struct nf_dep_train_opts o = { 8, 1, 0, 1, 90, NULL, NULL };
	struct nf_buf a = NF_BUF_INIT, b = NF_BUF_INIT;
	struct nf_dep_model m;
	struct nf_dep_score s[2];
	struct nf_error err = { 0, "" };

	CHECK(read_toy(&c, pm, toy, &err) == 0);
	CHECK(nf_dep_train(&c, &o, &a) == 0);
	CHECK(nf_dep_train(&c, &o, &b) == 0);
	CHECK(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
	CHECK(nf_dep_model_load(&m, (const unsigned char *)a.data, a.len, &err) == 0);
	CHECK(nf_dep_evaluate(&m, &c, s) == 0);
	CHECK_SIZE(s[0].n, 8);
	CHECK_SIZE(s[0].uas, 8);	/* it learns its training data */
	CHECK_SIZE(s[0].las, 8);
	CHECK_SIZE(s[1].n, 9);
	nf_dep_model_release(&m);
	nf_dep_corpus_release(&c);
	nf_buf_release(&a);
	nf_buf_release(&b);
}

int main(void)
{
	struct nf_dep_model m;
	struct nf_pos_model pm;
	struct nf_dep_work w = NF_DEP_WORK_INIT;
	size_t n;
	const unsigned char *p = nf_pos_builtin(&n);
	struct nf_error err = { 0, "" };

	if (!CHECK(nf_pos_model_load(&pm, p, n, &err) == 0))
		return unit_done("dep");
	p = nf_dep_builtin(&n);
	if (CHECK(nf_dep_model_load(&m, p, n, &err) == 0)) {
		test_news(&m, &pm, &w);
		test_odd_input(&m, &pm, &w);
		test_reference(&m, &pm, &w);
		nf_dep_model_release(&m);
	}
	nf_dep_work_release(&w);
	test_atab_index();
	test_ltab_index();
	test_refusals();
	test_conllu(&pm);
	test_training(&pm);
	nf_pos_model_release(&pm);
	return unit_done("dep");
}
