/*
 * tsv: the one place that knows the field rules of the record stream.
 * Fields are separated by TAB; inside a text field backslash, TAB,
 * newline and carriage return are written \\ \t \n \r, nothing else.
 */
#ifndef NU_TSV_H
#define NU_TSV_H
#include <stddef.h>

#include "buf.h"

/* Write s escaped to standard output. */
void	tsv_put(const char *s, size_t n);
/* Append s escaped to b. */
void	tsv_escape(struct buf *b, const char *s, size_t n);
/*
 * Append the unescaped field to b.  An unknown escape such as \x is
 * kept as written, backslash and all, so no byte is lost.
 */
void	tsv_unescape(struct buf *b, const char *s, size_t n);

struct tsv_field {
	const char	*p;
	size_t		 n;
};
/*
 * Split a line (no newline) at TABs into at most max fields; the last
 * field keeps any further TABs.  Returns the number of fields found in
 * the whole line, which may exceed max.
 */
size_t	tsv_split(const char *line, size_t n, struct tsv_field *f, size_t max);

#endif
