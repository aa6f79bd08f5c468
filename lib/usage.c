#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sink.h"
#include "usage.h"
#include "version.h"

void
usage_exit(const char *text, int status)
{
	struct sink *out;

	if (status != 0) {
		fputs(text, stderr);
		exit(status);
	}
	out = sink_stdout(SINK_TSV);
	sink_text(out, text);
	sink_close(out);
	exit(0);
}

void
version_exit(void)
{
	struct sink *out = sink_stdout(SINK_TSV);

	sink_text(out, getprogname());
	sink_text(out, " (newsutils) " NEWSUTILS_VERSION "\n");
	sink_close(out);
	exit(0);
}
