/*
 * The trainers' shared run (see trainer.h): read, train, note, write,
 * measure.  The command line is trainer_args.c's.  Its messages name the
 * trainer (t->tool), as every tool's do; exit statuses come from the
 * nf_error each step fills, never from its words.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "errors.h"
#include "exitcode.h"
#include "trainer.h"

/* One run: the trainer, what its hooks get, the dev corpora. */
struct run {
	const struct nf_trainer *t;
	struct nf_trainer_env e;
	char *dev;		/* ndev corpora of t->corpus_size bytes */
	size_t ndev;
};

static int report(const struct nf_trainer *t, const struct nf_error *err)
{
	nf_warn(t->tool, "%s", err->msg);
	return err->status;
}

int nf_trainer_oom(struct nf_error *err)
{
	return nf_fail(err, NF_EXIT_SOFTWARE, "out of memory");
}

/* Reads paths[0..n) into corpus, or dev files each into its own. */
static int read_files(struct run *r, void *corpus, char *const *paths, size_t n, int dev,
		      struct nf_error *err)
{
	size_t i;

	r->e.dev = dev;
	for (i = 0; i < n; i++) {
		r->e.corpus = dev && !r->t->one_dev ? r->dev + i * r->t->corpus_size : corpus;
		r->e.path = paths[i];
		if (nf_corpus_read(paths[i], &r->t->read, &r->e, err) < 0)
			return -1;
	}
	return 0;
}

/* The scores of the model just written on each dev corpus. */
static int measure(const struct run *r, const struct nf_buf *model, struct nf_error *err)
{
	const struct nf_trainer *t = r->t;
	void *m = calloc(1, t->model_size);
	size_t i;
	int rc = 0;

	if (!m)
		return nf_trainer_oom(err);
	if (t->load(m, (const unsigned char *)model->data, model->len, err) < 0) {
		free(m);
		err->status = NF_EXIT_SOFTWARE;
		return nf_fail_in(err, "the new model does not load");
	}
	for (i = 0; i < r->ndev && !rc; i++)
		if (t->evaluate(m, r->dev + i * t->corpus_size, r->e.a->dev[i]) < 0)
			rc = nf_trainer_oom(err);
	t->model_release(m);
	free(m);
	return rc;
}

/* Trains on the corpus read, writes the model and measures it. */
static int train_write(struct run *r, void *corpus, struct nf_error *err)
{
	const struct nf_trainer *t = r->t;
	struct nf_buf model = NF_BUF_INIT, notes = NF_BUF_INIT;
	int rc = 0, wrc = 0;

	if (t->notes && t->notes(&r->e, &notes) < 0)
		rc = nf_trainer_oom(err);
	if (!rc)
		rc = t->train(&r->e, corpus, r->dev, r->ndev, notes.data, &model, err);
	t->corpus_release(corpus);
	if (!rc && (wrc = nf_cli_write(t->tool, r->e.a->output, &model)) != 0)
		rc = nf_fail(err, wrc, "%s", "");
	if (!rc && t->load)
		rc = measure(r, &model, err);
	nf_buf_release(&model);
	nf_buf_release(&notes);
	return rc;
}

/* Reads the training and dev files, then trains; corpus is released. */
static int run_files(struct run *r, void *corpus, struct nf_error *err)
{
	const struct nf_trainer *t = r->t;
	const struct nf_trainer_args *a = r->e.a;

	if (read_files(r, corpus, a->paths, a->npaths, 0, err) < 0 ||
	    read_files(r, r->dev, (char *const *)a->dev, a->ndev, 1, err) < 0) {
		t->corpus_release(corpus);
		return -1;
	}
	if (t->count && t->count(corpus) == 0) {
		t->corpus_release(corpus);
		return nf_fail(err, NF_EXIT_DATA, "%s", t->empty);
	}
	return train_write(r, corpus, err);
}

/* The run once own is ready: the corpora held, the files read, trained. */
static int run(struct run *r, struct nf_error *err)
{
	const struct nf_trainer *t = r->t;
	void *corpus = calloc(1, t->corpus_size);
	size_t i;
	int rc;

	r->ndev = t->one_dev ? 1 : r->e.a->ndev;
	r->dev = calloc(r->ndev + 1, t->corpus_size);
	rc = corpus && r->dev ? run_files(r, corpus, err) : nf_trainer_oom(err);
	for (i = 0; r->dev && i < r->ndev; i++)
		t->corpus_release(r->dev + i * t->corpus_size);
	free(r->dev);
	free(corpus);
	return rc;
}

int nf_trainer_main(const struct nf_trainer *t, void *own, int argc, char **argv)
{
	struct nf_trainer_args a;
	struct nf_sentsplit ss;	/* for sentences and abbreviations, as the stages */
	struct run r = { t, { &ss, &ss.abbrev, own, &a, NULL, NULL, 0 }, NULL, 0 };
	struct nf_error err = { 0, "" };
	int rc = nf_trainer_args(t, own, &a, argc, argv);

	if (rc >= 0)
		return rc;
	if (nf_sentsplit_init(&ss) < 0) {
		nf_trainer_oom(&err);
		return report(t, &err);
	}
	rc = t->start ? t->start(own, &err) : 0;
	if (!rc)
		rc = run(&r, &err);
	if (t->finish)
		t->finish(own);
	nf_sentsplit_release(&ss);
	if (rc < 0 && err.msg[0])
		return report(t, &err);
	return rc < 0 ? err.status : 0;
}

double nf_trainer_pct(size_t ok, size_t n)
{
	return n ? 100.0 * (double)ok / (double)n : 0.0;
}

int nf_trainer_note_names(const struct nf_trainer_args *a, struct nf_buf *notes)
{
	size_t i;

	for (i = 0; i < a->npaths; i++)
		if (nf_cli_add_name(notes, a->paths[i]) < 0)
			return -1;
	return 0;
}

int nf_trainer_syntax_notes(const struct nf_trainer_args *a, int explore, struct nf_buf *notes)
{
	char tail[160];

	if (nf_buf_adds(notes, "trained on:") < 0 || nf_trainer_note_names(a, notes) < 0)
		return -1;
	snprintf(tail, sizeof(tail), " (%u epochs, seed %lu, min weight %g, vocab min %u", a->epochs,
		 a->seed, (double)a->min_weight, a->vocab_min);
	if (nf_buf_adds(notes, tail) < 0)
		return -1;
	if (explore) {
		snprintf(tail, sizeof(tail), ", explore %u%%", a->explore);
		if (nf_buf_adds(notes, tail) < 0)
			return -1;
	}
	return nf_buf_adds(notes, ")\n");
}
