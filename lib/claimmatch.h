/*
 * claimmatch: align the claims of two documents and judge each pair.
 *
 * Candidates come from an index of B's rare stems and entity keys (a
 * term in more than 16 of B's claims is not rare): each claim of A is
 * compared in full only with the 10 claims of B that share the most IDF
 * weight with it, so the cost grows about linearly with the documents.
 * A pair can align when (sim_align() + 2 * IDF-weighted cosine) / 3
 * reaches the threshold (CM_ALIGN by default); a pair that shares a
 * frame (claimframe: one predicate class and a rare argument) has that
 * score raised halfway to 1.
 *
 * Versions of one article (CM_VERSIONS) align as diff(1) does: the
 * heaviest chain of pairs in order on both sides; pairs that align
 * out of that order are moves.  Two outlets (CM_OUTLETS) take the best
 * pairs one to one, in any order.  CM_AUTO picks versions when at least
 * half the claims of the shorter document have a counterpart with
 * nearly the same words (stem F1 at least 0.8), else outlets.
 *
 * Each pair's STATUS: conflict where a fact differs (factdiff), same
 * where the words differ by at most a typo (a few characters, white
 * space ignored), else reworded.  DETAIL lists the facts, quote-wording when both are quotations
 * worded differently, and moved.
 */
#ifndef NU_CLAIMMATCH_H
#define NU_CLAIMMATCH_H
#include <stddef.h>

#include "buf.h"
#include "claims.h"

enum cm_mode { CM_AUTO, CM_VERSIONS, CM_OUTLETS };
enum cm_status { CS_SAME, CS_REWORDED, CS_CONFLICT, CS_ONLY };

#define CM_NONE	((size_t)-1)
#define CM_ALIGN	0.4	/* the default alignment threshold */

struct cm_pair {
	size_t		 a, b;		/* claim indices; CM_NONE: no counterpart */
	double		 score;		/* sim_score of the pair */
	enum cm_status	 status;
	unsigned	 facts;		/* FD_* */
	int		 moved;
	int		 quote_wording;
	int		 close;		/* words close enough to judge a negation */
	size_t		 detail, detaillen;	/* A's view, in the result's text */
	size_t		 rdetail, rdetaillen;	/* B's view (each x>y as y>x) */
};

struct cm_result {
	struct cm_pair	*v;	/* A's claims in order, then B's unmatched */
	size_t		 n, cap;
	struct buf	 text;	/* the DETAIL strings */
	enum cm_mode	 mode;	/* the mode used */
};

struct cm_opts {
	enum cm_mode	 mode;
	double		 threshold;	/* alignment; < 0: CM_ALIGN */
	size_t		 typo;		/* characters of edit still "same" */
};

void	cm_result_init(struct cm_result *);
void	cm_result_free(struct cm_result *);
void	claimmatch(const struct claimset *A, const struct claimset *B,
	    const struct cm_opts *, struct cm_result *);
const char *cm_status_name(enum cm_status);

#endif
