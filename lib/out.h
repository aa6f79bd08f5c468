/*
 * out: buffered, checked writing to standard output.  A write error
 * ends the program with "prog: stdout: reason" and exit status 2, so
 * output is never silently truncated.
 */
#ifndef NU_OUT_H
#define NU_OUT_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

void	out_bytes(const void *, size_t);
void	out_str(const char *);
void	out_byte(int);
void	out_uint(uint64_t);
/*
 * Writing in place: out_room(n) returns room for n <= OUT_ROOM_MAX bytes
 * at the end of the buffer; out_advance(k) keeps the k bytes written.
 */
#define OUT_ROOM_MAX	4096
#define OUT_SIZE	(64 * 1024)
/*
 * The buffer, for the writers inline here (a call each was a good part
 * of a sentence record's cost); nothing but they and out.c touch it.
 */
extern char	out_buf_[OUT_SIZE];
extern size_t	out_len_;
extern int	out_unbuffered_;
void	out_flush(void);
static inline char *
out_room(size_t n)
{
	if (n > OUT_SIZE - out_len_)
		out_flush();
	return out_buf_ + out_len_;
}
static inline void
out_advance(size_t k)
{
	out_len_ += k;
}
/* Write v in decimal at p (room for 20 bytes); return the length. */
size_t	fmt_uint(char *p, uint64_t v);
/*
 * Numbers that come in near one another (a sentence's START, its END,
 * the next START; record numbers): a fmt_run keeps the digits of the
 * last, and fmt_uint_run() writes the next by changing its last four
 * digits where the step allows, inline, or anew past it.  It writes v
 * at p like fmt_uint (room for 20 bytes, of which it may overwrite 16
 * whatever the length) and returns the length.  A zeroed fmt_run is
 * empty; any sequence of values is written right.
 *
 * The kept digits are read whole (16 bytes) before the new ones are
 * stored into them and into p: read after a store of one or two bytes
 * into them, they wait for the store (no store-to-load forwarding from
 * a narrower store), and that wait cost more than the digits saved.
 * So a run must not be used twice within a few instructions: START
 * and END have a run each.
 */
struct fmt_run {
	uint64_t	v;
	size_t		len;	/* of d; 0 for none yet */
	unsigned	low;	/* v % 10000 */
	char		d[24];
};
extern const char fmt_pairs[];	/* "00" "01" ... "99" */
size_t	fmt_uint_run_multi(struct fmt_run *, char *p, uint64_t v);
static inline size_t
fmt_uint_run(struct fmt_run *r, char *p, uint64_t v)
{
	uint64_t step = v - r->v;
	unsigned x;
	char last, four[4];

	/*
	 * Up to three digits, written here (a document's first offsets, and
	 * sentence and paragraph numbers in a stream of many documents);
	 * the run is kept as it is.
	 */
	if (v < 1000) {
		x = (unsigned)v;
		if (x < 10) {
			p[0] = (char)('0' + x);
			return 1;
		}
		if (x < 100) {
			memcpy(p, fmt_pairs + 2 * x, 2);
			return 2;
		}
		p[0] = (char)('0' + x / 100);
		memcpy(p + 1, fmt_pairs + 2 * (x % 100), 2);
		return 3;
	}
	/*
	 * The same number or one whose last digit alone changes: a
	 * sentence's paragraph, the next sentence's number.  (Past 999 the
	 * run is never shorter than four digits.)
	 */
	if (step < 10 && r->len >= 4 && r->len <= 16 &&
	    (unsigned)(r->d[r->len - 1] - '0') + (unsigned)step < 10) {
		last = (char)(r->d[r->len - 1] + (char)step);
		memcpy(p, r->d, 16);
		p[r->len - 1] = last;
		r->d[r->len - 1] = last;
		r->v = v;
		r->low += (unsigned)step;
		return r->len;
	}
	if (v < r->v || step >= 10000 || (x = r->low + (unsigned)step) >= 10000 ||
	    r->len < 4 || r->len > 16)
		return fmt_uint_run_multi(r, p, v);
	memcpy(four, fmt_pairs + 2 * (x / 100), 2);
	memcpy(four + 2, fmt_pairs + 2 * (x % 100), 2);
	memcpy(p, r->d, 16);
	memcpy(p + r->len - 4, four, 4);
	memcpy(r->d + r->len - 4, four, 4);
	r->v = v;
	r->low = x;
	return r->len;
}
/* -u: flush after every record. */
void	out_set_unbuffered(int);
/* Flush at the end of a document unless stdout is a regular file. */
void	out_end_document(void);
/* End of a record: a newline, then a flush under -u. */
static inline void
out_end_record(void)
{
	if (out_len_ == OUT_SIZE)
		out_flush();
	out_buf_[out_len_++] = '\n';
	if (out_unbuffered_)
		out_flush();
}
/* Flush and close stdout; exit 2 on any error. */
void	out_close(void);

#endif
