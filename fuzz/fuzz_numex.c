/*
 * Fuzz target: any bytes as one sentence.  The mentions must lie inside
 * it, in order, without overlap, each with a non-empty NUL-terminated
 * value; the count must not depend on how much room the caller gave.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "numex.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct numex_mention m[256];
	static struct numex *nx;
	const char *s = (const char *)data;
	size_t n, i, pos = 0;

	if (nx == NULL && (nx = numex_new()) == NULL)
		abort();
	n = numex_find(nx, s, size, m, 256);
	for (i = 0; i < n && i < 256; i++) {
		if (m[i].start < pos || m[i].end <= m[i].start || m[i].end > size ||
		    (unsigned)m[i].type > NX_ORDINAL ||
		    memchr(m[i].value, '\0', sizeof(m[i].value)) == NULL ||
		    m[i].value[0] == '\0')
			abort();
		pos = m[i].end;
	}
	if (numex_find(nx, s, size, NULL, 0) != n)
		abort();
	return 0;
}
