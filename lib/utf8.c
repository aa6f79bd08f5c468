#include <string.h>
#include <utf8proc.h>

#include "cpu.h"
#include "utf8.h"

size_t
utf8_decode_multi(const char *str, size_t n, int32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned char c = s[0];
	int32_t v;
	size_t len, i;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		v = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		v = c & 0x07;
	} else {
		*cp = UTF8_BAD;
		return 1;
	}
	if (n < len) {
		*cp = UTF8_BAD;
		return 1;
	}
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = UTF8_BAD;
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3F);
	}
	/* Overlong forms, surrogates and values past U+10FFFF are invalid. */
	if ((len == 3 && v < 0x800) || (len == 4 && (v < 0x10000 ||
	    v > 0x10FFFF)) || (v >= 0xD800 && v <= 0xDFFF)) {
		*cp = UTF8_BAD;
		return 1;
	}
	*cp = v;
	return len;
}

size_t
utf8_back_multi(const char *s, size_t i)
{
	size_t j = i - 1, k;
	int32_t cp;

	/* Step over at most three continuation bytes, then check the lead byte really spans to i. */
	while (j > 0 && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	k = utf8_decode(s + j, i - j, &cp);
	if (j + k == i)
		return j;
	return i - 1;
}

/* Length of the sequence a byte from 0x80 up leads, 0 if it leads none. */
static const unsigned char seq_len[128] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	4, 4, 4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/*
 * The fast way over valid text: valid_run(s, n, i), for i at the start
 * of a character, is the first offset from there, at the start of a
 * character too, where the careful way of utf8_check() must go on.
 * Blocks of 32 bytes are checked at once (with SSE2 as two of 16, with
 * AVX2 where the CPU has it as one) where they hold only ASCII and the
 * two- and three-byte forms with no special case (leads C2-DF, E1-EC,
 * EE-EF): news text, with its accents, curly quotes and dashes.  A
 * character cut by a block's end carries its continuation bytes into
 * the next.  No branch on what a block holds, and the next block's
 * offset never waits for this one's test: news mixes plain blocks and
 * others unpredictably, and either cost more than testing both kinds.
 * Portable C skips the runs of ASCII, eight bytes at a time.
 */
#if defined(__SSE2__)
#include <emmintrin.h>

/* Of a block, a bit a byte: bytes 80 up, continuation bytes, leads of the forms above, of three bytes. */
struct block_bits {
	uint32_t	high, cont, lead, lead3;
};

/* Bytes of v from lo to hi (lo <= hi): shifted so lo is -128, one signed compare. */
static __m128i
bytes_in(__m128i v, unsigned char lo, unsigned char hi)
{
	__m128i x = _mm_add_epi8(v, _mm_set1_epi8((char)(unsigned char)(0x80 - lo)));

	return _mm_cmplt_epi8(x, _mm_set1_epi8((char)(unsigned char)(0x80 + hi - lo + 1)));
}

static void
half_bits(const unsigned char *p, unsigned *high, unsigned *cont, unsigned *lead,
    unsigned *lead3)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i l3 = _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xED)),
	    bytes_in(v, 0xE1, 0xEF));

	*high = (unsigned)_mm_movemask_epi8(v);
	/* 80-BF are the bytes below C0 as signed, ASCII being positive. */
	*cont = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8((char)0xC0)));
	*lead = (unsigned)_mm_movemask_epi8(_mm_or_si128(bytes_in(v, 0xC2, 0xDF), l3));
	*lead3 = (unsigned)_mm_movemask_epi8(l3);
}

static void
block_bits(const unsigned char *p, struct block_bits *b)
{
	unsigned h0, c0, l0, t0, h1, c1, l1, t1;

	half_bits(p, &h0, &c0, &l0, &t0);
	half_bits(p + 16, &h1, &c1, &l1, &t1);
	b->high = h0 | h1 << 16;
	b->cont = c0 | c1 << 16;
	b->lead = l0 | l1 << 16;
	b->lead3 = t0 | t1 << 16;
}

#if defined(CPU_AVX2_TARGET)
#include <immintrin.h>

CPU_AVX2_TARGET static __m256i
bytes_in32(__m256i v, unsigned char lo, unsigned char hi)
{
	__m256i x = _mm256_add_epi8(v, _mm256_set1_epi8((char)(unsigned char)(0x80 - lo)));

	return _mm256_cmpgt_epi8(_mm256_set1_epi8((char)(unsigned char)(0x80 + hi - lo + 1)), x);
}

CPU_AVX2_TARGET static void
block_bits_avx2(const unsigned char *p, struct block_bits *b)
{
	__m256i v = _mm256_loadu_si256((const __m256i *)(const void *)p);
	__m256i l3 = _mm256_andnot_si256(_mm256_cmpeq_epi8(v,
	    _mm256_set1_epi8((char)0xED)), bytes_in32(v, 0xE1, 0xEF));

	b->high = (uint32_t)_mm256_movemask_epi8(v);
	b->cont = (uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(
	    _mm256_set1_epi8((char)0xC0), v));
	b->lead = (uint32_t)_mm256_movemask_epi8(_mm256_or_si256(
	    bytes_in32(v, 0xC2, 0xDF), l3));
	b->lead3 = (uint32_t)_mm256_movemask_epi8(l3);
}
#endif

/*
 * The loop of valid_run(), one of each kind; "bits" is block_bits or
 * block_bits_avx2, inlined.  Continuation bytes must be just where the
 * leads want them (those a block's last leads want are carried), and
 * no other byte from 0x80 up is let through.  The bytes left after the
 * last whole block are checked in the block that ends the text, its
 * bytes before them masked off, where no character is cut by the end.
 * Where the careful way must go on, back to the lead of a character
 * cut by the last block passed.
 */
#define VALID_RUN_LOOP(bits)						\
	struct block_bits b;						\
	uint64_t want;							\
	uint32_t carry = 0, lastlead = 0, keep;				\
									\
	for (; i + 32 <= n; i += 32) {					\
		bits(s + i, &b);					\
		want = (uint64_t)b.lead << 1 | (uint64_t)b.lead3 << 2;	\
		if (((b.high & ~(b.cont | b.lead)) |			\
		    (((uint32_t)want | carry) ^ b.cont)) != 0)		\
			break;						\
		carry = (uint32_t)(want >> 32);				\
		lastlead = b.lead;					\
	}								\
	if (i + 32 > n && i < n && n >= 32) {				\
		bits(s + n - 32, &b);					\
		keep = ~(uint32_t)0 << (i - (n - 32));			\
		want = (uint64_t)(b.lead & keep) << 1 |			\
		    (uint64_t)(b.lead3 & keep) << 2 |			\
		    (uint64_t)carry << (i - (n - 32));			\
		if (((b.high & keep & ~(b.cont | b.lead)) |		\
		    ((uint32_t)want ^ (b.cont & keep)) |		\
		    (uint32_t)(want >> 32)) == 0)			\
			return n;					\
	}								\
	return carry == 0 ? i : i - 2 + (lastlead >> 31)

#if defined(CPU_AVX2_TARGET)
CPU_AVX2_TARGET static size_t
valid_run_avx2(const unsigned char *s, size_t n, size_t i)
{
	VALID_RUN_LOOP(block_bits_avx2);
}
#endif

static size_t
valid_run(const unsigned char *s, size_t n, size_t i)
{
#if defined(CPU_AVX2_TARGET)
	if (cpu_has_avx2())
		return valid_run_avx2(s, n, i);
#endif
	VALID_RUN_LOOP(block_bits);
}
#else
static size_t
valid_run(const unsigned char *s, size_t n, size_t i)
{
	uint64_t w;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		if ((w &= 0x8080808080808080ULL) != 0)
			return i + (size_t)__builtin_ctzll(w) / 8;
	}
	return i;
}
#endif

size_t
utf8_check(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	int32_t cp;

	for (;;) {
		i = valid_run(s, n, i);
		while (i < n && s[i] < 0x80)
			i++;
		if (i + 4 > n)
			break;
		/*
		 * A run of other characters, each checked with no branch on its
		 * kind: news mixes two- and three-byte forms unpredictably.
		 */
		while (i + 4 <= n && s[i] >= 0x80) {
			unsigned c = s[i], len = seq_len[c - 0x80];
			unsigned b1 = s[i + 1];
			unsigned lo = 0x80 + (c == 0xE0) * 0x20 + (c == 0xF0) * 0x10;
			unsigned hi = 0xBF - (c == 0xED) * 0x20 - (c == 0xF4) * 0x30;

			if (!((len != 0) & (b1 >= lo) & (b1 <= hi) &
			    ((len < 3) | ((s[i + 2] & 0xC0) == 0x80)) &
			    ((len < 4) | ((s[i + 3] & 0xC0) == 0x80))))
				return i;
			i += len;
		}
		if (i + 4 > n)
			break;
	}
	/* The last few bytes, where a sequence may be cut short. */
	while (i < n) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		i += utf8_decode(str + i, n - i, &cp);
		if (cp == UTF8_BAD)
			return i - 1;
	}
	return n;
}

size_t
utf8_count(const char *s, size_t n)
{
	size_t i = 0, c = 0;
	uint64_t w;

	/* Eight bytes at a time: count the continuation bytes (10xxxxxx). */
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		c += 8 - (size_t)__builtin_popcountll(w & ~(w << 1) &
		    0x8080808080808080ULL);
	}
	for (; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			c++;
	return c;
}

/* utf8_is_space() past ASCII (or UTF8_BAD, no space). */
int
utf8_is_space_multi(int32_t cp)
{
	switch (cp) {
	case 0x85: case 0xA0: case 0x1680: case 0x200B: case 0x2028:
	case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
		return 1;
	default:
		return cp >= 0x2000 && cp <= 0x200A;
	}
}

/* utf8_class() past ASCII (or UTF8_BAD, CC_OTHER). */
enum cclass
utf8_class_multi(int32_t cp)
{
	if (cp < 0)
		return CC_OTHER;
	if (utf8_is_space(cp))
		return CC_SPACE;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
		return CC_UPPER;
	case UTF8PROC_CATEGORY_LL:
		return CC_LOWER;
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
		return CC_LETTER;
	case UTF8PROC_CATEGORY_ND:
		return CC_DIGIT;
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
		return CC_MARK;
	default:
		return CC_OTHER;
	}
}

int
utf8_is_letter_multi(int32_t cp)
{
	enum cclass c = utf8_class(cp);

	return c == CC_UPPER || c == CC_LOWER || c == CC_LETTER;
}

int32_t
utf8_tolower(int32_t cp)
{
	if (cp < 0)
		return cp;
	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
	return utf8proc_tolower(cp);
}

size_t
utf8_encode(int32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

const unsigned char ascii_word_class[256] = {
	['0'] = ASCII_WC_DIGIT, ['1'] = ASCII_WC_DIGIT, ['2'] = ASCII_WC_DIGIT,
	['3'] = ASCII_WC_DIGIT, ['4'] = ASCII_WC_DIGIT, ['5'] = ASCII_WC_DIGIT,
	['6'] = ASCII_WC_DIGIT, ['7'] = ASCII_WC_DIGIT, ['8'] = ASCII_WC_DIGIT,
	['9'] = ASCII_WC_DIGIT,
#define L(c)	[c] = ASCII_WC_LETTER, [c + ('a' - 'A')] = ASCII_WC_LETTER
	L('A'), L('B'), L('C'), L('D'), L('E'), L('F'), L('G'), L('H'), L('I'),
	L('J'), L('K'), L('L'), L('M'), L('N'), L('O'), L('P'), L('Q'), L('R'),
	L('S'), L('T'), L('U'), L('V'), L('W'), L('X'), L('Y'), L('Z'),
#undef L
};
