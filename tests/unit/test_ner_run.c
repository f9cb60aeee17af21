/*
 * Unit tests for the capitalised runs of lib/entities/ner_run.c: which
 * tokens a run holds, its head (the word before its first "of", else its
 * last word), where a token is in it, and where there is none (a lone
 * capitalised word, "and" between names, a headline in capitals, a run
 * longer than the scan's bound).
 */
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "ner.h"
#include "ner_run.h"
#include "unit.h"

struct fixture {
	struct nf_ner_model nm;
	struct nf_sentsplit ss;
	struct nf_ner_work w;
};

/* Prepares text (one sentence) and loads it; 0 or -1. */
static int load(struct fixture *f, const char *text)
{
	struct nf_ner_res res = { &f->nm.clusters, &f->nm.gazetteer, &f->nm.gaz_first,
				  &f->ss.abbrev, NULL, &f->nm.gaz_bits };

	if (nf_ner_prepare(&f->w, &res, &f->ss, text, strlen(text), NULL, 0) < 0)
		return -1;
	nf_ner_load_sentence(&f->w, 0);
	return 0;
}

/* The index of the token that starts at byte offset of word in text. */
static size_t tok(const struct fixture *f, const char *text, const char *word)
{
	size_t at = (size_t)(strstr(text, word) - text), i;

	for (i = 0; i < f->w.toks.n && f->w.toks.v[i].a != at; i++)
		;
	return i;
}

/* Is token i of text in run [first, end) with head h, at pos? */
static int in_run(struct fixture *f, const char *text, const char *word, const char *first,
		  const char *last, const char *head, int pos)
{
	struct nf_ner_run r;
	size_t i = tok(f, text, word);

	return nf_ner_run_of(&f->w, i, &r) == 1 && r.first == tok(f, text, first) &&
	       r.end == tok(f, text, last) + 1 && r.head == tok(f, text, head) && r.pos == pos;
}

static int no_run(struct fixture *f, const char *text, const char *word)
{
	struct nf_ner_run r;

	return nf_ner_run_of(&f->w, tok(f, text, word), &r) == 0;
}

int main(void)
{
	static const char s1[] = "Yesterday the Court of Appeals of Antofagasta met Highland "
				 "Council and Trump in Paris.";
	static const char s2[] = "TRUMP AND PUTIN MEET IN PARIS\n";
	struct fixture f;
	struct nf_error err = { 0, "" };
	struct nf_ner_run r;
	char *longrun;
	size_t i;

	memset(&f, 0, sizeof(f));
	nf_ner_work_init(&f.w);
	if (nf_sentsplit_init(&f.ss) < 0 ||
	    nf_ner_model_load(&f.nm, nf_data_entities_model, nf_data_entities_model_len, &err) < 0) {
		CHECK(0);
		return unit_done("ner_run");
	}
	CHECK(load(&f, s1) == 0);
	CHECK(in_run(&f, s1, "Court", "Court", "Antofagasta", "Court", 0));
	CHECK(in_run(&f, s1, "of Appeals", "Court", "Antofagasta", "Court", 1));
	CHECK(in_run(&f, s1, "Antofagasta", "Court", "Antofagasta", "Court", 2));
	CHECK(in_run(&f, s1, "Highland", "Highland", "Council", "Council", 0));
	CHECK(in_run(&f, s1, "Council", "Highland", "Council", "Council", 2));
	CHECK(no_run(&f, s1, "Yesterday"));	/* alone: "the" is no joiner */
	CHECK(no_run(&f, s1, "the"));
	CHECK(no_run(&f, s1, "met"));
	CHECK(no_run(&f, s1, "and"));		/* "and" does not join names */
	CHECK(no_run(&f, s1, "Trump"));
	CHECK(no_run(&f, s1, "Paris"));
	CHECK(load(&f, s2) == 0);
	CHECK(no_run(&f, s2, "PUTIN"));		/* a headline in capitals */
	/* a run of 40 capitalised words: bounded on each side of the token */
	longrun = malloc(40 * 5 + 8);
	CHECK(longrun != NULL);
	if (longrun) {
		for (i = 0; i < 40; i++)
			memcpy(longrun + i * 5, "Word ", 5);
		strcpy(longrun + 40 * 5, "ran.");
		CHECK(load(&f, longrun) == 0);
		CHECK(nf_ner_run_of(&f.w, 20, &r) == 1 && r.end - r.first <= 17 &&
		      r.first <= 20 && r.end > 20 && r.head == r.end - 1);
		free(longrun);
	}
	nf_ner_work_release(&f.w);
	nf_ner_model_release(&f.nm);
	nf_sentsplit_release(&f.ss);
	return unit_done("ner_run");
}
