/*
 * claimframe: the predicate of a claim and who does it.  Two claims
 * share a frame when each has a word of one predicate class (deny,
 * transfer, warn: lib/data/claims-classes.txt, so "dismissal" and
 * "denied" are one predicate) and they share a rare argument besides
 * it (a content word of IDF at least FRAME_IDF, or a name's key).
 * Such claims can be one claim told with another agent ("X passed the
 * evidence" against "Y shared the evidence"), so matching aligns them
 * more readily and factdiff compares their agents.
 *
 * The agent of a predicate is the phrase after a "by" just behind it
 * (passive), else the run of words just before it (its subject), else
 * the name (person, body, place, nationality) that ends nearest before
 * it.  A person in the phrase, or a name that ends it, stands for it.
 */
#ifndef NU_CLAIMFRAME_H
#define NU_CLAIMFRAME_H
#include <stddef.h>
#include <stdint.h>

#include "claims.h"

#define FRAME_IDF	3.5	/* a shared argument at least this rare */
#define FRAME_NONE	((size_t)-1)

struct frame_agent {
	uint64_t	 start, end;	/* the phrase in the document */
	const char	*key;		/* a name's key, or NULL */
	size_t		 keylen;
	uint64_t	 head;		/* stem (class) of its last word */
};

/*
 * Do a and b share a frame?  *pa and *pb (may be NULL) get the index
 * in their set's words of each predicate word.
 */
int	frame_shared(const struct claimset *A, const struct claim *a,
	    const struct claimset *B, const struct claim *b,
	    size_t *pa, size_t *pb);
/* The agent of predicate word p of c; 0: none found. */
int	frame_agent(const struct claimset *, const struct claim *c, size_t p,
	    struct frame_agent *);
/* Do two agents stand for one doer (key, or the same head word)? */
int	frame_agents_agree(const struct frame_agent *, const struct frame_agent *);

#endif
