/*
 * Plain text to JSON Lines records, the way into the pipeline: news often
 * arrives as .txt files, and every filter reads {"id":..., "text":...}.
 * A file becomes one record, one per non-blank line, or one per paragraph;
 * the text is kept byte for byte, and the JSON is written by jansson.
 */
#ifndef NF_TEXTREC_H
#define NF_TEXTREC_H

#include <stdio.h>

#include "buf.h"

enum nf_textrec_per {
	NF_PER_FILE,
	NF_PER_LINE,
	NF_PER_PARAGRAPH
};

struct nf_textrec {
	enum nf_textrec_per per;
	const char *id_prefix;	/* put before every id; "" for none */
	FILE *out;		/* where records go (stdout) */
	int status;		/* worst enum nf_exit so far */
	int stop;		/* a write or memory failure: convert no more */
	struct nf_buf text;	/* the record being gathered */
	struct nf_buf id;
	struct nf_buf json;	/* the dumped record */
};

/* Sets up t to write to out.  Never fails; per may be set after. */
void nf_textrec_init(struct nf_textrec *t, FILE *out);
void nf_textrec_release(struct nf_textrec *t);

/* Parses "file", "line" or "paragraph".  Returns 0, or -1 if unknown. */
int nf_textrec_parse_per(const char *s, enum nf_textrec_per *per);

/* Sets the id prefix.  Returns 0, or -1 if it is not valid UTF-8. */
int nf_textrec_set_id_prefix(struct nf_textrec *t, const char *prefix);

/*
 * Converts one operand ("-" is standard input, named "<stdin>").  Problems
 * are reported on stderr as "text-to-records: ..." and folded into
 * t->status; a bad file or line is skipped and the run goes on, unless
 * t->stop is set (output or memory failure).
 */
void nf_textrec_convert(struct nf_textrec *t, const char *path);

/* Flushes the output and returns the exit status for the whole run. */
int nf_textrec_finish(struct nf_textrec *t);

#endif
