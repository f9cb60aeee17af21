/*
 * The sentence splitter's driver loop; see sentsplit.h.  Tokens come from
 * sent_tokens.c, decisions from sent_rules.c; this file walks the tokens
 * once and turns decisions into spans.
 */
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "sent_internal.h"

static const char *const abbrev_tags[] = {
	"plain", "title", "number", "month", "time", "inner", NULL
};

int nf_sentsplit_init(struct nf_sentsplit *ss)
{
	size_t errline;

	memset(ss, 0, sizeof(*ss));
	nf_lexicon_init(&ss->abbrev);
	nf_lexicon_init(&ss->starters);
	nf_lexicon_init(&ss->closings);
	ss->newlines = NF_NL_AUTO;
	if (nf_lexicon_load(&ss->abbrev, (const char *)nf_data_abbreviations,
			    nf_data_abbreviations_len, abbrev_tags, &errline) < 0 ||
	    nf_lexicon_load(&ss->starters, (const char *)nf_data_sentence_starters,
			    nf_data_sentence_starters_len, NULL, &errline) < 0 ||
	    nf_lexicon_load(&ss->closings, (const char *)nf_data_closings,
			    nf_data_closings_len, NULL, &errline) < 0) {
		nf_sentsplit_release(ss);
		return -1;
	}
	return 0;
}

void nf_sentsplit_release(struct nf_sentsplit *ss)
{
	nf_lexicon_release(&ss->abbrev);
	nf_lexicon_release(&ss->starters);
	nf_lexicon_release(&ss->closings);
	free(ss->spans);
	free(ss->toks);
	ss->spans = NULL;
	ss->toks = NULL;
	ss->nspans = ss->spans_cap = ss->ntoks = ss->toks_cap = 0;
}

int nf_sentsplit_add_abbreviations(struct nf_sentsplit *ss, const char *src,
				   size_t len, size_t *errline)
{
	return nf_lexicon_load(&ss->abbrev, src, len, abbrev_tags, errline);
}

int nf_newlines_parse(const char *s, enum nf_newlines *out)
{
	if (strcmp(s, "auto") == 0)
		*out = NF_NL_AUTO;
	else if (strcmp(s, "break") == 0)
		*out = NF_NL_BREAK;
	else if (strcmp(s, "space") == 0)
		*out = NF_NL_SPACE;
	else
		return -1;
	return 0;
}

static int add_span(struct nf_sentsplit *ss, size_t a, size_t b)
{
	struct nf_span *p;

	if (ss->nspans == ss->spans_cap) {
		size_t cap = ss->spans_cap ? ss->spans_cap * 2 : 64;
		p = realloc(ss->spans, cap * sizeof(*p));
		if (!p)
			return -1;
		ss->spans = p;
		ss->spans_cap = cap;
	}
	ss->spans[ss->nspans].start = a;
	ss->spans[ss->nspans].end = b;
	ss->nspans++;
	return 0;
}

/* Does the white space before token j force a break, whatever the words say? */
static int gap_breaks(const struct nf_sentsplit *ss, const struct nf_tok *tk)
{
	if (tk->nl >= 2)
		return 1;
	if (tk->nl == 1)
		return ss->newlines == NF_NL_BREAK ||
		       (ss->newlines == NF_NL_AUTO && !tk->wrapped);
	return 0;
}

/*
 * The token scratch is only needed while splitting; past this many
 * tokens (a text of megabytes) it is freed after the run rather than
 * kept, so that it does not stay beside the caller's own per-token
 * arrays.
 */
enum { KEEP_TOKS = 1 << 16 };

static void trim_tokens(struct nf_sentsplit *ss)
{
	if (ss->toks_cap <= KEEP_TOKS)
		return;
	free(ss->toks);
	ss->toks = NULL;
	ss->ntoks = ss->toks_cap = 0;
}

static int split(struct nf_sentsplit *ss, const char *text, size_t len)
{
	struct nf_sentctx c;
	size_t i;
	int brk, pending = 0;

	ss->nspans = 0;
	if (nf_sent_tokenize(ss, text, len) < 0)
		return -1;
	if (ss->ntoks == 0)
		return 0;
	if (ss->newlines == NF_NL_AUTO)
		nf_sent_mark_wrapped(text, ss->toks, ss->ntoks);
	memset(&c, 0, sizeof(c));
	c.ss = ss;
	c.t = text;
	c.toks = ss->toks;
	c.n = ss->ntoks;
	nf_sent_note_marker(&c, 0);
	for (i = 0; i + 1 < c.n; i++) {
		if (gap_breaks(ss, &c.toks[i + 1]))
			brk = 1;
		else if (pending)
			brk = 1;	/* after a trailer such as "[12]" */
		else if (nf_sent_ends_after(&c, i))
			brk = !(pending = nf_sent_is_trailer(&c, i + 1));
		else
			brk = nf_sent_starts_at(&c, i + 1);
		if (!brk)
			continue;
		pending = 0;
		if (add_span(ss, c.toks[c.start].a, c.toks[i].b) < 0)
			return -1;
		c.start = i + 1;
		nf_sent_note_marker(&c, i + 1);
	}
	return add_span(ss, c.toks[c.start].a, c.toks[c.n - 1].b);
}

int nf_sentsplit_run(struct nf_sentsplit *ss, const char *text, size_t len)
{
	int rc = split(ss, text, len);

	trim_tokens(ss);
	return rc;
}
