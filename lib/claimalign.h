/*
 * claimalign: the pairs that align, from the candidates above the
 * threshold.  Versions of one article align as diff(1) does: the
 * heaviest chain of pairs in order on both sides; pairs that still
 * align one to one out of that order are moves.  Two outlets take the
 * best pairs one to one, in any order.
 */
#ifndef NU_CLAIMALIGN_H
#define NU_CLAIMALIGN_H
#include <stddef.h>

#include "claimcand.h"
#include "claimmatch.h"

/*
 * Align cs (reordered) for A's na claims and B's nb: ma[a] gets a's
 * counterpart in B (CM_NONE: none) and pick[a] the index in cs->v of
 * its pair, mb[b] the counterpart in A, moved[a] 1 for a move.  The
 * arrays must hold na (ma, pick, moved) and nb (mb) entries.
 */
void	cm_align(struct cm_cands *cs, enum cm_mode, size_t na, size_t nb,
	    size_t *ma, size_t *mb, size_t *pick, int *moved);

#endif
