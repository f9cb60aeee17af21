/*
 * peakmem: runs a command and reports its wall time and peak resident
 * memory, for bench/run.  GNU time does the memory part but is not on
 * every machine and prints wall time in hundredths only; this needs
 * nothing but POSIX (fork, exec, waitpid, getrusage(RUSAGE_CHILDREN)).
 *
 *	peakmem [-o FILE] COMMAND [ARG]...
 *
 * Prints one line "SECONDS MAXRSS_KIB STATUS" to FILE (default standard
 * error) after the command ends.  STATUS is the command's exit status, or
 * 128 + the signal that killed it; peakmem exits with the same value.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0)
		return 0;
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Starts argv[0] and waits for it.  Returns its status as a shell would. */
static int run(char **argv)
{
	pid_t pid = fork();
	int ws;

	if (pid < 0) {
		fprintf(stderr, "peakmem: fork: %s\n", strerror(errno));
		return 71;
	}
	if (pid == 0) {
		execvp(argv[0], argv);
		fprintf(stderr, "peakmem: cannot run '%s': %s\n", argv[0], strerror(errno));
		_exit(errno == ENOENT ? 127 : 126);
	}
	while (waitpid(pid, &ws, 0) < 0) {
		if (errno != EINTR) {
			fprintf(stderr, "peakmem: waitpid: %s\n", strerror(errno));
			return 71;
		}
	}
	if (WIFSIGNALED(ws))
		return 128 + WTERMSIG(ws);
	return WEXITSTATUS(ws);
}

static int report(const char *path, double secs, long kib, int status)
{
	FILE *fp = path ? fopen(path, "w") : stderr;

	if (!fp) {
		fprintf(stderr, "peakmem: cannot create '%s': %s\n", path, strerror(errno));
		return -1;
	}
	fprintf(fp, "%.6f %ld %d\n", secs, kib, status);
	if (fflush(fp) == EOF || ferror(fp) || (path && fclose(fp) == EOF)) {
		fprintf(stderr, "peakmem: write error: %s\n", strerror(errno));
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	const char *out = NULL;
	struct rusage ru;
	double t0, t1;
	int c, status;

	while ((c = getopt(argc, argv, "+o:")) != -1) {
		if (c != 'o') {
			fputs("usage: peakmem [-o FILE] COMMAND [ARG]...\n", stderr);
			return 64;
		}
		out = optarg;
	}
	if (optind == argc) {
		fputs("usage: peakmem [-o FILE] COMMAND [ARG]...\n", stderr);
		return 64;
	}
	t0 = now();
	status = run(argv + optind);
	t1 = now();
	if (getrusage(RUSAGE_CHILDREN, &ru) != 0) {
		fprintf(stderr, "peakmem: getrusage: %s\n", strerror(errno));
		return 71;
	}
	/* Linux and the BSDs give ru_maxrss in KiB (macOS in bytes). */
	if (report(out, t1 - t0, ru.ru_maxrss, status) < 0)
		return 74;
	return status;
}
