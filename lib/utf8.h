/*
 * utf8: decoding and character classes.  Input is never trusted: an
 * invalid sequence decodes as one byte with the value UTF8_BAD, so a
 * scanner always advances and never reads past the end.
 */
#ifndef NU_UTF8_H
#define NU_UTF8_H
#include <stddef.h>
#include <stdint.h>

#define UTF8_BAD	(-1)

size_t	utf8_decode_multi(const char *s, size_t n, int32_t *cp);
size_t	utf8_back_multi(const char *s, size_t i);

/* Decode the character at s (n > 0 bytes left); store it in *cp and return its length (1-4). */
static inline size_t
utf8_decode(const char *s, size_t n, int32_t *cp)
{
	/* ASCII inline: it is most of the text, and the calls are many. */
	if ((unsigned char)s[0] < 0x80) {
		*cp = (unsigned char)s[0];
		return 1;
	}
	return utf8_decode_multi(s, n, cp);
}

/* Start of the character that ends just before s[i] (i > 0). */
static inline size_t
utf8_back(const char *s, size_t i)
{
	return (unsigned char)s[i - 1] < 0x80 ? i - 1 : utf8_back_multi(s, i);
}
/* Offset of the first invalid byte, or n if all of s is valid UTF-8. */
size_t	utf8_check(const char *s, size_t n);
/* Number of characters (invalid bytes count one each). */
size_t	utf8_count(const char *s, size_t n);

/* ASCII classes, the same in every locale (those of <ctype.h> are not). */
static inline int ascii_lower(int c) { return c >= 'a' && c <= 'z'; }
static inline int ascii_upper(int c) { return c >= 'A' && c <= 'Z'; }
static inline int ascii_alpha(int c) { return ascii_lower(c) || ascii_upper(c); }
static inline int ascii_digit(int c) { return c >= '0' && c <= '9'; }
/* The ASCII white space of utf8_is_space(): space, TAB, LF, VT, FF, CR. */
static inline int ascii_space(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/*
 * The same classes as one table for the inner loops of the scans (a load
 * a byte, not two range tests): ASCII_WC_DIGIT for 0-9 (1, so that it
 * counts digits when added), ASCII_WC_LETTER for A-Z and a-z, 0 for
 * every other byte.
 */
#define ASCII_WC_DIGIT	1
#define ASCII_WC_LETTER	2
extern const unsigned char ascii_word_class[256];

enum cclass {
	CC_OTHER,	/* symbols, punctuation, emoji, invalid bytes */
	CC_SPACE,	/* white space between sentences, incl. NBSP, ZWSP, BOM */
	CC_UPPER,	/* upper- or title-case letter */
	CC_LOWER,
	CC_LETTER,	/* letter with no case: CJK, Arabic, Devanagari... */
	CC_DIGIT,
	CC_MARK		/* combining mark */
};
int		utf8_is_space_multi(int32_t cp);
/* White space between sentences, NBSP, ZWSP and BOM included; ASCII inline. */
static inline int
utf8_is_space(int32_t cp)
{
	return (uint32_t)cp < 0x80 ? ascii_space(cp) : utf8_is_space_multi(cp);
}

/*
 * May a character that ends in the byte c (0x80 or more) be white space
 * as utf8_is_space() says?  0 means it is not; 1 that it may be, and the
 * character must be decoded to tell.  The last bytes of the spaces past
 * ASCII: 80-8B (U+1680, U+2000-200B, U+3000), 85, 9F (U+205F), A0, A8,
 * A9, AF (U+2028, U+2029, U+202F) and BF (U+FEFF).  A scan back over
 * trailing space so passes "” and — at once.
 */
#define UTF8_SPACE_LAST	(0xFFFULL | 1ULL << 0x1F | 1ULL << 0x20 | \
	1ULL << 0x28 | 1ULL << 0x29 | 1ULL << 0x2F | 1ULL << 0x3F)
static inline int
utf8_may_end_space(unsigned char c)
{
	return c >= 0x80 && c < 0xC0 && ((UTF8_SPACE_LAST >> (c - 0x80)) & 1);
}

enum cclass	utf8_class_multi(int32_t cp);
/* The class of cp; ASCII inline, the rest from Unicode's categories. */
static inline enum cclass
utf8_class(int32_t cp)
{
	if ((uint32_t)cp >= 0x80)
		return utf8_class_multi(cp);
	if (ascii_lower(cp))
		return CC_LOWER;
	if (ascii_upper(cp))
		return CC_UPPER;
	if (ascii_digit(cp))
		return CC_DIGIT;
	return ascii_space(cp) ? CC_SPACE : CC_OTHER;
}
int		utf8_is_letter_multi(int32_t cp);
/* A letter, cased or not; ASCII inline. */
static inline int
utf8_is_letter(int32_t cp)
{
	return (uint32_t)cp < 0x80 ? ascii_alpha(cp) : utf8_is_letter_multi(cp);
}
int32_t		utf8_tolower(int32_t cp);
/* Append the UTF-8 encoding of cp to out (room for 4 bytes); return the length. */
size_t		utf8_encode(int32_t cp, char *out);

#endif
