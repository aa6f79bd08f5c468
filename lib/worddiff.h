/*
 * worddiff: the word-level difference of two claims, written as
 * wdiff(1) and git's --word-diff=plain do: words only in the first as
 * [-...-], words only in the second as {+...+}, shared words plain,
 * one space between words.  Over 2000 words a side, the whole of each
 * is one change (the table would be quadratic).
 */
#ifndef NU_WORDDIFF_H
#define NU_WORDDIFF_H
#include "buf.h"
#include "claims.h"

void	worddiff(const struct claimset *A, const struct claim *a,
	    const struct claimset *B, const struct claim *b, struct buf *out);

#endif
