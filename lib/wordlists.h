/* wordlists: the lists of lib/data/, compiled in (see scripts/mkwordlists.sh). */
#ifndef NU_WORDLISTS_H
#define NU_WORDLISTS_H

struct wordlist {
	const char	*lang;	/* for "entities", "numex" and "tokens",
				 * the list's name: "title", "units"... */
	const char	*kind;	/* the directory: "nonbreaking", "starters",
				 * "openers", "continuers", "entities", "cues",
				 * "speakers", "numex", "tokens" */
	const char *const *lines;	/* the entries, NULL-terminated */
};

extern const struct wordlist wordlists[];

/* The entries of lib/data/KIND/NAME.txt, or NULL if this build lacks it. */
const char *const *wordlist_find(const char *kind, const char *name);

#endif
