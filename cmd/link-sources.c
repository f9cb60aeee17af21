/*
 * link-sources: adds "attributions", "sources" and "references" (who each
 * claim comes from) to each JSON Lines record.  All logic lives in lib/
 * (attrstage.c, attr_*.c).
 */
#include <stdio.h>

#include "attrstage.h"
#include "driver.h"
#include "exitcode.h"

int main(int argc, char **argv)
{
	struct nf_attrstage s;
	int rc;

	if (nf_attrstage_init(&s) < 0) {
		fputs("link-sources: out of memory\n", stderr);
		return NF_EXIT_SOFTWARE;
	}
	rc = nf_driver_run(&s.stage, argc, argv);
	nf_attrstage_release(&s);
	return rc;
}
