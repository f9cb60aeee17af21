/*
 * Fuzz target: arbitrary bytes as the text of a link-sources record
 * (valid UTF-8 or not: the record driver only lets valid UTF-8 through,
 * but the extractor must not depend on it for memory safety), run through
 * every step with the built-in models: tokens, parts of speech, cues,
 * sources, contents, the registry, the notes and the JSON value.
 *
 * Checked: every attribution's spans are token ranges inside the text
 * with start < end; a content's second fragment follows the first; each
 * attribution's source is in the registry; every note lies in the text
 * and links only to existing sentences; the JSON value is written
 * whenever the text is valid UTF-8.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attrstage.h"
#include "data.h"

#include "fuzz.h"
#include "uchar.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct state {
	struct nf_attr_model m;
	struct nf_syntax syn;
	struct nf_sentsplit ss;
	struct nf_attr_work w;
	struct nf_attr_registry r;
	struct nf_attr_notes ns;
	struct nf_attr_jpool pool;
	struct nf_buf vals[3];
};

static struct state *get_state(void)
{
	static struct state s;	/* the fuzzer's one long-lived setup */
	static int ready;
	struct nf_error err = { 0, "" };

	if (!ready) {
		CHECK(nf_attr_model_load(&s.m, nf_data_sources_model, nf_data_sources_model_len, &err) == 0);
		CHECK(nf_syntax_load(&s.syn, &err) == 0);
		CHECK(nf_sentsplit_init(&s.ss) == 0);
		CHECK(nf_attr_registry_init(&s.r) == 0);
		ready = 1;
	}
	return &s;
}

static void check_range(const struct nf_attr_work *w, uint32_t a, uint32_t b, size_t len)
{
	if (a == NF_ATTR_NONE)
		return;
	CHECK(a < b && b <= w->n);
	CHECK(w->t[a].a < w->t[b - 1].b && w->t[b - 1].b <= len);
}

static void check(const struct state *s, const char *text, size_t len)
{
	const struct nf_attr_work *w = &s->w;
	size_t k;

	for (k = 0; k < w->n; k++) {	/* subtrees hold their token and nest */
		uint32_t lo = nf_attr_lo(w, k), hi = nf_attr_hi(w, k), h = nf_attr_head(w, k);
		CHECK(lo <= k && k < hi && hi <= w->n);
		CHECK(h == NF_ATTR_NONE ||
		      (h < w->n && nf_attr_lo(w, h) <= lo && hi <= nf_attr_hi(w, h)));
	}
	for (k = 0; k < w->nfound; k++) {
		const struct nf_attr_found *f = &w->found[k];
		CHECK(f->cue_a != NF_ATTR_NONE);
		check_range(w, f->cue_a, f->cue_b, len);
		check_range(w, f->src_a, f->src_b, len);
		check_range(w, f->con_a, f->con_b, len);
		check_range(w, f->con2_a, f->con2_b, len);
		if (f->con2_a != NF_ATTR_NONE)
			CHECK(f->con_a != NF_ATTR_NONE && f->con2_a >= f->con_b);
		CHECK(s->r.src_of[k] == NF_ATTR_NONE || s->r.src_of[k] < s->r.n);
		CHECK((f->src_a == NF_ATTR_NONE) == (s->r.src_of[k] == NF_ATTR_NONE));
	}
	for (k = 0; k < s->ns.n; k++) {
		const struct nf_attr_note *n = &s->ns.v[k];
		const struct nf_attr_links *l = nf_attr_note_links(&s->ns, k);
		size_t i;
		CHECK(n->b <= len && n->ma + n->mlen <= n->b + 1);
		CHECK(nf_attr_note_start(n, text) <= n->b);
		if (!l)
			continue;
		for (i = 0; i < l->nsup; i++)
			CHECK(l->sup[i] < w->nsents && l->score[i] > 0 && l->score[i] <= 1);
		for (i = 0; i < l->ncited; i++)
			CHECK(w->nsents == 0 || l->cited[i] < w->nsents);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct state *s = get_state();
	struct nf_attr_scorer sc = nf_attr_scorer_of(&s->m);
	char *text = fuzz_text(data, size);
	size_t k;

	if (!text)
		return 0;
	if (nf_sentsplit_run(&s->ss, text, size) == 0 &&
	    nf_attr_prepare(&s->w, &s->m.cues, &s->ss.abbrev, text, size, s->ss.spans,
			    s->ss.nspans) == 0 &&
	    nf_attr_tag_pos(&s->w, &s->syn.pos, text, 1) == 0 &&
	    nf_attr_extract(&s->w, &sc, &s->syn.dep, text) == 0 &&
	    nf_attr_notes_run(&s->ns, &s->r, &s->w, text, size) == 0) {
		nf_attr_notes_filter(&s->ns, &s->w);
		if (nf_attr_registry_build(&s->r, &s->w, text, NULL, 0) == 0) {
			check(s, text, size);
			for (k = 0; k < 3; k++)
				nf_buf_reset(&s->vals[k]);
			/* the writer refuses bad UTF-8, which the driver never lets through */
			if (nf_attr_write(s->vals, &s->w, &s->r, &s->ns, text, &s->pool) < 0 &&
			    nf_utf8_error_at(text, size) == size)
				abort();
		}
	}
	free(text);
	return 0;
}
