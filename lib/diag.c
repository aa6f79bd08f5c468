#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "diag.h"

int	diag_status;

void
diag_input(const char *file, size_t line, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: %s: line %zu: ", getprogname(), file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (diag_status < EXIT_BADINPUT)
		diag_status = EXIT_BADINPUT;
}

void
diag_file(const char *file, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: %s: ", getprogname(), file);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (diag_status < EXIT_BADINPUT)
		diag_status = EXIT_BADINPUT;
}
