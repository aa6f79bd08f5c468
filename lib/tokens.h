/*
 * tokens: split one sentence (UTF-8 bytes, not NUL-terminated, invalid
 * bytes allowed) into tokens with byte offsets.  Words keep inner
 * apostrophes and hyphens (O'Neill, al-Assad, Kyiv-based); a possessive
 * 's or ’s is a token of its own; numbers keep inner , and . (1,200 2.5);
 * initials, letter-dot runs and common abbreviations keep their stop
 * (J. U.S. Dr. Inc.; the abbreviations are lib/data/tokens/abbrevs.txt);
 * every other mark is one token per character.
 * White space is never part of a token.  Cost is linear in the bytes;
 * the array in struct tokens grows as needed and is reused across calls.
 */
#ifndef NU_TOKENS_H
#define NU_TOKENS_H
#include <stddef.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "utf8.h"
#include "wordset.h"

enum tok_kind {
	TOK_WORD = 1,	/* letters and digits, starting with a letter */
	TOK_NUMBER,	/* starts with a digit: 1,200  2.5  1990s  10-year-old */
	TOK_ABBREV,	/* ends in its stop: J.  U.S.  Dr. */
	TOK_POSS,	/* 's ’s */
	TOK_PUNCT	/* anything else, one character (or one invalid byte) */
};

struct token {
	size_t		start, end;	/* byte offsets, end exclusive */
	enum tok_kind	kind;
};

/* Zero-initialise; tokens_free() releases it, and it may be used again. */
struct tokens {
	struct token	*v;
	size_t		 n, cap;
	/* The abbreviations (lib/data/tokens/abbrevs.txt), loaded at first use. */
	struct wordset	 abbrevs;
	size_t		 abbrev_max;	/* the longest, in bytes */
	int		 abbrevs_loaded;
};

/*
 * The end of the run of ASCII letters (and digits, if digits) from s[j],
 * j <= n: the first k >= j with s[k] not one, or n.  The scans' inner
 * loop; sixteen bytes a step where sixteen are left (most words are
 * short: the first step mostly ends them), reading nothing past n.
 */
static inline size_t
tokens_alnum_end(const char *s, size_t j, size_t n, int digits)
{
	unsigned want = digits ? ASCII_WC_LETTER | ASCII_WC_DIGIT : ASCII_WC_LETTER;

#if defined(__SSE2__)
	/* Letters and digits by signed compares after a shift of their
	 * ranges to the bottom of the signed bytes (SSE2 has no unsigned one). */
	const __m128i la = _mm_set1_epi8((char)(0x80 - 'a')),
	    lt = _mm_set1_epi8((char)(-128 + 26)), low = _mm_set1_epi8(0x20),
	    da = _mm_set1_epi8((char)(0x80 - '0')), dt = _mm_set1_epi8((char)(-128 + 10)),
	    dm = _mm_set1_epi8(digits ? (char)0xFF : 0);
	__m128i v, w;
	unsigned m;

	while (n - j >= 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(s + j));
		w = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, low), la), lt);
		w = _mm_or_si128(w, _mm_and_si128(dm,
		    _mm_cmplt_epi8(_mm_add_epi8(v, da), dt)));
		if ((m = ~(unsigned)_mm_movemask_epi8(w) & 0xFFFF) != 0)
			return j + (size_t)__builtin_ctz(m);
		j += 16;
	}
#endif
	while (j < n && (ascii_word_class[(unsigned char)s[j]] & want))
		j++;
	return j;
}

/* Replace the contents of t by the tokens of s[0..n); return t->n. */
size_t	tokens_split(struct tokens *t, const char *s, size_t n);
void	tokens_free(struct tokens *t);

#endif
