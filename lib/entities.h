/*
 * entities: the mentions of a sentence with their OntoNotes type and
 * their KEY.  Names come from the statistical tagger (ner), numbers,
 * dates and times from rules (numex), and a user gazetteer wins over
 * both.  Keys link mentions: names by entkey's canonical spelling (a
 * person by the family name and "/" and the given name's initial,
 * "okonkwo/m", which a later bare "Okonkwo" of the document shares; an
 * organisation's acronym given in brackets after its name shares the
 * name's key), numbers, dates and times by their normalised value.
 * Pass a document's sentences in order, after tagger_begin(), or the
 * whole document to tagger_document(), which decides types from all
 * the mentions of a name.
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

struct document;
/*
 * The entities of a whole document (its text and sentences; see
 * document.h), in d->ents: every sentence is tagged, then each name's
 * type is decided from all its mentions in the document and given to
 * every one of them (entdoc.c), repeats of a name the tagger missed are
 * tagged, and keys are given in one sweep, so a bare surname before the
 * full name has the full name's key.  Replaces what d->ents held.
 */
void		 tagger_document(struct tagger *, struct document *d);
struct token;
/*
 * The tokens tagger_document() split sentence si of d into, as
 * tokens_split() gives them (offsets in the sentence), *n of them, so a
 * later pass over d need not split it again: valid until the tagger's
 * next call.  NULL when it kept none: a sentence longer than 8 kB, or d
 * is not the document it tagged last (or was too big to tag), or d's
 * entities were read since, or the program said no
 * (tagger_hand_on_tokens).
 */
const struct token *tagger_kept_tokens(struct tagger *,
		    const struct document *d, size_t si, size_t *n);
/*
 * Whether tagger_document() keeps the tokens for tagger_kept_tokens():
 * yes (1) by default.  A program with no later pass says no (0), and
 * they are let go as soon as the tagger is done with them (on one long
 * document, a large share of its memory).
 */
void		 tagger_hand_on_tokens(struct tagger *, int yes);

const char	*ent_type_name(enum ent_type);
/* The type named by s ("PERSON", "gpe": any case), or -1. */
int		 ent_type_parse(const char *s, size_t n);
/*
 * A comma-separated list of types as a bit mask (bit = 1 << type); 0 if
 * one is unknown or empty, with the reason in why (NUL-terminated).
 */
unsigned	 ent_type_mask(const char *list, struct buf *why);

#endif
