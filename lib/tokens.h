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

/* Replace the contents of t by the tokens of s[0..n); return t->n. */
size_t	tokens_split(struct tokens *t, const char *s, size_t n);
void	tokens_free(struct tokens *t);

#endif
