/*
 * sink: where records go.  Standard output or a buffer, as TSV (the
 * stream format) or JSON Lines (-J).  Every record writer takes a sink,
 * so a program can build a document's records in a buffer and tests
 * need no dup2.
 *
 *	record_begin(s, "quote", doc, doclen, start, end);
 *	record_field_text(s, "direct", 6);	   a text field, escaped here
 *	record_field_uint(s, 42);		   a number field
 *	record_field_none(s);			   an empty number field (JSON null)
 *	record_end(s);
 *
 * Field names for JSON come from the kind's entry in the table of
 * known kinds (kinds.h), by position; the fields of an unknown kind,
 * and any past a known kind's last, go in an array "fields".
 *
 * Writing to standard output is checked: a write error ends the
 * program with "prog: stdout: reason" and EXIT_TROUBLE.
 */
#ifndef NU_SINK_H
#define NU_SINK_H
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "sentence.h"

enum sink_format { SINK_TSV, SINK_JSON };

struct sink;

/* The one sink on standard output (the same one each call). */
struct sink	*sink_stdout(enum sink_format);
struct sink	*sink_buffer(struct buf *, enum sink_format);
void		 sink_free(struct sink *);
enum sink_format sink_format(const struct sink *);

/* -u: standard output is flushed after every record and line. */
void	sink_set_unbuffered(struct sink *, int);
/* End of a document: flush standard output unless it is a regular file. */
void	sink_end_document(struct sink *);
/* Flush now, whatever standard output is (before waiting for input). */
void	sink_flush(struct sink *);
/* Flush and close standard output, checked; a buffer sink is left as is. */
void	sink_close(struct sink *);

/* Bytes already in the sink's format (records built in a buffer sink). */
void	sink_bytes(struct sink *, const char *, size_t);
/*
 * A line read (no newline), passed through: as it is in TSV; in JSON a
 * record as its kind's object, a comment as {"comment":LINE}, a line
 * that is not a record as {"line":LINE}, and a blank line not at all.
 */
void	sink_line(struct sink *, const char *, size_t);
/* Text to standard output for -h and -V, checked like records. */
void	sink_text(struct sink *, const char *);

void	record_begin(struct sink *, const char *kind, const char *doc,
	    size_t doclen, uint64_t start, uint64_t end);
void	record_field_uint(struct sink *, uint64_t);
void	record_field_none(struct sink *);
void	record_field_text(struct sink *, const char *, size_t);	/* escapes */
void	record_field_raw(struct sink *, const char *, size_t);	/* already escaped */
void	record_end(struct sink *);

/* The whole record of a sentence: sentence DOC START END N PARA TEXT. */
void	record_sentence(struct sink *, const char *doc, size_t doclen,
	    const struct sentence *);

#endif
