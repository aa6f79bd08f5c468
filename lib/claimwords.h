/*
 * claimwords: the words of a span of text as the claim comparison sees
 * them.  Each word is case folded, stemmed by Snowball's English stemmer
 * (libstemmer) and hashed, and carries the class that matters for
 * comparison (function word, negation, hedge, number, capitalised,
 * predicate class).
 * A number, date or amount the entity tagger found is one word whose
 * hash is that of its normalised value, so "two" and "2" are one word.
 * Punctuation is left out.  The words of every call are appended to one
 * growing array, so many spans share it; offsets are the caller's.
 */
#ifndef NU_CLAIMWORDS_H
#define NU_CLAIMWORDS_H
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "tokens.h"

enum cw_flag {
	CW_STOP		= 1 << 0,	/* function word: the, of, is... */
	CW_NEG		= 1 << 1,	/* not, never, no, denied... */
	CW_HEDGE	= 1 << 2,	/* may, might, could, reportedly... */
	CW_NUM		= 1 << 3,	/* a number or value (its hash is the value's) */
	CW_CAP		= 1 << 4,	/* capitalised, not at the span's start */
	CW_QUOTED	= 1 << 5,	/* inside quotation marks */
	CW_VALUE	= 1 << 6,	/* a value the caller gave (an entity) */
	CW_PRED		= 1 << 7,	/* of a predicate class: deny, transfer... */
	CW_DENY		= 1 << 8	/* a word of denial: denied, rejected... */
};

struct cword {
	uint64_t	 stem;		/* hash of the stem (or of the value) */
	uint64_t	 word;		/* hash of the folded word (or value) */
	uint64_t	 start, end;	/* byte offsets, the caller's base added */
	float		 idf;		/* from the built-in table (claimidf) */
	unsigned	 flags;		/* enum cw_flag */
	int		 hedge;		/* which hedge word (hedge_name), 0: none */
};

/* A value the caller already knows in the span (an entity's normalised key). */
struct cw_value {
	size_t		 start, end;	/* in the span */
	const char	*key;
	size_t		 keylen;
};

/*
 * What a word's stemming gave, kept by the hash of the folded word:
 * news repeats its words, and stemming costs more than the rest.
 */
struct cw_memo {
	uint64_t	 word, stem;	/* word 0: empty */
	float		 idf;
	int		 pred;
};
#define CW_MEMO	4096	/* entries, direct-mapped */

struct claimwords {
	struct cword	*v;
	size_t		 n, cap;
	/* private */
	struct tokens	 tok;
	struct buf	 fold;
	struct sb_stemmer *stemmer;
	struct cw_memo	*memo;		/* CW_MEMO entries, by word hash */
};

void	claimwords_init(struct claimwords *);
void	claimwords_free(struct claimwords *);
void	claimwords_clear(struct claimwords *);
/*
 * Append the words of s[0..n) (at document offset base); vals (sorted
 * by start, not overlapping) replace the tokens they cover.
 */
void	claimwords_add(struct claimwords *, const char *s, size_t n,
	    uint64_t base, const struct cw_value *vals, size_t nvals);

/* 64-bit FNV-1a, the hash of every word and value. */
uint64_t cw_hash(const char *, size_t);
/* The written form of hedge number h ("may"), for DETAIL. */
const char *hedge_name(int h);
/* The built-in IDF of a stem hash (claimidf.c); unknown stems get the highest. */
float	claimidf(uint64_t stem);

#endif
