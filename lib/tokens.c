#include <err.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "tokens.h"
#include "utf8.h"
#include "wordlists.h"
#include "wordset.h"


/* Classes of the ASCII characters. */
#define S	CC_SPACE
#define U	CC_UPPER
#define L	CC_LOWER
#define D	CC_DIGIT
#define O	CC_OTHER
static const unsigned char ascii[128] = {
	O, O, O, O, O, O, O, O, O, S, S, S, S, S, O, O,
	O, O, O, O, O, O, O, O, O, O, O, O, O, O, O, O,
	S, O, O, O, O, O, O, O, O, O, O, O, O, O, O, O,
	D, D, D, D, D, D, D, D, D, D, O, O, O, O, O, O,
	O, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,
	U, U, U, U, U, U, U, U, U, U, U, O, O, O, O, O,
	O, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
	L, L, L, L, L, L, L, L, L, L, L, O, O, O, O, O,
};
#undef S
#undef U
#undef L
#undef D
#undef O

/* Class of the character at s[i] (i < n); its length in bytes. */
static size_t
charat(const char *s, size_t n, size_t i, int32_t *cp, enum cclass *cc)
{
	unsigned char c = (unsigned char)s[i];
	size_t k;

	if (c < 0x80) {
		*cp = c;
		*cc = (enum cclass)ascii[c];
		return 1;
	}
	k = utf8_decode(s + i, n - i, cp);
	*cc = utf8_class(*cp);
	return k;
}

static int
wordclass(enum cclass c)
{
	return c == CC_UPPER || c == CC_LOWER || c == CC_LETTER ||
	    c == CC_DIGIT || c == CC_MARK;
}


static int
isletter(enum cclass c)
{
	return c == CC_UPPER || c == CC_LOWER || c == CC_LETTER;
}

/* Is there a word character at s[i]? */
static int
wordat(const char *s, size_t n, size_t i)
{
	int32_t cp;
	enum cclass c;

	if (i >= n)
		return 0;
	charat(s, n, i, &cp, &c);
	return wordclass(c);
}

/* Length of the apostrophe at s[i] (' or ’), or 0. */
static size_t
apostrophe(const char *s, size_t n, size_t i)
{
	if (s[i] == '\'')
		return 1;
	if (i + 3 <= n && memcmp(s + i, "\xE2\x80\x99", 3) == 0)
		return 3;
	return 0;
}

/* Length of the possessive 's at s[i], or 0. */
static size_t
possessive(const char *s, size_t n, size_t i)
{
	size_t a = apostrophe(s, n, i);

	if (a == 0 || i + a >= n || (s[i + a] != 's' && s[i + a] != 'S'))
		return 0;
	if (wordat(s, n, i + a + 1))
		return 0;
	return a + 1;
}

/* Length of an inner hyphen at s[i] (- U+2010 U+2011), or 0. */
static size_t
hyphen(const char *s, size_t n, size_t i)
{
	if (s[i] == '-')
		return 1;
	if (i + 3 <= n && (memcmp(s + i, "\xE2\x80\x90", 3) == 0 ||
	    memcmp(s + i, "\xE2\x80\x91", 3) == 0))
		return 3;
	return 0;
}

/*
 * The abbreviations of lib/data/tokens/abbrevs.txt, into t->abbrevs the
 * first time t is used (and again after tokens_free), so no call after
 * that pays for them.
 */
static void
load_abbrevs(struct tokens *t)
{
	const char *const *w;
	size_t n;

	if ((w = wordlist_find("tokens", "abbrevs")) == NULL)
		errx(EXIT_TROUBLE, "the word list tokens/abbrevs.txt is missing from this build");
	for (; *w != NULL; w++) {
		n = strlen(*w);
		wordset_add_static(&t->abbrevs, *w, n, 1);
		if (n > t->abbrev_max)
			t->abbrev_max = n;
	}
	t->abbrevs_loaded = 1;
}

/* Is w[0..n) (ASCII letters, in any case) one of the abbreviations? */
static int
isabbrev(struct tokens *t, const char *w, size_t n)
{
	char low[64], *l = low;
	size_t i;
	int r;

	if (!t->abbrevs_loaded)
		load_abbrevs(t);
	if (n < 2 || n > t->abbrev_max)
		return 0;
	/* A list entry longer than the buffer is rare: copy to the heap then. */
	if (n > sizeof(low) && (l = malloc(n)) == NULL)
		err(EXIT_TROUBLE, NULL);
	for (i = 0; i < n; i++) {
		if ((w[i] | 0x20) < 'a' || (w[i] | 0x20) > 'z')
			break;
		l[i] = (char)(w[i] | 0x20);
	}
	r = i == n && wordset_get(&t->abbrevs, l, n) != 0;
	if (l != low)
		free(l);
	return r;
}

/* The ASCII bytes that may go on a word: ' - , . & (see scanword). */
static const unsigned char joiner[128] = {
	['\''] = 1, ['-'] = 1, [','] = 1, ['.'] = 1, ['&'] = 1,
};

/* End of the word starting at s[i] (a word character). */
static size_t
scanword(const char *s, size_t n, size_t i, int *single)
{
	size_t j = i, k, a, nchars = 0;
	int32_t cp;
	enum cclass c, prev = CC_OTHER;

	for (;;) {
		while (j < n) {
			if ((unsigned char)s[j] < 0x80) {
				/* A run of ASCII letters and digits at once: most words are one. */
				size_t j0 = j;

				j = tokens_alnum_end(s, j, n, 1);
				if (j == j0)
					break;	/* an ASCII non-word character */
				nchars += j - j0;
				prev = (enum cclass)ascii[(unsigned char)s[j - 1]];
				continue;
			}
			k = charat(s, n, j, &cp, &c);
			if (!wordclass(c))
				break;
			if (c != CC_MARK)
				nchars++;
			prev = c;
			j += k;
		}
		if (j >= n)
			break;
		/* Most words end at a space or a mark that joins nothing. */
		if ((unsigned char)s[j] < 0x80 && !joiner[(unsigned char)s[j]])
			break;
		if ((s[j] == '\'' || (unsigned char)s[j] == 0xE2) &&
		    (a = apostrophe(s, n, j)) != 0) {
			if (possessive(s, n, j) || j + a >= n)
				break;
			charat(s, n, j + a, &cp, &c);
			if (!isletter(c))
				break;
			j += a;
		} else if ((a = hyphen(s, n, j)) != 0) {
			if (!wordat(s, n, j + a))
				break;
			j += a;
		} else if ((s[j] == ',' || s[j] == '.') && prev == CC_DIGIT &&
		    j + 1 < n && s[j + 1] >= '0' && s[j + 1] <= '9') {
			j++;
		} else if (s[j] == '&' && j > i && ascii_upper(s[j - 1]) &&
		    j + 1 < n && ascii_upper(s[j + 1])) {
			j++;
		} else
			break;
		nchars += 2;	/* a joined word is never a single letter */
	}
	*single = nchars == 1 && isletter(prev);
	return j;
}

static void
grow(struct tokens *t)
{
	size_t cap = t->cap ? t->cap * 2 : 64;
	struct token *v;

	if ((v = reallocarray(t->v, cap, sizeof(*v))) == NULL)
		err(EXIT_TROUBLE, NULL);
	t->v = v;
	t->cap = cap;
}

static inline void
push(struct tokens *t, size_t start, size_t end, enum tok_kind kind)
{
	if (t->n == t->cap)
		grow(t);
	t->v[t->n].start = start;
	t->v[t->n].end = end;
	t->v[t->n].kind = kind;
	t->n++;
}

/* Is s[j..] a single letter followed by a stop? Its length, or 0. */
static size_t
letterdot(const char *s, size_t n, size_t j)
{
	int32_t cp;
	enum cclass c;
	size_t k;

	if (j >= n)
		return 0;
	k = charat(s, n, j, &cp, &c);
	if (!isletter(c) || j + k >= n || s[j + k] != '.')
		return 0;
	return k + 1;
}

size_t
tokens_split(struct tokens *t, const char *s, size_t n)
{
	size_t i = 0, j, k;
	int32_t cp;
	enum cclass c;
	int single;

	t->n = 0;
	while (i < n) {
		unsigned char b = (unsigned char)s[i];

		/*
		 * ASCII first, as the general steps below would take it: a
		 * space, a mark (but the apostrophe of a possessive), and a
		 * word of letters and digits that ends at a space or a
		 * mark that joins nothing (not a stop: an abbreviation).
		 */
		if (b < 0x80 && ascii[b] == CC_SPACE) {
			i++;
			continue;
		}
		if (b < 0x80 && ascii[b] == CC_OTHER && b != '\'') {
			push(t, i, i + 1, TOK_PUNCT);
			i++;
			continue;
		}
		if (b < 0x80 && b != '\'') {
			j = tokens_alnum_end(s, i + 1, n, 1);
			if (j == n || ((unsigned char)s[j] < 0x80 &&
			    !joiner[(unsigned char)s[j]])) {
				push(t, i, j, ascii[b] == CC_DIGIT ? TOK_NUMBER :
				    TOK_WORD);
				/* And the space after it, most words' end. */
				i = j < n && s[j] == ' ' ? j + 1 : j;
				continue;
			}
		}
		k = charat(s, n, i, &cp, &c);
		if (c == CC_SPACE) {
			i += k;
			continue;
		}
		if ((s[i] == '\'' || (unsigned char)s[i] == 0xE2) &&
		    (j = possessive(s, n, i)) != 0) {
			push(t, i, i + j, TOK_POSS);
			i += j;
			continue;
		}
		if (!wordclass(c)) {
			push(t, i, i + k, TOK_PUNCT);
			i += k;
			continue;
		}
		j = scanword(s, n, i, &single);
		if (j < n && s[j] == '.' && single) {
			/* Initials and letter-dot runs: J.  U.S.  e.g. */
			j++;
			while ((k = letterdot(s, n, j)) != 0 &&
			    !wordat(s, n, j + k))
				j += k;
			push(t, i, j, TOK_ABBREV);
		} else if (j < n && s[j] == '.' && isabbrev(t, s + i, j - i)) {
			push(t, i, j + 1, TOK_ABBREV);
			j++;
		} else
			push(t, i, j, c == CC_DIGIT ? TOK_NUMBER : TOK_WORD);
		i = j;
	}
	return t->n;
}

void
tokens_free(struct tokens *t)
{
	free(t->v);
	t->v = NULL;
	t->n = t->cap = 0;
	wordset_free(&t->abbrevs);
	t->abbrev_max = 0;
	t->abbrevs_loaded = 0;
}
