/*
 * typodist: how many character edits (insertions, deletions,
 * substitutions) apart two texts are, white space and ASCII case
 * ignored, counted only up to a small limit: what "a typo apart"
 * means to diff-claims.  Banded, so the cost is O(n * max).
 */
#ifndef NU_TYPODIST_H
#define NU_TYPODIST_H
#include <stddef.h>

/* The distance of a and b if it is at most max; else max + 1. */
size_t	typo_distance(const char *a, size_t na, const char *b, size_t nb,
	    size_t max);

#endif
