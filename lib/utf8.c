#include <string.h>
#include <utf8proc.h>

#include "utf8.h"

size_t
utf8_decode(const char *str, size_t n, int32_t *cp)
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
utf8_back(const char *s, size_t i)
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

size_t
utf8_check(const char *s, size_t n)
{
	size_t i = 0, k;
	int32_t cp;

	while (i < n) {
		/* ASCII runs are the common case: test eight bytes at a time. */
		while (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if (w & 0x8080808080808080ULL)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		k = utf8_decode(s + i, n - i, &cp);
		if (cp == UTF8_BAD)
			return i;
		i += k;
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

int
utf8_is_space(int32_t cp)
{
	switch (cp) {
	case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
	case 0x85: case 0xA0: case 0x1680: case 0x200B: case 0x2028:
	case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
		return 1;
	default:
		return cp >= 0x2000 && cp <= 0x200A;
	}
}

enum cclass
utf8_class(int32_t cp)
{
	if (cp < 0x80) {
		if (cp < 0)
			return CC_OTHER;
		if (cp >= 'a' && cp <= 'z')
			return CC_LOWER;
		if (cp >= 'A' && cp <= 'Z')
			return CC_UPPER;
		if (cp >= '0' && cp <= '9')
			return CC_DIGIT;
		if (utf8_is_space(cp))
			return CC_SPACE;
		return CC_OTHER;
	}
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
utf8_is_letter(int32_t cp)
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
