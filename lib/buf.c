#include <stdlib.h>
#include <string.h>
#include <err.h>
#include <stdint.h>

#include "buf.h"
#include "diag.h"

void
buf_reserve(struct buf *b, size_t n)
{
	size_t	 want;
	char	*p;

	if (n > SIZE_MAX - b->len)
		errx(EXIT_TROUBLE, "out of memory");
	want = b->len + n;
	if (want <= b->cap)
		return;
	if (b->cap < 256)
		b->cap = 256;
	/*
	 * Double, or give just what is asked when that is more: a size
	 * known ahead (a file's) is not rounded up to twice itself.
	 */
	if (b->cap < want)
		b->cap = b->cap > SIZE_MAX / 2 || want / 2 >= b->cap ? want :
		    b->cap * 2;
	if ((p = realloc(b->data, b->cap)) == NULL)
		err(EXIT_TROUBLE, NULL);
	b->data = p;
}

void
buf_append(struct buf *b, const void *p, size_t n)
{
	if (n == 0)
		return;
	buf_reserve(b, n);
	memcpy(b->data + b->len, p, n);
	b->len += n;
}

void
buf_putc(struct buf *b, int c)
{
	buf_reserve(b, 1);
	b->data[b->len++] = (char)c;
}

void
buf_clear(struct buf *b)
{
	b->len = 0;
}

void
buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}
