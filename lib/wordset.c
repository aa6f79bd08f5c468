#include <err.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bytehash.h"
#include "diag.h"
#include "wordset.h"

/* Only the slots depend on it: no caller sees an order. */
static uint64_t
hash(const char *s, size_t n)
{
	return bytehash(s, n, 0);
}

/* The tag of a word of hash h: its top bits (the slot is from the low ones), never 0. */
static uint16_t
tag_of(uint64_t h)
{
	return (uint16_t)(h >> 48) | 0x8000;
}

#define OWNED	0x80000000U

/* The bytes of the word in slot sl of ws (of length n). */
static inline const char *
slot_word(const struct wordset *ws, const struct wordset_slot *sl, size_t n)
{
	if (n <= WORDSET_INLINE)
		return sl->word.in;
	return (sl->len & OWNED) ? ws->copies + sl->word.off : sl->word.p;
}

/* Rehash into a table of at least cap slots (a power of two). */
static void
rehash(struct wordset *ws, size_t cap)
{
	struct wordset_slot *old = ws->slot;
	uint16_t *oldtag = ws->tag;
	size_t oldcap = ws->cap, i, j;
	uint64_t h;

	ws->cap = cap;
	free(ws->filled);
	/* add() keeps the table at most half full: cap / 2 words. */
	if ((ws->slot = calloc(ws->cap, sizeof(*ws->slot))) == NULL ||
	    (ws->tag = calloc(ws->cap, sizeof(*ws->tag))) == NULL ||
	    (ws->filled = calloc(ws->cap / 2, sizeof(*ws->filled))) == NULL)
		err(EXIT_TROUBLE, NULL);
	ws->count = 0;
	for (i = 0; i < oldcap; i++) {
		if (oldtag[i] == 0)
			continue;
		h = hash(slot_word(ws, &old[i], old[i].len & ~OWNED),
		    old[i].len & ~OWNED);
		j = h & (ws->cap - 1);
		while (ws->tag[j] != 0)
			j = (j + 1) & (ws->cap - 1);
		ws->slot[j] = old[i];
		ws->tag[j] = oldtag[i];
		ws->filled[ws->count++] = j;
	}
	free(old);
	free(oldtag);
}

static void
grow(struct wordset *ws)
{
	rehash(ws, ws->cap ? ws->cap * 2 : 64);
}

void
wordset_reserve(struct wordset *ws, size_t n)
{
	size_t cap = ws->cap ? ws->cap : 64;

	/* add() grows when the table is half full. */
	while (n >= cap / 2) {
		if (cap > SIZE_MAX / 4)
			errx(EXIT_TROUBLE, "wordset: %zu words are too many", n);
		cap *= 2;
	}
	if (cap != ws->cap)
		rehash(ws, cap);
}

static void
add(struct wordset *ws, const char *w, size_t n, int cls, int copy)
{
	size_t j;
	uint64_t h;
	uint16_t tag;
	char *c;

	if (n > WORDSET_MAXLEN)
		errx(EXIT_TROUBLE, "wordset: a word of %zu bytes is too long", n);
	if (n > 0) {
		ws->lens[(unsigned char)w[0]] |= 1U << (n < 31 ? n : 31);
		ws->ends[(unsigned char)w[0]] |= 1ULL << ((unsigned char)w[n - 1] & 63);
	}
	if (ws->count * 2 >= ws->cap)
		grow(ws);
	h = hash(w, n);
	tag = tag_of(h);
	j = h & (ws->cap - 1);
	while (ws->tag[j] != 0) {
		if (ws->tag[j] == tag && (ws->slot[j].len & ~OWNED) == n &&
		    memcmp(slot_word(ws, &ws->slot[j], n), w, n) == 0) {
			ws->slot[j].cls = cls;
			return;
		}
		j = (j + 1) & (ws->cap - 1);
	}
	if (n <= WORDSET_INLINE) {
		memset(ws->slot[j].word.in, 0, WORDSET_INLINE);
		memcpy(ws->slot[j].word.in, w, n);
		copy = 0;	/* not in copies */
	} else {
		if (copy) {
			if (n > ws->ccap - ws->clen) {
				size_t cap = ws->ccap ? ws->ccap : 256;

				while (n > cap - ws->clen) {
					if (cap > SIZE_MAX / 2)
						errx(EXIT_TROUBLE, "wordset: out of room for words");
					cap *= 2;
				}
				if ((c = realloc(ws->copies, cap)) == NULL)
					err(EXIT_TROUBLE, NULL);
				ws->copies = c;
				ws->ccap = cap;
			}
			memcpy(ws->copies + ws->clen, w, n);
			ws->slot[j].word.off = ws->clen;
			ws->clen += n;
		} else
			ws->slot[j].word.p = w;
	}
	ws->slot[j].len = (uint32_t)n | (copy ? OWNED : 0);
	ws->slot[j].cls = cls;
	ws->tag[j] = tag;
	ws->filled[ws->count++] = j;
}

void
wordset_add(struct wordset *ws, const char *w, size_t n, int cls)
{
	add(ws, w, n, cls, 1);
}

void
wordset_add_static(struct wordset *ws, const char *w, size_t n, int cls)
{
	add(ws, w, n, cls, 0);
}

/* wordset_get() past its quick no: w passed the filter (ws->cap > 0, n > 0). */
int
wordset_get_multi(const struct wordset *ws, const char *w, size_t n)
{
	uint64_t h = hash(w, n);
	size_t j = h & (ws->cap - 1);
	uint16_t tag = tag_of(h), t;

	while ((t = ws->tag[j]) != 0) {
		/* A longer word than any the set holds never equals a length. */
		if (t == tag && (ws->slot[j].len & ~OWNED) == n &&
		    bytehash_equal(slot_word(ws, &ws->slot[j], n), w, n))
			return ws->slot[j].cls;
		j = (j + 1) & (ws->cap - 1);
	}
	return 0;
}

void
wordset_clear(struct wordset *ws)
{
	size_t i;

	/* Most documents leave most of the per-document sets empty. */
	if (ws->count == 0)
		return;
	/* The words' own slots, not the whole table: a table grown on one
	 * long document stays large. */
	for (i = 0; i < ws->count; i++) {
		memset(&ws->slot[ws->filled[i]], 0, sizeof(ws->slot[0]));
		ws->tag[ws->filled[i]] = 0;
	}
	ws->count = 0;
	ws->clen = 0;
	memset(ws->lens, 0, sizeof(ws->lens));
	memset(ws->ends, 0, sizeof(ws->ends));
}

void
wordset_free(struct wordset *ws)
{
	free(ws->copies);
	free(ws->slot);
	free(ws->tag);
	free(ws->filled);
	memset(ws, 0, sizeof(*ws));
}
