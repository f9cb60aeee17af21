/*
 * Reading gold entity data; see ner_data.h.  Training-time code: it
 * favours clarity over speed, but still checks every allocation.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "ner.h"
#include "ner_data.h"
#include "spanread.h"

int nf_ner_type_of(const char *name, size_t n)
{
	if ((n == 3 && memcmp(name, "PER", 3) == 0) || (n == 6 && memcmp(name, "PERSON", 6) == 0))
		return NF_PER;
	if (n == 3 && memcmp(name, "ORG", 3) == 0)
		return NF_ORG;
	if (n == 3 && memcmp(name, "LOC", 3) == 0)
		return NF_LOC;
	if (n == 4 && memcmp(name, "MISC", 4) == 0)
		return NF_MISC;
	return -1;
}

static void doc_release(struct nf_ner_doc *d)
{
	free(d->id);
	free(d->text);
	free(d->sents);
	free(d->ents);
}

void nf_ner_corpus_release(struct nf_ner_corpus *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		doc_release(&c->docs[i]);
	free(c->docs);
	memset(c, 0, sizeof(*c));
}

/* A document being built from sentences of tokens. */
struct builder {
	struct nf_buf text;
	struct nf_span *sents;
	size_t nsents, scap;
	struct nf_gold_ent *ents;
	size_t nents, ecap;
	char *id;
	long open_type;		/* entity being extended, -1 if none */
	size_t origin;		/* 1 + the document copied, 0 for none */
};

static int add_sent(struct builder *b, size_t a, size_t e)
{
	if (b->nsents == b->scap) {
		size_t cap = b->scap ? b->scap * 2 : 16;
		struct nf_span *p = realloc(b->sents, cap * sizeof(*p));
		if (!p)
			return -1;
		b->sents = p;
		b->scap = cap;
	}
	b->sents[b->nsents].start = a;
	b->sents[b->nsents++].end = e;
	return 0;
}

static int add_ent(struct builder *b, size_t a, size_t e, int type)
{
	if (b->nents == b->ecap) {
		size_t cap = b->ecap ? b->ecap * 2 : 16;
		struct nf_gold_ent *p = realloc(b->ents, cap * sizeof(*p));
		if (!p)
			return -1;
		b->ents = p;
		b->ecap = cap;
	}
	b->ents[b->nents].a = a;
	b->ents[b->nents].b = e;
	b->ents[b->nents++].type = type;
	return 0;
}

/* Adds a token with its IOB label to the current sentence of b. */
static int add_token(struct builder *b, const char *tok, size_t tn, const char *lab,
		     size_t ln, int first)
{
	size_t a;
	int type = ln > 2 ? nf_ner_type_of(lab + 2, ln - 2) : -1;

	if (!first && nf_buf_addc(&b->text, ' ') < 0)
		return -1;
	a = b->text.len;
	if (nf_buf_add(&b->text, tok, tn) < 0)
		return -1;
	if (type >= 0 && lab[0] == 'I' && b->open_type == type && b->nents) {
		b->ents[b->nents - 1].b = b->text.len;
		return 0;
	}
	b->open_type = type;
	return type >= 0 ? add_ent(b, a, b->text.len, type) : 0;
}

static int start_sentence(struct builder *b)
{
	b->open_type = -1;
	return b->text.len ? nf_buf_addc(&b->text, '\n') : 0;
}

static int by_start(const void *x, const void *y)
{
	const struct nf_gold_ent *a = x, *b = y;

	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return (a->b < b->b) - (a->b > b->b);	/* longer first */
}

static int finish_doc(struct nf_ner_corpus *c, struct builder *b)
{
	struct nf_ner_doc *d;

	if (b->text.len == 0)
		return 0;
	if (b->nents)
		qsort(b->ents, b->nents, sizeof(*b->ents), by_start);
	if (c->n == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 64;
		d = realloc(c->docs, cap * sizeof(*d));
		if (!d)
			return -1;
		c->docs = d;
		c->cap = cap;
	}
	d = &c->docs[c->n++];
	d->id = b->id;
	d->text = b->text.data;
	d->len = b->text.len;
	d->sents = b->sents;
	d->nsents = b->nsents;
	d->ents = b->ents;
	d->nents = b->nents;
	d->origin = b->origin ? b->origin - 1 : c->n - 1;
	d->domain = b->origin ? c->docs[b->origin - 1].domain : 0;
	d->weight = b->origin ? c->docs[b->origin - 1].weight : 1;
	memset(b, 0, sizeof(*b));
	b->open_type = -1;
	return 0;
}

/* One CoNLL-style JSON sentence: tokens + labels. */
static int conll_sentence(struct builder *b, json_t *toks, json_t *labs)
{
	size_t i, a;
	json_t *t, *l;

	if (start_sentence(b) < 0)
		return -1;
	a = b->text.len;
	json_array_foreach(toks, i, t) {
		l = json_array_get(labs, i);
		if (!json_is_string(t) || !json_is_string(l))
			return -2;
		if (add_token(b, json_string_value(t), json_string_length(t),
			      json_string_value(l), json_string_length(l), i == 0) < 0)
			return -1;
	}
	return add_sent(b, a, b->text.len);
}

/* Byte offset of every code point of s (plus one past the end). */
static size_t *cp_offsets(const char *s, size_t n, size_t *count)
{
	size_t *map = malloc((n + 1) * sizeof(*map)), i, k = 0;

	if (!map)
		return NULL;
	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			map[k++] = i;
	map[k] = n;
	*count = k;
	return map;
}

/* A span of ncp code points as [s, e, ...] or {"start","end"}; returns 0 or -1. */
static int span_of(json_t *x, size_t ncp, size_t *s, size_t *e, const char **lab, size_t *ln)
{
	json_t *l = json_is_array(x) ? json_array_get(x, 2) : json_object_get(x, "label");

	if (nf_span_read(x, NF_SPAN_OR_ARRAY, ncp, s, e) < 0)
		return -1;
	*lab = json_is_string(l) ? json_string_value(l) : "";
	*ln = json_is_string(l) ? json_string_length(l) : 0;
	return 0;
}

/* A whole document with text and code point spans. */
static int text_document(struct nf_ner_corpus *c, struct builder *b, json_t *root)
{
	json_t *text = json_object_get(root, "text"), *ents, *sents, *x;
	size_t *map, ncp, i, s, e, ln;
	const char *lab;
	int type, rc = -1;

	ents = json_object_get(root, "ner");
	if (!ents)
		ents = json_object_get(root, "entities");
	sents = json_object_get(root, "sentences");
	if (nf_buf_add(&b->text, json_string_value(text), json_string_length(text)) < 0 ||
	    !(map = cp_offsets(b->text.data, b->text.len, &ncp)))
		return -1;
	json_array_foreach(sents, i, x)
		if (span_of(x, ncp, &s, &e, &lab, &ln) == 0 && add_sent(b, map[s], map[e]) < 0)
			goto done;
	json_array_foreach(ents, i, x) {
		if (span_of(x, ncp, &s, &e, &lab, &ln) < 0 || (type = nf_ner_type_of(lab, ln)) < 0)
			continue;
		if (add_ent(b, map[s], map[e], type) < 0)
			goto done;
	}
	rc = finish_doc(c, b);
done:
	free(map);
	return rc;
}

static char *id_of(json_t *root, size_t lineno)
{
	json_t *id = json_object_get(root, "id");
	char tmp[32];

	if (json_is_string(id))
		return strdup(json_string_value(id));
	snprintf(tmp, sizeof(tmp), "line-%zu", lineno);
	return strdup(tmp);
}

/* Handles one JSON line; doc_key tracks the CoNLL "doc" grouping. */
static int json_line(struct nf_ner_corpus *c, struct builder *b, json_t *root,
		     size_t lineno, json_int_t *doc_key)
{
	json_t *toks = json_object_get(root, "tokens"), *labs = json_object_get(root, "labels");
	json_t *doc = json_object_get(root, "doc");

	if (json_is_string(json_object_get(root, "text")) && !json_is_array(labs)) {
		if (finish_doc(c, b) < 0 || !(b->id = id_of(root, lineno)))
			return -1;
		return text_document(c, b, root);
	}
	if (!json_is_array(toks) || !json_is_array(labs))
		return -2;
	if (!json_is_integer(doc) || json_integer_value(doc) != *doc_key || !b->id) {
		if (finish_doc(c, b) < 0)
			return -1;
		*doc_key = json_is_integer(doc) ? json_integer_value(doc) : -1;
		if (!(b->id = id_of(root, lineno)))
			return -1;
	}
	return conll_sentence(b, toks, labs);
}

/* One "token ... LABEL" line of a column file. */
static int column_line(struct nf_ner_corpus *c, struct builder *b, const char *p,
		       const char *eol, int *in_sent, size_t *sent_start)
{
	const char *tok_end = p, *lab = eol;

	while (tok_end < eol && *tok_end != ' ' && *tok_end != '\t')
		tok_end++;
	if (tok_end - p == 10 && memcmp(p, "-DOCSTART-", 10) == 0) {
		*in_sent = 0;
		return finish_doc(c, b);
	}
	while (lab > tok_end && lab[-1] != ' ' && lab[-1] != '\t')
		lab--;
	if (!*in_sent) {
		if (start_sentence(b) < 0)
			return -1;
		*sent_start = b->text.len;
		*in_sent = 1;
		if (!b->id && !(b->id = strdup("columns")))
			return -1;
		return add_token(b, p, (size_t)(tok_end - p), lab, (size_t)(eol - lab), 1);
	}
	return add_token(b, p, (size_t)(tok_end - p), lab, (size_t)(eol - lab), 0);
}

static int load_columns(struct nf_ner_corpus *c, struct builder *b, const char *data,
			size_t len)
{
	const char *p = data, *end = data + len, *eol, *e;
	size_t sent_start = 0;
	int in_sent = 0;

	for (; p < end; p = eol + 1) {
		eol = memchr(p, '\n', (size_t)(end - p));
		if (!eol)
			eol = end;
		for (e = eol; e > p && (e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'); e--)
			;
		if (e == p) {
			if (in_sent && add_sent(b, sent_start, b->text.len) < 0)
				return -1;
			in_sent = 0;
			continue;
		}
		if (column_line(c, b, p, e, &in_sent, &sent_start) < 0)
			return -1;
	}
	if (in_sent && add_sent(b, sent_start, b->text.len) < 0)
		return -1;
	return finish_doc(c, b);
}

/* A file being read: the document being built and its CoNLL "doc" key. */
struct nf_ner_gold {
	struct builder b;
	json_int_t doc_key;
};

struct nf_ner_gold *nf_ner_gold_new(void)
{
	struct nf_ner_gold *g = calloc(1, sizeof(*g));

	if (g) {
		g->b.open_type = -1;
		g->doc_key = -1;
	}
	return g;
}

void nf_ner_gold_free(struct nf_ner_gold *g)
{
	if (!g)
		return;
	nf_buf_release(&g->b.text);
	free(g->b.sents);
	free(g->b.ents);
	free(g->b.id);
	free(g);
}

int nf_ner_gold_record(struct nf_ner_gold *g, struct nf_ner_corpus *c, json_t *root,
		       size_t lineno)
{
	return json_line(c, &g->b, root, lineno, &g->doc_key);
}

int nf_ner_gold_end(struct nf_ner_gold *g, struct nf_ner_corpus *c)
{
	int rc = finish_doc(c, &g->b);

	nf_buf_release(&g->b.text);
	free(g->b.sents);
	free(g->b.ents);
	free(g->b.id);
	memset(&g->b, 0, sizeof(g->b));
	g->b.open_type = -1;
	g->doc_key = -1;
	return rc;
}

int nf_ner_gold_columns(struct nf_ner_gold *g, struct nf_ner_corpus *c, const char *p,
			size_t n)
{
	int rc = load_columns(c, &g->b, p, n);

	return nf_ner_gold_end(g, c) < 0 || rc < 0 ? -1 : 0;
}

/* A copy of document d with its ASCII letters re-cased (offsets unchanged). */
static int case_copy(struct nf_ner_corpus *c, size_t d, int upper)
{
	const struct nf_ner_doc *src = &c->docs[d];
	struct builder b;
	size_t i;

	memset(&b, 0, sizeof(b));
	b.open_type = -1;
	if (nf_buf_add(&b.text, src->text, src->len) < 0)
		goto fail;
	for (i = 0; i < b.text.len; i++) {
		char ch = b.text.data[i];
		if (upper && ch >= 'a' && ch <= 'z')
			b.text.data[i] = (char)(ch - 32);
		else if (!upper && ch >= 'A' && ch <= 'Z')
			b.text.data[i] = (char)(ch + 32);
	}
	for (i = 0; i < src->nsents; i++)
		if (add_sent(&b, src->sents[i].start, src->sents[i].end) < 0)
			goto fail;
	for (i = 0; i < src->nents; i++)
		if (add_ent(&b, src->ents[i].a, src->ents[i].b, src->ents[i].type) < 0)
			goto fail;
	if (!(b.id = malloc(strlen(src->id) + 7)))
		goto fail;
	sprintf(b.id, "%s#%s", src->id, upper ? "upper" : "lower");
	b.origin = src->origin + 1;
	if (finish_doc(c, &b) < 0)
		goto fail;
	return 0;
fail:
	nf_buf_release(&b.text);
	free(b.sents);
	free(b.ents);
	free(b.id);
	return -1;
}

int nf_ner_corpus_add_case_copies(struct nf_ner_corpus *c, unsigned every)
{
	size_t d, n = c->n;

	for (d = 0; every && d < n; d++)
		if ((d % every == 1 && case_copy(c, d, 0) < 0) ||
		    (d % every == 3 && case_copy(c, d, 1) < 0))
			return -1;
	return 0;
}
