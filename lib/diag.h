/*
 * diag: diagnostics in the form "prog: file: line N: reason" and the
 * exit status they imply.  By default 0 ok, 1 bad input but the rest
 * processed, 2 usage or write error.  A program whose status 1 means
 * something else (diff-claims, after diff(1): 0 same, 1 different,
 * 2 trouble) says that bad input is trouble for it, and ends with
 * diag_exit(result), so there is one convention, not two:
 *
 *	diag_badinput_status(EXIT_TROUBLE);
 *	...
 *	return diag_exit(differ ? EXIT_DIFFERENT : 0);
 */
#ifndef NU_DIAG_H
#define NU_DIAG_H
#include <stddef.h>

#define EXIT_BADINPUT	1
#define EXIT_DIFFERENT	1	/* diff-claims: the documents differ */
#define EXIT_TROUBLE	2

/* The worst status reported so far (0 if none). */
extern int	diag_status;

/* The status bad input implies from now on: EXIT_BADINPUT (the default) or EXIT_TROUBLE. */
void	diag_badinput_status(int);
/* The exit status: diag_status if anything was reported, else result. */
int	diag_exit(int result);

/* Warn about input: "prog: file: line N: reason"; status becomes at least the bad-input one. */
void	diag_input(const char *file, size_t line, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
/* Warn about a file as a whole: "prog: file: reason"; the same status. */
void	diag_file(const char *file, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

#endif
