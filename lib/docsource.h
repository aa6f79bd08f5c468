/*
 * docsource: the one input path of every program after split-sentences
 * (CONTRACT ONLY: being implemented; see issue 8).
 *
 * It reads the input through the reader, keeps every line read for
 * pass-through, and hands the program one whole document at a time
 * with the layers it asked for: parsed from the records the stream
 * carries, computed through document_build() where they are missing,
 * never both (a stream that carries sentences is not split again).
 * The program writes its own records for the document to the sink
 * docsource_out() gives, saying which sentence they follow;
 * docsource_done() then writes the document's input lines with those
 * records merged in after the line each belongs to, flushes (unless
 * stdout is a regular file) and frees the document's memory.
 *
 *	src = docsource_new(&rd, sink, &opts);
 *	while ((d = docsource_next(src)) != NULL) {
 *		for each quote q of d:
 *			s = docsource_out(src, d, q->last_sent);
 *			record_begin(s, "quote", d->id, d->idlen, q->start, q->end);
 *			record_field_text(s, ...); ...
 *			record_end(s);
 *		docsource_done(src, d);
 *	}
 *	docsource_free(src);
 */
#ifndef NU_DOCSOURCE_H
#define NU_DOCSOURCE_H
#include <stddef.h>

#include "document.h"
#include "reader.h"
#include "sink.h"

struct docsource_opts {
	unsigned	 want;		/* DL_* layers the program needs */
	unsigned	 write;		/* DL_* layers computed here that are written
					   as records too (tag-entities: the
					   sentences it split, DL_SENTENCES) */
	int		 only;		/* -o: no pass-through, no computed layers */
	struct doc_engines engines;
};

struct docsource;

struct docsource *docsource_new(struct reader *, struct sink *,
		    const struct docsource_opts *);
/*
 * The next document, or NULL at the end of the input.  Documents stay
 * the program's until docsource_done(); diff-claims may hold two.
 */
struct document	*docsource_next(struct docsource *);
/*
 * Where the program's records that follow sentence i of d go
 * (i == d->nsents: after the document's last line).  Records given for
 * one anchor keep their order; anchors come out in document order.
 */
struct sink	*docsource_out(struct docsource *, struct document *, size_t i);
/* Write d with the records added, flush, and free it. */
void		 docsource_done(struct docsource *, struct document *);
void		 docsource_free(struct docsource *);

#endif
