/*
 * The trainers' one corpus reader; see corpus.h for its rules.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "corpus.h"
#include "exitcode.h"
#include "file.h"

#define NF_CORPUS_JSON_FLAGS JSON_ALLOW_NUL

static int blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Whether the text p[0..n) is JSON Lines: its first non-blank is '{'. */
static int is_jsonl(const char *p, size_t n)
{
	size_t i = 0;

	while (i < n && blank(p[i]))
		i++;
	return i < n && p[i] == '{';
}

/* Prefixes a hook's data error with FILE:LINE. */
static int at_line(const char *path, size_t lineno, struct nf_error *err)
{
	char msg[sizeof(err->msg)];

	if (err->status != NF_EXIT_DATA)
		return -1;
	memcpy(msg, err->msg, sizeof(msg));
	return nf_fail(err, NF_EXIT_DATA, "%s:%zu: %.400s", path, lineno, msg);
}

/* One line s[0..n) without its newline. */
static int one_line(const struct nf_corpus_hooks *h, void *ctx, const char *s, size_t n,
		    size_t lineno, struct nf_error *err)
{
	size_t lead = 0;
	json_t *root;
	int rc;

	while (n > 0 && s[n - 1] == '\r')
		n--;
	while (lead < n && blank(s[lead]))
		lead++;
	if (lead == n)
		return 0;
	if (s[lead] != '{' && h->line)
		return h->line(ctx, s, n, err);
	root = json_loadb(s, n, NF_CORPUS_JSON_FLAGS, NULL);
	if (!json_is_object(root)) {
		json_decref(root);
		return nf_fail(err, NF_EXIT_DATA, "not a JSON object");
	}
	rc = h->record(ctx, root, lineno, err);
	json_decref(root);
	return rc;
}

static int read_lines(const char *path, const struct nf_corpus_hooks *h, void *ctx,
		      const char *p, size_t n, struct nf_error *err)
{
	const char *end = p + n, *nl;
	size_t lineno = 0;

	for (; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			nl = end;
		if (one_line(h, ctx, p, (size_t)(nl - p), ++lineno, err) < 0)
			return at_line(path, lineno, err);
	}
	return h->end ? h->end(ctx, err) : 0;
}

int nf_corpus_read(const char *path, const struct nf_corpus_hooks *h, void *ctx,
		   struct nf_error *err)
{
	struct nf_buf b = NF_BUF_INIT;
	const char *p;
	int rc;

	rc = strcmp(path, "-") == 0 ? nf_read_stream(stdin, &b) : nf_read_file(path, &b);
	if (rc < 0) {
		rc = errno == ENOMEM ? nf_fail(err, NF_EXIT_SOFTWARE, "out of memory") :
		     nf_fail(err, NF_EXIT_NOINPUT, "cannot read '%s': %s", path, strerror(errno));
		nf_buf_release(&b);
		return rc;
	}
	p = b.data ? b.data : "";
	if (h->record && (!h->text || is_jsonl(p, b.len)))
		rc = read_lines(path, h, ctx, p, b.len, err);
	else
		rc = h->text(ctx, p, b.len, path, err);
	nf_buf_release(&b);
	return rc;
}
