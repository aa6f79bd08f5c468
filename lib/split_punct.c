/*
 * The marks of split_punct.h: which characters are stops, closers,
 * openers and emoji to the sentence splitter.
 */
#include <stdint.h>

#include "split_punct.h"
#include "utf8.h"

/* The ASCII marks, for the inline tests of split_punct.h. */
const unsigned char split_ascii_marks[128] = {
	['"'] = MARK_CLOSER | MARK_OPENER, ['\''] = MARK_CLOSER | MARK_OPENER,
	[')'] = MARK_CLOSER, [']'] = MARK_CLOSER, ['}'] = MARK_CLOSER,
	['`'] = MARK_OPENER,
	['('] = MARK_BRACKET, ['['] = MARK_BRACKET, ['{'] = MARK_BRACKET,
};

/* term_at() past ASCII: t[i] is 0x80 or above. */
enum term
term_at_multi(const char *t, size_t n, size_t i, size_t *len)
{
	int32_t cp;

	*len = utf8_decode(t + i, n - i, &cp);
	switch (cp) {
	case 0x2026:			/* … */
		return T_ELLIPSIS;
	case 0x203C: case 0x2047: case 0x2048: case 0x2049:	/* ‼ ⁇ ⁈ ⁉ */
	case 0x061F: case 0x06D4:	/* Arabic ؟, Urdu ۔ */
	case 0x0964: case 0x0965:	/* Devanagari danda । ॥ */
		return T_QE;
	case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF61:	/* 。！？｡ */
		return T_CJK;
	}
	return T_NONE;
}

int
is_closer_multi(int32_t cp)
{
	switch (cp) {
	case 0x2019: case 0x201D: case 0x201C: case 0x2018:	/* ’ ” “ ‘ */
	case 0x00BB: case 0x00AB: case 0x203A: case 0x2039:	/* » « › ‹ */
	case 0x300D: case 0x300F: case 0x3009: case 0x300B:	/* 」 』 〉 》 */
	case 0x3011: case 0x3015: case 0xFF09: case 0xFF63:	/* 】 〕 ） ｣ */
		return 1;
	}
	return 0;
}

int
is_opener_multi(int32_t cp)
{
	switch (cp) {
	case 0x201C: case 0x2018: case 0x201E: case 0x201A:	/* “ ‘ „ ‚ */
	case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:	/* « » ‹ › */
	case 0x300C: case 0x300E:				/* 「 『 */
		return 1;
	}
	return 0;
}

int
is_bracket_open_multi(int32_t cp)
{
	return cp == 0xFF08 || cp == 0x3010 || cp == 0x3014;
}

int
is_emoji(int32_t cp)
{
	return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 &&
	    cp <= 0x27BF) || cp == 0x200D || cp == 0xFE0F || cp == 0x2B50 ||
	    cp == 0x2B55 || (cp >= 0xE0020 && cp <= 0xE007F);
}
