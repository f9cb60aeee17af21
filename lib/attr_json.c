/*
 * link-sources' value as JSON (attrstage.h): attributions, sources and
 * references, every span converted from bytes to code points here.
 */
#include <stdlib.h>
#include <string.h>

#include "attrstage.h"
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

static json_t *mentions(const struct nf_attr_work *w, const struct nf_attr_registry *r,
			struct nf_cpcursor *cur, uint32_t id)
{
	json_t *arr = json_array();
	size_t k;

	for (k = 0; arr && k < r->nm; k++)
		if (r->m[k].src == id &&
		    json_array_append_new(arr, tspan(w, cur, r->m[k].a, r->m[k].b)) < 0) {
			json_decref(arr);
			return NULL;
		}
	return arr;
}

static json_t *source(const struct nf_attr_work *w, const struct nf_attr_registry *r,
		      struct nf_cpcursor *cur, const char *text, uint32_t id)
{
	const struct nf_attr_source *s = &r->v[id];
	json_t *o = json_object();

	if (!o || set(o, "id", json_integer((json_int_t)id + 1)) < 0 ||
	    set(o, "name", ttext(w, text, s->name_a, s->name_b)) < 0 ||
	    set(o, "kind", json_string(nf_source_kind_names[s->kind])) < 0 ||
	    set(o, "anonymous", json_boolean(s->anonymous)) < 0 ||
	    set(o, "role", ttext(w, text, s->role_a, s->role_b)) < 0 ||
	    set(o, "mentions", mentions(w, r, cur, id)) < 0) {
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

	for (k = 0; k < p->n; k++) {
		json_decref(p->obj[k]);
		json_decref(p->cue[k]);
		json_decref(p->src[k]);
		json_decref(p->con[k]);
	}
	free(p->obj);
	free(p->cue);
	free(p->src);
	free(p->con);
	for (k = 0; k < 3; k++)
		json_decref(p->types[k]);
	memset(p, 0, sizeof(*p));
}

static int pool_grow(struct nf_attr_jpool *p)
{
	size_t cap = p->cap ? p->cap * 2 : 64;
	json_t ***v[4] = { &p->obj, &p->cue, &p->src, &p->con };
	size_t i;

	for (i = 0; i < 4; i++) {
		json_t **q = realloc(*v[i], cap * sizeof(*q));
		if (!q)
			return -1;
		*v[i] = q;
	}
	p->cap = cap;
	return 0;
}

/* A new pool entry: the object with its keys in order, and its spans. */
static int pool_add(struct nf_attr_jpool *p)
{
	json_t *o;
	size_t k = p->n;

	if (!p->types[0] && !(p->types[0] = json_string("direct")))
		return -1;
	if (!p->types[1] && !(p->types[1] = json_string("indirect")))
		return -1;
	if (!p->types[2] && !(p->types[2] = json_string("mixed")))
		return -1;
	if (k == p->cap && pool_grow(p) < 0)
		return -1;
	p->obj[k] = o = json_object();
	p->cue[k] = span0();
	p->src[k] = span0();
	p->con[k] = span0();
	p->n++;		/* released with the pool, whatever failed */
	return !o || !p->cue[k] || !p->src[k] || !p->con[k] ||
	       json_object_set(o, "cue", p->cue[k]) < 0 ||
	       json_object_set(o, "source", p->src[k]) < 0 ||
	       json_object_set(o, "content", p->con[k]) < 0 ||
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
 * Attribution k from pool entry k, refilled.  A split content
 * ("content_spans") is built anew instead: its key would change the order.
 */
static json_t *pooled(const struct nf_attr_work *w, const struct nf_attr_registry *r,
		      struct nf_cpcursor *cur, size_t k, struct nf_attr_jpool *p)
{
	const struct nf_attr_found *f = &w->found[k];
	json_t *o;

	if (!p || f->con2_a != NF_ATTR_NONE || f->con_a == NF_ATTR_NONE)
		return attribution(w, r, cur, k);
	while (p->n <= k)
		if (pool_add(p) < 0)
			return NULL;
	o = p->obj[k];
	span_put(p->cue[k], cur, w->t[f->cue_a].a, w->t[f->cue_b - 1].b);
	span_put(p->con[k], cur, w->t[f->con_a].a, w->t[f->con_b - 1].b);
	if (f->src_a != NF_ATTR_NONE)
		span_put(p->src[k], cur, w->t[f->src_a].a, w->t[f->src_b - 1].b);
	if (json_object_set(o, "source", f->src_a != NF_ATTR_NONE ? p->src[k] : json_null()) < 0 ||
	    json_object_set(o, "type", type_of(p, nf_attr_type(w, f))) < 0 ||
	    (r->src_of[k] == NF_ATTR_NONE ? set(o, "source_id", json_null()) :
	     int_put(o, "source_id", (json_int_t)r->src_of[k] + 1)) < 0 ||
	    int_put(o, "sentence", (json_int_t)f->sent) < 0)
		return NULL;
	return json_incref(o);
}

/* Appends fn(i) for i < n to a new array under key k of root. */
static int fill(json_t *root, const char *k, size_t n,
		json_t *(*fn)(size_t i, void *arg), void *arg)
{
	json_t *arr = json_array();
	size_t i;

	if (set(root, k, arr) < 0)
		return -1;
	for (i = 0; i < n; i++)
		if (json_array_append_new(arr, fn(i, arg)) < 0)
			return -1;
	return 0;
}

struct ctx {
	const struct nf_attr_work *w;
	const struct nf_attr_registry *r;
	const struct nf_attr_notes *ns;
	const char *text;
	struct nf_cpcursor cur;
	struct nf_attr_jpool *pool;
};

static json_t *attr_at(size_t i, void *arg)
{
	struct ctx *c = arg;
	return pooled(c->w, c->r, &c->cur, i, c->pool);
}

static json_t *source_at(size_t i, void *arg)
{
	struct ctx *c = arg;
	return source(c->w, c->r, &c->cur, c->text, (uint32_t)i);
}

static json_t *note_at(size_t i, void *arg)
{
	struct ctx *c = arg;
	return reference(&c->cur, &c->ns->v[i]);
}

json_t *nf_attr_json(const struct nf_attr_work *w, const struct nf_attr_registry *r,
		     const struct nf_attr_notes *ns, const char *text, struct nf_attr_jpool *pool)
{
	struct ctx c = { w, r, ns, text, { 0 }, pool };
	json_t *root = json_object();

	nf_cpcursor_init(&c.cur, text);
	if (!root || fill(root, "attributions", w->nfound, attr_at, &c) < 0 ||
	    fill(root, "sources", r->n, source_at, &c) < 0 ||
	    fill(root, "references", ns->n, note_at, &c) < 0) {
		json_decref(root);
		return NULL;
	}
	return root;
}
