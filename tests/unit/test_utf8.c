#include <string.h>

#include "unit.h"
#include "utf8.h"

/* The first bad offset by decoding one character at a time. */
static size_t
slow_check(const char *s, size_t n)
{
	size_t i = 0, k;
	int32_t cp;

	while (i < n) {
		k = utf8_decode(s + i, n - i, &cp);
		if (cp == UTF8_BAD)
			return i;
		i += k;
	}
	return n;
}

/*
 * utf8_check skips blocks and checks sequences without branching on
 * their kind: it must agree with plain decoding on any bytes, with the
 * bad byte anywhere, near the end of a block or of the input.
 */
static void
check_against_decode(void)
{
	static const unsigned char pool[] = { 'a', ' ', 0xC3, 0xA9, 0xE2, 0x80,
	    0x9C, 0xF0, 0x9F, 0x8E, 0x89, 0xED, 0xA0, 0xE0, 0xF4, 0x90, 0xC0,
	    0xFF, 0xBF };
	static const char text[] = "plain text, caf\xC3\xA9 \xE2\x80\x9C";
	char s[64];
	unsigned seed = 11;
	size_t n, k, trial, wrong = 0;

	for (trial = 0; trial < 20000; trial++) {
		n = trial % 64;
		for (k = 0; k < n; k++) {
			seed = seed * 1103515245u + 12345u;
			/* Valid text mostly, so the bad byte lands at every offset. */
			s[k] = (seed >> 16) % 5 ? text[(seed >> 8) % (sizeof(text) - 1)] :
			    (char)pool[(seed >> 20) % sizeof(pool)];
		}
		if (utf8_check(s, n) != slow_check(s, n))
			wrong++;
	}
	CHECK("utf8_check agrees with decoding on 20000 byte strings", wrong == 0);
}

/*
 * The same on longer strings of whole characters (ASCII, two- and
 * three-byte forms, an emoji now and then) with a rare bad byte: most
 * blocks of 16 are then checked at once, characters cut by their ends.
 */
static void
check_blocks_against_decode(void)
{
	static const char *chars[] = { "a", " ", "\xC3\xA9", "\xE2\x80\x9C",
	    "\xE2\x80\x94", "\xD0\x96", "\xEF\xBC\x81", "\xE4\xB8\xAD",
	    "\xE0\xA5\xA4", "\xED\x9F\xBF", "\xF0\x9F\x8E\x89" };
	static const unsigned char bad[] = { 0x80, 0xBF, 0xC0, 0xC1, 0xC3, 0xE2,
	    0xED, 0xF5, 0xFF };
	char s[320];
	unsigned seed = 5;
	size_t n, k, trial, wrong = 0;

	for (trial = 0; trial < 20000; trial++) {
		size_t len = 16 + trial % 280;
		for (n = 0; n + 4 < len; ) {
			seed = seed * 1103515245u + 12345u;
			if ((seed >> 16) % 97 == 0 && trial % 2 == 0) {
				s[n++] = (char)bad[(seed >> 8) % sizeof(bad)];
				continue;
			}
			const char *c = chars[(seed >> 8) % (sizeof(chars) / sizeof(chars[0]))];
			for (k = 0; c[k] != '\0'; k++)
				s[n++] = c[k];
		}
		if (utf8_check(s, n) != slow_check(s, n))
			wrong++;
	}
	CHECK("utf8_check agrees with decoding on 20000 longer strings, blocks cut anywhere",
	    wrong == 0);
}

/*
 * utf8_may_end_space() lets a scan back over trailing space pass most
 * characters by their last byte: it must say "may" for every space.
 */
static void
check_space_last_byte(void)
{
	char enc[4];
	int32_t cp;
	size_t n, wrong = 0, passed = 0;

	for (cp = 0x80; cp <= 0x10FFFF; cp++) {
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		n = utf8_encode(cp, enc);
		if (!utf8_may_end_space((unsigned char)enc[n - 1])) {
			passed++;
			if (utf8_is_space(cp))
				wrong++;
		}
	}
	CHECK("utf8_may_end_space says may for every space past ASCII",
	    wrong == 0);
	CHECK("utf8_may_end_space passes most characters (\u201D, \u2014)",
	    !utf8_may_end_space(0x9D) && !utf8_may_end_space(0x94) &&
	    passed > 0x80000);
}

void
test_utf8(void)
{
	int32_t cp;
	size_t n;

	n = utf8_decode("\xE2\x80\x9C", 3, &cp);
	CHECK("decode left quote", n == 3 && cp == 0x201C);
	n = utf8_decode("\xF0\x9F\x8E\x89", 4, &cp);
	CHECK("decode emoji", n == 4 && cp == 0x1F389);
	n = utf8_decode("\xC0\x80", 2, &cp);
	CHECK("overlong NUL is invalid", n == 1 && cp == UTF8_BAD);
	n = utf8_decode("\xED\xA0\x80", 3, &cp);
	CHECK("surrogate is invalid", n == 1 && cp == UTF8_BAD);
	n = utf8_decode("\xE2\x80", 2, &cp);
	CHECK("truncated sequence is invalid", n == 1 && cp == UTF8_BAD);
	n = utf8_decode("\xF4\x90\x80\x80", 4, &cp);
	CHECK("past U+10FFFF is invalid", n == 1 && cp == UTF8_BAD);

	CHECK("check valid", utf8_check("caf\xC3\xA9 ok", 8) == 8);
	check_against_decode();
	check_blocks_against_decode();
	CHECK("check finds first bad byte", utf8_check("abcdefghij\xFF", 11) == 10);
	CHECK("back over 3-byte char", utf8_back("a\xE2\x80\x9C", 4) == 1);
	CHECK("back over stray continuation", utf8_back("a\x80", 2) == 1);
	CHECK("count chars", utf8_count("\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2", 8) == 4);

	CHECK("class upper Cyrillic", utf8_class(0x041A) == CC_UPPER);
	CHECK("class lower e-acute", utf8_class(0xE9) == CC_LOWER);
	CHECK("class caseless CJK", utf8_class(0x4E2D) == CC_LETTER);
	CHECK("class NBSP is space", utf8_class(0xA0) == CC_SPACE);
	CHECK("class digit", utf8_class('7') == CC_DIGIT);
	CHECK("tolower Cyrillic", utf8_tolower(0x041A) == 0x043A);
	check_space_last_byte();
}
