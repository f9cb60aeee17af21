/*
 * annotate: every filter in one process (sentences, entities, hedges,
 * sources; profile on request), the same bytes as the filters piped.  All
 * logic lives in lib/ (fused.c, stageset.c and the stages).
 */
#include <stdio.h>

#include "driver.h"
#include "exitcode.h"
#include "fused.h"

int main(int argc, char **argv)
{
	static struct nf_fused f;
	int rc;

	if (nf_fused_init(&f) < 0) {
		fputs("annotate: out of memory\n", stderr);
		return NF_EXIT_SOFTWARE;
	}
	rc = nf_driver_run(&f.stage, argc, argv);
	nf_fused_release(&f);
	return rc;
}
