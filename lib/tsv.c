#include <stdint.h>
#include <string.h>

#include "cpu.h"
#include "out.h"
#include "tsv.h"

/* Nonzero for the four bytes that need escaping. */
static const unsigned char needs_escape[256] = {
	['\\'] = '\\', ['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r',
};

#if defined(__SSE2__)
#include <emmintrin.h>

/* A bit for each of the 16 bytes at p below 0x10 or a backslash. */
static unsigned
special_bits16(const char *p)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i m = _mm_or_si128(
	    _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x0F)), v),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));

	return (unsigned)_mm_movemask_epi8(m);
}

/* Copy the 16 bytes at s to d; nonzero if one of them is below 0x10 or a backslash. */
static unsigned
copy_block(char *d, const char *s)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
	__m128i m = _mm_or_si128(
	    _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x0F)), v),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));

	_mm_storeu_si128((__m128i *)(void *)d, v);
	return (unsigned)_mm_movemask_epi8(m);
}

/* Offset of the first of 16 bytes at p below 0x10 or a backslash, or 16. */
static size_t
first_special16(const char *p)
{
	unsigned bits = special_bits16(p);

	return bits == 0 ? 16 : (size_t)__builtin_ctz(bits);
}

/*
 * The same over two blocks, 32 bytes: one test and one branch for
 * both, as sentences are mostly plain text.
 */
static size_t
first_special2(const char *p)
{
	uint32_t bits = special_bits16(p) | (uint32_t)special_bits16(p + 16) << 16;

	return bits == 0 ? 32 : (size_t)__builtin_ctz(bits);
}
#define SPECIAL_BLOCK	16

/* The same, counting only from offset skip on. */
static size_t
first_special_from(const char *p, size_t skip)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i m = _mm_or_si128(
	    _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x0F)), v),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
	unsigned bits = (unsigned)_mm_movemask_epi8(m) >> skip;

	return bits == 0 ? 16 : skip + (size_t)__builtin_ctz(bits);
}
#else
/* Offset of the first of 8 bytes at p below 0x10 or a backslash, or 8. */
static size_t
first_special8(const char *p)
{
	uint64_t w, bs, m;

	memcpy(&w, p, 8);
	bs = w ^ 0x5C5C5C5C5C5C5C5CULL;
	m = ((w - 0x1010101010101010ULL) & ~w & 0x8080808080808080ULL) |
	    ((bs - 0x0101010101010101ULL) & ~bs & 0x8080808080808080ULL);
	/* A borrow can flag a byte after a real hit, never before one. */
	return m == 0 ? 8 : (size_t)__builtin_ctzll(m) / 8;
}
#define SPECIAL_BLOCK	8
#define first_special16	first_special8

/* Copy the 8 bytes at s to d; nonzero if one of them is below 0x10 or a backslash. */
static uint64_t
copy_block(char *d, const char *s)
{
	uint64_t w, bs;

	memcpy(&w, s, 8);
	memcpy(d, &w, 8);
	bs = w ^ 0x5C5C5C5C5C5C5C5CULL;
	/* Exact as a yes or no: a late flag comes only after a real hit. */
	return ((w - 0x1010101010101010ULL) & ~w & 0x8080808080808080ULL) |
	    ((bs - 0x0101010101010101ULL) & ~bs & 0x8080808080808080ULL);
}

/* The same over two blocks, 16 bytes. */
static size_t
first_special2(const char *p)
{
	size_t k = first_special8(p);

	return k < 8 ? k : 8 + first_special8(p + 8);
}

/* The same, counting only from offset skip on: bytewise, as SWAR may flag late. */
static size_t
first_special_from(const char *p, size_t skip)
{
	size_t k;

	for (k = skip; k < 8; k++)
		if ((unsigned char)p[k] < 0x10 || p[k] == '\\')
			return k;
	return 8;
}
#endif

/*
 * A field with no byte to escape, as nearly every one is, copied into
 * the output buffer as it is tested, a block at a time, the last block
 * overlapping the one before: no second pass to copy it.  At the first
 * special byte it gives up, keeping nothing, and returns 0.  Needs
 * SPECIAL_BLOCK <= n <= OUT_ROOM_MAX.
 */
static int
put_plain(const char *s, size_t n)
{
	char *d = out_room(n);
	size_t i;

	for (i = 0; i + SPECIAL_BLOCK < n; i += SPECIAL_BLOCK)
		if (copy_block(d + i, s + i))
			return 0;
	if (copy_block(d + n - SPECIAL_BLOCK, s + n - SPECIAL_BLOCK))
		return 0;
	out_advance(n);
	return 1;
}

/*
 * The same for a field shorter than a block (a cue, a name, a key),
 * byte by byte: the general loop costs more than the copy.
 */
static int
put_short(const char *s, size_t n)
{
	char *d = out_room(n);
	size_t i;

	for (i = 0; i < n; i++) {
		if (needs_escape[(unsigned char)s[i]])
			return 0;
		d[i] = s[i];
	}
	out_advance(n);
	return 1;
}

#if defined(CPU_AVX2_TARGET)
#include <immintrin.h>

#define PLAIN32_MIN	32
#define PLAIN32_MAX	256
/*
 * put_plain() for a field of 32 to 256 bytes (most sentences), with
 * AVX2: eight blocks of 32 at offsets clipped to the last one, some
 * copied twice, so that nothing branches on the length.  Sentences
 * vary, and the loop over their blocks ended in a wrong guess each.
 */
CPU_AVX2_TARGET static int
put_plain32(const char *s, size_t n)
{
	char *d = out_room(n);
	size_t last = n - 32, j, o;
	__m256i bad = _mm256_setzero_si256(), v;

	for (j = 0; j < PLAIN32_MAX / 32; j++) {
		o = 32 * j < last ? 32 * j : last;
		v = _mm256_loadu_si256((const __m256i *)(const void *)(s + o));
		_mm256_storeu_si256((__m256i *)(void *)(d + o), v);
		bad = _mm256_or_si256(bad, _mm256_or_si256(_mm256_cmpeq_epi8(
		    _mm256_min_epu8(v, _mm256_set1_epi8(0x0F)), v),
		    _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\\'))));
	}
	if (_mm256_movemask_epi8(bad) != 0)
		return 0;
	out_advance(n);
	return 1;
}
#endif

void
tsv_put(const char *s, size_t n)
{
	size_t i = 0, run = 0, k;
	char esc[2] = { '\\', 0 };

	if (n < SPECIAL_BLOCK && put_short(s, n))
		return;
#if defined(CPU_AVX2_TARGET)
	if (n >= PLAIN32_MIN && n <= PLAIN32_MAX && cpu_has_avx2()) {
		if (put_plain32(s, n))
			return;
	} else
#endif
	if (n >= SPECIAL_BLOCK && n <= OUT_ROOM_MAX && put_plain(s, n))
		return;

	while (i < n) {
		/* Blocks while no byte is below 0x10 or a backslash: two, then one. */
		if (i + 2 * SPECIAL_BLOCK <= n) {
			k = first_special2(s + i);
			i += k;
			if (k == 2 * SPECIAL_BLOCK)
				continue;
		} else if (i + SPECIAL_BLOCK <= n) {
			k = first_special16(s + i);
			i += k;
			if (k == SPECIAL_BLOCK)
				continue;
		} else if (n >= SPECIAL_BLOCK && i > 0) {
			/* The tail: the last block again, from i on. */
			size_t from = n - SPECIAL_BLOCK;
			k = first_special_from(s + from, i - from);
			i = from + k;
			if (i >= n)
				break;
		}
		unsigned char e = needs_escape[(unsigned char)s[i]];
		if (e != 0) {
			out_bytes(s + run, i - run);
			esc[1] = (char)e;
			out_bytes(esc, 2);
			run = i + 1;
		}
		i++;
	}
	out_bytes(s + run, n - run);
}

void
tsv_escape(struct buf *b, const char *s, size_t n)
{
	size_t i;

	buf_reserve(b, n);
	for (i = 0; i < n; i++) {
		unsigned char e = needs_escape[(unsigned char)s[i]];
		if (e == 0) {
			b->data[b->len++] = s[i];
			continue;
		}
		buf_putc(b, '\\');
		buf_putc(b, e);
		buf_reserve(b, n - i);
	}
}

void
tsv_unescape(struct buf *b, const char *s, size_t n)
{
	const char *bs;
	size_t i = 0;

	buf_reserve(b, n);
	while (i < n) {
		bs = memchr(s + i, '\\', n - i);
		if (bs == NULL) {
			buf_append(b, s + i, n - i);
			return;
		}
		buf_append(b, s + i, (size_t)(bs - (s + i)));
		i = (size_t)(bs - s);
		if (i + 1 == n) {
			buf_putc(b, '\\');
			return;
		}
		switch (s[i + 1]) {
		case '\\':
			buf_putc(b, '\\');
			break;
		case 't':
			buf_putc(b, '\t');
			break;
		case 'n':
			buf_putc(b, '\n');
			break;
		case 'r':
			buf_putc(b, '\r');
			break;
		default:
			buf_append(b, s + i, 2);
			break;
		}
		i += 2;
	}
}

size_t
tsv_split(const char *line, size_t n, struct tsv_field *f, size_t max)
{
	const char *p = line, *end = line + n, *tab;
	size_t k = 0;

	for (;;) {
		tab = memchr(p, '\t', (size_t)(end - p));
		if (k < max) {
			f[k].p = p;
			f[k].n = (k + 1 == max || tab == NULL) ?
			    (size_t)(end - p) : (size_t)(tab - p);
		}
		k++;
		if (tab == NULL)
			return k;
		p = tab + 1;
	}
}
