/*
 * cues: the words find-quotes knows, from lib/data/cues and
 * lib/data/speakers (compiled in) and from a user's file: the verbs
 * that introduce speech, those that look like them but do not (a
 * belief, "the data shows"), and the words of a speaker's phrase
 * (titles, organisation nouns, subjects that cannot speak, the
 * auxiliaries between a speaker and the cue).  Lookups are by the
 * word's bytes, lower-cased ASCII.
 */
#ifndef NU_CUES_H
#define NU_CUES_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "wordset.h"

enum cue_class {
	CUE_NONE,
	CUE_SPEECH,	/* said, noted */
	CUE_TELL,	/* told: its hearer comes before the clause */
	CUE_BELIEF,	/* thinks: not counted */
	CUE_NOSPEECH	/* shows, expects: not counted */
};

enum word_class {
	WC_NONE,
	WC_TITLE,	/* minister, spokesman */
	WC_GENERIC,	/* leader: any title */
	WC_ORG,		/* ministry, company */
	WC_NONAGENT,	/* data, study */
	WC_AUX,		/* has, also */
	WC_DET,		/* the, a */
	WC_STOP		/* and, that, of */
};

/*
 * One set for both, so a word is looked up once: cue | word << 4.  The
 * words of up to 16 bytes are also kept as two 64-bit numbers in a
 * table of their own, where a lookup (one for every word of every
 * document) compares numbers, not bytes; the set answers for longer.
 */
#define CUES_SHORT	16
struct cues {
	struct wordset	 set;
	struct cue_slot {
		uint64_t	 w[2];	/* the word's bytes, zero after its end */
		unsigned char	 len;	/* 0: an empty slot */
		unsigned char	 cls;
	}		*tab;
	size_t		 cap, count;	/* cap a power of two */
};

/* The compiled-in lists of a language ("en"); -1 if it has none. */
int	cues_load(struct cues *, const char *lang);
/*
 * Add a line of a user's cue file: a word, optionally a space and a
 * flag (o, b, n as in lib/data/cues/en.txt); -1 with *why when bad.
 */
int	cues_add_line(struct cues *, const char *line, size_t n, const char **why);
enum cue_class	cues_cue(const struct cues *, const char *w, size_t n);
/* Both classes of a word at once: *wc gets its word class. */
enum cue_class	cues_lookup(const struct cues *, const char *w, size_t n,
		    enum word_class *wc);

/* ASCII capitals of eight bytes at once lower-cased, other bytes kept. */
static inline uint64_t
cues_lower8(uint64_t x)
{
	const uint64_t high = 0x8080808080808080ULL;
	uint64_t low7 = x & ~high;
	/* The top bit of each byte: >= 'A', then > 'Z' (no carry: < 0x80). */
	uint64_t ge_a = low7 + 0x3F3F3F3F3F3F3F3FULL;
	uint64_t gt_z = low7 + 0x2525252525252525ULL;

	return x | ((ge_a & ~gt_z & ~x & high) >> 2);
}

/* The slot a short word's key k (n bytes) is looked for from. */
static inline size_t
cues_hash(const uint64_t k[2], size_t n, size_t cap)
{
	uint64_t h = (k[0] ^ (k[1] * 0x9E3779B97F4A7C15ULL) ^ n) *
	    0xFF51AFD7ED558CCDULL;

	return (size_t)(h >> 32) & (cap - 1);
}

/*
 * cues_lookup() where room bytes (room >= n) may be read at w, inline
 * for the quoter's pass over every word: with 16, a short word's key
 * is read eight bytes at a time, the bytes past it masked off (in
 * memory order, so on any byte order), and compared as two numbers.
 */
static inline enum cue_class
cues_lookup_at(const struct cues *c, const char *w, size_t n, size_t room,
    enum word_class *wc)
{
	/* Masks of the first n bytes of 16, in memory order: ones + 16 - n. */
	static const unsigned char ones[40] = {
		0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
		0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF
	};
	const struct cue_slot *s;
	uint64_t k[2], m;
	size_t j;

	if (n == 0 || n > CUES_SHORT || room < 16 || c->cap == 0)
		return cues_lookup(c, w, n, wc);
	memcpy(&k[0], w, 8);
	memcpy(&m, ones + 16 - n, 8);
	k[0] = cues_lower8(k[0] & m);
	k[1] = 0;
	if (n > 8) {
		memcpy(&k[1], w + 8, 8);
		memcpy(&m, ones + 24 - n, 8);
		k[1] = cues_lower8(k[1] & m);
	}
	for (j = cues_hash(k, n, c->cap); ; j = (j + 1) & (c->cap - 1)) {
		s = &c->tab[j];
		if (s->len == 0 || (s->len == n && s->w[0] == k[0] &&
		    s->w[1] == k[1]))
			break;
	}
	*wc = (enum word_class)(s->cls >> 4);
	return (enum cue_class)(s->cls & 15);
}

enum word_class	cues_word(const struct cues *, const char *w, size_t n);
void	cues_free(struct cues *);

#endif
