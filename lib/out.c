#include <sys/stat.h>
#include <err.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "out.h"

#define OUT_SIZE	(64 * 1024)

static char	obuf[OUT_SIZE];
static size_t	olen;
static int	unbuffered;
static int	doc_flush = -1;	/* unknown until first asked */

static void
write_all(const char *p, size_t n)
{
	ssize_t w;

	while (n > 0) {
		w = write(STDOUT_FILENO, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			err(2, "stdout");
		}
		p += w;
		n -= (size_t)w;
	}
}

void
out_flush(void)
{
	if (olen > 0) {
		write_all(obuf, olen);
		olen = 0;
	}
}

void
out_bytes(const void *p, size_t n)
{
	if (n > OUT_SIZE - olen) {
		out_flush();
		if (n >= OUT_SIZE) {
			write_all(p, n);
			return;
		}
	}
	memcpy(obuf + olen, p, n);
	olen += n;
}

void
out_str(const char *s)
{
	out_bytes(s, strlen(s));
}

void
out_byte(int c)
{
	if (olen == OUT_SIZE)
		out_flush();
	obuf[olen++] = (char)c;
}

void
out_uint(uint64_t v)
{
	static const char pairs[] =
	    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	    "8081828384858687888990919293949596979899";
	char tmp[24], *q = tmp + sizeof(tmp);

	/* Two digits at a time, from the right. */
	while (v >= 100) {
		unsigned d = (unsigned)(v % 100) * 2;
		v /= 100;
		*--q = pairs[d + 1];
		*--q = pairs[d];
	}
	if (v >= 10) {
		*--q = pairs[v * 2 + 1];
		*--q = pairs[v * 2];
	} else
		*--q = (char)('0' + v);
	out_bytes(q, (size_t)(tmp + sizeof(tmp) - q));
}

void
out_set_unbuffered(int on)
{
	unbuffered = on;
}

void
out_end_record(void)
{
	out_byte('\n');
	if (unbuffered)
		out_flush();
}

void
out_end_document(void)
{
	struct stat st;

	if (doc_flush < 0)
		doc_flush = !(fstat(STDOUT_FILENO, &st) == 0 &&
		    S_ISREG(st.st_mode));
	if (doc_flush)
		out_flush();
}

void
out_close(void)
{
	out_flush();
	if (close(STDOUT_FILENO) != 0 && errno != EINTR)
		err(2, "stdout");
}
