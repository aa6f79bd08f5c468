/*
 * claimdiff: diff-claims' engine from two built documents to its
 * records.  It takes the claims of both (claims), aligns and judges
 * them (claimmatch) and hands each record to the caller as fields, so
 * the program decides how they are written (TSV or JSON, to which sink):
 *
 *	claim DOC START END STATUS OTHER_DOC OTHER_START OTHER_END SCORE
 *	      DETAIL TEXT OTHER_TEXT
 *
 * in this order: each claim of A, followed by its counterpart's record
 * (DOC the other way round, DETAIL read from that side: x>y as y>x);
 * then B's claims that have none.  With words set, a record
 *
 *	worddiff DOC START END OTHER_DOC OTHER_START OTHER_END DIFF
 *
 * follows each A record of a pair whose words differ.
 */
#ifndef NU_CLAIMDIFF_H
#define NU_CLAIMDIFF_H
#include <stddef.h>
#include <stdint.h>

#include "claimmatch.h"
#include "document.h"

struct cd_field {
	const char	*p;		/* NULL: empty (no value) */
	size_t		 n;
	int		 escaped;	/* already escaped (a document id) */
	int		 number;	/* p is unused, v is the value */
	uint64_t	 v;
};

struct cd_record {
	const char	*kind;
	struct cd_field	 f[12];		/* after KIND: DOC START END ... */
	size_t		 nf;
	/* Where it belongs in the output: after sentence sent of document b or a. */
	int		 of_b;
	size_t		 sent;
};

typedef void	(*cd_emit)(void *ctx, const struct cd_record *);

struct cd_opts {
	struct cm_opts	 match;
	int		 conflicts_only;	/* records of conflicts alone */
	int		 words;			/* worddiff records */
};

struct cd_counts {
	size_t		 same, reworded, conflict, only_a, only_b;
	enum cm_mode	 mode;
};

/*
 * Diff a against b (both built with text, sentences and entities, and
 * quotes where known); emit may be NULL (counts only).
 */
void	claimdiff(const struct document *a, const struct document *b,
	    const struct cd_opts *, cd_emit, void *ctx, struct cd_counts *);

#endif
