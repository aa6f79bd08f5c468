#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "diag.h"

int	diag_status;
static int badinput = EXIT_BADINPUT;

void
diag_badinput_status(int status)
{
	badinput = status;
}

int
diag_exit(int result)
{
	return diag_status != 0 ? diag_status : result;
}

static void
raise_status(void)
{
	if (diag_status < badinput)
		diag_status = badinput;
}

void
diag_input(const char *file, size_t line, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: %s: line %zu: ", getprogname(), file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	raise_status();
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
	raise_status();
}
