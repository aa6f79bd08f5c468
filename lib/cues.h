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
enum word_class	cues_word(const struct cues *, const char *w, size_t n);
void	cues_free(struct cues *);

#endif
