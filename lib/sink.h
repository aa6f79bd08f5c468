/*
 * sink: where records go (CONTRACT ONLY: being implemented; see issue 8).
 * Standard output or a buffer, as TSV (the stream format) or JSON Lines
 * (-J).  Every record writer takes a sink, so a program can build a
 * document's records in a buffer and tests need no dup2.
 *
 *	record_begin(s, "quote", doc, doclen, start, end);
 *	record_field_text(s, "direct", 6);	   a text field, escaped here
 *	record_field_uint(s, 42);		   a number field
 *	record_field_none(s);			   an empty number field (JSON null)
 *	record_end(s);
 *
 * Field names for JSON come from the kind's entry in the table of
 * known kinds (lib/kinds.c), by position.
 */
#ifndef NU_SINK_H
#define NU_SINK_H
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

enum sink_format { SINK_TSV, SINK_JSON };

struct sink;

struct sink	*sink_stdout(enum sink_format);
struct sink	*sink_buffer(struct buf *, enum sink_format);
void		 sink_free(struct sink *);

void	record_begin(struct sink *, const char *kind, const char *doc,
	    size_t doclen, uint64_t start, uint64_t end);
void	record_field_uint(struct sink *, uint64_t);
void	record_field_none(struct sink *);
void	record_field_text(struct sink *, const char *, size_t);	/* escapes */
void	record_field_raw(struct sink *, const char *, size_t);	/* already escaped */
void	record_end(struct sink *);

#endif
