/*
 * Unit tests for the capitalised runs of lib/entities/ner_run.c: which
 * tokens a run holds, its head (the word before its first "of", else its
 * last word), where a token is in it, and where there is none (a lone
 * capitalised word, "and" between names, a headline in capitals, a run
 * longer than the scan's bound); and the links between capitalised
 * words ("Ministry of Culture, Sports and Tourism", "Trump and Putin",
 * "Central Bank of the Republic of Turkey", "Commission on Human Rights"),
 * and which words may join two names into one.
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

/* Is the token at word in a link, at rel, of kind, with these sides? */
static int in_link(struct fixture *f, const char *text, const char *word, int rel, int kind,
		    int left_of, int right_run, const char *left_head, const char *right_head)
{
	struct nf_ner_link c;

	return nf_ner_link_of(&f->w, tok(f, text, word), &c) == 1 && c.rel == rel &&
	       c.kind == kind && c.left_of == left_of && c.right_run == right_run &&
	       c.left_head == tok(f, text, left_head) && c.right_head == tok(f, text, right_head);
}

static int no_link(struct fixture *f, const char *text, const char *word)
{
	struct nf_ner_link c;

	return nf_ner_link_of(&f->w, tok(f, text, word), &c) == 0;
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
	static const char s3[] = "Putin and the Ministry of Culture, Sports and Tourism of Korea "
				 "met Trump and Putin and Bank Negara.";
	static const char s4[] = "Bank and Trust said so.";
	static const char s5[] = "The Central Bank of the Republic of Turkey and the Commission "
				 "on Human Rights met on Monday.";
	static const char s6[] = "The minister said on Friday that prices at the Hospital de la Santa "
				 "Creu rose.";
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
	CHECK(no_link(&f, s2, "AND"));
	CHECK(load(&f, s3) == 0);
	CHECK(no_link(&f, s3, "Putin and the"));	/* "the" is not capitalised */
	CHECK(no_link(&f, s3, "Ministry"));
	CHECK(in_link(&f, s3, "Culture", 0, 1, 1, 0, "Ministry", "Sports"));
	CHECK(in_link(&f, s3, ", Sports", 1, 1, 1, 0, "Ministry", "Sports"));
	/* "Sports" is the right word of the comma and the left word of "and" */
	CHECK(in_link(&f, s3, "Sports", 0, 0, 0, 1, "Sports", "Tourism"));
	CHECK(in_link(&f, s3, "and Tourism", 1, 0, 0, 1, "Sports", "Tourism"));
	CHECK(in_link(&f, s3, "Tourism", 2, 0, 0, 1, "Sports", "Tourism"));
	CHECK(in_link(&f, s3, "and Putin and", 1, 0, 0, 0, "Trump", "Putin and Bank"));
	CHECK(in_link(&f, s3, "and Bank", 1, 0, 0, 1, "Putin and Bank", "Negara"));
	CHECK(no_link(&f, s3, "met"));
	CHECK(load(&f, s4) == 0);
	CHECK(in_link(&f, s4, "Bank", 0, 0, 0, 0, "Bank", "Trust"));	/* at the start */
	CHECK(no_link(&f, s4, "said"));
	CHECK(load(&f, s5) == 0);
	CHECK(in_link(&f, s5, "Bank", 0, NF_LINK_OF_THE, 0, 1, "Bank", "Republic"));
	CHECK(in_link(&f, s5, "of the", 1, NF_LINK_OF_THE, 0, 1, "Bank", "Republic"));
	CHECK(in_link(&f, s5, "the Republic", 1, NF_LINK_OF_THE, 0, 1, "Bank", "Republic"));
	CHECK(in_link(&f, s5, "Republic", 2, NF_LINK_OF_THE, 0, 1, "Bank", "Republic"));
	CHECK(no_link(&f, s5, "and the"));	/* "the" is not capitalised */
	CHECK(in_link(&f, s5, "on Human", 1, NF_LINK_ON, 0, 1, "Commission", "Rights"));
	CHECK(no_link(&f, s5, "on Monday"));	/* "met" is not capitalised */
	/* words that may join names, which pruning must leave to their context */
	CHECK(nf_ner_between_names(&f.w, tok(&f, s5, "of the")));
	CHECK(nf_ner_between_names(&f.w, tok(&f, s5, "the Republic")));
	CHECK(nf_ner_between_names(&f.w, tok(&f, s5, "on Human")));
	CHECK(!nf_ner_between_names(&f.w, tok(&f, s5, "Republic")));
	CHECK(nf_ner_between_names(&f.w, tok(&f, s5, "and the")));	/* "Turkey and the Commission" */
	CHECK(nf_ner_between_names(&f.w, tok(&f, s5, "met")));	/* "Rights met on Monday" */
	CHECK(nf_ner_between_names(&f.w, tok(&f, s5, "on Monday")));	/* "Rights met on Monday" */
	CHECK(load(&f, s3) == 0);
	CHECK(nf_ner_between_names(&f.w, tok(&f, s3, ", Sports")));
	CHECK(nf_ner_between_names(&f.w, tok(&f, s3, "and Tourism")));
	CHECK(!nf_ner_between_names(&f.w, tok(&f, s3, "Sports")));
	CHECK(nf_ner_between_names(&f.w, tok(&f, s3, "and the Ministry")));
	CHECK(load(&f, s6) == 0);
	CHECK(!nf_ner_between_names(&f.w, tok(&f, s6, "said")));
	CHECK(!nf_ner_between_names(&f.w, tok(&f, s6, "on Friday")));
	CHECK(!nf_ner_between_names(&f.w, tok(&f, s6, "that")));	/* nothing capitalised after */
	CHECK(nf_ner_between_names(&f.w, tok(&f, s6, "de la")));
	CHECK(nf_ner_between_names(&f.w, tok(&f, s6, "la Santa")));
	CHECK(load(&f, s2) == 0);
	CHECK(!nf_ner_between_names(&f.w, tok(&f, s2, "AND")));	/* a headline in capitals */
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
