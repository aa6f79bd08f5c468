/*
 * diag: diagnostics in the form "prog: file: line N: reason" and the
 * exit status they imply (0 ok, 1 bad input but the rest processed,
 * 2 usage or write error).
 */
#ifndef NU_DIAG_H
#define NU_DIAG_H
#include <stddef.h>

#define EXIT_BADINPUT	1
#define EXIT_TROUBLE	2

extern int	diag_status;

/* Warn about input: "prog: file: line N: reason"; status becomes at least 1. */
void	diag_input(const char *file, size_t line, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
/* Warn about a file as a whole: "prog: file: reason"; status at least 1. */
void	diag_file(const char *file, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

#endif
