/*
 * The model container; see model.h.  Every length is checked against what
 * is left before it is used, so no input can make the parser read outside
 * the buffer.
 */
#include <string.h>

#include "errors.h"
#include "model.h"

/*
 * The models built into this binary: tools/embed-asm puts them in the
 * section nf_models, whose bounds the linker names.  Weak, so that a
 * binary without a built-in model links (both are then null).
 */
extern const unsigned char __start_nf_models[] __attribute__((weak));
extern const unsigned char __stop_nf_models[] __attribute__((weak));

static const char MAGIC[8] = { 'N', 'F', 'M', 'O', 'D', 'E', 'L', '\n' };

void nf_set_u32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

int nf_put_u32(struct nf_buf *b, uint32_t v)
{
	unsigned char q[4] = { (unsigned char)v, (unsigned char)(v >> 8),
			       (unsigned char)(v >> 16), (unsigned char)(v >> 24) };

	return nf_buf_add(b, q, 4);
}

int nf_put_u64(struct nf_buf *b, uint64_t v)
{
	return nf_put_u32(b, (uint32_t)v) < 0 ? -1 : nf_put_u32(b, (uint32_t)(v >> 32));
}

/* A cursor over the bytes being parsed. */
struct reader {
	const unsigned char *p;
	size_t left;
};

static int take(struct reader *r, size_t n, const unsigned char **out)
{
	if (n > r->left)
		return -1;
	*out = r->p;
	r->p += n;
	r->left -= n;
	return 0;
}

static int take_u32(struct reader *r, uint32_t *v)
{
	const unsigned char *q;

	if (take(r, 4, &q) < 0)
		return -1;
	*v = nf_get_u32(q);
	return 0;
}

static int take_u64(struct reader *r, uint64_t *v)
{
	const unsigned char *q;

	if (take(r, 8, &q) < 0)
		return -1;
	*v = nf_get_u64(q);
	return 0;
}

static int parse_sections(struct nf_model *m, struct reader *r)
{
	uint32_t count, nlen;
	uint64_t len;
	const unsigned char *q;
	size_t i;

	if (take_u32(r, &count) < 0 || count > NF_MODEL_MAX_SECTIONS)
		return -1;
	for (i = 0; i < count; i++) {
		struct nf_section *s = &m->sections[i];
		if (take_u32(r, &nlen) < 0 || take(r, nlen, &q) < 0)
			return -1;
		s->name = (const char *)q;
		s->name_len = nlen;
		if (take_u64(r, &len) < 0 || len > r->left || take(r, (size_t)len, &q) < 0)
			return -1;
		s->data = q;
		s->len = (size_t)len;
	}
	m->nsections = count;
	return 0;
}

int nf_model_builtin(const void *p, size_t n)
{
	uintptr_t a = (uintptr_t)p, lo = (uintptr_t)__start_nf_models,
		  hi = (uintptr_t)__stop_nf_models;

	return lo != 0 && a >= lo && a <= hi && n <= hi - a;
}

int nf_model_parse(struct nf_model *m, const unsigned char *p, size_t n,
		   const char *kind, struct nf_error *err)
{
	struct reader r = { p, n };
	const unsigned char *q;
	uint32_t version, klen;

	memset(m, 0, sizeof(*m));
	if (n < sizeof(MAGIC) || memcmp(p, MAGIC, sizeof(MAGIC)) != 0)
		return nf_fail(err, NF_EXIT_DATA, "not a newsfilters model (bad magic number)");
	if (n < sizeof(MAGIC) + 4 + 8)
		return nf_fail(err, NF_EXIT_DATA, "truncated model");
	/*
	 * The version before the checksum: a file from another release may
	 * frame or check its bytes differently, and should say so rather
	 * than look corrupt.
	 */
	version = nf_get_u32(p + sizeof(MAGIC));
	if (version != NF_MODEL_VERSION)
		return nf_fail(err, NF_EXIT_DATA,
			       "model format version %u is not supported (this build reads %d)",
			       (unsigned)version, NF_MODEL_VERSION);
	/*
	 * A built-in model's checksum was checked when the binary was built
	 * (tools/model-check.c); hashing its megabytes again would be most
	 * of a tool's start-up.
	 */
	if (!nf_model_builtin(p, n) && nf_get_u64(p + n - 8) != nf_fnv1a(p, n - 8))
		return nf_fail(err, NF_EXIT_DATA, "bad checksum: the model is corrupt or truncated");
	r.left = n - 8;
	take(&r, sizeof(MAGIC) + 4, &q);
	if (take_u32(&r, &klen) < 0 || take(&r, klen, &q) < 0 ||
	    parse_sections(m, &r) < 0 || r.left != 0)
		return nf_fail(err, NF_EXIT_DATA, "malformed model");
	m->kind = (const char *)q;
	m->kind_len = klen;
	if (kind && (strlen(kind) != klen || memcmp(kind, q, klen) != 0))
		return nf_fail(err, NF_EXIT_DATA, "a '%.*s' model, not an '%s' model", (int)klen,
			       (const char *)q, kind);
	return 0;
}

const struct nf_section *nf_model_section(const struct nf_model *m, const char *name)
{
	size_t i, n = strlen(name);

	for (i = 0; i < m->nsections; i++)
		if (m->sections[i].name_len == n &&
		    memcmp(m->sections[i].name, name, n) == 0)
			return &m->sections[i];
	return NULL;
}

int nf_model_begin(struct nf_buf *out, const char *kind, size_t nsections)
{
	size_t k = strlen(kind);

	return nf_buf_add(out, MAGIC, sizeof(MAGIC)) < 0 ||
	       nf_put_u32(out, NF_MODEL_VERSION) < 0 || nf_put_u32(out, (uint32_t)k) < 0 ||
	       nf_buf_add(out, kind, k) < 0 || nf_put_u32(out, (uint32_t)nsections) < 0 ? -1 : 0;
}

int nf_model_add(struct nf_buf *out, const char *name, const void *data, size_t len)
{
	size_t k = strlen(name);

	return nf_put_u32(out, (uint32_t)k) < 0 || nf_buf_add(out, name, k) < 0 ||
	       nf_put_u64(out, len) < 0 || nf_buf_add(out, data, len) < 0 ? -1 : 0;
}

int nf_model_finish(struct nf_buf *out)
{
	return nf_put_u64(out, nf_fnv1a(out->data, out->len));
}
