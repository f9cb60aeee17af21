/*
 * detect-hedge: adds "hedges" (uncertainty cues) to each JSON Lines
 * record.  All logic lives in lib/ (hedgestage.c, hedge_*.c, driver.c).
 */
#include <stdio.h>

#include "driver.h"
#include "exitcode.h"
#include "hedgestage.h"

int main(int argc, char **argv)
{
	struct nf_hedgestage s;
	int rc;

	if (nf_hedgestage_init(&s) < 0) {
		fputs("detect-hedge: out of memory\n", stderr);
		return NF_EXIT_SOFTWARE;
	}
	rc = nf_driver_run(&s.stage, argc, argv);
	nf_hedgestage_release(&s);
	return rc;
}
