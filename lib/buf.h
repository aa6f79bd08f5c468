/* buf: a growing byte buffer, so no code needs a fixed limit. */
#ifndef NU_BUF_H
#define NU_BUF_H
#include <stddef.h>

struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

/* Make room for n more bytes; exits on allocation failure. */
void	buf_reserve(struct buf *, size_t n);
void	buf_append(struct buf *, const void *, size_t);
void	buf_putc(struct buf *, int);
void	buf_clear(struct buf *);
void	buf_free(struct buf *);

#endif
