/*
 * train-clusters: learns word clusters from unlabelled text for the
 * entity tagger (lib/clusters.c).  Reads JSON Lines ("text", or "tokens"
 * joined by spaces) or plain text files; writes "word<TAB>number" lines.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cli.h"
#include "clusters.h"
#include "driver.h"
#include "exitcode.h"
#include "file.h"
#include "sentsplit.h"

#define TOOL "train-clusters"

static void usage(FILE *fp)
{
	fprintf(fp,
		"Usage: %s [OPTION]... -o CLUSTERS FILE...\n"
		"Learn word clusters (predictive exchange algorithm) from the text of\n"
		"JSON Lines records (\"text\", or \"tokens\") or plain text FILEs.\n\n"
		"  -o, --output=FILE      write 'word<TAB>number' lines to FILE (required)\n"
		"  -k, --classes=N        fine classes (default 512)\n"
		"  -c, --coarse=N         coarse classes (default 64)\n"
		"  -m, --min-count=N      cluster words seen N times or more (default 3)\n"
		"  -i, --iterations=N     passes at most (default 10)\n"
		"  -h, --help, -V, --version\n\n"
		"Exit status: 0 ok, 64 usage, 65 bad input, 66 cannot read, 70, 74.\n", TOOL);
}

/* Adds one JSON line's text (or joined tokens) as a document. */
static int add_json(struct nf_cluster_corpus *c, const struct nf_lexicon *ab, json_t *root)
{
	json_t *t = json_object_get(root, "text"), *toks = json_object_get(root, "tokens"), *x;
	struct nf_buf b = NF_BUF_INIT;
	size_t i;
	int rc;

	if (json_is_string(t))
		return nf_cluster_corpus_add(c, json_string_value(t), json_string_length(t), ab);
	if (!json_is_array(toks))
		return 0;
	json_array_foreach(toks, i, x)
		if (json_is_string(x) && (nf_buf_add(&b, json_string_value(x),
				json_string_length(x)) < 0 || nf_buf_addc(&b, ' ') < 0)) {
			nf_buf_release(&b);
			return -1;
		}
	rc = nf_cluster_corpus_add(c, b.data ? b.data : "", b.len, ab);
	nf_buf_release(&b);
	return rc;
}

static int add_file(struct nf_cluster_corpus *c, const struct nf_lexicon *ab, const char *path)
{
	struct nf_buf d = NF_BUF_INIT;
	const char *p, *end, *eol;
	json_t *root;
	int rc = 0;

	if ((rc = nf_cli_read(TOOL, path, &d)) != 0) {
		nf_buf_release(&d);
		return rc;
	}
	p = d.data ? d.data : "";
	end = p + d.len;
	if (d.len == 0 || *p != '{')
		rc = nf_cluster_corpus_add(c, p, d.len, ab) < 0 ? NF_EXIT_SOFTWARE : 0;
	for (; rc == 0 && d.len && *d.data == '{' && p < end; p = eol + 1) {
		eol = memchr(p, '\n', (size_t)(end - p));
		eol = eol ? eol : end;
		root = eol > p ? json_loadb(p, (size_t)(eol - p), 0, NULL) : NULL;
		if (eol > p && !json_is_object(root)) {
			fprintf(stderr, "%s: %s: a line is not a JSON object\n", TOOL, path);
			rc = NF_EXIT_DATA;
		} else if (root && add_json(c, ab, root) < 0) {
			rc = NF_EXIT_SOFTWARE;
		}
		json_decref(root);
	}
	nf_buf_release(&d);
	return rc;
}

static void progress(void *arg, unsigned iter, size_t moved)
{
	(void)arg;
	fprintf(stderr, "%s: pass %u: %zu words moved\n", TOOL, iter, moved);
}

static int parse_num(const char *s, unsigned *out)
{
	unsigned long v;

	if (nf_cli_ulong(s, 1000000, &v) < 0 || v == 0)
		return -1;
	*out = (unsigned)v;
	return 0;
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' }, { "classes", required_argument, NULL, 'k' },
		{ "coarse", required_argument, NULL, 'c' }, { "min-count", required_argument, NULL, 'm' },
		{ "iterations", required_argument, NULL, 'i' }, { "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' }, { NULL, 0, NULL, 0 }
	};
	struct nf_cluster_opts o = { 512, 64, 3, 10, progress, NULL };
	struct nf_cluster_corpus c;
	struct nf_sentsplit ss;
	struct nf_buf out = NF_BUF_INIT;
	const char *output = NULL;
	int ch, rc = 0, i;

	while ((ch = getopt_long(argc, argv, "o:k:c:m:i:hV", opts, NULL)) != -1) {
		if (ch == 'o')
			output = optarg;
		else if ((ch == 'k' && parse_num(optarg, &o.classes) == 0 && o.classes < 1023) ||
			 (ch == 'c' && parse_num(optarg, &o.coarse) == 0 && o.coarse < 1023) ||
			 (ch == 'm' && parse_num(optarg, &o.min_count) == 0) ||
			 (ch == 'i' && parse_num(optarg, &o.iterations) == 0))
			continue;
		else if (ch == 'h')
			return usage(stdout), fflush(stdout) ? NF_EXIT_IOERR : NF_EXIT_OK;
		else if (ch == 'V')
			return nf_cli_version(TOOL);
		else
			return usage(stderr), NF_EXIT_USAGE;
	}
	if (!output || optind == argc)
		return usage(stderr), NF_EXIT_USAGE;
	nf_cluster_corpus_init(&c);
	if (nf_sentsplit_init(&ss) < 0)
		return NF_EXIT_SOFTWARE;
	for (i = optind; i < argc && rc == 0; i++)
		rc = add_file(&c, &ss.abbrev, argv[i]);
	if (rc == 0) {
		fprintf(stderr, "%s: %zu tokens, %zu word types\n", TOOL, c.n, c.nwords);
		rc = nf_clusters_build(&c, &o, &out) < 0 ? NF_EXIT_SOFTWARE : 0;
	}
	if (rc == 0)
		rc = nf_cli_write(TOOL, output, &out);
	nf_buf_release(&out);
	nf_cluster_corpus_release(&c);
	nf_sentsplit_release(&ss);
	return rc;
}
