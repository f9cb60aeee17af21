/*
 * Unit tests for the word tokenizer (lib/tokens.c): what is peeled off a
 * white-space chunk and what stays whole, written out as "tok|tok|...".
 */
#include <stdlib.h>
#include <string.h>

#include "tokens.h"
#include "unit.h"

/* The tokens of text joined by '|', in a static buffer. */
static const char *tokens_of(struct nf_tokens *toks, const char *text)
{
	static char out[512];
	size_t i, n = 0;

	out[0] = '\0';
	if (nf_tokenize(toks, text, strlen(text), NULL) < 0)
		return "(out of memory)";
	for (i = 0; i < toks->n && n + (toks->v[i].b - toks->v[i].a) + 2 < sizeof(out); i++) {
		if (i)
			out[n++] = '|';
		memcpy(out + n, text + toks->v[i].a, toks->v[i].b - toks->v[i].a);
		n += toks->v[i].b - toks->v[i].a;
	}
	out[n] = '\0';
	return out;
}

#define CHECK_TOKS(toks, text, want) CHECK(strcmp(tokens_of(toks, text), want) == 0)

int main(void)
{
	struct nf_tokens toks = { 0 };

	CHECK_TOKS(&toks, "Putin agreed, officials said.", "Putin|agreed|,|officials|said|.");
	CHECK_TOKS(&toks, "“No deal,” he said.", "“|No|deal|,|”|he|said|.");
	CHECK_TOKS(&toks, "the U.S.-led talks on 1996-08-30", "the|U.S.-led|talks|on|1996-08-30");
	CHECK_TOKS(&toks, "NATO's plan", "NATO|'s|plan");
	/* every one-byte opener and closer splits off; other marks stay */
	CHECK_TOKS(&toks, "\"(x) [y] {z}\"", "\"|(|x|)|[|y|]|{|z|}|\"");
	CHECK_TOKS(&toks, "a, b; c: d! e? f", "a|,|b|;|c|:|d|!|e|?|f");
	CHECK_TOKS(&toks, "<a> @b #c d-e", "<a>|@b|#c|d-e");
	/* white space of every ASCII kind separates tokens */
	CHECK_TOKS(&toks, "a\tb\vc\fd\re\x1c" "f\x1fg", "a|b|c|d|e|f|g");
	/* other control characters stay inside a token, as at its start */
	CHECK_TOKS(&toks, "a\x01" "b \x02" "c d\x7f", "a\x01" "b|\x02" "c|d\x7f");
	/* a no-break space ends a token, an em dash stands alone */
	CHECK_TOKS(&toks, "a\xC2\xA0" "b c\xE2\x80\x94" "d", "a|b|c|\xE2\x80\x94|d");
	/* em dashes and horizontal bars stand alone, even between words */
	CHECK_TOKS(&toks, "Ted Cruz—who won—said no", "Ted|Cruz|—|who|won|—|said|no");
	CHECK_TOKS(&toks, "shame.”― Sonya", "shame|.|”|―|Sonya");
	CHECK_TOKS(&toks, "—", "—");
	/* an en dash in a range does not split */
	CHECK_TOKS(&toks, "pages 10–12", "pages|10–12");
	CHECK_SIZE(toks.v[1].nl, 0);
	CHECK_TOKS(&toks, "one\n\n—two", "one|—|two");
	CHECK_SIZE(toks.v[1].nl, 2);
	nf_tokens_release(&toks);
	return unit_done("tokens");
}
