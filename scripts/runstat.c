/*
 * runstat -- run a command and report its wall time and peak memory.
 *
 *	runstat [-i infile] [-o outfile] -- command [arg ...]
 *
 * Runs the command with standard input from infile (default /dev/null)
 * and standard output to outfile (default /dev/null; created or
 * truncated), waits for it, and prints one line:
 *
 *	SECONDS PEAK_KIB STATUS CPU_SECONDS
 *
 * SECONDS is the wall-clock time (CLOCK_MONOTONIC, 3 decimals), PEAK_KIB
 * the child's peak resident set size in KiB (ru_maxrss from wait4(2); Linux
 * and the BSDs count it in KiB), and STATUS its exit status, or 128 plus the
 * signal number if a signal ended it, or 127 if it could not be run.
 * CPU_SECONDS is the child's user and system time (from wait4(2), 3
 * decimals): on a machine loaded by others it moves far less than the
 * wall-clock time.
 * The command's standard error is left alone.
 *
 * Exit status: 0 when the line was printed, whatever the command's own
 * status; 2 if runstat itself failed (bad usage, a file it could not open).
 *
 * Build: cc -O2 -o scripts/runstat scripts/runstat.c
 */

#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <sys/types.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void
usage(void)
{
	fprintf(stderr,
	    "usage: runstat [-i infile] [-o outfile] -- command [arg ...]\n");
	exit(2);
}

static int
openfile(const char *path, int flags)
{
	int fd;

	if ((fd = open(path, flags, 0666)) == -1) {
		fprintf(stderr, "runstat: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	return fd;
}

int
main(int argc, char *argv[])
{
	const char *in = "/dev/null", *out = "/dev/null";
	struct timespec t0, t1;
	struct rusage ru;
	double secs, cpu;
	pid_t pid;
	int c, infd, outfd, st, status;

	while ((c = getopt(argc, argv, "i:o:")) != -1) {
		switch (c) {
		case 'i':
			in = optarg;
			break;
		case 'o':
			out = optarg;
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		usage();

	infd = openfile(in, O_RDONLY);
	outfd = openfile(out, O_WRONLY | O_CREAT | O_TRUNC);
	fflush(NULL);

	if (clock_gettime(CLOCK_MONOTONIC, &t0) == -1) {
		perror("runstat: clock_gettime");
		return 2;
	}
	switch (pid = fork()) {
	case -1:
		perror("runstat: fork");
		return 2;
	case 0:
		if (dup2(infd, STDIN_FILENO) == -1 ||
		    dup2(outfd, STDOUT_FILENO) == -1) {
			perror("runstat: dup2");
			_exit(127);
		}
		if (infd != STDIN_FILENO)
			close(infd);
		if (outfd != STDOUT_FILENO)
			close(outfd);
		execvp(argv[0], argv);
		fprintf(stderr, "runstat: %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	close(infd);
	close(outfd);

	memset(&ru, 0, sizeof(ru));
	while (wait4(pid, &st, 0, &ru) == -1) {
		if (errno != EINTR) {
			perror("runstat: wait4");
			return 2;
		}
	}
	if (clock_gettime(CLOCK_MONOTONIC, &t1) == -1) {
		perror("runstat: clock_gettime");
		return 2;
	}

	secs = (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	if (WIFEXITED(st))
		status = WEXITSTATUS(st);
	else if (WIFSIGNALED(st))
		status = 128 + WTERMSIG(st);
	else
		status = 255;

	cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
	    (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
	printf("%.3f %ld %d %.3f\n", secs, (long)ru.ru_maxrss, status, cpu);
	if (fflush(stdout) == EOF || ferror(stdout)) {
		fprintf(stderr, "runstat: stdout: %s\n", strerror(errno));
		return 2;
	}
	return 0;
}
