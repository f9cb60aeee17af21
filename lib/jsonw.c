/*
 * Element-by-element JSON arrays; see jsonw.h.
 */
#include "jsonw.h"

int nf_jsonw_value(struct nf_buf *b, const json_t *v)
{
	size_t room = b->cap > b->len ? b->cap - b->len - 1 : 0;
	size_t need = json_dumpb(v, room ? b->data + b->len : NULL, room, NF_JSONW_FLAGS);

	if (need == 0)
		return -1;
	if (need > room) {
		if (nf_buf_grow(b, need) < 0)
			return -1;
		room = b->cap - b->len - 1;
		if (json_dumpb(v, b->data + b->len, room, NF_JSONW_FLAGS) != need)
			return -1;
	}
	b->len += need;
	b->data[b->len] = '\0';
	return 0;
}

int nf_jsonw_open(struct nf_jsonw *a, struct nf_buf *b)
{
	a->b = b;
	a->n = 0;
	return nf_buf_addc(b, '[');
}

int nf_jsonw_next(struct nf_jsonw *a)
{
	return a->n++ ? nf_buf_addc(a->b, ',') : 0;
}

int nf_jsonw_add(struct nf_jsonw *a, const json_t *v)
{
	return nf_jsonw_next(a) < 0 ? -1 : nf_jsonw_value(a->b, v);
}

int nf_jsonw_close(struct nf_jsonw *a)
{
	return nf_buf_addc(a->b, ']');
}
