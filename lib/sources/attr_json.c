/*
 * link-sources' values as JSON text (attrstage.h): attributions, sources
 * and references, each written element by element (jsonw.h), every span
 * converted from bytes to code points here.
 */
#include <stdlib.h>
#include <string.h>

#include "attrstage.h"
#include "jsonw.h"
#include "offsets.h"

static json_t *span0(void)
{
	return json_pack("{s:i,s:i}", "start", 0, "end", 0);
}

static json_t *span(struct nf_cpcursor *cur, size_t a, size_t b)
{
	json_t *o = json_object();

	if (o && (json_object_set_new(o, "start", json_integer((json_int_t)nf_cpcursor_at(cur, a))) < 0 ||
		  json_object_set_new(o, "end", json_integer((json_int_t)nf_cpcursor_at(cur, b))) < 0)) {
		json_decref(o);
		return NULL;
	}
	return o;
}

/* Token range [a, b) as a span, or null when a is NF_ATTR_NONE. */
static json_t *tspan(const struct nf_attr_work *w, struct nf_cpcursor *cur, uint32_t a,
		     uint32_t b)
{
	if (a == NF_ATTR_NONE)
		return json_null();
	return span(cur, w->t[a].a, w->t[b - 1].b);
}

/* Token range as its text, or null. */
static json_t *ttext(const struct nf_attr_work *w, const char *text, uint32_t a, uint32_t b)
{
	if (a == NF_ATTR_NONE || b <= a)
		return json_null();
	return json_stringn(text + w->t[a].a, w->t[b - 1].b - w->t[a].a);
}

static int set(json_t *o, const char *k, json_t *v)
{
	return v ? json_object_set_new(o, k, v) : -1;
}

static json_t *attribution(const struct nf_attr_work *w, const struct nf_attr_registry *r,
			   struct nf_cpcursor *cur, size_t k)
{
	const struct nf_attr_found *f = &w->found[k];
	json_t *o = json_object(), *frags;
	int bad;

	if (!o)
		return NULL;
	bad = set(o, "cue", tspan(w, cur, f->cue_a, f->cue_b)) < 0 ||
	      set(o, "source", tspan(w, cur, f->src_a, f->src_b)) < 0 ||
	      set(o, "content", tspan(w, cur, f->con_a,
				      f->con2_a != NF_ATTR_NONE ? f->con2_b : f->con_b)) < 0;
	if (!bad && f->con2_a != NF_ATTR_NONE) {
		frags = json_array();
		bad = set(o, "content_spans", frags) < 0 ||
		      json_array_append_new(frags, tspan(w, cur, f->con_a, f->con_b)) < 0 ||
		      json_array_append_new(frags, tspan(w, cur, f->con2_a, f->con2_b)) < 0;
	}
	bad = bad || set(o, "type", json_string(nf_attr_type(w, f))) < 0 ||
	      set(o, "source_id", r->src_of[k] == NF_ATTR_NONE ? json_null() :
		  json_integer((json_int_t)r->src_of[k] + 1)) < 0 ||
	      set(o, "sentence", json_integer((json_int_t)f->sent)) < 0;
	if (bad) {
		json_decref(o);
		return NULL;
	}
	return o;
}

/* Source id without its "mentions", which are written after it (write_source). */
static json_t *source(const struct nf_attr_work *w, const struct nf_attr_registry *r,
		      const char *text, uint32_t id)
{
	const struct nf_attr_source *s = &r->v[id];
	json_t *o = json_object();

	if (!o || set(o, "id", json_integer((json_int_t)id + 1)) < 0 ||
	    set(o, "name", ttext(w, text, s->name_a, s->name_b)) < 0 ||
	    set(o, "kind", json_string(nf_source_kind_names[s->kind])) < 0 ||
	    set(o, "anonymous", json_boolean(s->anonymous)) < 0 ||
	    set(o, "affiliation", ttext(w, text, s->aff_a, s->aff_b)) < 0 ||
	    set(o, "role", ttext(w, text, s->role_a, s->role_b)) < 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static json_t *sent_list(const uint32_t *v, size_t n)
{
	json_t *arr = json_array();
	size_t k;

	for (k = 0; arr && k < n; k++)
		if (json_array_append_new(arr, json_integer(v[k])) < 0) {
			json_decref(arr);
			return NULL;
		}
	return arr;
}

static json_t *supports(const struct nf_attr_note *n)
{
	json_t *arr = json_array(), *o;
	size_t k;

	for (k = 0; arr && k < n->nsup; k++) {
		o = json_object();
		if (json_array_append_new(arr, o) < 0 ||
		    set(o, "sentence", json_integer(n->sup[k])) < 0 ||
		    set(o, "score", json_real((double)(int)(n->score[k] * 1000 + 0.5) / 1000)) < 0) {
			json_decref(arr);
			return NULL;
		}
	}
	return arr;
}

static json_t *reference(struct nf_cpcursor *cur, const struct nf_attr_note *n)
{
	json_t *o = json_object();

	if (!o || set(o, "kind", json_string(n->kind == NF_NOTE_NOTE ? "note" : "summary")) < 0 ||
	    set(o, "number", n->num >= 0 ? json_integer(n->num) : json_null()) < 0 ||
	    set(o, "marker", n->mb > n->ma ? span(cur, n->ma, n->mb) : json_null()) < 0 ||
	    set(o, "text", span(cur, n->a, n->b)) < 0 ||
	    set(o, "cited_by", sent_list(n->cited, n->ncited)) < 0 ||
	    set(o, "supports", supports(n)) < 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}

/* ---------------------------------------------------------------- pool */

void nf_attr_jpool_release(struct nf_attr_jpool *p)
{
	size_t k;

	json_decref(p->obj);
	json_decref(p->cue);
	json_decref(p->src);
	json_decref(p->con);
	json_decref(p->span);
	json_decref(p->span_a);
	json_decref(p->span_b);
	for (k = 0; k < 3; k++)
		json_decref(p->types[k]);
	free(p->mcp);
	memset(p, 0, sizeof(*p));
}

/* Makes the pool's objects: the attribution with its keys in order, and its spans. */
static int pool_make(struct nf_attr_jpool *p)
{
	json_t *o;

	if (!(p->types[0] = json_string("direct")) || !(p->types[1] = json_string("indirect")) ||
	    !(p->types[2] = json_string("mixed")))
		return -1;
	p->obj = o = json_object();
	p->cue = span0();
	p->src = span0();
	p->con = span0();
	p->span = json_object();
	p->span_a = json_integer(0);
	p->span_b = json_integer(0);
	return !o || !p->cue || !p->src || !p->con || !p->span || !p->span_a || !p->span_b ||
	       json_object_set(p->span, "start", p->span_a) < 0 ||
	       json_object_set(p->span, "end", p->span_b) < 0 ||
	       json_object_set(o, "cue", p->cue) < 0 ||
	       json_object_set(o, "source", p->src) < 0 ||
	       json_object_set(o, "content", p->con) < 0 ||
	       json_object_set(o, "type", p->types[0]) < 0 ||
	       set(o, "source_id", json_integer(0)) < 0 ||
	       set(o, "sentence", json_integer(0)) < 0 ? -1 : 0;
}

static void span_put(json_t *o, struct nf_cpcursor *cur, size_t a, size_t b)
{
	json_integer_set(json_object_get(o, "start"), (json_int_t)nf_cpcursor_at(cur, a));
	json_integer_set(json_object_get(o, "end"), (json_int_t)nf_cpcursor_at(cur, b));
}

/* Sets key k of o to the integer v, in place when it already is one. */
static int int_put(json_t *o, const char *k, json_int_t v)
{
	json_t *x = json_object_get(o, k);

	if (json_is_integer(x))
		return json_integer_set(x, v);
	return set(o, k, json_integer(v));
}

static json_t *type_of(const struct nf_attr_jpool *p, const char *type)
{
	return p->types[type[0] == 'd' ? 0 : type[0] == 'i' ? 1 : 2];
}

/*
 * Attribution k in the pool's object, refilled (a new reference).  A
 * split content ("content_spans") is built anew instead: its key would
 * change the order.
 */
static json_t *pooled(const struct nf_attr_work *w, const struct nf_attr_registry *r,
		      struct nf_cpcursor *cur, size_t k, struct nf_attr_jpool *p)
{
	const struct nf_attr_found *f = &w->found[k];
	json_t *o = p->obj;

	if (f->con2_a != NF_ATTR_NONE || f->con_a == NF_ATTR_NONE)
		return attribution(w, r, cur, k);
	span_put(p->cue, cur, w->t[f->cue_a].a, w->t[f->cue_b - 1].b);
	span_put(p->con, cur, w->t[f->con_a].a, w->t[f->con_b - 1].b);
	if (f->src_a != NF_ATTR_NONE)
		span_put(p->src, cur, w->t[f->src_a].a, w->t[f->src_b - 1].b);
	if (json_object_set(o, "source", f->src_a != NF_ATTR_NONE ? p->src : json_null()) < 0 ||
	    json_object_set(o, "type", type_of(p, nf_attr_type(w, f))) < 0 ||
	    (r->src_of[k] == NF_ATTR_NONE ? set(o, "source_id", json_null()) :
	     int_put(o, "source_id", (json_int_t)r->src_of[k] + 1)) < 0 ||
	    int_put(o, "sentence", (json_int_t)f->sent) < 0)
		return NULL;
	return json_incref(o);
}

/* ---------------------------------------------------------------- writing */

struct ctx {
	const struct nf_attr_work *w;
	const struct nf_attr_registry *r;
	const struct nf_attr_notes *ns;
	const char *text;
	struct nf_cpcursor cur;
	struct nf_attr_jpool *pool;
};

/* Appends o to a and drops it; o NULL (ENOMEM) fails.  Returns 0 or -1. */
static int add_new(struct nf_jsonw *a, json_t *o)
{
	int rc = o ? nf_jsonw_add(a, o) : -1;

	json_decref(o);
	return rc;
}

static int write_attributions(struct nf_buf *b, struct ctx *c)
{
	struct nf_jsonw a;
	size_t k;

	if (nf_jsonw_open(&a, b) < 0)
		return -1;
	for (k = 0; k < c->w->nfound; k++)
		if (add_new(&a, pooled(c->w, c->r, &c->cur, k, c->pool)) < 0)
			return -1;
	return nf_jsonw_close(&a);
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

/* Writes source id as an element of a: its object, then its mentions. */
static int write_source(struct nf_jsonw *a, struct ctx *c, uint32_t id)
{
	struct nf_attr_jpool *p = c->pool;
	struct nf_jsonw ms;
	json_t *o = source(c->w, c->r, c->text, id);
	uint32_t m;
	int rc = o && nf_jsonw_next(a) == 0 ? nf_jsonw_value(a->b, o) : -1;

	json_decref(o);
	if (rc < 0)
		return -1;
	a->b->len--;	/* the object's closing brace: "mentions" goes last */
	if (nf_buf_adds(a->b, ",\"mentions\":") < 0 || nf_jsonw_open(&ms, a->b) < 0)
		return -1;
	for (m = c->r->v[id].first_m; m != NF_ATTR_NONE; m = c->r->m[m].next) {
		json_integer_set(p->span_a, (json_int_t)p->mcp[2 * m]);
		json_integer_set(p->span_b, (json_int_t)p->mcp[2 * m + 1]);
		if (nf_jsonw_add(&ms, p->span) < 0)
			return -1;
	}
	return nf_jsonw_close(&ms) < 0 || nf_buf_addc(a->b, '}') < 0 ? -1 : 0;
}

static int write_sources(struct nf_buf *b, struct ctx *c)
{
	struct nf_jsonw a;
	size_t k;

	if (mention_offsets(c) < 0 || nf_jsonw_open(&a, b) < 0)
		return -1;
	for (k = 0; k < c->r->n; k++)
		if (write_source(&a, c, (uint32_t)k) < 0)
			return -1;
	return nf_jsonw_close(&a);
}

static int write_references(struct nf_buf *b, struct ctx *c)
{
	struct nf_jsonw a;
	size_t k;

	if (nf_jsonw_open(&a, b) < 0)
		return -1;
	for (k = 0; k < c->ns->n; k++)
		if (add_new(&a, reference(&c->cur, &c->ns->v[k])) < 0)
			return -1;
	return nf_jsonw_close(&a);
}

int nf_attr_write(struct nf_buf *vals, const struct nf_attr_work *w,
		  const struct nf_attr_registry *r, const struct nf_attr_notes *ns,
		  const char *text, struct nf_attr_jpool *pool)
{
	struct ctx c = { w, r, ns, text, { 0 }, pool };

	if (!pool->obj && pool_make(pool) < 0)
		return -1;
	nf_cpcursor_init(&c.cur, text);
	if (write_attributions(&vals[0], &c) < 0 || write_sources(&vals[1], &c) < 0)
		return -1;
	nf_cpcursor_init(&c.cur, text);
	return write_references(&vals[2], &c);
}
