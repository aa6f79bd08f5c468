#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "entkey.h"
#include "utf8.h"

static int
vowel(int c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' ||
	    c == 'y';
}

/* Letters after which an h between vowels is a transliterated g (Yevhen). */
static int
before_g(int c)
{
	return vowel(c) || c == 'v' || c == 'r' || c == 'l' || c == 'n' ||
	    c == 'm';
}

/*
 * The canonical spelling of one word of folded ASCII letters (see the
 * header).  The word is respelt into a scratch copy, then doubled letters
 * are merged as it is appended.
 */
static void
respell(struct buf *out, const char *w, size_t n)
{
	char stack[64], *t;
	size_t i, k = 0, kept;
	int c, last = 0;

	/* x -> ks can double a word's length. */
	if (2 * n <= sizeof(stack))
		t = stack;
	else if ((t = malloc(2 * n)) == NULL)
		return;
	for (i = 0; i < n; i++) {
		c = (unsigned char)w[i];
		if (c == 'x') {
			t[k++] = 'k';
			c = 's';
		} else if (c == 'p' && i + 1 < n && w[i + 1] == 'h') {
			c = 'f';
			i++;
		} else if (c == 'c' && i + 1 < n && w[i + 1] == 'k') {
			c = 'k';
			i++;
		} else if (c == 't' && i + 2 < n && w[i + 1] == 'c' &&
		    w[i + 2] == 'h')
			continue;
		else if (c == 'y' && !(i == 0 && i + 1 < n && vowel(w[i + 1])))
			c = 'i';
		else if (c == 'h' && i > 0 && i + 1 < n && before_g(w[i - 1]) &&
		    vowel(w[i + 1]))
			c = 'g';
		t[k++] = (char)c;
	}
	/* Russian -ev and -ov, Ukrainian -iv: Kiev and Kyiv, Kharkov and Kharkiv. */
	if (k >= 4 && t[k - 1] == 'v' && (t[k - 2] == 'e' || t[k - 2] == 'o'))
		t[k - 2] = 'i';
	/* Doubled letters merged in place, then appended at once. */
	for (i = 0, kept = 0; i < k; i++) {
		if (t[i] == last)
			continue;
		t[kept++] = t[i];
		last = t[i];
	}
	buf_append(out, t, kept);
	if (t != stack)
		free(t);
}

static int
stopword(const char *w, size_t n)
{
	static const struct {
		const char	*w;
		size_t		 n;
	} words[] = {
		{ "the", 3 }, { "of", 2 }, { "and", 3 }, { "for", 3 },
		{ "de", 2 }, { "la", 2 }, { "le", 2 }, { "del", 3 }
	};
	size_t i;

	/* All of two or three letters: most words are not looked at. */
	if (n < 2 || n > 3)
		return 0;
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (words[i].n == n && memcmp(words[i].w, w, n) == 0)
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

/* The key of folded text; stop words are left out if keep_stop is 0. */
static size_t
key_words(struct buf *out, const utf8proc_uint8_t *folded, size_t fl,
    int keep_stop)
{
	size_t i, start, len, words = 0;
	int32_t cp;

	/* Words: runs of letters and digits; ASCII ones are respelt. */
	for (i = 0; i < fl; ) {
		int ascii = 1;
		len = utf8_decode((const char *)folded + i, fl - i, &cp);
		if (!utf8_is_letter(cp) && utf8_class(cp) != CC_DIGIT) {
			i += len;
			continue;
		}
		start = i;
		while (i < fl) {
			len = utf8_decode((const char *)folded + i, fl - i, &cp);
			if (!utf8_is_letter(cp) && utf8_class(cp) != CC_DIGIT &&
			    utf8_class(cp) != CC_MARK)
				break;
			if (cp >= 0x80)
				ascii = 0;
			i += len;
		}
		/* The possessive 's is not part of the name. */
		if (i - start == 1 && folded[start] == 's' && start > 0 &&
		    (folded[start - 1] == '\'' || folded[start - 1] == 0x99))
			continue;
		/* Small words do not tell names apart: "Bank of England". */
		if (!keep_stop && stopword((const char *)folded + start, i - start))
			continue;
		if (words++ > 0)
			buf_putc(out, '-');
		if (ascii)
			respell(out, (const char *)folded + start, i - start);
		else
			buf_append(out, folded + start, i - start);
	}
	return words;
}

void
entkey_name(struct buf *out, const char *s, size_t n)
{
	utf8proc_uint8_t *folded, stack[128];
	utf8proc_ssize_t fl;
	size_t i;

	/* ASCII needs no Unicode folding: lower case is enough, and much
	 * cheaper (most names, and short: on the stack). */
	for (i = 0; i < n && (unsigned char)s[i] < 0x80; i++)
		;
	if (i == n && n <= sizeof(stack)) {
		for (i = 0; i < n; i++)
			stack[i] = (utf8proc_uint8_t)((s[i] >= 'A' &&
			    s[i] <= 'Z') ? s[i] + 32 : s[i]);
		if (key_words(out, stack, n, 0) == 0)
			key_words(out, stack, n, 1);
		return;
	}
	if ((fl = fold(s, n, &folded)) < 0) {
		free(folded);
		return;
	}
	/* A name of small words only is its words: Le (a Vietnamese surname), De La. */
	if (key_words(out, folded, (size_t)fl, 0) == 0)
		key_words(out, folded, (size_t)fl, 1);
	free(folded);
}

size_t
entkey_base(const char *k, size_t n)
{
	const char *slash = memchr(k, '/', n);

	return slash != NULL ? (size_t)(slash - k) : n;
}

int
entkey_agree(const char *a, size_t an, const char *b, size_t bn)
{
	size_t ab = entkey_base(a, an), bb = entkey_base(b, bn);

	if (ab != bb || memcmp(a, b, ab) != 0)
		return 0;
	/* Both give an initial: it must be the same. */
	if (ab < an && bb < bn)
		return an == bn && memcmp(a, b, an) == 0;
	return 1;
}
