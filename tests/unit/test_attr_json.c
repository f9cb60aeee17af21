/*
 * Unit tests for lib/sources/attr_json.c: link-sources' three values,
 * written by hand, must be byte for byte what json_dumpb writes for the
 * same values built as jansson objects, keys in the order the filter has
 * always written them: nulls where a span, text or number is missing, a
 * split content's "content_spans", names needing escapes, spans past
 * multi-byte characters (code points, not bytes), scores rounded to
 * thousandths and written with 6 significant digits.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "attrstage.h"
#include "jsonw.h"
#include "offsets.h"
#include "unit.h"

/*
 * Ann "Bo\b"<TAB> said: “yes” [1]
 * [1] Note é.
 */
static const char TEXT[] = "Ann \"Bo\\b\"\t said: \xE2\x80\x9Cyes\xE2\x80\x9D [1]\n"
			   "[1] Note \xC3\xA9.";

/* The tokens of TEXT, in bytes. */
static const uint32_t TOK[][2] = {
	{ 0, 3 }, { 4, 10 }, { 12, 16 }, { 16, 17 }, { 18, 21 }, { 21, 24 }, { 24, 27 },
	{ 28, 31 }, { 36, 40 }, { 41, 44 },
};
enum { NTOK = sizeof(TOK) / sizeof(TOK[0]) };

struct fixture {
	struct nf_attr_tok t[NTOK + 1];
	struct nf_attr_marks marks[NTOK / 64 + 1];
	struct nf_attr_found found[3];
	struct nf_attr_source src[2];
	struct nf_attr_mention m[3];
	uint32_t src_of[3];
	struct nf_attr_note notes[3];
	struct nf_attr_links links[2];
	uint32_t linkof[3];
	struct nf_attr_work w;
	struct nf_attr_registry r;
	struct nf_attr_notes ns;
};

static void tokens(struct fixture *x)
{
	size_t i;

	for (i = 0; i <= NTOK; i++) {
		x->t[i].a = i < NTOK ? TOK[i][0] : sizeof(TEXT) - 1;
		x->t[i].b = i < NTOK ? TOK[i][1] : sizeof(TEXT) - 1;
		x->t[i].shape = NF_SH_OTHER;
	}
	/* every token a quote mark: any content holds some, so it is "mixed" */
	memset(x->marks, 0, sizeof(x->marks));
	for (i = 0; i <= NTOK; i++) {
		x->marks[i / 64].bits[NF_MK_QUOTE] |= UINT64_C(1) << (i % 64);
		if (i % 64 == 0 && i)
			x->marks[i / 64].before[NF_MK_QUOTE] = (uint32_t)i;
	}
	x->w.marks = x->marks;
	x->w.t = x->t;
	x->w.n = NTOK;
}

static void found(struct fixture *x, size_t k, const uint32_t v[8], uint32_t sent,
		  uint8_t quoted)
{
	struct nf_attr_found *f = &x->found[k];

	f->cue_a = v[0], f->cue_b = v[1], f->src_a = v[2], f->src_b = v[3];
	f->con_a = v[4], f->con_b = v[5], f->con2_a = v[6], f->con2_b = v[7];
	f->sent = sent;
	f->quoted = quoted;
}

/* Three attributions: quoted, with nothing found, with a split content. */
static void attributions(struct fixture *x)
{
	const uint32_t N = NF_ATTR_NONE;
	const uint32_t a[8] = { 2, 3, 0, 2, 4, 7, N, N }, b[8] = { 2, 3, N, N, N, N, N, N },
		       c[8] = { 2, 3, 1, 2, 4, 5, 5, 7 };

	found(x, 0, a, 0, 1);
	found(x, 1, b, 0, 0);
	found(x, 2, c, 1, 0);
	x->w.found = x->found;
	x->w.nfound = 3;
	x->src_of[0] = 0, x->src_of[1] = N, x->src_of[2] = 1;
}

static void source(struct nf_attr_source *s, int kind, int anon, const uint32_t v[6],
		   uint32_t first_m)
{
	s->kind = kind;
	s->anonymous = anon;
	s->name_a = v[0], s->name_b = v[1], s->role_a = v[2], s->role_b = v[3];
	s->aff_a = v[4], s->aff_b = v[5];
	s->first_m = first_m;
}

static void mention(struct nf_attr_mention *m, uint32_t src, uint32_t a, uint32_t b,
		    uint32_t next)
{
	m->src = src, m->a = a, m->b = b, m->next = next;
}

static void registry(struct fixture *x)
{
	const uint32_t N = NF_ATTR_NONE;
	const uint32_t ann[6] = { 0, 2, N, N, N, N }, anon[6] = { N, N, 8, 9, 9, 10 };

	source(&x->src[0], NF_SK_PERSON, 0, ann, 0);
	source(&x->src[1], NF_SK_ANON, 1, anon, 1);
	mention(&x->m[0], 0, 0, 2, 2);
	mention(&x->m[1], 1, 8, 9, N);
	mention(&x->m[2], 0, 1, 2, N);
	x->r.v = x->src;
	x->r.n = 2;
	x->r.m = x->m;
	x->r.nm = 3;
	x->r.src_of = x->src_of;
}

/*
 * A numbered note cited once (its text starts after the marker's blank),
 * a summary with no marker and odd scores, and a numbered note without
 * links (its links are kept apart, in the order they were made).
 */
static void notes(struct fixture *x)
{
	struct nf_attr_note *n = x->notes;
	struct nf_attr_links *l = x->links;

	n[0].kind = NF_NOTE_NOTE, n[0].numbered = 1, n[0].b = 44, n[0].ma = 32, n[0].mlen = 3;
	l[1].cited[0] = 0, l[1].ncited = 1;
	l[1].sup[0] = 0, l[1].score[0] = 1.0f / 3, l[1].sup[1] = 4, l[1].score[1] = 1.0f;
	l[1].nsup = 2;
	n[1].kind = NF_NOTE_SUMMARY, n[1].ma = 36, n[1].b = 40;
	l[0].sup[0] = 1, l[0].score[0] = 0.0004f, l[0].sup[1] = 2, l[0].score[1] = -0.25f;
	l[0].sup[2] = 3, l[0].score[2] = 1e6f, l[0].nsup = 3;
	n[2].kind = NF_NOTE_NOTE, n[2].numbered = 1, n[2].b = 31, n[2].ma = 28, n[2].mlen = 3;
	x->linkof[0] = 1, x->linkof[1] = 0, x->linkof[2] = NF_ATTR_NONE;
	x->ns.v = x->notes;
	x->ns.n = 3;
	x->ns.links = x->links;
	x->ns.nlinks = 2;
	x->ns.linkof = x->linkof;
}

/* ------------------------------------------------------------ jansson's */

static json_int_t cp(size_t byte)
{
	return (json_int_t)nf_cp_count(TEXT, byte);
}

static json_t *span(size_t a, size_t b)
{
	return json_pack("{s:I,s:I}", "start", cp(a), "end", cp(b));
}

static json_t *tspan(const struct fixture *x, uint32_t a, uint32_t b)
{
	return a == NF_ATTR_NONE ? json_null() : span(x->t[a].a, x->t[b - 1].b);
}

static json_t *ttext(const struct fixture *x, uint32_t a, uint32_t b)
{
	return a == NF_ATTR_NONE ? json_null() :
	       json_stringn(TEXT + x->t[a].a, x->t[b - 1].b - x->t[a].a);
}

static json_t *want_attribution(const struct fixture *x, size_t k)
{
	const struct nf_attr_found *f = &x->found[k];
	int split = f->con2_a != NF_ATTR_NONE;
	json_t *o = json_pack("{s:o,s:o,s:o}", "cue", tspan(x, f->cue_a, f->cue_b),
			      "source", tspan(x, f->src_a, f->src_b),
			      "content", tspan(x, f->con_a, split ? f->con2_b : f->con_b));

	if (split)
		json_object_set_new(o, "content_spans",
				    json_pack("[o,o]", tspan(x, f->con_a, f->con_b),
					      tspan(x, f->con2_a, f->con2_b)));
	json_object_set_new(o, "type", json_string(nf_attr_type(&x->w, f)));
	json_object_set_new(o, "source_id", x->src_of[k] == NF_ATTR_NONE ? json_null() :
			    json_integer(x->src_of[k] + 1));
	json_object_set_new(o, "sentence", json_integer(f->sent));
	return o;
}

static json_t *want_source(const struct fixture *x, uint32_t id)
{
	const struct nf_attr_source *s = &x->src[id];
	json_t *ms = json_array();
	uint32_t m;

	for (m = s->first_m; m != NF_ATTR_NONE; m = x->m[m].next)
		json_array_append_new(ms, tspan(x, x->m[m].a, x->m[m].b));
	return json_pack("{s:I,s:o,s:s,s:b,s:o,s:o,s:o}", "id", (json_int_t)id + 1,
			 "name", ttext(x, s->name_a, s->name_b),
			 "kind", nf_source_kind_names[s->kind], "anonymous", s->anonymous,
			 "affiliation", ttext(x, s->aff_a, s->aff_b),
			 "role", ttext(x, s->role_a, s->role_b), "mentions", ms);
}

/* Note k as jansson would write it: its number and text start as the fixture has them. */
static json_t *want_reference(const struct fixture *x, size_t k)
{
	static const json_int_t num[] = { 1, -1, 1 };
	static const uint32_t start[] = { 36, 36, 31 };
	const struct nf_attr_note *n = &x->notes[k];
	const struct nf_attr_links *l =
		x->linkof[k] == NF_ATTR_NONE ? NULL : &x->links[x->linkof[k]];
	json_t *cited = json_array(), *sup = json_array();
	size_t i;

	for (i = 0; l && i < l->ncited; i++)
		json_array_append_new(cited, json_integer(l->cited[i]));
	for (i = 0; l && i < l->nsup; i++)
		json_array_append_new(sup, json_pack("{s:I,s:f}", "sentence", (json_int_t)l->sup[i],
						     "score", (double)(int)(l->score[i] * 1000 + 0.5) / 1000));
	return json_pack("{s:s,s:o,s:o,s:o,s:o,s:o}", "kind",
			 n->kind == NF_NOTE_NOTE ? "note" : "summary",
			 "number", num[k] >= 0 ? json_integer(num[k]) : json_null(),
			 "marker", n->mlen ? span(n->ma, n->ma + n->mlen) : json_null(),
			 "text", span(start[k], n->b), "cited_by", cited, "supports", sup);
}

/* Checks ours against jansson's dump of want (which it takes). */
static void same(const struct nf_buf *ours, json_t *want)
{
	struct nf_buf theirs = NF_BUF_INIT;

	CHECK(want != NULL);
	if (!want)
		return;
	CHECK(nf_jsonw_value(&theirs, want) == 0);
	CHECK_MEM(ours->data, ours->len, theirs.data ? theirs.data : "");
	json_decref(want);
	nf_buf_release(&theirs);
}

static void test_values(void)
{
	struct fixture x;
	struct nf_attr_jpool pool = { 0 };
	struct nf_buf vals[3] = { NF_BUF_INIT, NF_BUF_INIT, NF_BUF_INIT };
	json_t *a = json_array(), *s = json_array(), *r = json_array();
	size_t k;

	memset(&x, 0, sizeof(x));
	tokens(&x);
	attributions(&x);
	registry(&x);
	notes(&x);
	CHECK(nf_attr_write(vals, &x.w, &x.r, &x.ns, TEXT, &pool) == 0);
	for (k = 0; k < 3; k++)
		json_array_append_new(a, want_attribution(&x, k));
	for (k = 0; k < 2; k++)
		json_array_append_new(s, want_source(&x, (uint32_t)k));
	for (k = 0; k < 3; k++)
		json_array_append_new(r, want_reference(&x, k));
	same(&vals[0], a);
	same(&vals[1], s);
	same(&vals[2], r);
	/* the three types, the escapes, a code point span past "“", the scores */
	CHECK(strstr(vals[0].data, "\"type\":\"direct\"") && strstr(vals[0].data, "\"mixed\"") &&
	      strstr(vals[0].data, "\"indirect\",\"source_id\":null"));
	CHECK(strstr(vals[1].data, "\"name\":\"Ann \\\"Bo\\\\b\\\"\""));
	CHECK(strstr(vals[0].data, "\"content\":{\"start\":18,\"end\":23}"));
	CHECK(strstr(vals[2].data, "\"score\":0.333") && strstr(vals[2].data, "\"score\":0.0}") &&
	      strstr(vals[2].data, "\"score\":-0.249") && strstr(vals[2].data, "\"score\":1e6"));
	/* the lower bound of the values (nf_attr_write_bound) is one */
	CHECK(nf_attr_write_bound(&x.w, &x.r, &x.ns) <= vals[0].len + vals[1].len + vals[2].len);
	CHECK(nf_attr_write_bound(&x.w, &x.r, &x.ns) > 0);
	/* the numbers read from the markers, the note without links */
	CHECK(strstr(vals[2].data, "{\"kind\":\"note\",\"number\":1,\"marker\":{\"start\":24,"
		     "\"end\":27},\"text\":{\"start\":27,\"end\":27},\"cited_by\":[],"
		     "\"supports\":[]}"));
	for (k = 0; k < 3; k++)
		nf_buf_release(&vals[k]);
	nf_attr_jpool_release(&pool);
}

/* Text that is not UTF-8 is refused, as jansson refused it. */
static void test_bad_text(void)
{
	struct fixture x;
	struct nf_attr_jpool pool = { 0 };
	struct nf_buf vals[3] = { NF_BUF_INIT, NF_BUF_INIT, NF_BUF_INIT };
	char bad[sizeof(TEXT)];
	size_t k;

	memcpy(bad, TEXT, sizeof(TEXT));
	bad[1] = (char)0xFF;	/* inside the name "Ann ..." */
	memset(&x, 0, sizeof(x));
	tokens(&x);
	attributions(&x);
	registry(&x);
	notes(&x);
	CHECK(nf_attr_write(vals, &x.w, &x.r, &x.ns, bad, &pool) < 0);
	for (k = 0; k < 3; k++)
		nf_buf_release(&vals[k]);
	nf_attr_jpool_release(&pool);
}

int main(void)
{
	test_values();
	test_bad_text();
	return unit_done("attr_json");
}
