/*
 * resolve: whom a speaker's mention stands for.  A name is its entity;
 * "he" or "she" the person most recently named outside a quotation,
 * preferring the one who spoke last and the subject of a sentence, and
 * skipping one whose gender the text has shown to differ ("Mr.", "Ms.",
 * an earlier pronoun); "it" the last organisation; a title phrase ("the
 * deputy foreign minister", "the Ukrainian leader") the person the
 * document introduced with those words; an organisation noun ("the
 * ministry") the organisation named with it.  The answer is an index
 * into the document's entities, and the name to write is the fullest
 * mention of that entity in the document.
 */
#ifndef NU_RESOLVE_H
#define NU_RESOLVE_H
#include <stddef.h>
#include <stdint.h>

#include "cues.h"
#include "qmarks.h"
#include "tokens.h"

struct document;

#define RES_NONE	((size_t)-1)

struct resolver {
	const struct cues	*cw;
	const struct document	*d;
	const struct qspans	*qs;	/* direct quotations: names inside are not speakers */
	struct tokens		 tk, ctx;	/* a mention's tokens, a context's */
	/* Per entity, kept at its first mention (rep): the gender shown
	 * (0, 'm', 'f') and the fullest mention; found by hashing keys. */
	size_t			*rep, *fullest, *hash;
	unsigned char		*gender;
	size_t			 gcap, hcap;
	size_t			 last;		/* entity of the last person resolved */
	/* Per entity, the tokens of the context a title is looked for in,
	 * split once a document: ctxat[i] the first in ctxpool, or RES_NONE. */
	size_t			*ctxat, *ctxn;
	struct token		*ctxpool;
	size_t			 npool, poolcap;
};

void	resolver_init(struct resolver *, const struct cues *);
/* A new document (its quotations found, sorted by start). */
void	resolver_begin(struct resolver *, const struct document *,
	    const struct qspans *);
/* The entity the mention text[ms..me) stands for, or RES_NONE. */
size_t	resolver_resolve(struct resolver *, uint64_t ms, uint64_t me);
/* The fullest mention of entity e's key and type: its offsets. */
void	resolver_fullest(const struct resolver *, size_t e, uint64_t *s,
	    uint64_t *end);
void	resolver_free(struct resolver *);

#endif
