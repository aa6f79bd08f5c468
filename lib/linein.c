#include <err.h>
#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
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
			errx(EXIT_TROUBLE, "out of memory");
		want = li->cap < BLOCK ? 2 * BLOCK : 2 * li->cap;
		if ((p = realloc(li->buf, want)) == NULL)
			err(EXIT_TROUBLE, NULL);
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

int
linein_ready(struct linein *li, int ms)
{
	struct pollfd pfd;
	int n;

	const char *nl;

	if (li->eof)
		return 1;
	if (li->end > li->start + li->scanned) {
		nl = memchr(li->buf + li->start + li->scanned, '\n',
		    li->end - li->start - li->scanned);
		/* What was scanned need not be again by linein_next(). */
		if (nl != NULL) {
			li->scanned = (size_t)(nl - (li->buf + li->start));
			return 1;
		}
		li->scanned = li->end - li->start;
	}
	pfd.fd = li->fd;
	pfd.events = POLLIN;
	do
		n = poll(&pfd, 1, ms);
	while (n < 0 && errno == EINTR);
	/* An error shows on the read that follows: say it is there. */
	return n != 0;
}
