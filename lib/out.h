/*
 * out: buffered, checked writing to standard output.  A write error
 * ends the program with "prog: stdout: reason" and exit status 2, so
 * output is never silently truncated.
 */
#ifndef NU_OUT_H
#define NU_OUT_H
#include <stddef.h>
#include <stdint.h>

void	out_bytes(const void *, size_t);
void	out_str(const char *);
void	out_byte(int);
void	out_uint(uint64_t);
/*
 * Writing in place: out_room(n) returns room for n <= OUT_ROOM_MAX bytes
 * at the end of the buffer; out_advance(k) keeps the k bytes written.
 */
#define OUT_ROOM_MAX	4096
char   *out_room(size_t n);
void	out_advance(size_t k);
/* Write v in decimal at p (room for 20 bytes); return the length. */
size_t	fmt_uint(char *p, uint64_t v);
void	out_flush(void);
/* -u: flush after every record. */
void	out_set_unbuffered(int);
/* Flush at the end of a document unless stdout is a regular file. */
void	out_end_document(void);
/* End of a record: a newline, then a flush under -u. */
void	out_end_record(void);
/* Flush and close stdout; exit 2 on any error. */
void	out_close(void);

#endif
