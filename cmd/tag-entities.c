/*
 * tag-entities: adds "entities" (PERSON, ORG, LOC, MISC spans) to each
 * JSON Lines record.  All logic lives in lib/ (nerstage.c, ner_*.c).
 */
#include <stdio.h>

#include "driver.h"
#include "exitcode.h"
#include "nerstage.h"

int main(int argc, char **argv)
{
	struct nf_nerstage s;
	int rc;

	if (nf_nerstage_init(&s) < 0) {
		fputs("tag-entities: out of memory\n", stderr);
		return NF_EXIT_SOFTWARE;
	}
	nf_nerstage_alone(&s);
	rc = nf_driver_run(&s.stage, argc, argv);
	nf_nerstage_release(&s);
	return rc;
}
