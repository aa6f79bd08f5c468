/*
 * enttype: the names of the entity types, apart from the tagger, so that
 * a program that only reads entity records (split-sentences passing a
 * stream through, through lib/layers.c) does not link the tagger, its
 * model and its lists.
 */
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "entities.h"

static const char *const type_names[ET_NTYPES] = {
	"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "DATE", "TIME",
	"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL",
};

const char *
ent_type_name(enum ent_type t)
{
	return (unsigned)t < ET_NTYPES ? type_names[t] : "?";
}

/* Type names are matched in any case: "person" is PERSON. */
int
ent_type_parse(const char *s, size_t n)
{
	int i;

	for (i = 0; i < ET_NTYPES; i++)
		if (strlen(type_names[i]) == n && strncasecmp(type_names[i], s, n) == 0)
			return i;
	return -1;
}
