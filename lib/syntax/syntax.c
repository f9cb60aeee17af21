/*
 * Loading the built-in tagger and parser together (syntax.h).
 */
#include <stdio.h>
#include <string.h>

#include "syntax.h"

/* A built-in model that does not load is this build's fault. */
static int builtin_failed(struct nf_error *err, const char *what)
{
	err->status = NF_EXIT_SOFTWARE;
	return nf_fail_in(err, "built-in %s model", what);
}

int nf_syntax_load(struct nf_syntax *sx, struct nf_error *err)
{
	const unsigned char *p;
	size_t n;

	memset(sx, 0, sizeof(*sx));
	p = nf_pos_builtin(&n);
	if (nf_pos_model_load(&sx->pos, p, n, err) < 0)
		return builtin_failed(err, "part-of-speech");
	sx->loaded = 1;
	p = nf_dep_builtin(&n);
	if (nf_dep_model_load(&sx->dep, p, n, err) < 0) {
		nf_syntax_release(sx);
		return builtin_failed(err, "dependency");
	}
	sx->loaded |= 2;
	return 0;
}

void nf_syntax_release(struct nf_syntax *sx)
{
	if (sx->loaded & 1)
		nf_pos_model_release(&sx->pos);
	if (sx->loaded & 2)
		nf_dep_model_release(&sx->dep);
	sx->loaded = 0;
}
