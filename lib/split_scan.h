/*
 * split_scan: the splitter's candidate scan.  It finds the next byte
 * worth a look: a stop of any script, and, for a language with openers,
 * a capital or a double dash where a sentence may start with no stop.
 * Blocks of 32 bytes are tested at once with AVX2 where the CPU has it
 * (lib/cpu.h), of 16 with SSE2 where the compiler offers it, of 8 in
 * portable C elsewhere; all give the same answers.
 */
#ifndef NU_SPLIT_SCAN_H
#define NU_SPLIT_SCAN_H
#include <stddef.h>
#include <stdint.h>

#include "lang.h"

/* Bits a byte in a block's mask: one with SSE2 and AVX2, the high bit of each in portable C. */
#if defined(__SSE2__)
#define SCAN_BLOCK_BIT	1
#else
#define SCAN_BLOCK_BIT	8
#endif

/* What the scan looks for, and the last block it found a candidate in. */
struct scan {
	const struct lang *l;
	/* Byte -> 0 nothing, 1 a stop may begin, 2 a capital, 3 a dash. */
	const unsigned char *cand;
	/* The candidates of the bytes from kbase to kend, a bit or eight each. */
	size_t		 kbase, kend;
	uint64_t	 kbits;
	/* scan_next() for this CPU: with blocks of 32 bytes where it has AVX2 (cpu.h). */
	size_t		(*next)(struct scan *, const char *, size_t, size_t, size_t);
};

/* Ready for one text (a paragraph): the block kept is of that text. */
void	scan_init(struct scan *, const struct lang *);
size_t	scan_next(struct scan *, const char *t, size_t n, size_t i, size_t lim);

/*
 * The first byte at or after i, before lim, that may be a candidate, or
 * lim; every call of one scan gives the same t and n.  Most are answered
 * from the block the last one found its candidate in.
 */
static inline size_t
next_candidate(struct scan *sc, const char *t, size_t n, size_t i, size_t lim)
{
	uint64_t m;

	if (i >= sc->kbase && i < sc->kend) {
		m = sc->kbits >> ((i - sc->kbase) * SCAN_BLOCK_BIT);
		if (m != 0) {
			i += (size_t)__builtin_ctzll(m) / SCAN_BLOCK_BIT;
			return i < lim ? i : lim;
		}
		i = sc->kend;
	}
	return sc->next(sc, t, n, i, lim);
}

#endif
