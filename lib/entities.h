/*
 * entities: the mentions of a sentence with their OntoNotes type and
 * their KEY.  Names come from the statistical tagger (ner), numbers,
 * dates and times from rules (numex), and a user gazetteer wins over
 * both.  Keys link mentions: names by entkey (a person by the skeleton
 * of the surname, so "Volodymyr Zelenskyy" and "Zelensky" share one;
 * an organisation's acronym given in brackets after its name shares the
 * name's key), numbers, dates and times by their normalised value.
 * Pass a document's sentences in order, after tagger_begin().
 */
#ifndef NU_ENTITIES_H
#define NU_ENTITIES_H
#include <stddef.h>

#include "buf.h"

enum ent_type {
	ET_PERSON, ET_ORG, ET_GPE, ET_LOC, ET_NORP, ET_EVENT, ET_DATE,
	ET_TIME, ET_MONEY, ET_PERCENT, ET_QUANTITY, ET_CARDINAL, ET_ORDINAL,
	ET_NTYPES
};

struct entity {
	size_t		 start, end;	/* byte offsets in the sentence */
	enum ent_type	 type;
	const char	*key;		/* not NUL-terminated */
	size_t		 keylen;
};

typedef void (*entity_fn)(void *ctx, const struct entity *);

struct tagger;

struct tagger	*tagger_new(void);
void		 tagger_free(struct tagger *);
/*
 * Add "name<TAB>TYPE" lines of a user gazetteer (TYPE in any case); -1
 * on a bad line, with the reason in why (NUL-terminated, naming the bad
 * value and what is allowed).
 */
int		 tagger_gazetteer_line(struct tagger *, const char *line, size_t n,
		    struct buf *why);
/*
 * Add a gazetteer file; on failure -1 with the reason in why (and
 * *lineno for a bad line), or why empty and errno set when the file
 * cannot be read.
 */
int		 tagger_gazetteer_file(struct tagger *, const char *path,
		    size_t *lineno, struct buf *why);
/* A new document: what was learnt of the last one is forgotten. */
void		 tagger_begin(struct tagger *);
/* The entities of one sentence, in order, not overlapping. */
void		 tagger_sentence(struct tagger *, const char *s, size_t n,
		    entity_fn, void *ctx);

const char	*ent_type_name(enum ent_type);
/* The type named by s ("PERSON", "gpe": any case), or -1. */
int		 ent_type_parse(const char *s, size_t n);
/*
 * A comma-separated list of types as a bit mask (bit = 1 << type); 0 if
 * one is unknown or empty, with the reason in why (NUL-terminated).
 */
unsigned	 ent_type_mask(const char *list, struct buf *why);

#endif
