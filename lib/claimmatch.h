/*
 * claimmatch: align the claims of two documents and judge each pair.
 * The candidate pairs come from claimcand, the alignment from
 * claimalign (versions in order as diff(1), outlets one to one), each
 * pair's STATUS and DETAIL from claimjudge.  A pair can align when its
 * align score reaches the threshold (CM_ALIGN by default).  CM_AUTO
 * picks versions when at least half the claims of the shorter document
 * have a counterpart with nearly the same words (stem F1 at least 0.8),
 * else outlets.  In versions mode a pair whose SCORE is below the
 * model's threshold (sim_threshold()), with no fact differing and no
 * frame shared, is not one claim: both sides are CS_ONLY.  The result
 * holds A's claims in order, then B's unmatched ones.
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
