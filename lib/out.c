#include <sys/stat.h>
#include <err.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "out.h"

/* The buffer of out.h's inline writers; only they and this file touch it. */
char		out_buf_[OUT_SIZE];
size_t		out_len_;
int		out_unbuffered_;
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
			err(EXIT_TROUBLE, "stdout");
		}
		p += w;
		n -= (size_t)w;
	}
}

void
out_flush(void)
{
	if (out_len_ > 0) {
		write_all(out_buf_, out_len_);
		out_len_ = 0;
	}
}

void
out_bytes(const void *p, size_t n)
{
	if (n > OUT_SIZE - out_len_) {
		out_flush();
		if (n >= OUT_SIZE) {
			write_all(p, n);
			return;
		}
	}
	memcpy(out_buf_ + out_len_, p, n);
	out_len_ += n;
}

void
out_str(const char *s)
{
	out_bytes(s, strlen(s));
}

void
out_byte(int c)
{
	if (out_len_ == OUT_SIZE)
		out_flush();
	out_buf_[out_len_++] = (char)c;
}

const char fmt_pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

size_t
fmt_uint(char *p, uint64_t v)
{
	size_t len, k;
	uint64_t x;
	uint32_t w;

	/* Offsets in news files have up to ten digits: count them by comparing. */
	if (v < 100000)
		len = v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : 5;
	else if (v < 10000000000ULL)
		len = v < 1000000 ? 6 : v < 10000000 ? 7 : v < 100000000 ? 8 :
		    v < 1000000000 ? 9 : 10;
	else
		for (len = 11, x = v / 100000000000ULL; x > 0; x /= 10)
			len++;
	/* Two digits at a time, from the right, straight into place. */
	k = len;
	while (v > UINT32_MAX) {
		unsigned d = (unsigned)(v % 100) * 2;
		v /= 100;
		p[--k] = fmt_pairs[d + 1];
		p[--k] = fmt_pairs[d];
	}
	for (w = (uint32_t)v; w >= 100; w /= 100) {
		unsigned d = (w % 100) * 2;
		p[--k] = fmt_pairs[d + 1];
		p[--k] = fmt_pairs[d];
	}
	if (w >= 10) {
		p[1] = fmt_pairs[w * 2 + 1];
		p[0] = fmt_pairs[w * 2];
	} else
		p[0] = (char)('0' + w);
	return len;
}

/* fmt_uint_run() where the last four digits will not do: v anew. */
size_t
fmt_uint_run_multi(struct fmt_run *r, char *p, uint64_t v)
{
	/* Written twice, not copied: no read of digits just stored (out.h). */
	r->len = fmt_uint(r->d, v);
	r->v = v;
	r->low = (unsigned)(v % 10000);
	return fmt_uint(p, v);
}

void
out_uint(uint64_t v)
{
	out_advance(fmt_uint(out_room(20), v));
}

void
out_set_unbuffered(int on)
{
	out_unbuffered_ = on;
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
		err(EXIT_TROUBLE, "stdout");
}
