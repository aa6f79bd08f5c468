/*
 * claimcand: the candidate pairs of two claim sets.  They come from an
 * index of B's rare stems and entity keys (a term in more than 16 of
 * B's claims is not rare): each claim of A is compared in full only
 * with the 10 claims of B that share the most IDF weight with it, and
 * always with up to 3 of B's claims of the same skeleton (its words but
 * its numbers) nearest to where it would be, so the cost grows about
 * linearly with the documents.  A pair's align is (sim_align() + 2 *
 * IDF-weighted cosine) / 3, raised halfway to 1 when the two share a
 * frame (claimframe).
 */
#ifndef NU_CLAIMCAND_H
#define NU_CLAIMCAND_H
#include <stddef.h>

#include "claims.h"

struct cm_cand {
	size_t		 a, b;		/* claim indices in A and B */
	double		 align;		/* alignment score */
	double		 score;		/* sim_score, the pair's SCORE */
	double		 stemf1;	/* stem F1 (auto mode's near-identical test) */
	int		 close;		/* stem F1 at least 0.5 */
	int		 frame;		/* the two share a frame (claimframe) */
};

struct cm_cands {
	struct cm_cand	*v;
	size_t		 n, cap;
};

/* Append the candidates of every claim of A, in A's order, to cs. */
void	cm_candidates(const struct claimset *A, const struct claimset *B,
	    struct cm_cands *cs);
void	cm_cands_free(struct cm_cands *);

#endif
