/*
 * usage: what every program answers to -h, -V and a bad option.  The
 * answers to -h and -V are output like any other, written through a
 * checked sink, so `-V > /dev/full` is a write error (status 2); a bad
 * option's usage line goes to standard error.
 */
#ifndef NU_USAGE_H
#define NU_USAGE_H

/* Print the usage line: to stdout and exit 0 when status is 0, else to stderr and exit status. */
void	usage_exit(const char *text, int status) __attribute__((noreturn));
/* Print "PROG (newsutils) VERSION" and exit 0. */
void	version_exit(void) __attribute__((noreturn));

#endif
