/*
 * claimpolar: whether two claims taken as one say opposite things or
 * one is surer.  A claim's polarity flips with every negation ("not",
 * "never", "no longer", "n't") and every word of denial ("denied",
 * "rejected", "refused": claimwords.c); the two differ when the
 * number of flips differs in parity (negation).  A content word of one
 * that the other replaces by its WordNet antonym flips it too
 * (antonym:opened>closed), so one antonym and one negation cancel ("the
 * bridge did not open", "the bridge closed").  A hedge ("may") against
 * a sure word or none is hedge:may>.  All only when the words are close
 * (half the stems shared), so that the "not" is said of the same thing.
 */
#ifndef NU_CLAIMPOLAR_H
#define NU_CLAIMPOLAR_H
#include "buf.h"
#include "claims.h"

/*
 * Append a's differences against b (negation, antonym, hedge; kind:x>y
 * with x a's word) to d, whose DETAIL starts at base; returns the
 * FD_NEGATION, FD_ANTONYM and FD_HEDGE found (factdiff.h).
 */
unsigned polarity_diff(const struct claimset *A, const struct claim *a,
	    const struct claimset *B, const struct claim *b, struct buf *d,
	    size_t base);

#endif
