/*
 * link-sources' values as JSON text (attrstage.h): attributions, sources
 * and references, every span converted from bytes to code points here.
 * Written straight into the value buffers: filling small jansson objects
 * and dumping each (json_dumpb) cost an eighth of link-sources' time.  The
 * bytes are those the dumps wrote: the same keys in the same order,
 * compact, strings and numbers as jansson writes them (jsonw.h);
 * tests/unit/test_attr_json.c checks them against jansson.
 */
#include <stdlib.h>
#include <string.h>

#include "attrstage.h"
#include "jsonw.h"
#include "offsets.h"

struct ctx {
	const struct nf_attr_work *w;
	const struct nf_attr_registry *r;
	const struct nf_attr_notes *ns;
	const char *text;
	struct nf_cpcursor cur;
	struct nf_attr_jpool *pool;
};

/* Appends s (keys and punctuation) to b: 0 or -1. */
static int put(struct nf_buf *b, const char *s)
{
	return nf_buf_adds(b, s);
}

/* Writes the digits of v ending just before end; returns where they start. */
static char *digits(char *end, size_t v)
{
	do
		*--end = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	return end;
}

/*
 * {"start":A,"end":B} from code point offsets, built on the stack and
 * added in one go (the commonest element: every span and mention).
 */
static int cp_span(struct nf_buf *b, size_t a, size_t z)
{
	static const char open[] = "{\"start\":", mid[] = ",\"end\":";
	char t[sizeof(open) + sizeof(mid) + 2 * 20 + 1], za[20], zz[20];
	char *da = digits(za + sizeof(za), a), *dz = digits(zz + sizeof(zz), z);
	size_t na = (size_t)(za + sizeof(za) - da), nz = (size_t)(zz + sizeof(zz) - dz), n = 0;

	memcpy(t, open, sizeof(open) - 1);
	n += sizeof(open) - 1;
	memcpy(t + n, da, na);
	n += na;
	memcpy(t + n, mid, sizeof(mid) - 1);
	n += sizeof(mid) - 1;
	memcpy(t + n, dz, nz);
	n += nz;
	t[n++] = '}';
	return nf_buf_add(b, t, n);
}

/* Bytes [a, z) as a span. */
static int span(struct nf_buf *b, struct nf_cpcursor *cur, size_t a, size_t z)
{
	size_t ca = nf_cpcursor_at(cur, a);

	return cp_span(b, ca, nf_cpcursor_at(cur, z));
}

/* Token range [a, b) as a span, or null when a is NF_ATTR_NONE. */
static int tspan(struct nf_buf *b, const struct ctx *c, struct nf_cpcursor *cur, uint32_t a,
		 uint32_t z)
{
	if (a == NF_ATTR_NONE)
		return put(b, "null");
	return span(b, cur, c->w->t[a].a, c->w->t[z - 1].b);
}

/* Token range [a, z) as its text, or null. */
static int ttext(struct nf_buf *b, const struct ctx *c, uint32_t a, uint32_t z)
{
	const struct nf_attr_tok *t = c->w->t;

	if (a == NF_ATTR_NONE || z <= a)
		return put(b, "null");
	return nf_jsonw_string(b, c->text + t[a].a, t[z - 1].b - t[a].a);
}

/* The integer v, or null when v is NF_ATTR_NONE. */
static int int_or_null(struct nf_buf *b, uint32_t v, long long plus)
{
	return v == NF_ATTR_NONE ? put(b, "null") : nf_jsonw_int(b, (long long)v + plus);
}

/* The spans of a content the cue splits: "content_spans":[...]. */
static int content_spans(struct nf_buf *b, struct ctx *c, const struct nf_attr_found *f)
{
	return put(b, ",\"content_spans\":[") < 0 || tspan(b, c, &c->cur, f->con_a, f->con_b) < 0 ||
	       nf_buf_addc(b, ',') < 0 || tspan(b, c, &c->cur, f->con2_a, f->con2_b) < 0 ? -1 :
	       nf_buf_addc(b, ']');
}

/* {"cue","source","content"[,"content_spans"],"type","source_id","sentence"} */
static int attribution(struct nf_buf *b, struct ctx *c, size_t k)
{
	const struct nf_attr_found *f = &c->w->found[k];
	int split = f->con2_a != NF_ATTR_NONE;

	if (put(b, "{\"cue\":") < 0 || tspan(b, c, &c->cur, f->cue_a, f->cue_b) < 0 ||
	    put(b, ",\"source\":") < 0 || tspan(b, c, &c->cur, f->src_a, f->src_b) < 0 ||
	    put(b, ",\"content\":") < 0 ||
	    tspan(b, c, &c->cur, f->con_a, split ? f->con2_b : f->con_b) < 0 ||
	    (split && content_spans(b, c, f) < 0))
		return -1;
	if (put(b, ",\"type\":\"") < 0 || put(b, nf_attr_type(c->w, f)) < 0 ||
	    put(b, "\",\"source_id\":") < 0 || int_or_null(b, c->r->src_of[k], 1) < 0 ||
	    put(b, ",\"sentence\":") < 0 || nf_jsonw_int(b, (long long)f->sent) < 0)
		return -1;
	return nf_buf_addc(b, '}');
}

static int write_attributions(struct nf_buf *b, struct ctx *c)
{
	size_t k;

	if (nf_buf_addc(b, '[') < 0)
		return -1;
	for (k = 0; k < c->w->nfound; k++)
		if ((k && nf_buf_addc(b, ',') < 0) || attribution(b, c, k) < 0)
			return -1;
	return nf_buf_addc(b, ']');
}

/*
 * The code point spans of every mention, in mention order (text order,
 * near enough), into pool->mcp: the sources list them grouped by source,
 * which would send one cursor back and forth over the text.
 */
static int mention_offsets(struct ctx *c)
{
	const struct nf_attr_registry *r = c->r;
	struct nf_attr_jpool *p = c->pool;
	struct nf_cpcursor cur;
	size_t k;

	if (nf_grow((void **)&p->mcp, &p->mcp_cap, 2 * r->nm, sizeof(*p->mcp)) < 0)
		return -1;
	nf_cpcursor_init(&cur, c->text);
	for (k = 0; k < r->nm; k++) {
		p->mcp[2 * k] = nf_cpcursor_at(&cur, c->w->t[r->m[k].a].a);
		p->mcp[2 * k + 1] = nf_cpcursor_at(&cur, c->w->t[r->m[k].b - 1].b);
	}
	return 0;
}

/* "mentions":[...] of source id. */
static int mentions(struct nf_buf *b, const struct ctx *c, uint32_t id)
{
	const size_t *mcp = c->pool->mcp;
	uint32_t m;

	if (put(b, ",\"mentions\":[") < 0)
		return -1;
	for (m = c->r->v[id].first_m; m != NF_ATTR_NONE; m = c->r->m[m].next)
		if ((m != c->r->v[id].first_m && nf_buf_addc(b, ',') < 0) ||
		    cp_span(b, mcp[2 * m], mcp[2 * m + 1]) < 0)
			return -1;
	return nf_buf_addc(b, ']');
}

/* {"id","name","kind","anonymous","affiliation","role","mentions"} */
static int source(struct nf_buf *b, const struct ctx *c, uint32_t id)
{
	const struct nf_attr_source *s = &c->r->v[id];

	if (put(b, "{\"id\":") < 0 || nf_jsonw_int(b, (long long)id + 1) < 0 ||
	    put(b, ",\"name\":") < 0 || ttext(b, c, s->name_a, s->name_b) < 0 ||
	    put(b, ",\"kind\":\"") < 0 || put(b, nf_source_kind_names[s->kind]) < 0 ||
	    put(b, s->anonymous ? "\",\"anonymous\":true" : "\",\"anonymous\":false") < 0 ||
	    put(b, ",\"affiliation\":") < 0 || ttext(b, c, s->aff_a, s->aff_b) < 0 ||
	    put(b, ",\"role\":") < 0 || ttext(b, c, s->role_a, s->role_b) < 0 ||
	    mentions(b, c, id) < 0)
		return -1;
	return nf_buf_addc(b, '}');
}

static int write_sources(struct nf_buf *b, struct ctx *c)
{
	size_t k;

	if (mention_offsets(c) < 0 || nf_buf_addc(b, '[') < 0)
		return -1;
	for (k = 0; k < c->r->n; k++)
		if ((k && nf_buf_addc(b, ',') < 0) || source(b, c, (uint32_t)k) < 0)
			return -1;
	return nf_buf_addc(b, ']');
}

/* "cited_by":[...] of links n (NULL: none) */
static int cited_by(struct nf_buf *b, const struct nf_attr_links *n)
{
	size_t k;

	if (put(b, ",\"cited_by\":[") < 0)
		return -1;
	for (k = 0; n && k < n->ncited; k++)
		if ((k && nf_buf_addc(b, ',') < 0) || nf_jsonw_int(b, n->cited[k]) < 0)
			return -1;
	return nf_buf_addc(b, ']');
}

/* "supports":[{"sentence","score"}...], scores rounded to thousandths. */
static int supports(struct nf_buf *b, const struct nf_attr_links *n)
{
	size_t k;

	if (put(b, ",\"supports\":[") < 0)
		return -1;
	for (k = 0; n && k < n->nsup; k++)
		if ((k && nf_buf_addc(b, ',') < 0) || put(b, "{\"sentence\":") < 0 ||
		    nf_jsonw_int(b, n->sup[k]) < 0 || put(b, ",\"score\":") < 0 ||
		    nf_jsonw_real(b, (double)(int)(n->score[k] * 1000 + 0.5) / 1000) < 0 ||
		    nf_buf_addc(b, '}') < 0)
			return -1;
	return nf_buf_addc(b, ']');
}

/* {"kind","number","marker","text","cited_by","supports"} of note k */
static int reference(struct nf_buf *b, struct ctx *c, size_t k)
{
	const struct nf_attr_note *n = &c->ns->v[k];
	const struct nf_attr_links *l = nf_attr_note_links(c->ns, k);
	int32_t num = nf_attr_note_num(n, c->text);

	if (put(b, n->kind == NF_NOTE_NOTE ? "{\"kind\":\"note\",\"number\":" :
		"{\"kind\":\"summary\",\"number\":") < 0 ||
	    (num >= 0 ? nf_jsonw_int(b, num) : put(b, "null")) < 0 ||
	    put(b, ",\"marker\":") < 0 ||
	    (n->mlen ? span(b, &c->cur, n->ma, n->ma + n->mlen) : put(b, "null")) < 0 ||
	    put(b, ",\"text\":") < 0 || span(b, &c->cur, nf_attr_note_start(n, c->text), n->b) < 0 ||
	    cited_by(b, l) < 0 || supports(b, l) < 0)
		return -1;
	return nf_buf_addc(b, '}');
}

static int write_references(struct nf_buf *b, struct ctx *c)
{
	size_t k;

	if (nf_buf_addc(b, '[') < 0)
		return -1;
	for (k = 0; k < c->ns->n; k++)
		if ((k && nf_buf_addc(b, ',') < 0) || reference(b, c, k) < 0)
			return -1;
	return nf_buf_addc(b, ']');
}

void nf_attr_jpool_release(struct nf_attr_jpool *p)
{
	free(p->mcp);
	memset(p, 0, sizeof(*p));
}

/* The three values into vals[0..2].  Returns 0, or -1 on ENOMEM. */
static int write_all(struct nf_buf *vals, struct ctx *c)
{
	nf_cpcursor_init(&c->cur, c->text);
	if (write_attributions(&vals[0], c) < 0 || write_sources(&vals[1], c) < 0)
		return -1;
	nf_cpcursor_init(&c->cur, c->text);
	return write_references(&vals[2], c);
}

/*
 * The fewest bytes each element can take (every span at offsets 0 or
 * null where it may be, every number one digit, a text one byte, the
 * shortest names), so that nf_attr_write_bound is a lower bound of what
 * write_all writes.
 */
#define MIN_LEN(s) (sizeof(s) - 1)
#define MIN_SPAN MIN_LEN("{\"start\":0,\"end\":0}")
#define MIN_ATTRIBUTION MIN_LEN("{\"cue\":null,\"source\":null," \
				"\"content\":null,\"type\":\"mixed\",\"source_id\":0," \
				"\"sentence\":0}")
#define MIN_SOURCE MIN_LEN("{\"id\":0,\"name\":\"x\",\"kind\":\"media\",\"anonymous\":true," \
			   "\"affiliation\":\"x\",\"role\":\"x\",\"mentions\":[]}")
#define MIN_REFERENCE MIN_LEN("{\"kind\":\"note\",\"number\":0,\"marker\":null," \
			      "\"text\":{\"start\":0,\"end\":0},\"cited_by\":[],\"supports\":[]}")

size_t nf_attr_write_bound(const struct nf_attr_work *w, const struct nf_attr_registry *r,
			   const struct nf_attr_notes *ns)
{
	return w->nfound * MIN_ATTRIBUTION + r->n * MIN_SOURCE + r->nm * MIN_SPAN +
	       ns->n * MIN_REFERENCE;
}

/*
 * When the values may come near --max-record-bytes (their lower bound is
 * a quarter of it or more: a record of megabytes, issue 14), they are
 * first only counted (nf_buf_count_only), holding no memory: over the
 * limit, the driver rejects the record with the exact length counted;
 * within it, they are written again for real.  An ordinary record is
 * written once, as before.
 */
int nf_attr_write(struct nf_buf *vals, const struct nf_attr_work *w,
		  const struct nf_attr_registry *r, const struct nf_attr_notes *ns,
		  const char *text, struct nf_attr_jpool *pool)
{
	struct ctx c = { w, r, ns, text, { 0 }, pool };
	size_t k, total = 0, max;

	if (!vals[0].limit || nf_attr_write_bound(w, r, ns) < vals[0].limit->max / 4)
		return write_all(vals, &c);
	max = vals[0].limit->max;
	for (k = 0; k < 3; k++)
		nf_buf_count_only(&vals[k]);
	if (write_all(vals, &c) < 0)
		return -1;
	for (k = 0; k < 3; k++)
		total += nf_buf_total(&vals[k]);
	if (total > max)
		return 0;	/* the driver rejects it, with this length */
	for (k = 0; k < 3; k++)
		nf_buf_reset(&vals[k]);
	return write_all(vals, &c);
}
