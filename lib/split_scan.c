/*
 * The candidate scan of split_scan.h.  Both block tests answer "may a
 * candidate be here?" with false alarms allowed and misses not; the
 * tables and caps_candidate() then filter exactly, byte by byte.
 */
#include <stdint.h>
#include <string.h>

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
#define BLOCK_LOOKAHEAD	19	/* block_candidates() reads 3 bytes past it */
#define BLOCK_MASK_TYPE	unsigned long long

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

/*
 * Bit k set where the byte at p + 2 + k may be a candidate, as
 * candidates8() below, but exact for 0xE2: only the lead of … ‼ ⁇ ⁈ ⁉,
 * not of the curly quotes and dashes news is full of.  The stops . ? !
 * are returned apart, in *sure: they need no filtering, and news has
 * many, where lead bytes of other scripts' stops are rare.  Most blocks
 * are plain ASCII, so the lead bytes are looked for only in a block
 * with a byte of 0x80 or more, and a capital or dash only after a space
 * (caps_candidate() looks at the byte before that).
 */
static BLOCK_MASK_TYPE
candidates_block(const char *p, int caps, BLOCK_MASK_TYPE *capsmask,
    BLOCK_MASK_TYPE *sure)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + 2));
	__m128i m, lead, e2, e2ok, v1, v2, b1;
	unsigned high;

	m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('!')));
	*sure = (unsigned)_mm_movemask_epi8(m);
	*capsmask = 0;
	if (caps) {
		b1 = _mm_loadu_si128((const __m128i *)(const void *)(p + 1));
		/* "X" or " -" after a space: a capital, or a dash of " -- ". */
		m = _mm_and_si128(_mm_or_si128(in_byte_range(v, 'A', 'Z'),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('-'))),
		    _mm_cmpeq_epi8(b1, _mm_set1_epi8(' ')));
		*capsmask = (unsigned)_mm_movemask_epi8(m);
	}
	if ((high = (unsigned)_mm_movemask_epi8(v)) == 0)
		return 0;
	/* Lead bytes 0xD8..0xEF, 0xE2 only before 80 A6, 80 BC or 81. */
	v1 = _mm_loadu_si128((const __m128i *)(const void *)(p + 3));
	v2 = _mm_loadu_si128((const __m128i *)(const void *)(p + 4));
	lead = in_byte_range(v, 0xD8, 0xEF);
	e2 = _mm_cmpeq_epi8(v, _mm_set1_epi8((char)U8_PUNCT_LEAD));
	e2ok = _mm_or_si128(_mm_cmpeq_epi8(v1, _mm_set1_epi8((char)U8_PUNCT_MID2)),
	    _mm_and_si128(_mm_cmpeq_epi8(v1, _mm_set1_epi8((char)U8_PUNCT_MID)),
	    _mm_or_si128(_mm_cmpeq_epi8(v2, _mm_set1_epi8((char)U8_ELLIPSIS_END)),
	    _mm_cmpeq_epi8(v2, _mm_set1_epi8((char)U8_DEXCL_END)))));
	m = _mm_andnot_si128(_mm_andnot_si128(e2ok, e2), lead);
	return (unsigned)_mm_movemask_epi8(m);
}
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
candidates8(const char *p, int caps, uint64_t *capsmask, uint64_t *sure)
{
	uint64_t w = load8(p + 2), f;

	*sure = 0;	/* bytes_eq() may flag late: every bit is filtered */
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
#define BLOCK_LOOKAHEAD	11	/* block_candidates() reads 3 bytes past it */
#define BLOCK_MASK_TYPE	uint64_t
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

/*
 * The candidates in the block of bytes at i, bit k for byte i + k
 * (BLOCK_BIT bits a byte): the stops sure to be candidates, the others
 * filtered as cand[] says, capitals and dashes by caps_candidate().
 * Stops and capitals are kept apart: capitals are many in news, and
 * mixed in, they made the loop over stops slow.
 */
static BLOCK_MASK_TYPE
block_candidates(const struct scan *sc, const char *t, size_t i)
{
	const unsigned char *u = (const unsigned char *)t + i;
	BLOCK_MASK_TYPE caps, f, bits;

	f = candidates_block(t + i - 2, sc->cand == may_term_or_cap, &caps,
	    &bits);
	for (; f != 0; f &= f - 1) {
		size_t k = (size_t)__builtin_ctzll(f) / BLOCK_BIT;
		if (sc->cand[u[k]] == 1)
			bits |= f & -f;
	}
	for (; caps != 0; caps &= caps - 1) {
		size_t k = (size_t)__builtin_ctzll(caps) / BLOCK_BIT;
		if (caps_candidate(sc, u + k, i + k))
			bits |= caps & -caps;
	}
	return bits;
}

/*
 * The first candidate at or after i, before lim: where a stop may be.
 * Blocks of bytes are skipped while none can matter; the block a
 * candidate is found in is kept, for next_candidate() to answer from.
 */
size_t
scan_next(struct scan *sc, const char *t, size_t n, size_t i, size_t lim)
{
	BLOCK_MASK_TYPE f;
	size_t bend = 0;

	/*
	 * A block starts at i where 2 <= i < bend: two bytes of context
	 * before it, its look-ahead inside t, and all of it before lim.
	 * Past the blocks (or before them), a byte at a time.
	 */
	if (n >= BLOCK_LOOKAHEAD && lim >= BLOCK)
		bend = (n - BLOCK_LOOKAHEAD < lim - BLOCK ? n - BLOCK_LOOKAHEAD :
		    lim - BLOCK) + 1;
	for (; i < 2 && i < lim; i++)
		if (sc->cand[(unsigned char)t[i]])
			return i;
	for (; i < bend; i += BLOCK)
		if ((f = block_candidates(sc, t, i)) != 0) {
			sc->kbase = i;
			sc->kend = i + BLOCK;
			sc->kbits = (uint64_t)f;
			return i + (size_t)__builtin_ctzll(f) / BLOCK_BIT;
		}
	for (; i < lim; i++)
		if (sc->cand[(unsigned char)t[i]])
			return i;
	return lim;
}

void
scan_init(struct scan *sc, const struct lang *l)
{
	sc->l = l;
	sc->cand = l->openers.count > 0 ? may_term_or_cap : may_term;
	sc->kbase = sc->kend = 0;
	sc->kbits = 0;
}
