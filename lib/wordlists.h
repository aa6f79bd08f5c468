/* wordlists: the lists of lib/data/, compiled in (see scripts/mkwordlists.sh). */
#ifndef NU_WORDLISTS_H
#define NU_WORDLISTS_H

struct wordlist {
	const char	*lang;	/* for "entities", the list's name: "title"... */
	const char	*kind;	/* the directory: "nonbreaking", "starters",
				 * "openers", "continuers", "entities", "cues",
				 * "speakers" */
	const char *const *lines;	/* the entries, NULL-terminated */
};

extern const struct wordlist wordlists[];

#endif
