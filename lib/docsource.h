/*
 * docsource: the one input path of every program.
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
 *
 * A document is raw text (one input), or in a stream a text record and
 * the records of the same DOC right after it, or such records with no
 * text record before them.  It ends at the first record of another
 * document or another text record, at the end of its input, or when
 * the input pauses (no further line within DOCSOURCE_PAUSE_MS) so that
 * a live feed is never a document behind; newsutils(7) has the rule.
 * Comments and blank lines inside a document stay in their place.
 */
#ifndef NU_DOCSOURCE_H
#define NU_DOCSOURCE_H
#include <stddef.h>

#include "document.h"
#include "reader.h"
#include "sink.h"

/* A pause in the input this long ends the document being read. */
#define DOCSOURCE_PAUSE_MS	500

struct docsource_opts {
	unsigned	 want;		/* DL_* layers the program needs */
	unsigned	 write;		/* DL_* layers computed here that are written
					   as records too (tag-entities: the
					   sentences it split, DL_SENTENCES); with
					   only, the stream's records of these
					   layers are still written */
	int		 only;		/* -o: no pass-through but of write's layers */
	/*
	 * For a program whose only output is the layers written here
	 * (split-sentences): raw text is split as it is read and its
	 * records written as they are found, so a raw document is never
	 * held whole, and it is not handed out.
	 */
	int		 stream_raw;
	struct doc_engines engines;
};

struct docsource;

struct docsource *docsource_new(struct reader *, struct sink *,
		    const struct docsource_opts *);
/*
 * The next document, or NULL at the end of the input.  Documents stay
 * the program's until docsource_done(); diff-claims may hold two.
 * They are written in the order they are done.
 */
struct document	*docsource_next(struct docsource *);
/*
 * Where the program's records that follow sentence i of d go
 * (i == d->nsents: after the document's last line).  Records given for
 * one anchor keep their order; anchors come out in document order.
 * Records after sentence i come after its line and the lines that
 * follow it before the next sentence (its entities, say).
 */
struct sink	*docsource_out(struct docsource *, struct document *, size_t i);
/* Write d with the records added, flush, and free it. */
void		 docsource_done(struct docsource *, struct document *);
void		 docsource_free(struct docsource *);

#endif
