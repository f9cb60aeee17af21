/*
 * link-sources' three values written straight as JSON text (attrstage.h),
 * for the driver to splice in: the very bytes json_dumpb writes of what
 * nf_attr_json builds (compact, keys in the same order, strings escaped
 * as jansson escapes them, scores through jansson itself), without
 * building and freeing a tree of jansson values per record, which cost
 * more than the decisions' lookups.  tests/unit/test_attr.c and
 * fuzz/fuzz_sources_text.c check that the two agree.
 */
#include <string.h>

#include "attrstage.h"
#include "offsets.h"

/* A value being written: out of memory is remembered, checked once at the end. */
struct jw {
	struct nf_buf *b;
	int err;
};

static void put(struct jw *j, const char *s, size_t n)
{
	if (!j->err && nf_buf_add(j->b, s, n) < 0)
		j->err = 1;
}

static void puts_(struct jw *j, const char *s)
{
	put(j, s, strlen(s));
}

/* A JSON integer: what "%lld" prints. */
static void put_int(struct jw *j, long long v)
{
	char tmp[24], *p = tmp + sizeof(tmp);
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;

	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		*--p = '-';
	put(j, p, (size_t)(tmp + sizeof(tmp) - p));
}

/* The escape of a byte below 0x20, '"' or '\\' (jansson's: short forms, else \u00XX). */
static size_t escape(unsigned char c, char *e)
{
	static const char hex[] = "0123456789ABCDEF";
	const char *s = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\b' ? "\\b" :
			c == '\f' ? "\\f" : c == '\n' ? "\\n" : c == '\r' ? "\\r" :
			c == '\t' ? "\\t" : NULL;

	if (s) {
		memcpy(e, s, 2);
		return 2;
	}
	memcpy(e, "\\u00", 4);
	e[4] = hex[c >> 4];
	e[5] = hex[c & 15];
	return 6;
}

/* A JSON string of the UTF-8 text s[0..n): runs of plain bytes copied whole. */
static void put_str(struct jw *j, const char *s, size_t n)
{
	size_t i = 0, run;
	char e[6];

	put(j, "\"", 1);
	while (i < n) {
		for (run = i; run < n && (unsigned char)s[run] >= 0x20 && s[run] != '"' &&
			      s[run] != '\\'; run++)
			;
		put(j, s + i, run - i);
		if (run < n)
			put(j, e, escape((unsigned char)s[run], e));
		i = run + 1;
	}
	put(j, "\"", 1);
}

/* A real as the driver dumps it (JSON_REAL_PRECISION(6)), by jansson. */
static void put_real(struct jw *j, double v)
{
	json_t *r = json_real(v);
	char tmp[64];
	size_t n = r ? json_dumpb(r, tmp, sizeof(tmp), JSON_ENCODE_ANY | JSON_REAL_PRECISION(6))
		     : 0;

	json_decref(r);
	if (n == 0 || n >= sizeof(tmp))
		j->err = 1;
	else
		put(j, tmp, n);
}

/* {"start":S,"end":E} of bytes [a, b), in code points. */
static void put_span(struct jw *j, struct nf_cpcursor *cur, size_t a, size_t b)
{
	puts_(j, "{\"start\":");
	put_int(j, (long long)nf_cpcursor_at(cur, a));
	puts_(j, ",\"end\":");
	put_int(j, (long long)nf_cpcursor_at(cur, b));
	put(j, "}", 1);
}

/* Token range [a, b) as a span, or null when a is NF_ATTR_NONE. */
static void put_tspan(struct jw *j, const struct nf_attr_work *w, struct nf_cpcursor *cur,
		      uint32_t a, uint32_t b)
{
	if (a == NF_ATTR_NONE)
		puts_(j, "null");
	else
		put_span(j, cur, w->t[a].a, w->t[b - 1].b);
}

/* Token range [a, b) as its text, or null. */
static void put_ttext(struct jw *j, const struct nf_attr_work *w, const char *text, uint32_t a,
		      uint32_t b)
{
	if (a == NF_ATTR_NONE || b <= a)
		puts_(j, "null");
	else
		put_str(j, text + w->t[a].a, w->t[b - 1].b - w->t[a].a);
}

static void put_attribution(struct jw *j, const struct nf_attr_work *w,
			    const struct nf_attr_registry *r, struct nf_cpcursor *cur, size_t k)
{
	const struct nf_attr_found *f = &w->found[k];

	puts_(j, "{\"cue\":");
	put_tspan(j, w, cur, f->cue_a, f->cue_b);
	puts_(j, ",\"source\":");
	put_tspan(j, w, cur, f->src_a, f->src_b);
	puts_(j, ",\"content\":");
	put_tspan(j, w, cur, f->con_a, f->con2_a != NF_ATTR_NONE ? f->con2_b : f->con_b);
	if (f->con2_a != NF_ATTR_NONE) {
		puts_(j, ",\"content_spans\":[");
		put_tspan(j, w, cur, f->con_a, f->con_b);
		put(j, ",", 1);
		put_tspan(j, w, cur, f->con2_a, f->con2_b);
		put(j, "]", 1);
	}
	puts_(j, ",\"type\":");
	put_str(j, nf_attr_type(w, f), strlen(nf_attr_type(w, f)));
	puts_(j, ",\"source_id\":");
	if (r->src_of[k] == NF_ATTR_NONE)
		puts_(j, "null");
	else
		put_int(j, (long long)r->src_of[k] + 1);
	puts_(j, ",\"sentence\":");
	put_int(j, f->sent);
	put(j, "}", 1);
}

static void put_source(struct jw *j, const struct nf_attr_work *w,
		       const struct nf_attr_registry *r, struct nf_cpcursor *cur,
		       const char *text, uint32_t id)
{
	const struct nf_attr_source *s = &r->v[id];
	size_t k, n = 0;

	puts_(j, "{\"id\":");
	put_int(j, (long long)id + 1);
	puts_(j, ",\"name\":");
	put_ttext(j, w, text, s->name_a, s->name_b);
	puts_(j, ",\"kind\":");
	put_str(j, nf_source_kind_names[s->kind], strlen(nf_source_kind_names[s->kind]));
	puts_(j, s->anonymous ? ",\"anonymous\":true" : ",\"anonymous\":false");
	puts_(j, ",\"role\":");
	put_ttext(j, w, text, s->role_a, s->role_b);
	puts_(j, ",\"mentions\":[");
	for (k = 0; k < r->nm; k++)
		if (r->m[k].src == id) {
			if (n++)
				put(j, ",", 1);
			put_tspan(j, w, cur, r->m[k].a, r->m[k].b);
		}
	puts_(j, "]}");
}

static void put_reference(struct jw *j, struct nf_cpcursor *cur, const struct nf_attr_note *n)
{
	size_t k;

	puts_(j, n->kind == NF_NOTE_NOTE ? "{\"kind\":\"note\",\"number\":"
					 : "{\"kind\":\"summary\",\"number\":");
	if (n->num >= 0)
		put_int(j, n->num);
	else
		puts_(j, "null");
	puts_(j, ",\"marker\":");
	if (n->mb > n->ma)
		put_span(j, cur, n->ma, n->mb);
	else
		puts_(j, "null");
	puts_(j, ",\"text\":");
	put_span(j, cur, n->a, n->b);
	puts_(j, ",\"cited_by\":[");
	for (k = 0; k < n->ncited; k++) {
		if (k)
			put(j, ",", 1);
		put_int(j, n->cited[k]);
	}
	puts_(j, "],\"supports\":[");
	for (k = 0; k < n->nsup; k++) {
		puts_(j, k ? ",{\"sentence\":" : "{\"sentence\":");
		put_int(j, n->sup[k]);
		puts_(j, ",\"score\":");
		put_real(j, (double)(int)(n->score[k] * 1000 + 0.5) / 1000);
		put(j, "}", 1);
	}
	puts_(j, "]}");
}

int nf_attr_text(const struct nf_attr_work *w, const struct nf_attr_registry *r,
		 const struct nf_attr_notes *ns, const char *text, struct nf_buf *vals)
{
	struct nf_cpcursor cur;
	struct jw j;
	size_t k;

	nf_cpcursor_init(&cur, text);
	j.b = &vals[0];
	j.err = 0;
	put(&j, "[", 1);
	for (k = 0; k < w->nfound; k++) {
		if (k)
			put(&j, ",", 1);
		put_attribution(&j, w, r, &cur, k);
	}
	put(&j, "]", 1);
	j.b = &vals[1];
	put(&j, "[", 1);
	for (k = 0; k < r->n; k++) {
		if (k)
			put(&j, ",", 1);
		put_source(&j, w, r, &cur, text, (uint32_t)k);
	}
	put(&j, "]", 1);
	j.b = &vals[2];
	put(&j, "[", 1);
	for (k = 0; k < ns->n; k++) {
		if (k)
			put(&j, ",", 1);
		put_reference(&j, &cur, &ns->v[k]);
	}
	put(&j, "]", 1);
	return j.err ? -1 : 0;
}
