/*
 * split_scan: the splitter's candidate scan.  It finds the next byte
 * worth a look: a stop of any script, and, for a language with openers,
 * a capital or a double dash where a sentence may start with no stop.
 * Blocks of 16 bytes are tested at once with SSE2 where the compiler
 * offers it, of 8 in portable C elsewhere; both give the same answers.
 */
#ifndef NU_SPLIT_SCAN_H
#define NU_SPLIT_SCAN_H
#include <stddef.h>

#include "lang.h"

/* What the scan looks for: the language's openers, and cand[]. */
struct scan {
	const struct lang *l;
	/* Byte -> 0 nothing, 1 a stop may begin, 2 a capital, 3 a dash. */
	const unsigned char *cand;
};

void	scan_init(struct scan *, const struct lang *);
/* The first byte at or after i, before lim, that may be a candidate, or lim. */
size_t	next_candidate(const struct scan *, const char *t, size_t n, size_t i,
	    size_t lim);

#endif
