/*
 * Loading the built-in tagger and parser together (syntax.h).
 */
#include <stdio.h>
#include <string.h>

#include "syntax.h"

int nf_syntax_load(struct nf_syntax *sx, char *err, size_t errlen)
{
	const unsigned char *p;
	size_t n;
	char why[256];

	memset(sx, 0, sizeof(*sx));
	p = nf_pos_builtin(&n);
	if (nf_pos_model_load(&sx->pos, p, n, why, sizeof(why)) < 0) {
		snprintf(err, errlen, "built-in part-of-speech model: %s", why);
		return -1;
	}
	sx->loaded = 1;
	p = nf_dep_builtin(&n);
	if (nf_dep_model_load(&sx->dep, p, n, why, sizeof(why)) < 0) {
		snprintf(err, errlen, "built-in dependency model: %s", why);
		nf_syntax_release(sx);
		return -1;
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
