/*
 * The candidate scan of split_scan.h.  The block tests (AVX2, SSE2,
 * portable) answer "may a candidate be here?" with false alarms allowed
 * and misses not; the tables, opener_bit() and caps_candidate() then
 * filter exactly, byte by byte.
 */
#include <stdint.h>
#include <string.h>

#include "cpu.h"
#include "split_punct.h"
#include "split_scan.h"
#include "utf8.h"

/*
 * The lead bytes of the stops of other scripts: Arabic ؟ (D8 9F), Urdu
 * ۔ (DB 94), Devanagari । ॥ (E0 A5 A4/A5), … ‼ ⁇ ⁈ ⁉ (E2), CJK 。 (E3 80
 * 82) and the full-width ！ ？ ｡ (EF).
 */
#define LEAD_ARABIC	0xD8
#define LEAD_URDU	0xDB
#define LEAD_INDIC	0xE0
#define LEAD_CJK	0xE3
#define LEAD_FULLWIDTH	0xEF

/* Bytes that may begin a terminator; everything else is skipped fast. */
static const unsigned char may_term[256] = {
	['.'] = 1, ['?'] = 1, ['!'] = 1,
	[LEAD_ARABIC] = 1, [LEAD_URDU] = 1, [LEAD_INDIC] = 1,
	[U8_PUNCT_LEAD] = 1, [LEAD_CJK] = 1, [LEAD_FULLWIDTH] = 1,
};

#if defined(__SSE2__)
#include <emmintrin.h>

#define BLOCK		16
#define BLOCK_BIT	SCAN_BLOCK_BIT
#define BLOCK_LOOKAHEAD	19	/* candidates_block() and block_filter() read 3 bytes past it */

/*
 * Bytes of v from lo to hi (unsigned, lo <= hi): shifted so that lo
 * becomes -128, the range is what lies below -128 + its width in one
 * signed compare.
 */
static __m128i
in_byte_range(__m128i v, unsigned char lo, unsigned char hi)
{
	__m128i x = _mm_add_epi8(v, _mm_set1_epi8((char)(unsigned char)(0x80 - lo)));

	return _mm_cmplt_epi8(x, _mm_set1_epi8((char)(unsigned char)(0x80 + hi - lo + 1)));
}

static __m128i
load16(const char *p)
{
	return _mm_loadu_si128((const __m128i *)(const void *)p);
}

static __m128i
eq16(__m128i v, unsigned char c)
{
	return _mm_cmpeq_epi8(v, _mm_set1_epi8((char)c));
}

/*
 * Bit k set where the byte at p + 2 + k may be a candidate, as
 * candidates8() below, but exact for 0xE2: only the lead of … ‼ ⁇ ⁈ ⁉,
 * not of the curly quotes and dashes news is full of.  The stops . ? !
 * are returned apart, in *sure: they need no filtering, and news has
 * many, where lead bytes of other scripts' stops are rare.  Capitals
 * and dashes are those caps_candidate() may take, after a space: in
 * *lower a capital after a lower-case letter, in *rare one after a
 * quote or a colon, or a dash before another.  No branch on what the
 * bytes are: news mixes blocks of each kind unpredictably, and a wrong
 * guess cost more than the test.
 */
static uint64_t
candidates_block(const char *p, int caps, uint64_t *lower, uint64_t *rare,
    uint64_t *sure)
{
	__m128i v = load16(p + 2), v1 = load16(p + 3), v2, b0, sp, up, m, e2ok;

	*sure = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
	    eq16(v, '.'), eq16(v, '?')), eq16(v, '!')));
	*lower = *rare = 0;
	if (caps) {
		b0 = load16(p);
		sp = eq16(load16(p + 1), ' ');
		up = _mm_and_si128(in_byte_range(v, 'A', 'Z'), sp);
		*lower = (unsigned)_mm_movemask_epi8(_mm_and_si128(up,
		    in_byte_range(b0, 'a', 'z')));
		m = _mm_or_si128(_mm_or_si128(eq16(b0, '"'),
		    eq16(b0, U8_RDQUO_END)), eq16(b0, ':'));
		m = _mm_or_si128(_mm_and_si128(up, m), _mm_and_si128(sp,
		    _mm_and_si128(eq16(v, '-'), eq16(v1, '-'))));
		*rare = (unsigned)_mm_movemask_epi8(m);
	}
	/* Lead bytes 0xD8..0xEF, 0xE2 only before 80 A6, 80 BC or 81. */
	v2 = load16(p + 4);
	e2ok = _mm_or_si128(eq16(v1, U8_PUNCT_MID2), _mm_and_si128(
	    eq16(v1, U8_PUNCT_MID), _mm_or_si128(eq16(v2, U8_ELLIPSIS_END),
	    eq16(v2, U8_DEXCL_END))));
	m = _mm_andnot_si128(_mm_andnot_si128(e2ok, eq16(v, U8_PUNCT_LEAD)),
	    in_byte_range(v, 0xD8, 0xEF));
	return (unsigned)_mm_movemask_epi8(m);
}

#if defined(CPU_AVX2_TARGET)
#include <immintrin.h>

#define BLOCK32			32
#define BLOCK32_LOOKAHEAD	35

CPU_AVX2_TARGET static __m256i
in_byte_range32(__m256i v, unsigned char lo, unsigned char hi)
{
	__m256i x = _mm256_add_epi8(v, _mm256_set1_epi8((char)(unsigned char)(0x80 - lo)));

	return _mm256_cmpgt_epi8(_mm256_set1_epi8((char)(unsigned char)(0x80 + hi - lo + 1)), x);
}

CPU_AVX2_TARGET static __m256i
load32(const char *p)
{
	return _mm256_loadu_si256((const __m256i *)(const void *)p);
}

CPU_AVX2_TARGET static __m256i
eq32(__m256i v, unsigned char c)
{
	return _mm256_cmpeq_epi8(v, _mm256_set1_epi8((char)c));
}

/* candidates_block() over 32 bytes. */
CPU_AVX2_TARGET static uint64_t
candidates_block32(const char *p, int caps, uint64_t *lower, uint64_t *rare,
    uint64_t *sure)
{
	__m256i v = load32(p + 2), v1 = load32(p + 3), v2, b0, sp, up, m, e2ok;

	*sure = (uint32_t)_mm256_movemask_epi8(_mm256_or_si256(_mm256_or_si256(
	    eq32(v, '.'), eq32(v, '?')), eq32(v, '!')));
	*lower = *rare = 0;
	if (caps) {
		b0 = load32(p);
		sp = eq32(load32(p + 1), ' ');
		up = _mm256_and_si256(in_byte_range32(v, 'A', 'Z'), sp);
		*lower = (uint32_t)_mm256_movemask_epi8(_mm256_and_si256(up,
		    in_byte_range32(b0, 'a', 'z')));
		m = _mm256_or_si256(_mm256_or_si256(eq32(b0, '"'),
		    eq32(b0, U8_RDQUO_END)), eq32(b0, ':'));
		m = _mm256_or_si256(_mm256_and_si256(up, m), _mm256_and_si256(sp,
		    _mm256_and_si256(eq32(v, '-'), eq32(v1, '-'))));
		*rare = (uint32_t)_mm256_movemask_epi8(m);
	}
	v2 = load32(p + 4);
	e2ok = _mm256_or_si256(eq32(v1, U8_PUNCT_MID2), _mm256_and_si256(
	    eq32(v1, U8_PUNCT_MID), _mm256_or_si256(eq32(v2, U8_ELLIPSIS_END),
	    eq32(v2, U8_DEXCL_END))));
	m = _mm256_andnot_si256(_mm256_andnot_si256(e2ok, eq32(v, U8_PUNCT_LEAD)),
	    in_byte_range32(v, 0xD8, 0xEF));
	return (uint32_t)_mm256_movemask_epi8(m);
}
#endif
#else
#define ONES	0x0101010101010101ULL
#define HIGHS	0x8080808080808080ULL

static uint64_t
load8(const char *p)
{
	uint64_t w;

	memcpy(&w, p, 8);
	return w;
}

/* High bit of each byte of w equal to c (a superset when bytes >= 0x80 are near). */
static uint64_t
bytes_eq(uint64_t w, unsigned char c)
{
	uint64_t x = w ^ (ONES * c);

	return (x - ONES) & ~x & HIGHS;
}

/* High bit of each ASCII byte of w in lo..hi. */
static uint64_t
bytes_in(uint64_t w, unsigned char lo, unsigned char hi)
{
	return (w + ONES * (0x80 - lo)) & ~(w + ONES * (0x7F - hi)) & HIGHS;
}

/*
 * Of the eight bytes at p + 2, those that may be candidates: stops,
 * lead bytes of stops in other scripts, and (with caps) a capital or a
 * dash after a space.  Zero means none is; a set bit may be a false
 * alarm.  p[1] gives the context.
 */
static uint64_t
candidates8(const char *p, int caps, uint64_t *lower, uint64_t *capsmask,
    uint64_t *sure)
{
	uint64_t w = load8(p + 2), f;

	*sure = 0;	/* bytes_eq() may flag late: every bit is filtered */
	*lower = 0;	/* all capitals go through caps_candidate() */
	/*
	 * Lead bytes that may start a stop of another script: 0xE0 and up
	 * (… 。 ！ ।) and 0xD8..0xDF (؟ ۔).  Continuation bytes and Latin
	 * letters (é is C3 A9) are let through.
	 */
	f = (w & (w << 1) & (w << 2) & HIGHS) |
	    (w & (w << 1) & ~(w << 2) & (w << 3) & (w << 4) & HIGHS) |
	    bytes_eq(w, '.') | bytes_eq(w, '?') | bytes_eq(w, '!');
	if (caps) {
		/* A capital or a dash after a space: caps_candidate() filters. */
		uint64_t w1 = load8(p + 1);
		*capsmask = (bytes_in(w, 'A', 'Z') | bytes_eq(w, '-')) &
		    bytes_eq(w1, ' ');
	} else
		*capsmask = 0;
	return f;
}

#define BLOCK		8
#define BLOCK_BIT	SCAN_BLOCK_BIT
#define BLOCK_LOOKAHEAD	11	/* candidates8() and caps_candidate() read 3 bytes past it */
#define candidates_block candidates8
#endif

/*
 * The same (1), capitals (2) and dashes (3): where a sentence may start
 * with no stop before it, after a headline or at a list item.
 */
static const unsigned char may_term_or_cap[256] = {
	['.'] = 1, ['?'] = 1, ['!'] = 1,
	[LEAD_ARABIC] = 1, [LEAD_URDU] = 1, [LEAD_INDIC] = 1,
	[U8_PUNCT_LEAD] = 1, [LEAD_CJK] = 1, [LEAD_FULLWIDTH] = 1,
	['A'] = 2, ['B'] = 2, ['C'] = 2, ['D'] = 2, ['E'] = 2, ['F'] = 2,
	['G'] = 2, ['H'] = 2, ['I'] = 2, ['J'] = 2, ['K'] = 2, ['L'] = 2,
	['M'] = 2, ['N'] = 2, ['O'] = 2, ['P'] = 2, ['Q'] = 2, ['R'] = 2,
	['S'] = 2, ['T'] = 2, ['U'] = 2, ['V'] = 2, ['W'] = 2, ['X'] = 2,
	['Y'] = 2, ['Z'] = 2, ['-'] = 3,
};

/*
 * Is the capital at p, after a space and a byte that is no lower-case
 * letter, worth a look?  Only after a quote that closes a word ("...
 * back" The) or a colon that ends capitals (FIRM: Diane).
 */
static int
after_mark(const unsigned char *p, size_t at)
{
	unsigned char c = p[-2];

	if (c == '"')
		return at >= 3 && (ascii_alpha(p[-3]) || ascii_digit(p[-3]));
	if (c == U8_RDQUO_END)
		return at >= 5 && p[-3] == U8_PUNCT_MID && p[-4] == U8_PUNCT_LEAD &&
		    (ascii_alpha(p[-5]) || ascii_digit(p[-5]));
	if (c == ':')
		return at >= 3 && ascii_upper(p[-3]);
	return 0;
}

/*
 * Is the capital or dash at p worth a look?  Only after a space: a
 * capital after a lower-case letter and the space where an opener's
 * first three letters are, after a quote or a colon as after_mark()
 * says; a dash before another.  At is p's offset, 2 or more.  The
 * block tests let through more than this; here it is exact.
 */
static unsigned
caps_candidate(const struct scan *sc, const unsigned char *p, size_t at)
{
	unsigned b = p[1] - 'a', c = p[2] - 'a';
	uint32_t thirds;

	if (p[-1] != ' ')
		return 0;
	if (p[0] == '-')
		return p[1] == '-';
	if (!ascii_lower(p[-2]))
		return (unsigned)after_mark(p, at);
	thirds = sc->l->opener_prefix[(p[0] - 'A') & 31][b < 26 ? b : 26];
	return (thirds >> (c < 26 ? c : 26)) & 1;
}

#if SCAN_BLOCK_BIT == 1
/*
 * Does the opener table let the capital at p through, after a space and
 * a lower-case letter?  caps_candidate()'s last test, with no branch.
 */
static inline uint64_t
opener_bit(const struct scan *sc, const unsigned char *p)
{
	unsigned b = p[1] - 'a', c = p[2] - 'a';
	uint32_t thirds = sc->l->opener_prefix[(p[0] - 'A') & 31][b < 26 ? b : 26];

	return (thirds >> (c < 26 ? c : 26)) & 1;
}
#endif

/*
 * The candidates of a block of bytes at i, bit k for byte i + k
 * (BLOCK_BIT bits a byte), from its block test: the stops sure to be
 * candidates, the others (f) filtered as cand[] says, capitals and
 * dashes by caps_candidate().  Stops and capitals are kept apart:
 * capitals are many in news, and mixed in, they made the loop over
 * stops slow.  The first two capitals after a lower-case letter are
 * looked up with no branch (a block holds none, one or two about as
 * often, and a loop over them guessed wrong as often): where there are
 * fewer, the byte just past the block (in its look-ahead) stands in,
 * looked up and dropped.
 */
static inline uint64_t
block_filter(const struct scan *sc, const char *t, size_t i, size_t bs,
    uint64_t f, uint64_t lower, uint64_t rare, uint64_t bits)
{
	const unsigned char *u = (const unsigned char *)t + i;
	size_t k;

#if SCAN_BLOCK_BIT == 1
	uint64_t next = lower & (lower - 1);

	k = (size_t)__builtin_ctzll(lower | (uint64_t)1 << bs);
	bits |= (opener_bit(sc, u + k) & (lower != 0)) << k;
	k = (size_t)__builtin_ctzll(next | (uint64_t)1 << bs);
	bits |= (opener_bit(sc, u + k) & (next != 0)) << k;
	for (lower = next & (next - 1); lower != 0; lower &= lower - 1) {
		k = (size_t)__builtin_ctzll(lower);
		bits |= opener_bit(sc, u + k) << k;
	}
#else
	(void)bs;
	(void)lower;
#endif
	for (; f != 0; f &= f - 1) {
		k = (size_t)__builtin_ctzll(f) / BLOCK_BIT;
		if (sc->cand[u[k]] == 1)
			bits |= f & -f;
	}
	for (; rare != 0; rare &= rare - 1) {
		k = (size_t)__builtin_ctzll(rare) / BLOCK_BIT;
		if (caps_candidate(sc, u + k, i + k))
			bits |= rare & -rare;
	}
	return bits;
}

/*
 * The blocks of size bs at i, i + bs, ... while before bend: the first
 * with a candidate is kept in sc and its offset returned, or the first
 * offset from bend on when none has one.  "test" is candidates_block or
 * candidates_block32, inlined.
 */
#define SCAN_BLOCKS(test, bs)						\
	uint64_t f, lower, rare, bits;					\
	int wantcaps = sc->cand == may_term_or_cap;			\
									\
	for (; i < bend; i += (bs)) {					\
		f = test(t + i - 2, wantcaps, &lower, &rare, &bits);	\
		bits = block_filter(sc, t, i, (bs), f, lower, rare, bits); \
		if (bits != 0) {					\
			sc->kbase = i;					\
			sc->kend = i + (bs);				\
			sc->kbits = bits;				\
			return i;					\
		}							\
	}								\
	return i

static inline size_t
scan_blocks(struct scan *sc, const char *t, size_t i, size_t bend)
{
	SCAN_BLOCKS(candidates_block, BLOCK);
}

#if defined(CPU_AVX2_TARGET)
CPU_AVX2_TARGET static inline size_t
scan_blocks32(struct scan *sc, const char *t, size_t i, size_t bend)
{
	SCAN_BLOCKS(candidates_block32, BLOCK32);
}
#endif

/*
 * Where blocks of size bs may start, from 2 to before the returned
 * offset: two bytes of context before each, its look-ahead la inside
 * t, and all of it before lim.
 */
static size_t
blocks_end(size_t n, size_t lim, size_t bs, size_t la)
{
	if (n < la || lim < bs)
		return 0;
	return (n - la < lim - bs ? n - la : lim - bs) + 1;
}

/*
 * The first candidate at or after i, before lim: where a stop may be.
 * Blocks of bytes are skipped while none can matter (of 32 with AVX2,
 * then of 16, or of 8 in portable C); the block a candidate is found in
 * is kept, for next_candidate() to answer from.  Before the blocks and
 * past them, a byte at a time.  One function for each kind, all inline
 * in it, chosen once by scan_init(): a call less for each block found.
 */
static inline int
scan_head(const struct scan *sc, const char *t, size_t *i, size_t lim)
{
	for (; *i < 2 && *i < lim; (*i)++)
		if (sc->cand[(unsigned char)t[*i]])
			return 1;
	return 0;
}

static inline size_t
scan_rest(struct scan *sc, const char *t, size_t n, size_t i, size_t lim)
{
	size_t bend = blocks_end(n, lim, BLOCK, BLOCK_LOOKAHEAD);

	if ((i = scan_blocks(sc, t, i, bend)) < bend)
		return i + (size_t)__builtin_ctzll(sc->kbits) / BLOCK_BIT;
	for (; i < lim; i++)
		if (sc->cand[(unsigned char)t[i]])
			return i;
	return lim;
}

static size_t
scan_next_narrow(struct scan *sc, const char *t, size_t n, size_t i, size_t lim)
{
	if (scan_head(sc, t, &i, lim))
		return i;
	return scan_rest(sc, t, n, i, lim);
}

#if defined(CPU_AVX2_TARGET)
CPU_AVX2_TARGET static size_t
scan_next_avx2(struct scan *sc, const char *t, size_t n, size_t i, size_t lim)
{
	size_t bend;

	if (scan_head(sc, t, &i, lim))
		return i;
	bend = blocks_end(n, lim, BLOCK32, BLOCK32_LOOKAHEAD);
	if ((i = scan_blocks32(sc, t, i, bend)) < bend)
		return i + (size_t)__builtin_ctzll(sc->kbits) / BLOCK_BIT;
	return scan_rest(sc, t, n, i, lim);
}
#endif

size_t
scan_next(struct scan *sc, const char *t, size_t n, size_t i, size_t lim)
{
	return sc->next(sc, t, n, i, lim);
}

void
scan_init(struct scan *sc, const struct lang *l)
{
	sc->l = l;
	sc->cand = l->openers.count > 0 ? may_term_or_cap : may_term;
	sc->kbase = sc->kend = 0;
	sc->kbits = 0;
	sc->next = scan_next_narrow;
#if defined(CPU_AVX2_TARGET)
	if (cpu_has_avx2())
		sc->next = scan_next_avx2;
#endif
}
