/*
 * sentences: sentence boundaries inside one paragraph.  The caller
 * hands over a paragraph (line breaks inside it are soft, like spaces)
 * and gets back the spans of its sentences, in order; only white space
 * lies outside the spans.
 */
#ifndef NU_SENTENCES_H
#define NU_SENTENCES_H
#include <stddef.h>

#include "lang.h"

typedef void (*span_fn)(void *ctx, size_t start, size_t end);

void	split_paragraph(const struct lang *, const char *text, size_t n,
	    span_fn, void *ctx);

/*
 * Nonzero (the default): common stops are judged by a shortcut.  The
 * unit tests turn it off to prove the shortcut decides as the rules do.
 */
extern int split_fast_judge;

/* Length of a list marker ("1.", "a)", "•") and its spaces at the start of t, or 0. */
size_t	list_marker_len(const char *t, size_t n);

/* Does t end in a title that never ends a sentence ("Gen.")?  t has no trailing space. */
int	ends_in_title(const struct lang *, const char *t, size_t n);

#endif
