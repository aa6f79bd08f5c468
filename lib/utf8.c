#include <string.h>
#include <utf8proc.h>

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

#if defined(__SSE2__)
#include <emmintrin.h>
#define ASCII_BLOCK	16
/* Offset of the first byte from 0x80 up among the 16 at p, or 16. */
static size_t
first_high(const unsigned char *p)
{
	unsigned m = (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)p));

	return m == 0 ? 16 : (size_t)__builtin_ctz(m);
}

/* Bytes of v from lo to hi (lo <= hi): shifted so lo is -128, one signed compare. */
static __m128i
bytes_in(__m128i v, unsigned char lo, unsigned char hi)
{
	__m128i x = _mm_add_epi8(v, _mm_set1_epi8((char)(unsigned char)(0x80 - lo)));

	return _mm_cmplt_epi8(x, _mm_set1_epi8((char)(unsigned char)(0x80 + hi - lo + 1)));
}

/*
 * The 16 bytes at p, which start a character, checked at once where
 * they hold only ASCII and the two- and three-byte forms with no special
 * case (leads C2-DF, E1-EC, EE-EF): news text, with its accents, curly
 * quotes and dashes.  Returns how many of them are valid and end a
 * character (16, or less before a character cut by the block's end), or
 * 0 where the careful way must tell: another lead byte (C0, C1, E0, ED,
 * F0 and up), or continuation bytes not where the leads want them.
 */
static size_t
valid_block(const unsigned char *p)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	/* 80-BF are the bytes below C0 as signed, ASCII being positive. */
	unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v,
	    _mm_set1_epi8((char)0xC0)));
	unsigned lead2 = (unsigned)_mm_movemask_epi8(bytes_in(v, 0xC2, 0xDF));
	unsigned lead3 = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(
	    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xED)), bytes_in(v, 0xE1, 0xEF)));
	unsigned high = (unsigned)_mm_movemask_epi8(v), want;

	if ((high & ~(cont | lead2 | lead3)) != 0)
		return 0;
	/* Where continuation bytes must be, and nowhere else. */
	want = (lead2 | lead3) << 1 | lead3 << 2;
	if ((want & 0xFFFF) != cont)
		return 0;
	if (lead3 & 0x4000)
		return 14;
	if ((lead2 | lead3) & 0x8000)
		return 15;
	return 16;
}
#else
#define ASCII_BLOCK	8
/* Offset of the first byte from 0x80 up among the 8 at p, or 8. */
static size_t
first_high(const unsigned char *p)
{
	uint64_t w;

	memcpy(&w, p, 8);
	w &= 0x8080808080808080ULL;
	return w == 0 ? 8 : (size_t)__builtin_ctzll(w) / 8;
}

/* Without SSE2 every character from 0x80 up goes the careful way. */
static size_t
valid_block(const unsigned char *p)
{
	(void)p;
	return 0;
}
#endif

size_t
utf8_check(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	int32_t cp;

	for (;;) {
		/* ASCII runs are the common case: a block at a time. */
		while (i + ASCII_BLOCK <= n) {
			size_t k = first_high(s + i);
			if (k < ASCII_BLOCK) {
				size_t v = valid_block(s + i);
				if (v == 0) {
					i += k;
					break;
				}
				i += v;
				continue;
			}
			i += k;
		}
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
