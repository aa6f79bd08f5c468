/*
 * nerdata: read annotated entity data for tools/train-ner and
 * tools/eval-ner.  Formats, told apart line by line: CoNLL-2003
 * ("token POS chunk tag", -DOCSTART- between documents), two-column
 * "token tag" (wikigold, space or TAB; wikiann's "en:" prefix dropped),
 * and CoNLL-U-like files with an IOB column third ("# newdoc" between
 * documents).  Tags are IOB1 or IOB2; chunks follow conlleval's rules.
 * A sentence's text is its tokens joined by single spaces.
 */
#ifndef NU_NERDATA_H
#define NU_NERDATA_H
#include <stdio.h>

#include "buf.h"

enum { NT_PER, NT_ORG, NT_LOC, NT_MISC, NT_OTHER };

struct nchunk {
	size_t	start, end;	/* token indexes, end exclusive */
	int	type;		/* NT_* */
};

struct nsent {
	struct buf	 text;
	size_t		*tstart, *tend;	/* byte offsets of the tokens in text */
	size_t		 ntok, tokcap;
	struct nchunk	*chunk;
	size_t		 nchunk, chunkcap;
	int		 newdoc;	/* a document starts with this sentence */
	int		 hasmisc;	/* some tag in it is MISC */
	/* reader state */
	int		 pendingdoc, prevtype, previn;
	char		*line;
	size_t		 linecap;
	unsigned long	 lineno;
};

/* Read the next sentence; 1 if there is one, 0 at the end of the file. */
int	nerdata_read(FILE *, struct nsent *);
void	nerdata_free(struct nsent *);
const char *nerdata_typename(int);

#endif
