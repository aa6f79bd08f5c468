#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "entkey.h"
#include "utf8.h"

static int
vowel(int c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* The letter class of a folded ASCII letter (see the header). */
static int
letter_class(int c)
{
	switch (c) {
	case 'c': case 'q':
		return 'k';
	case 'h':
		return 'g';
	case 'j': case 'y':
		return 'i';
	case 'w':
		return 'v';
	default:
		return c;
	}
}

/* Skeleton of one word of folded ASCII letters. */
static void
skeleton(struct buf *out, const char *w, size_t n)
{
	size_t i;
	int c, last = 0;

	for (i = 0; i < n; i++) {
		c = (unsigned char)w[i];
		if (c == 'p' && i + 1 < n && w[i + 1] == 'h') {
			c = 'f';
			i++;
		} else
			c = letter_class(c);
		if (i > 0 && vowel(c))
			continue;
		if (c == last)
			continue;
		buf_putc(out, c);
		last = c;
	}
}

static int
stopword(const char *w, size_t n)
{
	static const char *const words[] = { "the", "of", "and", "for", "de", "la", "le", "del", NULL };
	const char *const *p;

	for (p = words; *p != NULL; p++)
		if (strlen(*p) == n && memcmp(*p, w, n) == 0)
			return 1;
	return 0;
}

/*
 * The name folded: compatibility decomposition, marks stripped, case
 * folded.  Returns its length, -1 on failure; *out is to be freed.
 */
static utf8proc_ssize_t
fold(const char *s, size_t n, utf8proc_uint8_t **out)
{
	utf8proc_ssize_t fl;
	size_t i, k, len = 0;
	int32_t cp;
	char *copy;

	*out = NULL;
	/* ASCII needs no Unicode folding: lower case is enough, and much cheaper. */
	for (i = 0; i < n && (unsigned char)s[i] < 0x80; i++)
		;
	if (i == n) {
		if ((*out = malloc(n + 1)) == NULL)
			return -1;
		for (i = 0; i < n; i++)
			(*out)[i] = (utf8proc_uint8_t)((s[i] >= 'A' && s[i] <= 'Z') ?
			    s[i] + 32 : s[i]);
		return (utf8proc_ssize_t)n;
	}
	/* utf8proc wants valid input: invalid bytes are dropped first. */
	if ((copy = malloc(n + 1)) == NULL)
		return -1;
	for (i = 0; i < n; i += k) {
		k = utf8_decode(s + i, n - i, &cp);
		if (cp != UTF8_BAD) {
			memcpy(copy + len, s + i, k);
			len += k;
		}
	}
	fl = utf8proc_map((const utf8proc_uint8_t *)copy, (utf8proc_ssize_t)len,
	    out, UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
	    UTF8PROC_CASEFOLD);
	free(copy);
	return fl;
}

void
entkey_name(struct buf *out, const char *s, size_t n)
{
	utf8proc_uint8_t *folded;
	utf8proc_ssize_t fl;
	size_t i, start, len, words = 0;
	int32_t cp;

	if ((fl = fold(s, n, &folded)) < 0) {
		free(folded);
		return;
	}
	/* Words: runs of letters and digits; ASCII ones become skeletons. */
	for (i = 0; i < (size_t)fl; ) {
		int ascii = 1;
		len = utf8_decode((char *)folded + i, (size_t)fl - i, &cp);
		if (!utf8_is_letter(cp) && utf8_class(cp) != CC_DIGIT) {
			i += len;
			continue;
		}
		/* The possessive 's is not part of the name. */
		start = i;
		while (i < (size_t)fl) {
			len = utf8_decode((char *)folded + i, (size_t)fl - i, &cp);
			if (!utf8_is_letter(cp) && utf8_class(cp) != CC_DIGIT &&
			    utf8_class(cp) != CC_MARK)
				break;
			if (cp >= 0x80)
				ascii = 0;
			i += len;
		}
		if (i - start == 1 && folded[start] == 's' && start > 0 &&
		    (folded[start - 1] == '\'' || folded[start - 1] == 0x99))
			continue;
		/* Small words do not tell names apart: "Bank of England". */
		if (stopword((char *)folded + start, i - start))
			continue;
		if (words++ > 0)
			buf_putc(out, '-');
		if (ascii)
			skeleton(out, (char *)folded + start, i - start);
		else
			buf_append(out, folded + start, i - start);
	}
	free(folded);
}
