#include <err.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "linein.h"

/* One read(2) fills at most this much; lines longer grow the buffer. */
#define BLOCK	(256 * 1024)

void
linein_open(struct linein *li, int fd)
{
	li->fd = fd;
	li->start = li->scanned = li->end = 0;
	li->eof = li->err = 0;
}

/* Read more after the unread bytes, moving them to the front first. */
static void
refill(struct linein *li)
{
	ssize_t got;
	size_t want;
	char *p;

	if (li->start > 0) {
		memmove(li->buf, li->buf + li->start, li->end - li->start);
		li->end -= li->start;
		li->start = 0;
	}
	if (li->cap - li->end < BLOCK) {
		if (li->end > SIZE_MAX / 2 - BLOCK)
			errx(2, "out of memory");
		want = li->cap < BLOCK ? 2 * BLOCK : 2 * li->cap;
		if ((p = realloc(li->buf, want)) == NULL)
			err(2, NULL);
		li->buf = p;
		li->cap = want;
	}
	do
		got = read(li->fd, li->buf + li->end, li->cap - li->end);
	while (got < 0 && errno == EINTR);
	if (got < 0) {
		li->err = errno;
		li->eof = 1;
	} else if (got == 0)
		li->eof = 1;
	else
		li->end += (size_t)got;
}

int
linein_next(struct linein *li, const char **line, size_t *len)
{
	char *nl;

	for (;;) {
		nl = li->end > li->start + li->scanned ?
		    memchr(li->buf + li->start + li->scanned, '\n',
		    li->end - li->start - li->scanned) : NULL;
		if (nl != NULL) {
			*line = li->buf + li->start;
			*len = (size_t)(nl + 1 - *line);
			li->start += *len;
			li->scanned = 0;
			return 1;
		}
		li->scanned = li->end - li->start;
		if (li->eof) {
			if (li->scanned == 0)
				return 0;
			*line = li->buf + li->start;
			*len = li->scanned;
			li->start = li->end;
			li->scanned = 0;
			return 1;
		}
		refill(li);
	}
}

void
linein_free(struct linein *li)
{
	free(li->buf);
	li->buf = NULL;
	li->cap = 0;
}
