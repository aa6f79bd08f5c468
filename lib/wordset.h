/* wordset: a set of words, each with a small class number; exact-byte keys. */
#ifndef NU_WORDSET_H
#define NU_WORDSET_H
#include <stddef.h>
#include <stdint.h>

struct wordset {
	struct wordset_slot {
		const char *word;
		size_t	 len;
		int	 cls;
		int	 owned;	/* a copy to free, not a static string */
	}	*slot;
	size_t	 cap, count;
	/* Bit k of lens[c]: some word starts with byte c and has length k (31: longer). */
	uint32_t lens[256];
	/* Bit k of ends[c]: some word starts with byte c and ends with one whose low six bits are k. */
	uint64_t ends[256];
};

/* Add or replace; a later entry wins. */
void	wordset_add(struct wordset *, const char *w, size_t n, int cls);
/* The same without a copy: w must outlive the set (a string literal). */
void	wordset_add_static(struct wordset *, const char *w, size_t n, int cls);
/* The class of w, or 0 when absent. */
int	wordset_get(const struct wordset *, const char *w, size_t n);
void	wordset_free(struct wordset *);

#endif
