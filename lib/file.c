/*
 * Whole-file reading for lexicons and models; see file.h.
 */
#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>

#include "file.h"

int nf_read_file(const char *path, struct nf_buf *out)
{
	FILE *fp = fopen(path, "rb");
	struct stat st;
	size_t n;
	int saved;

	if (!fp)
		return -1;
	if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(fp);
		errno = EISDIR;
		return -1;
	}
	do {
		if (nf_buf_grow(out, 65536) < 0) {
			fclose(fp);
			errno = ENOMEM;
			return -1;
		}
		n = fread(out->data + out->len, 1, 65536, fp);
		out->len += n;
		out->data[out->len] = '\0';
	} while (n == 65536);
	saved = ferror(fp) ? EIO : 0;
	fclose(fp);
	if (saved) {
		errno = saved;
		return -1;
	}
	return 0;
}
