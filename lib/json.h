/*
 * json: the one place that writes JSON strings.  Bytes are taken as
 * UTF-8; '"', backslash and control characters are escaped, and a byte
 * that is not part of valid UTF-8 becomes U+FFFD, so the output always
 * parses (the record's offsets still count the original bytes).
 */
#ifndef NU_JSON_H
#define NU_JSON_H
#include <stddef.h>

#include "buf.h"

/* Append s as a JSON string, quotes included. */
void	json_string(struct buf *, const char *s, size_t n);
/* The same for a field still escaped as TSV (\\ \t \n \r). */
void	json_string_tsv(struct buf *, const char *s, size_t n);
/* Is s a JSON number as written (-?digits[.digits][e[+-]digits])? */
int	json_is_number(const char *s, size_t n);

#endif
