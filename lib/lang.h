/*
 * lang: what the sentence splitter knows of a language: its
 * non-breaking prefixes (abbreviations), the words that commonly start
 * a sentence, and a few habits of punctuation.  The lists live in
 * lib/data/ and are compiled into the program.
 */
#ifndef NU_LANG_H
#define NU_LANG_H
#include <stdint.h>

#include "buf.h"
#include "wordset.h"

/* Classes of a non-breaking prefix, as marked in the lists. */
enum prefix_class {
	PFX_NONE,
	PFX_ALWAYS,	/* a title before a name: never ends a sentence (Mr, Dr, Gen) */
	PFX_NUMERIC,	/* no break before a number (No, pp, Art)  #NUMERIC_ONLY# */
	PFX_MAY_END,	/* can end a sentence: break before a sentence starter (etc, U.S)  #MAY_END# */
	PFX_ENDS_NAME	/* ends a name (Inc, Corp, Calif): break before any capitalised
			   word but a continuer  #ENDS_NAME# */
};

/* Classes of an opener. */
#define OPENER_LOWER_NEXT	1	/* the word after it must be in lower case */
#define OPENER_ANY_NEXT		2	/* any word may follow; the one before in lower case */
#define OPENER_LOWER_PREV	3	/* lower case after, and before too */
#define OPENER_NOT_LAST		4	/* no opener; a headline never ends in it */

#define LANG_ORDINAL_DOT	0x1	/* "3. Oktober": a number and a stop is an ordinal */
#define LANG_SPACED_CLOSE	0x2	/* « Oui. » : closing marks after a space */

struct lang {
	const char	*code;
	unsigned	 flags;
	struct wordset	 prefixes;	/* word -> enum prefix_class */
	struct wordset	 starters;	/* lower-cased words that often begin a sentence */
	struct wordset	 openers;	/* words that begin a sentence whose stop was lost */
	struct wordset	 continuers;	/* lower-cased words that go on a name after Inc. */
	/*
	 * Of the openers' first three letters: [first][second] -> bit set
	 * of third letters, where index 26 stands for no letter.  32 by 32,
	 * so any byte's (c - 'A') & 31 is a safe first index.
	 */
	uint32_t	 opener_prefix[32][32];
};

/* Load a built-in language; -1 if unknown. */
int	lang_load(struct lang *, const char *code);
/* The same for a program's -l: an unknown language ends it with status 2. */
void	lang_load_or_exit(struct lang *, const char *code);
/*
 * Add prefixes from a file in the same format ("WORD [#MARKER#]"); on
 * failure -1 with the reason in why (and *lineno for a bad line: an
 * unknown marker), or why empty and errno set when it cannot be read.
 */
int	lang_add_prefix_file(struct lang *, const char *path, size_t *lineno,
	    struct buf *why);
/* Space-separated list of the built-in language codes. */
const char *lang_known(void);
void	lang_free(struct lang *);

#endif
