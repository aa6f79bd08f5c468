/*
 * linein: lines of a file descriptor, read in large blocks and handed
 * out in place, so no byte is copied on the way (getline copies each).
 */
#ifndef NU_LINEIN_H
#define NU_LINEIN_H
#include <stddef.h>

struct linein {
	int	 fd;
	char	*buf;
	size_t	 cap;
	size_t	 start;		/* first byte not yet handed out */
	size_t	 scanned;	/* bytes from start known to hold no newline */
	size_t	 end;		/* end of the bytes read */
	int	 eof;
	int	 err;		/* errno of a failed read, or 0 */
};

/* Start reading fd; the buffer is kept from one file to the next. */
void	linein_open(struct linein *, int fd);

/*
 * The next line, with its newline if it has one, valid until the next
 * call.  0 at the end of the input or on a read error (then err is set).
 */
int	linein_next(struct linein *, const char **line, size_t *len);

/*
 * Can linein_next() return without waiting: a whole line is buffered,
 * the input has ended, or bytes arrive within ms milliseconds?
 */
int	linein_ready(struct linein *, int ms);

void	linein_free(struct linein *);

#endif
