/*
 * profile-sources: adds a "profile" (the article's sourcing figures) to
 * each annotated JSON Lines record, and with --rollup the sums over the
 * run.  All logic lives in lib/ (profilestage.c, profile.c, driver.c).
 */
#include "driver.h"
#include "profilestage.h"

int main(int argc, char **argv)
{
	struct nf_profilestage s;
	int rc;

	nf_profilestage_init(&s);
	rc = nf_driver_run(&s.stage, argc, argv);
	nf_profilestage_release(&s);
	return rc;
}
