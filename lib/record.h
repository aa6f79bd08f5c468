/*
 * record: one line of the record stream,
 *	KIND <TAB> DOC <TAB> START <TAB> END [<TAB> FIELD]...
 * Parsing points into the line; DOC and the fields stay escaped, so a
 * record can be passed on or cited byte for byte.
 */
#ifndef NU_RECORD_H
#define NU_RECORD_H
#include <stddef.h>
#include <stdint.h>

#include "tsv.h"

/* Fields split out; a record may have more, and the last keeps the rest. */
#define RECORD_MAXFIELDS	32

struct record {
	struct tsv_field kind;
	struct tsv_field doc;		/* escaped */
	uint64_t	 start, end;
	size_t		 nfields;	/* all fields, KIND included, any number */
	struct tsv_field f[RECORD_MAXFIELDS];	/* f[4] is the first of the kind's own;
					   f[RECORD_MAXFIELDS - 1] holds the rest */
};

/* Does this line look like a record (used to tell a stream from raw text)? */
int	record_sniff(const char *line, size_t n);
/* Parse; on failure return -1 and point *why at a reason. */
int	record_parse(const char *line, size_t n, struct record *, const char **why);
int	record_is(const struct record *, const char *kind);
/* Is the field a number of 1 to 18 decimal digits?  If so, *v is its value. */
int	record_number(const struct tsv_field *, uint64_t *);

#endif
