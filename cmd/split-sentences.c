/*
 * split-sentences: adds "sentences" spans to each JSON Lines record.
 * All logic lives in lib/ (sentstage.c, sentsplit.c, driver.c).
 */
#include <stdio.h>

#include "driver.h"
#include "exitcode.h"
#include "sentstage.h"

int main(int argc, char **argv)
{
	struct nf_sentstage s;
	int rc;

	if (nf_sentstage_init(&s) < 0) {
		fputs("split-sentences: out of memory\n", stderr);
		return NF_EXIT_SOFTWARE;
	}
	rc = nf_driver_run(&s.stage, argc, argv);
	nf_sentstage_release(&s);
	return rc;
}
