/* wordlists: the lists of lib/data/, compiled in (see scripts/mkwordlists.sh). */
#ifndef NU_WORDLISTS_H
#define NU_WORDLISTS_H

struct wordlist {
	const char	*lang;
	const char	*kind;	/* the directory: "nonbreaking", "starters", "cues"... */
	const char *const *lines;	/* the entries, NULL-terminated */
};

extern const struct wordlist wordlists[];

#endif
