/*
 * layers: the records of a document's layers read into the document,
 * one parser per kind (the document source calls them):
 *	sentence DOC START END N PARA TEXT
 *	entity   DOC START END TYPE TEXT KEY
 *	quote    DOC START END TYPE CUE SPEAKER SOURCE KEY TEXT
 *		 CUE_START CUE_END SPEAKER_START SPEAKER_END
 * Offsets are the document's.  Where the document has its text (a text
 * record came first), a record must lie within it.  Each returns 0, or
 * -1 with *why saying what is wrong (the document is left as it was).
 */
#ifndef NU_LAYERS_H
#define NU_LAYERS_H

#include "buf.h"
#include "document.h"
#include "record.h"

/* scratch holds unescaped fields; its contents do not matter after. */
int	layer_sentence(struct document *, const struct record *,
	    struct buf *scratch, const char **why);
int	layer_entity(struct document *, const struct record *,
	    struct buf *scratch, const char **why);
int	layer_quote(struct document *, const struct record *,
	    struct buf *scratch, const char **why);

#endif
