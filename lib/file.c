/*
 * Whole-file reading for lexicons, models and training files; see file.h.
 */
#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>

#include "file.h"

int nf_read_stream(FILE *fp, struct nf_buf *out)
{
	size_t n;

	do {
		if (nf_buf_grow(out, 65536) < 0) {
			errno = ENOMEM;
			return -1;
		}
		n = fread(out->data + out->len, 1, 65536, fp);
		out->len += n;
		out->data[out->len] = '\0';
	} while (n == 65536);
	if (ferror(fp)) {
		errno = EIO;
		return -1;
	}
	return 0;
}

int nf_read_file(const char *path, struct nf_buf *out)
{
	FILE *fp = fopen(path, "rb");
	struct stat st;
	int rc, saved;

	if (!fp)
		return -1;
	if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(fp);
		errno = EISDIR;
		return -1;
	}
	rc = nf_read_stream(fp, out);
	saved = errno;
	fclose(fp);
	errno = saved;
	return rc;
}
