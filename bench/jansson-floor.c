/*
 * jansson-floor: the speed floor for every filter.  It does the least a
 * JSON Lines filter must do with jansson -- parse each line into a tree
 * and write it back out, compact, one line per record -- and nothing else.
 * A filter's time over the floor's is the cost of its own work; the
 * benchmark (bench/run) reports that ratio.
 *
 *	jansson-floor [FILE]...		(standard input if none, or for -)
 *
 * Lines are read with getline() from a large stdio buffer, each parsed
 * with json_loadb() and dumped with json_dumpb() into one reused buffer,
 * so no allocation but jansson's own happens per record.  Blank lines stay
 * blank; a line jansson refuses is reported and skipped (exit status 65).
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

enum { EXIT_DATA = 65, EXIT_NOINPUT = 66, EXIT_SOFTWARE = 70, EXIT_IOERR = 74 };

/* The reused output buffer for json_dumpb(). */
struct dumpbuf {
	char *data;
	size_t cap;
};

static int worse(int a, int b)
{
	return a > b ? a : b;
}

/* Dumps v into b, growing it as needed.  Returns the length, 0 on ENOMEM. */
static size_t dump(json_t *v, struct dumpbuf *b)
{
	size_t need = json_dumpb(v, b->data, b->cap, JSON_COMPACT);
	char *p;

	if (need == 0 || need <= b->cap)
		return need;
	p = realloc(b->data, need);
	if (!p)
		return 0;
	b->data = p;
	b->cap = need;
	return json_dumpb(v, b->data, b->cap, JSON_COMPACT);
}

/* Parses and re-dumps one line.  Returns an exit status (0 if fine). */
static int one_line(const char *name, size_t lineno, const char *s, size_t n,
		    struct dumpbuf *b)
{
	json_error_t je;
	json_t *v;
	size_t len;

	if (n == 0 || (n == 1 && s[0] == '\r'))
		return putchar('\n') == EOF ? EXIT_IOERR : 0;
	v = json_loadb(s, n, 0, &je);
	if (!v) {
		fprintf(stderr, "jansson-floor: %s:%zu: %s\n", name, lineno, je.text);
		return EXIT_DATA;
	}
	len = dump(v, b);
	json_decref(v);
	if (len == 0) {
		fputs("jansson-floor: out of memory\n", stderr);
		return EXIT_SOFTWARE;
	}
	if (fwrite(b->data, 1, len, stdout) != len || putchar('\n') == EOF)
		return EXIT_IOERR;
	return 0;
}

static int one_stream(FILE *fp, const char *name, struct dumpbuf *b)
{
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t n;
	int status = 0, rc;

	while ((n = getline(&line, &cap, fp)) > 0) {
		if (line[n - 1] == '\n')
			n--;
		rc = one_line(name, ++lineno, line, (size_t)n, b);
		status = worse(status, rc);
		if (rc > EXIT_DATA)
			break;
	}
	if (ferror(fp)) {
		fprintf(stderr, "jansson-floor: %s: read error: %s\n", name, strerror(errno));
		status = worse(status, EXIT_IOERR);
	}
	free(line);
	return status;
}

static int one_operand(const char *path, struct dumpbuf *b)
{
	FILE *fp;
	int rc;

	if (strcmp(path, "-") == 0)
		return one_stream(stdin, "<stdin>", b);
	fp = fopen(path, "r");
	if (!fp) {
		fprintf(stderr, "jansson-floor: cannot open '%s': %s\n", path, strerror(errno));
		return EXIT_NOINPUT;
	}
	if (setvbuf(fp, NULL, _IOFBF, 1 << 20) != 0) {
		fclose(fp);
		fputs("jansson-floor: out of memory\n", stderr);
		return EXIT_SOFTWARE;
	}
	rc = one_stream(fp, path, b);
	fclose(fp);
	return rc;
}

int main(int argc, char **argv)
{
	struct dumpbuf b = { NULL, 0 };
	int i, status = 0;

	if (setvbuf(stdout, NULL, _IOFBF, 1 << 16) != 0 ||
	    setvbuf(stdin, NULL, _IOFBF, 1 << 20) != 0) {
		fputs("jansson-floor: out of memory\n", stderr);
		return EXIT_SOFTWARE;
	}
	if (argc < 2)
		status = one_stream(stdin, "<stdin>", &b);
	for (i = 1; i < argc && status < EXIT_SOFTWARE; i++)
		status = worse(status, one_operand(argv[i], &b));
	free(b.data);
	if (fflush(stdout) == EOF || ferror(stdout)) {
		fprintf(stderr, "jansson-floor: write error: %s\n", strerror(errno));
		status = worse(status, EXIT_IOERR);
	}
	return status;
}
