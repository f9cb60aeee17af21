/*
 * The dependency relations' names (dep.h), kept apart from the features
 * so that the CoNLL-U reader (pos_conllu.c) can use them alone.
 */
#include <string.h>

#include "dep.h"

const char *const nf_dep_names[NF_DEP_NRELS] = {
	"acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc", "ccomp", "clf",
	"compound", "conj", "cop", "csubj", "dep", "det", "discourse", "dislocated", "expl",
	"fixed", "flat", "goeswith", "iobj", "list", "mark", "nmod", "nsubj", "nummod", "obj",
	"obl", "orphan", "parataxis", "punct", "reparandum", "root", "vocative", "xcomp"
};

int nf_dep_rel_from_name(const char *s, size_t n)
{
	int r;

	for (r = 0; r < NF_DEP_NRELS; r++)
		if (strlen(nf_dep_names[r]) == n && memcmp(nf_dep_names[r], s, n) == 0)
			return r;
	return -1;
}
