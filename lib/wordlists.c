/*
 * wordlists: finding one of the compiled-in lists of lib/data/ by its
 * directory and name.  A linear look-up over a few dozen lists: callers
 * do it once, when they build their state, not per word.
 */
#include <stddef.h>
#include <string.h>

#include "wordlists.h"

const char *const *
wordlist_find(const char *kind, const char *name)
{
	const struct wordlist *w;

	for (w = wordlists; w->lang != NULL; w++)
		if (strcmp(w->kind, kind) == 0 && strcmp(w->lang, name) == 0)
			return w->lines;
	return NULL;
}
