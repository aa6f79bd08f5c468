/*
 * split_int: what the files of the sentence splitter share (sentences.c
 * drives; split_scan finds candidates, split_judge decides at a stop
 * from the words split_token reads around it, split_headline where a
 * sentence starts with no stop, split_list the list markers).  Not for
 * use outside them.
 */
#ifndef NU_SPLIT_INT_H
#define NU_SPLIT_INT_H
#include <stddef.h>
#include <stdint.h>

#include "lang.h"
#include "sentences.h"
#include "utf8.h"

struct splitter {
	const struct lang *l;
	const char	*t;
	size_t		 n;
	span_fn		 fn;
	void		*ctx;
	size_t		 s;		/* start of the current sentence */
};

static inline int
space_at(const char *t, size_t n, size_t i, size_t *len)
{
	int32_t cp;

	if ((unsigned char)t[i] < 0x80) {
		*len = 1;
		return ascii_space((unsigned char)t[i]);
	}
	*len = utf8_decode(t + i, n - i, &cp);
	return utf8_is_space(cp);
}

static inline size_t
skip_space(const char *t, size_t n, size_t i)
{
	size_t k;

	while (i < n && space_at(t, n, i, &k))
		i += k;
	return i;
}

static inline int32_t
cp_at(const char *t, size_t n, size_t i, size_t *len)
{
	int32_t cp;

	*len = utf8_decode(t + i, n - i, &cp);
	return cp;
}

/* What follows a candidate stop (split_token.c). */
struct next {
	enum cclass	 cls;		/* of the first letter or sign */
	int		 quoted;	/* an opening quote came first */
	int		 bracketed;	/* an opening bracket came first */
	int		 inverted;	/* ¿ or ¡ */
	int		 initial;	/* one letter and a stop: "J. A. Smith" */
	size_t		 wstart;	/* where the first word begins */
	char		 word[64];	/* lower-cased first word */
	size_t		 wlen;
};

/* Look at the word that starts at or after k (past quotes and brackets). */
void	look_next(const char *t, size_t n, size_t k, struct next *);
/* Does the next word look like the start of a sentence, after an abbreviation? */
int	starts_sentence(const struct lang *, const struct next *);
/* After "Acme Corp." or "Dayton, Ohio.": does the word at k start a sentence? */
int	starts_after_name(const struct lang *, const char *t, size_t n, size_t k,
	    const struct next *);

/* The kinds of token before a stop. */
enum tokkind { TK_WORD, TK_PREFIX, TK_NUMERIC, TK_MAY_END, TK_ENDS_NAME, TK_INITIAL,
    TK_NUMBER };
/* Classify the token that ends just before the stop at i; *start is where it begins. */
enum tokkind	token_before(const struct lang *, const char *t, size_t i,
		    size_t *start);

/*
 * Decide whether the cluster of stops at i ends a sentence (split_judge.c);
 * on yes *end is where the sentence ends and *next where the next starts.
 * *resume is where scanning goes on either way.
 */
int	judge(struct splitter *, size_t i, size_t *end, size_t *next,
	    size_t *resume);
/* Does a sentence start at i with no stop before it (split_headline.c)? */
int	starts_without_stop(const struct splitter *, size_t i);

/* List markers: "1." "1)" "1.)" "a." "a)" "A)" and bullets. */
struct list {
	int	 kind;		/* 0 none, 1 bullet, 2 number, 3 letter */
	int32_t	 bullet;
	long	 next;
	char	 delim[3];
};

/*
 * Length of a list marker at t[i] with the spaces after it, or 0.  With
 * expect set only the marker that continues *lst counts; else any does,
 * and *lst is set from it (split_list.c).
 */
size_t	marker_at(const char *t, size_t n, size_t i, struct list *, int expect);
/* Where the next marker continuing the list is, after white space, or n. */
size_t	find_marker(const char *t, size_t n, size_t from, const struct list *);

#if defined(__SSE2__)
#include <emmintrin.h>

/*
 * The 16 bytes at p as ASCII letters: bit k of the result set where
 * byte k is one, of *upper where it is a capital; *lowered is the bytes
 * with 0x20 set (a letter in lower case).  For the word after a stop.
 */
static inline unsigned
ascii_letters16(const char *p, unsigned *upper, __m128i *lowered)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i low = _mm_or_si128(v, _mm_set1_epi8(0x20));

	*lowered = low;
	*upper = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(
	    _mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - 'A'))),
	    _mm_set1_epi8((char)(0x80 + 26))));
	return (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(
	    _mm_add_epi8(low, _mm_set1_epi8((char)(0x80 - 'a'))),
	    _mm_set1_epi8((char)(0x80 + 26))));
}
#endif

#endif
