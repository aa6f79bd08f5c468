/*
 * claims: the claims of a document, one per sentence, each with its
 * words (claimwords), the names and values the tagger found in it and
 * who makes it.  A quotation is its speaker's claim: the speaker comes
 * from find-quotes' source where the document has quotes, else from a
 * person or organisation next to a cue word ("said", "according to")
 * in the sentence, else from the last speaker when the cue's subject is
 * a pronoun ("he said").  The set points into the document: build it
 * after document_build() and use it while the document lives.
 */
#ifndef NU_CLAIMS_H
#define NU_CLAIMS_H
#include <stddef.h>
#include <stdint.h>

#include "claimwords.h"
#include "document.h"

/* A name or value of a claim. */
struct claim_ent {
	uint64_t	 start, end;	/* in the document */
	enum ent_type	 type;
	const char	*key;
	size_t		 keylen;
};

struct claim {
	uint64_t	 start, end;	/* the sentence */
	size_t		 sent;
	size_t		 w0, nw;	/* its words in the set's words */
	size_t		 e0, ne;	/* its names and values in the set's ents */
	/* Who makes the claim; keylen 0: nobody named. */
	const char	*spk_key;
	size_t		 spk_keylen;
	uint64_t	 spk_start, spk_end;	/* the name as written */
	int		 quoted;	/* holds (part of) a quotation */
	int		 spk_in;	/* the speaker's name is inside the sentence */
};

struct claimset {
	const struct document *doc;
	struct claim	*v;
	size_t		 n, cap;
	struct claimwords words;
	struct claim_ent *ents;
	size_t		 nents, entcap;
	/* Year of the first full date in the document (dateline), 0 none. */
	int		 year;
	/* The first quotation that can still hold the next claim's sentence. */
	size_t		 qnext;
};

void	claimset_init(struct claimset *);
void	claimset_free(struct claimset *);
/* The claims of d (built with text, sentences and entities; quotes if any). */
void	claimset_build(struct claimset *, const struct document *);
/* Claims of bare sentences (for training): one claim of the whole text. */
void	claimset_text(struct claimset *, const struct document *);

/* Is the type a value (number, date, amount) rather than a name? */
int	ent_is_value(enum ent_type);

#endif
