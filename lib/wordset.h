/* wordset: a set of words, each with a small class number; exact-byte keys. */
#ifndef NU_WORDSET_H
#define NU_WORDSET_H
#include <stddef.h>
#include <stdint.h>

/* The longest word kept in its slot rather than behind a pointer. */
#define WORDSET_INLINE	8

/*
 * Slot j holds a word when tag[j] is not 0, and tag[j] is then 15 bits
 * of the word's hash (the top bit set): a probe reads two bytes a slot
 * and looks at the slot, and at the word, only where they match, so a
 * word that is not there (the usual answer) seldom leaves the tag array,
 * a sixteenth of the size of the slots.
 */
struct wordset {
	uint16_t *tag;
	struct wordset_slot {
		/*
		 * A word of up to WORDSET_INLINE bytes is kept in the slot
		 * itself: most words are short, and a hit then reads no
		 * other line of memory.
		 */
		union {
			const char *p;
			size_t	 off;	/* a copy's place in copies */
			char	 in[WORDSET_INLINE];
		}	 word;
		uint32_t len;	/* bit 31: a copy in copies, not a static string */
		int	 cls;
	}	*slot;
	size_t	 cap, count;
	/* The copies of the longer words wordset_add() was given, end to
	 * end: no allocation a word, and clearing the set lets them all go. */
	char	*copies;
	size_t	 clen, ccap;
	size_t	*filled;	/* the slots in use, count of them (so clearing is quick) */
	/* Bit k of lens[c]: some word starts with byte c and has length k (31: longer). */
	uint32_t lens[256];
	/* Bit k of ends[c]: some word starts with byte c and ends with one whose low six bits are k. */
	uint64_t ends[256];
};

/* The longest word a set holds (a longer one is an error when added). */
#define WORDSET_MAXLEN	0x7fffffffU

/* Add or replace; a later entry wins. */
void	wordset_add(struct wordset *, const char *w, size_t n, int cls);
/* The same without a copy: w must outlive the set (a string literal). */
void	wordset_add_static(struct wordset *, const char *w, size_t n, int cls);
int	wordset_get_multi(const struct wordset *, const char *w, size_t n);
/*
 * The class of w, or 0 when absent.  Most words asked about are not
 * there: the quick no from the first and last bytes and the length is
 * answered inline, the table searched past it.
 */
/*
 * wordset_get()'s quick no, from the first and last bytes and the length
 * alone: 0 when no word of the set has them, before a caller builds the
 * word to look up (a lower-case copy).
 */
static inline int
wordset_may_have(const struct wordset *ws, int first, int last, size_t n)
{
	return ws->cap != 0 && n != 0 &&
	    (ws->lens[(unsigned char)first] & (1U << (n < 31 ? n : 31))) &&
	    ((ws->ends[(unsigned char)first] >> ((unsigned char)last & 63)) & 1);
}

static inline int
wordset_get(const struct wordset *ws, const char *w, size_t n)
{
	if (n == 0 || !wordset_may_have(ws, w[0], w[n - 1], n))
		return 0;
	return wordset_get_multi(ws, w, n);
}
void	wordset_free(struct wordset *);
/* Empty the set but keep its table, for a set filled again and again (once per document). */
void	wordset_clear(struct wordset *);
/* Make room for n words in all, so adding them never grows the table. */
void	wordset_reserve(struct wordset *, size_t n);

#endif
