/*
 * claimjudge: the STATUS and DETAIL of an aligned pair.  conflict where
 * a fact differs (factdiff), same where the words differ by at most a
 * typo (o->typo characters, white space ignored, no number changed),
 * else reworded.  DETAIL lists the facts, quote-wording when both are
 * quotations worded differently, and moved; in A's view (x>y) and in
 * B's (y>x), appended to the result's text.
 */
#ifndef NU_CLAIMJUDGE_H
#define NU_CLAIMJUDGE_H
#include "claimmatch.h"

/* Judge p (its a, b, close and moved set), A's claim against B's. */
void	cm_judge(const struct claimset *A, const struct claimset *B,
	    const struct cm_opts *o, struct cm_result *r, struct cm_pair *p);

#endif
