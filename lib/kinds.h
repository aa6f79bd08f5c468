/*
 * kinds: the record kinds newsutils knows, with the names of their
 * fields after DOC START END, as the programs' man pages give them.
 * JSON Lines output (-J) names fields from here; a number field is
 * written as a JSON number, or null when empty.
 */
#ifndef NU_KINDS_H
#define NU_KINDS_H
#include <stddef.h>

enum kind_ftype { KF_TEXT, KF_NUMBER };

struct kind_field {
	const char	*name;
	enum kind_ftype	 type;
};

struct kind {
	const char		*name;
	size_t			 nfields;	/* after DOC START END */
	const struct kind_field	*fields;
};

/* The kind named p[0..n), or NULL for a kind newsutils does not know. */
const struct kind	*kind_find(const char *p, size_t n);

#endif
