#include <string.h>

#include "unit.h"
#include "utf8.h"

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
}
