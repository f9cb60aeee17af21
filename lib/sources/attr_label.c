/*
 * Speaker labels: a line that opens with a name of one to four
 * capitalised words and a colon, in transcripts ("PENCE: Well, look, ...")
 * and in headlines ("Sanders: Clinton needs to ..."), is an attribution:
 * the colon is the cue, the name the source, the rest of the line the
 * content.  The cue tagger seldom takes a colon for a cue (PolNeAR train
 * has 109 such labels, and 139 lines of the same form that are not: "Q:",
 * "The Latest:", "Contributing:", "Breaking:": one-letter names and the
 * first words below, those of that training split and a few editorial
 * labels, are left out), so this is a rule.
 */
#include <ctype.h>
#include <string.h>

#include "attr.h"

/* Tokens: of a name; the fewest words after the colon; of a line taken. */
enum { LABEL_MAX_NAME = 4, LABEL_MIN_REST = 2, LABEL_MAX_LINE = 400 };

/* First words of labels that name no speaker (PolNeAR train's lines). */
static const char *const not_speaker[] = {
	"the", "breaking", "contributing", "correction", "update", "editor’s", "editor's",
	"video", "byline", "wow", "revealed", "twitter", "look", "exclusive", "busted", "boom",
	"bombshell", "note", "watch", "related", "photo",
};

/* Is token t, lowercased, one of the words above? */
static int is_not_speaker(const char *text, const struct nf_attr_tok *t)
{
	char low[16];
	size_t n = t->b - t->a, i;

	if (n >= sizeof(low))
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)text[t->a + i]);
	low[n] = '\0';
	for (i = 0; i < sizeof(not_speaker) / sizeof(not_speaker[0]); i++)
		if (strcmp(low, not_speaker[i]) == 0)
			return 1;
	return 0;
}

/* Does token k open a line (or the text)? */
static int line_starts(const struct nf_attr_work *w, size_t k)
{
	return k == 0 || (w->t[k].flags & (NF_TF_LINE | NF_TF_PARA));
}

/*
 * If token i is the colon of a speaker label, the first token of the
 * name; else NF_ATTR_NONE.
 */
static size_t label_name(const struct nf_attr_work *w, const char *text, size_t i)
{
	size_t k, j;

	if (i == 0 || w->t[i].shape != NF_SH_COLON || w->t[i].b - w->t[i].a != 1 ||
	    line_starts(w, i))
		return NF_ATTR_NONE;
	for (k = i; k > 0 && i - k < LABEL_MAX_NAME && !line_starts(w, k); k--)
		if (w->t[k - 1].shape != NF_SH_CAP && w->t[k - 1].shape != NF_SH_UPPER)
			break;
	if (!line_starts(w, k) &&
	    (w->t[k - 1].shape != NF_SH_OPENQ || !line_starts(w, k - 1)))
		return NF_ATTR_NONE;	/* else "\"PENCE: ..." */
	if (k == i || (i - k == 1 && w->t[k].b - w->t[k].a < 2) || is_not_speaker(text, &w->t[k]))
		return NF_ATTR_NONE;
	for (j = i + 1; j < w->n && j <= i + LABEL_MIN_REST; j++)
		if (line_starts(w, j))
			return NF_ATTR_NONE;
	return j > i + LABEL_MIN_REST ? k : NF_ATTR_NONE;
}

void nf_attr_mark_labels(struct nf_attr_work *w, const char *text)
{
	size_t i;

	for (i = 1; i < w->n; i++)
		if (w->t[i].shape == NF_SH_COLON && w->tag[i] == NF_AC_O &&
		    (i + 1 >= w->n || w->tag[i + 1] != NF_AC_I) &&
		    label_name(w, text, i) != NF_ATTR_NONE)
			w->tag[i] = NF_AC_B;
}

int nf_attr_label(const struct nf_attr_work *w, const char *text, struct nf_attr_found *f)
{
	size_t a, e;

	if (f->cue_b != f->cue_a + 1 || (a = label_name(w, text, f->cue_a)) == NF_ATTR_NONE)
		return 0;
	for (e = f->cue_b + 1; e < w->n && !line_starts(w, e) && e - f->cue_b < LABEL_MAX_LINE; e++)
		;
	if (a > 0 && w->t[a - 1].shape == NF_SH_OPENQ)
		e = nf_attr_quote_paragraphs(w, a - 1, e);	/* "\"PENCE: ..." going on */
	while (e > f->cue_b + 1 && w->t[e - 1].shape == NF_SH_CLOSEQ &&
	       (nf_attr_qopen(w, e - 1) == NF_ATTR_NONE || nf_attr_qopen(w, e - 1) < a))
		e--;	/* the closing mark of a transcript's line quoted as a whole */
	f->src_a = (uint32_t)a;
	f->src_b = f->cue_a;
	f->con_a = f->cue_b;
	f->con_b = (uint32_t)e;
	f->con2_a = f->con2_b = NF_ATTR_NONE;
	return 1;
}
