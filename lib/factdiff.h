/*
 * factdiff: what differs in fact between two claims taken as one: a
 * number or amount, a date, who says it, a name; and, by claimpolar, a
 * negation, an antonym, a hedge.
 * Values compare by the tagger's normalised keys (so "two" = 2);
 * a weekday agrees with a full date that falls on it, and with a date
 * without a year only in a document whose dateline gives the year;
 * otherwise a weekday and a date neither agree nor conflict.  Names
 * compare by key (Yevhen = Yevgen).  The differences are appended to a
 * DETAIL string, comma-separated, in the form claim's>other's.
 */
#ifndef NU_FACTDIFF_H
#define NU_FACTDIFF_H
#include "buf.h"
#include "claims.h"

enum fd_kind {
	FD_NUMBER	= 1 << 0,
	FD_DATE		= 1 << 1,
	FD_SPEAKER	= 1 << 2,
	FD_ENTITY	= 1 << 3,
	FD_NEGATION	= 1 << 4,
	FD_HEDGE	= 1 << 5,
	FD_ANTONYM	= 1 << 6
};

/*
 * Append the differences of a (in A) against b (in B) to detail;
 * returns the FD_* found.  Negations, antonyms and hedges count only
 * when close is set (the words are close enough that "not" is said of
 * the same thing).
 */
unsigned factdiff(const struct claimset *A, const struct claim *a,
	    const struct claimset *B, const struct claim *b, int close,
	    struct buf *detail);

/* Day of the week (0 Monday .. 6 Sunday) of a Gregorian date. */
int	weekday(int y, int m, int d);

#endif
