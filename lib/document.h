/*
 * document: one whole document with its layers, the unit that every
 * program after split-sentences works on.  The layers come from the
 * record stream where it carries them (the document source fills them
 * in) and are computed by document_build() where it does not.
 *
 * Every offset is a byte offset into the document's text, end
 * exclusive.  The text is always there once the document is built: a
 * stream that carries sentence records but no text record has its text
 * rebuilt from them (each sentence at its offsets, the gaps blank, a
 * newline between paragraphs), so offsets keep their meaning.
 *
 * Sentences are in document order; entities are sorted by start, do not
 * overlap, and each names the sentence it lies in.  All memory belongs
 * to the document: pointers into it hold until the next reset or free.
 */
#ifndef NU_DOCUMENT_H
#define NU_DOCUMENT_H
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "entities.h"
#include "lang.h"
#include "sentence.h"

enum doc_layer {
	DL_TEXT		= 1 << 0,
	DL_SENTENCES	= 1 << 1,
	DL_ENTITIES	= 1 << 2,
	DL_QUOTES	= 1 << 3
};

enum quote_type { QT_DIRECT, QT_INDIRECT, QT_MIXED };

/* No offset: an empty field in a record. */
#define DOC_NONE	UINT64_MAX

struct doc_entity {
	uint64_t	 start, end;	/* in the document */
	enum ent_type	 type;
	const char	*key;		/* not NUL-terminated; owned by the document */
	size_t		 keylen;
	size_t		 sent;		/* index into sents of its sentence */
};

/* A quotation, as find-quotes writes it (quote(5) fields, see find-quotes(1)). */
struct doc_quote {
	uint64_t	 start, end;	/* the quoted content */
	enum quote_type	 type;
	uint64_t	 cue_start, cue_end;		/* DOC_NONE where none */
	uint64_t	 speaker_start, speaker_end;	/* DOC_NONE where none */
	const char	*source;	/* resolved name; owned by the document */
	size_t		 sourcelen;	/* 0: unresolved */
	const char	*key;		/* that entity's key */
	size_t		 keylen;
	size_t		 first_sent, last_sent;	/* sentences it touches */
};

struct document {
	const char	*id;		/* escaped, as records carry it */
	size_t		 idlen;
	const char	*text;		/* the whole document (not NUL-terminated) */
	size_t		 len;
	struct sentence	*sents;		/* text of each points into text */
	size_t		 nsents;
	struct doc_entity *ents;
	size_t		 nents;
	struct doc_quote *quotes;	/* sorted by start */
	size_t		 nquotes;
	unsigned	 have;		/* DL_* layers present */
	unsigned	 from_stream;	/* DL_* layers read, not computed */
	int		 text_rebuilt;	/* text made from sentence records */

	/* private */
	struct buf	 idbuf, textbuf, keybuf, sentbuf;
	struct buf	 entkeys;	/* keys of swapped-in entities */
	size_t		 sentcap, entcap, quotecap;
};

void	document_init(struct document *);
/* Empty it for a new document with this (escaped) id; memory is kept. */
void	document_reset(struct document *, const char *id, size_t idlen);
void	document_free(struct document *);

/* Filling from a stream.  The text and every key are copied. */
void	document_set_text(struct document *, const char *, size_t);
void	document_append_text(struct document *, const char *, size_t);
/* Room for n more bytes of text (a raw file's size, known ahead). */
void	document_reserve_text(struct document *, size_t n);
/* The text is b's bytes: the two buffers are swapped, nothing copied. */
void	document_swap_text(struct document *, struct buf *b);
/* A sentence as read: its text is copied and placed at its offsets when
 * the document has no text of its own. */
void	document_add_sentence(struct document *, const struct sentence *);
void	document_add_entity(struct document *, uint64_t start, uint64_t end,
	    enum ent_type, const char *key, size_t keylen);

/*
 * Replace the entities by n computed ones (tagger_document): in
 * document order, sent set, keys copied.  They are not from the stream.
 */
void	document_set_entities(struct document *, const struct doc_entity *,
	    size_t n);
/*
 * The same, but the array *v (room for *cap) and the buffer keys that
 * their keys point into are taken over, not copied: on one long document
 * a copy doubles the largest array of the run.  The caller gets the
 * document's previous array and key buffer back, emptied, to fill next
 * time.
 */
void	document_swap_entities(struct document *, struct doc_entity **v,
	    size_t *cap, size_t n, struct buf *keys);

/* A quotation as read; source and key are copied. */
void	document_add_quote(struct document *, const struct doc_quote *);
/* A quotation computed here: source and key already point into the
 * document's own memory (its text, an entity's key) and are not copied. */
void	document_put_quote(struct document *, const struct doc_quote *);

struct quoter;

/*
 * What computes a missing layer; NULL where the program never asks for
 * it.  The passes of the entity and quote layers are given here by the
 * programs that have them (tagger_document, quoter_document), so that a
 * program without them (split-sentences) does not link the tagger and
 * its model.
 */
struct doc_engines {
	const struct lang *lang;	/* sentences */
	struct tagger	*tagger;	/* entities, by tag(tagger, d) */
	struct quoter	*quoter;	/* quotes (find-quotes' engine), by
					   quote(quoter, d) */
	void		(*tag)(struct tagger *, struct document *);
	void		(*quote)(struct quoter *, struct document *);
};

/*
 * Compute the layers of want that the document lacks (each from the
 * ones below it: text, sentences, entities, quotes), and put the
 * pointers of the layers read in order.
 */
void	document_build(struct document *, unsigned want, const struct doc_engines *);

/* The index of the sentence that holds byte offset off, or nsents. */
size_t	document_sentence_at(const struct document *, uint64_t off);

/*
 * A document of exactly two paragraphs, or of one paragraph of exactly
 * two sentences, whose layers were all computed (raw text, or a text
 * record alone) as two documents, one a paragraph (or a sentence): a
 * holds the text up to the second part, b the whole text with the first
 * part's bytes blanked, so the offsets of both are still d's.
 * Both are built with want and en, and are the caller's to free.
 * Returns 0, touching nothing, when d is not such a document.
 */
int	document_split_two(const struct document *d, unsigned want,
	    const struct doc_engines *en, struct document *a, struct document *b);

#endif
