/*
 * Unit tests for lib/learn/model.c (the model container) and lib/learn/perceptron*.c
 * (hashed averaged-perceptron weights): writing and parsing back a
 * container, every single-byte corruption and every truncation refused,
 * magic, version and kind errors; training a tiny perceptron, freezing it,
 * and the frozen scores matching the averaged weights computed here
 * independently, within the quantisation error; scoring many features
 * into a row each agreeing with scoring them one at a time; the models
 * built into the binary told from copies of them (only those skip the
 * checksum, which the build checked).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "buf.h"
#include "data.h"
#include "model.h"
#include "perceptron.h"
#include "rng.h"
#include "unit.h"

static int parse(struct nf_model *m, const struct nf_buf *b, const char *kind, struct nf_error *err)
{
	return nf_model_parse(m, (const unsigned char *)b->data, b->len, kind, err);
}

/* A container of kind "test" with three sections, one of them empty. */
static void build(struct nf_buf *b)
{
	static const char bin[] = { 'x', 0, 'y', '\n', (char)0xFF };

	nf_buf_reset(b);
	CHECK(nf_model_begin(b, "test", 3) == 0);
	CHECK(nf_model_add(b, "meta", "hello", 5) == 0);
	CHECK(nf_model_add(b, "empty", "", 0) == 0);
	CHECK(nf_model_add(b, "bytes", bin, sizeof(bin)) == 0);
	CHECK(nf_model_finish(b) == 0);
}

/* Re-seals b after an edit: replaces its last 8 bytes with the checksum. */
static void reseal(struct nf_buf *b)
{
	uint64_t h = nf_fnv1a(b->data, b->len - 8);
	size_t i;

	for (i = 0; i < 8; i++)
		b->data[b->len - 8 + i] = (char)(h >> (8 * i));
}

static int contains(const char *s, const char *part)
{
	return strstr(s, part) != NULL;
}

static void test_little_endian(void)
{
	struct nf_buf b = NF_BUF_INIT;
	unsigned char q[4];

	CHECK(nf_put_u32(&b, 0x04030201u) == 0);
	CHECK(nf_put_u64(&b, 0x0C0B0A0908070605ULL) == 0);
	CHECK_BYTES(b.data, b.len, "\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0A\x0B\x0C");
	CHECK(nf_get_u32((const unsigned char *)b.data) == 0x04030201u);
	CHECK(nf_get_u64((const unsigned char *)b.data + 4) == 0x0C0B0A0908070605ULL);
	nf_set_u32(q, 0xDEADBEEFu);
	CHECK(q[0] == 0xEF && q[1] == 0xBE && q[2] == 0xAD && q[3] == 0xDE);
	/* the checksum: 64-bit FNV-1a from the basis in lib/hash.h */
	CHECK(nf_fnv1a("", 0) == 1469598103934665603ULL);
	CHECK(nf_fnv1a("a", 1) == (1469598103934665603ULL ^ 'a') * 1099511628211ULL);
	/* lower-casing as it goes is the hash of the lower-cased bytes */
	CHECK(nf_fnv1a_lower_from(NF_FNV_BASIS, "Ab\xC3\x89z", 5) == nf_fnv1a("ab\xC3\x89z", 5));
	CHECK(nf_fnv1a_from(nf_fnv1a("ab", 2), "c", 1) == nf_fnv1a("abc", 3));
	nf_buf_release(&b);
}

static void test_round_trip(void)
{
	struct nf_buf b = NF_BUF_INIT;
	struct nf_model m;
	const struct nf_section *s;
	struct nf_error err = { 0, "" };

	build(&b);
	/* magic, version 1, kind */
	CHECK_BYTES(b.data, 12, "NFMODEL\n\x01\0\0\0");
	CHECK(parse(&m, &b, "test", &err) == 0);
	CHECK_MEM(m.kind, m.kind_len, "test");
	CHECK_SIZE(m.nsections, 3);
	s = nf_model_section(&m, "meta");
	CHECK(s && s->len == 5);
	if (s)
		CHECK_MEM((const char *)s->data, s->len, "hello");
	s = nf_model_section(&m, "empty");
	CHECK(s && s->len == 0);
	s = nf_model_section(&m, "bytes");
	CHECK(s && s->len == 5);
	if (s)
		CHECK_BYTES((const char *)s->data, s->len, "x\0y\n\xFF");
	/* sections point into the buffer: nothing is copied */
	CHECK(s && (const char *)s->data > b.data && (const char *)s->data < b.data + b.len);
	CHECK(nf_model_section(&m, "missing") == NULL);
	CHECK(nf_model_section(&m, "met") == NULL);
	CHECK(nf_model_section(&m, "metaa") == NULL);
	/* any kind accepted with NULL */
	CHECK(parse(&m, &b, NULL, &err) == 0);

	/* no sections at all */
	nf_buf_reset(&b);
	CHECK(nf_model_begin(&b, "x", 0) == 0 && nf_model_finish(&b) == 0);
	CHECK(parse(&m, &b, "x", &err) == 0);
	CHECK_SIZE(m.nsections, 0);

	/* the most sections a model may have */
	nf_buf_reset(&b);
	CHECK(nf_model_begin(&b, "x", NF_MODEL_MAX_SECTIONS) == 0);
	for (unsigned i = 0; i < NF_MODEL_MAX_SECTIONS; i++) {
		char name[16];
		snprintf(name, sizeof(name), "s%u", i % 100);
		CHECK(nf_model_add(&b, name, name, strlen(name)) == 0);
	}
	CHECK(nf_model_finish(&b) == 0);
	CHECK(parse(&m, &b, "x", &err) == 0);
	CHECK_SIZE(m.nsections, NF_MODEL_MAX_SECTIONS);
	s = nf_model_section(&m, "s15");
	CHECK(s && s->len == 3);

	/* writing is deterministic */
	{
		struct nf_buf a = NF_BUF_INIT;
		build(&a);
		build(&b);
		CHECK(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
		nf_buf_release(&a);
	}
	nf_buf_release(&b);
}

static void test_corruption(void)
{
	struct nf_buf b = NF_BUF_INIT;
	struct nf_model m;
	struct nf_error err = { 0, "" };
	size_t i, n, refused = 0, bad_sum = 0;
	int bit;

	build(&b);
	n = b.len;
	/* every bit of every byte: refused, with a reason */
	for (i = 0; i < n; i++)
		for (bit = 0; bit < 8; bit++) {
			b.data[i] ^= (char)(1 << bit);
			err.msg[0] = 0;
			if (parse(&m, &b, "test", &err) < 0 && err.msg[0])
				refused++;
			bad_sum += contains(err.msg, "checksum");
			b.data[i] ^= (char)(1 << bit);
		}
	CHECK_SIZE(refused, n * 8);
	/* outside the magic and the version, the checksum catches it */
	CHECK_SIZE(bad_sum, (n - 12) * 8);
	CHECK(parse(&m, &b, "test", &err) == 0);

	/* every truncation */
	for (i = 0, refused = 0; i < n; i++) {
		err.msg[0] = 0;
		if (nf_model_parse(&m, (const unsigned char *)b.data, i, "test", &err) < 0 &&
		    err.msg[0])
			refused++;
	}
	CHECK_SIZE(refused, n);
	CHECK(nf_model_parse(&m, (const unsigned char *)b.data, 0, NULL, &err) < 0);
	CHECK(contains(err.msg, "bad magic"));
	CHECK(nf_model_parse(&m, (const unsigned char *)b.data, 7, NULL, &err) < 0);
	CHECK(contains(err.msg, "bad magic"));
	CHECK(nf_model_parse(&m, (const unsigned char *)b.data, 12, NULL, &err) < 0);
	CHECK(contains(err.msg, "truncated"));
	CHECK(nf_model_parse(&m, (const unsigned char *)b.data, n - 1, NULL, &err) < 0);
	CHECK(contains(err.msg, "corrupt or truncated"));

	/* extra bytes after the checksum */
	CHECK(nf_buf_addc(&b, 0) == 0);
	CHECK(parse(&m, &b, "test", &err) < 0);
	nf_buf_release(&b);
}

/*
 * A built-in model is trusted (its checksum and rows were checked by the
 * build: tools/model-check.c); the same bytes anywhere else are not.
 */
static void test_builtin(void)
{
	const unsigned char *p = nf_data_hedge_model;
	size_t n = nf_data_hedge_model_len;
	unsigned char *copy = malloc(n);
	struct nf_model m;
	struct nf_error err = { 0, "" };

	CHECK(nf_model_builtin(p, n));
	CHECK(nf_model_builtin(p + 100, n - 100));
	CHECK(nf_model_parse(&m, p, n, "hedge", &err) == 0);
	if (!CHECK(copy != NULL))
		return;
	memcpy(copy, p, n);
	CHECK(!nf_model_builtin(copy, n));
	CHECK(nf_model_parse(&m, copy, n, "hedge", &err) == 0);
	copy[n / 3] ^= 0x40;
	CHECK(nf_model_parse(&m, copy, n, "hedge", &err) < 0);
	CHECK(contains(err.msg, "checksum"));
	free(copy);
}

static void test_header_errors(void)
{
	struct nf_buf b = NF_BUF_INIT;
	struct nf_model m;
	struct nf_error err = { 0, "" };

	/* magic */
	build(&b);
	b.data[0] = 'X';
	reseal(&b);
	CHECK(parse(&m, &b, "test", &err) < 0);
	CHECK_STR(err.msg, "not a newsfilters model (bad magic number)");

	/* version, resealed or not: the version is what is reported */
	build(&b);
	nf_set_u32((unsigned char *)b.data + 8, 2);
	CHECK(parse(&m, &b, "test", &err) < 0);
	CHECK_STR(err.msg, "model format version 2 is not supported (this build reads 1)");
	reseal(&b);
	CHECK(parse(&m, &b, "test", &err) < 0);
	CHECK_STR(err.msg, "model format version 2 is not supported (this build reads 1)");
	nf_set_u32((unsigned char *)b.data + 8, 0);
	reseal(&b);
	CHECK(parse(&m, &b, NULL, &err) < 0);
	CHECK(contains(err.msg, "version 0 is not supported"));

	/* kind */
	build(&b);
	CHECK(parse(&m, &b, "entities", &err) < 0);
	CHECK_STR(err.msg, "a 'test' model, not an 'entities' model");
	CHECK(parse(&m, &b, "tes", &err) < 0);
	CHECK(parse(&m, &b, "tests", &err) < 0);
	CHECK(parse(&m, &b, "", &err) < 0);

	/* a section count above the maximum */
	nf_buf_reset(&b);
	CHECK(nf_model_begin(&b, "x", NF_MODEL_MAX_SECTIONS + 1) == 0);
	for (int i = 0; i <= NF_MODEL_MAX_SECTIONS; i++)
		CHECK(nf_model_add(&b, "s", "", 0) == 0);
	CHECK(nf_model_finish(&b) == 0);
	CHECK(parse(&m, &b, "x", &err) < 0);
	CHECK_STR(err.msg, "malformed model");

	/* more sections announced than written, and fewer */
	nf_buf_reset(&b);
	CHECK(nf_model_begin(&b, "x", 2) == 0 && nf_model_add(&b, "a", "1", 1) == 0);
	CHECK(nf_model_finish(&b) == 0);
	CHECK(parse(&m, &b, "x", &err) < 0);
	CHECK_STR(err.msg, "malformed model");
	nf_buf_reset(&b);
	CHECK(nf_model_begin(&b, "x", 1) == 0 && nf_model_add(&b, "a", "1", 1) == 0 &&
	      nf_model_add(&b, "b", "2", 1) == 0 && nf_model_finish(&b) == 0);
	CHECK(parse(&m, &b, "x", &err) < 0);
	CHECK_STR(err.msg, "malformed model");

	/* a section length running past the end, and a huge one */
	nf_buf_reset(&b);
	CHECK(nf_model_begin(&b, "x", 1) == 0 && nf_put_u32(&b, 1) == 0 &&
	      nf_buf_add(&b, "a", 1) == 0 && nf_put_u64(&b, 100) == 0 &&
	      nf_buf_add(&b, "short", 5) == 0 && nf_model_finish(&b) == 0);
	CHECK(parse(&m, &b, "x", &err) < 0);
	CHECK_STR(err.msg, "malformed model");
	nf_buf_reset(&b);
	CHECK(nf_model_begin(&b, "x", 1) == 0 && nf_put_u32(&b, 1) == 0 &&
	      nf_buf_add(&b, "a", 1) == 0 && nf_put_u64(&b, UINT64_MAX - 3) == 0 &&
	      nf_model_finish(&b) == 0);
	CHECK(parse(&m, &b, "x", &err) < 0);
	/* a name or kind length past the end */
	nf_buf_reset(&b);
	CHECK(nf_model_begin(&b, "x", 1) == 0 && nf_put_u32(&b, 0xFFFFFFF0u) == 0 &&
	      nf_model_finish(&b) == 0);
	CHECK(parse(&m, &b, "x", &err) < 0);
	build(&b);
	nf_set_u32((unsigned char *)b.data + 12, 0xFFFFFFFFu);
	reseal(&b);
	CHECK(parse(&m, &b, NULL, &err) < 0);
	CHECK_STR(err.msg, "malformed model");
	nf_buf_release(&b);
}

/* The perceptron, checked against a plain dense averaged perceptron. */
enum { NF = 24, MAXC = 17 };

struct oracle {
	size_t nclasses;
	double w[NF][MAXC];	/* current weights */
	double sum[NF][MAXC];	/* sum of the weights over the examples seen */
	unsigned clock;
};

static uint64_t feature(int i)
{
	return nf_feat_bytes(nf_feat(7), &i, sizeof(i));
}

/* Trains t and the oracle on the same deterministic updates. */
static void train(struct nf_ptrain *t, struct oracle *o, size_t nclasses, unsigned examples)
{
	uint64_t x = 88172645463325252ULL, feats[6];
	int ids[6];
	unsigned e;
	size_t k, c, f;

	memset(o, 0, sizeof(*o));
	o->nclasses = nclasses;
	CHECK(nf_ptrain_init(t, nclasses) == 0);
	for (e = 0; e < examples; e++) {
		/* a few features, an update towards one class, away from another */
		for (k = 0; k < 6; k++) {
			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
			ids[k] = (int)(x % NF);
			feats[k] = feature(ids[k]);
		}
		int gold = (int)(x % nclasses), pred = (int)((x >> 8) % nclasses);
		if (gold != pred && e % 3 != 2) {
			CHECK(nf_ptrain_update(t, feats, 6, gold, 1) == 0);
			CHECK(nf_ptrain_update(t, feats, 6, pred, -1) == 0);
			for (k = 0; k < 6; k++) {
				o->w[ids[k]][gold] += 1;
				o->w[ids[k]][pred] -= 1;
			}
		}
		nf_ptrain_tick(t);
		for (f = 0; f < NF; f++)
			for (c = 0; c < nclasses; c++)
				o->sum[f][c] += o->w[f][c];
		o->clock++;
	}
}

static double oracle_avg(const struct oracle *o, int f, size_t c)
{
	return o->sum[f][c] / o->clock;
}

/*
 * One class of each feature (nf_weights_class_each) is that class of its
 * own row, through the slot table and through inline slots (where the
 * model has few enough classes for them); a class out of range is 0.
 */
static void check_class_each(struct nf_weights *w, const uint64_t *fs, size_t n,
			     const int32_t *each, size_t stride)
{
	int32_t *one = calloc(n, sizeof(*one));
	size_t c, i, bad;
	int pass;

	for (pass = 0; pass < 2 && one; pass++) {
		if (pass == 1 && nf_weights_inline(w) < 0)
			break;
		for (c = 0, bad = 0; c <= w->nclasses; c++) {
			nf_weights_class_each(w, fs, n, c, one);
			for (i = 0; i < n; i++)
				bad += one[i] != (c < w->nclasses ? each[i * stride + c] : 0);
		}
		CHECK_SIZE(bad, 0);
	}
	nf_weights_release(w);
	free(one);
}

/* One call for many features, each into its own row, is a call per feature. */
/*
 * nf_weights_find then nf_weights_add (touching first, as the entity
 * tagger does) sums what nf_weights_acc sums, with and without inline
 * rows, and an unknown feature adds nothing.
 */
static void check_find_add(struct nf_weights *w, const uint64_t *fs, size_t n, size_t stride)
{
	int32_t *two = calloc(2 * stride, sizeof(*two));
	uint32_t *rows = calloc(n, sizeof(*rows));
	int pass;

	for (pass = 0; two && rows && pass < 2; pass++) {
		if (pass == 1 && nf_weights_inline(w) < 0)
			break;	/* too many classes: no inline rows */
		memset(two, 0, 2 * stride * sizeof(*two));
		nf_weights_touch(w, fs, n);
		nf_weights_find(w, fs, n, rows);
		CHECK(rows[n - 1] == UINT32_MAX);	/* the unknown one */
		nf_weights_add(w, rows, n, two);
		nf_weights_acc(w, fs, n, two + stride);
		CHECK(memcmp(two, two + stride, stride * sizeof(*two)) == 0);
	}
	nf_weights_release(w);
	free(two);
	free(rows);
}

static void check_each(struct nf_weights *w, size_t nclasses)
{
	size_t stride = (nclasses + 7) / 8 * 8, n = NF + 1, i;
	int32_t *each = calloc(n * stride, sizeof(*each));
	int32_t *one = calloc(n * stride, sizeof(*one));
	uint64_t *fs = calloc(n, sizeof(*fs));

	if (each && one && fs) {
		for (i = 0; i < n; i++)
			fs[i] = feature((int)i);	/* the last one unknown */
		nf_weights_acc_each(w, fs, n, each, stride);
		for (i = 0; i < n; i++)
			nf_weights_acc(w, &fs[i], 1, one + i * stride);
		CHECK(memcmp(each, one, n * stride * sizeof(*each)) == 0);
		check_class_each(w, fs, n, each, stride);
		check_find_add(w, fs, n, stride);
	}
	free(each);
	free(one);
	free(fs);
}

/*
 * Dense rows (a feature with weights for most classes) are added with
 * AVX2 where the CPU has it: the sums must be those of the portable code,
 * bit for bit.  Where the CPU lacks AVX2, only the portable path runs.
 */
static void check_dense_paths(struct nf_weights *w, size_t nclasses)
{
	float a[MAXC], b[MAXC];
	uint64_t fs[NF];
	size_t i, dense = 0;
	int f, has = w->avx2;

	for (i = 0; i < w->nslots; i++)
		dense += (nf_get_u32(w->slots + i * 8 + 4) & NF_DENSE_FLAG) != 0;
	if (nclasses >= 2 * NF_DENSE_MIN)
		CHECK(dense > 0);	/* the oracle gives most features most classes */
	for (f = 0; f < NF; f++)
		fs[f] = feature(f);
	for (f = 1; f <= NF; f++) {
		memset(a, 0, sizeof(a));
		memset(b, 0, sizeof(b));
		w->avx2 = 0;
		nf_weights_score(w, fs, (size_t)f, a);
		w->avx2 = has;
		nf_weights_score(w, fs, (size_t)f, b);
		CHECK(memcmp(a, b, nclasses * sizeof(float)) == 0);
	}
}

static void check_perceptron(size_t nclasses)
{
	struct nf_ptrain t;
	struct oracle *o = calloc(1, sizeof(*o));
	struct nf_buf b = NF_BUF_INIT, b2 = NF_BUF_INIT;
	struct nf_weights w;
	float got[MAXC], cur[MAXC];
	double maxabs = 0, err, worst = 0;
	uint64_t fs[3];
	size_t c;
	int f, g;

	if (!o)
		return;
	train(&t, o, nclasses, 400);
	/* current (not averaged) weights, exactly */
	for (f = 0; f < NF; f++) {
		uint64_t h = feature(f);
		memset(cur, 0, sizeof(cur));
		nf_ptrain_score(&t, &h, 1, cur);
		for (c = 0; c < nclasses; c++)
			CHECK(cur[c] == (float)o->w[f][c]);
	}
	for (f = 0; f < NF; f++)
		for (c = 0; c < nclasses; c++)
			maxabs = fmax(maxabs, fabs(oracle_avg(o, f, c)));
	CHECK(maxabs > 0);

	CHECK(nf_ptrain_freeze(&t, 0, &b) == 0);
	memset(&w, 0, sizeof(w));
	CHECK(nf_weights_parse(&w, (const unsigned char *)b.data, b.len) == 0);
	CHECK_SIZE(w.nclasses, nclasses);
	/* the scale maps the largest weight to the int16 range */
	CHECK(fabs(w.scale - maxabs / 32767) <= maxabs * 1e-6);

	/* one feature at a time, then three together: within half a step each */
	for (f = 0; f < NF; f++) {
		uint64_t h = feature(f);
		memset(got, 0, sizeof(got));
		nf_weights_score(&w, &h, 1, got);
		for (c = 0; c < nclasses; c++) {
			err = fabs(got[c] - oracle_avg(o, f, c));
			worst = fmax(worst, err);
			CHECK(err <= w.scale * 0.5 + 1e-5);
		}
	}
	for (f = 0; f + 2 < NF; f++) {
		fs[0] = feature(f);
		fs[1] = feature(f + 1);
		fs[2] = feature(f + 2);
		memset(got, 0, sizeof(got));
		nf_weights_score(&w, fs, 3, got);
		for (c = 0; c < nclasses; c++) {
			double want = 0;
			for (g = f; g < f + 3; g++)
				want += oracle_avg(o, g, c);
			CHECK(fabs(got[c] - want) <= w.scale * 1.5 + 1e-5);
		}
	}
	CHECK(worst > 0);	/* quantised: not exact */

	/* unknown features add nothing; scores add to what is there */
	fs[0] = feature(NF + 5);
	fs[1] = 0;
	for (c = 0; c < nclasses; c++)
		got[c] = 1.5f;
	nf_weights_score(&w, fs, 2, got);
	for (c = 0; c < nclasses; c++)
		CHECK(got[c] == 1.5f);

	/* freezing again gives the same bytes */
	CHECK(nf_ptrain_freeze(&t, 0, &b2) == 0);
	CHECK(b.len == b2.len && memcmp(b.data, b2.data, b.len) == 0);
	check_each(&w, nclasses);
	check_dense_paths(&w, nclasses);

	/* pruning: every weight below the threshold is gone, the rest kept */
	nf_buf_reset(&b2);
	CHECK(nf_ptrain_freeze(&t, (float)(maxabs / 2), &b2) == 0);
	CHECK(b2.len < b.len);
	memset(&w, 0, sizeof(w));
	CHECK(nf_weights_parse(&w, (const unsigned char *)b2.data, b2.len) == 0);
	for (f = 0; f < NF; f++) {
		uint64_t h = feature(f);
		memset(got, 0, sizeof(got));
		nf_weights_score(&w, &h, 1, got);
		for (c = 0; c < nclasses; c++) {
			double a = oracle_avg(o, f, c);
			if (fabs(a) < maxabs / 2 - 1e-6)
				CHECK(got[c] == 0);
			else if (fabs(a) > maxabs / 2 + 1e-6)
				CHECK(fabs(got[c] - a) <= w.scale * 0.5 + 1e-5);
		}
	}

	/* broken tables are refused */
	memset(&w, 0, sizeof(w));
	CHECK(nf_weights_parse(&w, (const unsigned char *)b.data, 15) < 0);
	CHECK(nf_weights_parse(&w, (const unsigned char *)b.data, b.len - 1) < 0);
	CHECK(nf_weights_parse(&w, (const unsigned char *)b.data, b.len - 8) < 0);
	{
		unsigned char *p = malloc(b.len);
		if (p) {
			memcpy(p, b.data, b.len);
			nf_set_u32(p, 0);			/* no classes */
			CHECK(nf_weights_parse(&w, p, b.len) < 0);
			memcpy(p, b.data, b.len);
			nf_set_u32(p + 4, nf_get_u32(p + 4) - 1);	/* slots not a power of two */
			CHECK(nf_weights_parse(&w, p, b.len) < 0);
			memcpy(p, b.data, b.len);
			nf_set_u32(p + 4, nf_get_u32(p + 4) * 1024);	/* more slots than bytes */
			CHECK(nf_weights_parse(&w, p, b.len) < 0);
			memcpy(p, b.data, b.len);
			nf_set_u32(p + 8, nf_get_u32(p + 8) + 1);	/* entry count off */
			CHECK(nf_weights_parse(&w, p, b.len) < 0);
			free(p);
		}
	}
	nf_buf_release(&b);
	nf_buf_release(&b2);
	nf_ptrain_release(&t);
	free(o);
}

static void test_perceptron(void)
{
	check_perceptron(3);
	check_perceptron(MAXC);	/* as many classes as the entity tagger */
}

static void test_untrained(void)
{
	struct nf_ptrain t;
	struct nf_buf b = NF_BUF_INIT;
	struct nf_weights w;
	uint64_t h = feature(1);
	float s[4] = { 0, 0, 0, 0 };

	/* nothing learnt: a valid, empty table */
	CHECK(nf_ptrain_init(&t, 4) == 0);
	CHECK(nf_ptrain_freeze(&t, 0, &b) == 0);
	memset(&w, 0, sizeof(w));
	CHECK(nf_weights_parse(&w, (const unsigned char *)b.data, b.len) == 0);
	nf_weights_score(&w, &h, 1, s);
	CHECK(s[0] == 0 && s[1] == 0 && s[2] == 0 && s[3] == 0);
	nf_ptrain_release(&t);
	nf_buf_release(&b);

	/* many features: the training table grows and keeps them all */
	CHECK(nf_ptrain_init(&t, 2) == 0);
	int failed = 0;
	for (int i = 0; i < 100000; i++) {
		uint64_t f = nf_feat_u64(nf_feat(9), (uint64_t)i);
		failed += nf_ptrain_update(&t, &f, 1, i & 1, 1) < 0;
		nf_ptrain_tick(&t);
	}
	CHECK(failed == 0);
	CHECK_SIZE(t.nrows, 100000);
	h = nf_feat_u64(nf_feat(9), 77777);
	s[0] = s[1] = 0;
	nf_ptrain_score(&t, &h, 1, s);
	CHECK(s[0] == 0 && s[1] == 1);
	nf_ptrain_release(&t);
}

/* The trainers' generator is splitmix64 itself: a seed names one model. */
static void test_rng(void)
{
	uint64_t st = 0;
	size_t v[5] = { 0, 1, 2, 3, 4 }, seen = 0, i;

	CHECK(nf_splitmix64(&st) == 0xE220A8397B1DCDAFULL);
	CHECK(nf_splitmix64(&st) == 0x6E789E6AA1B965F4ULL);
	nf_shuffle(v, 5, &st);
	for (i = 0; i < 5; i++)
		seen |= (size_t)1 << v[i];
	CHECK(seen == 31);	/* a permutation */
	nf_shuffle(v, 0, &st);
	nf_shuffle(v, 1, &st);
}

int main(void)
{
	test_little_endian();
	test_round_trip();
	test_corruption();
	test_builtin();
	test_header_errors();
	test_perceptron();
	test_untrained();
	test_rng();
	return unit_done("model");
}
