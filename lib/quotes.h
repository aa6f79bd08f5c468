/*
 * quotes: find-quotes' engine.  The quotations of a document (direct,
 * indirect, mixed), their cue and speaker, the speaker resolved to the
 * entity it stands for.  See find-quotes(1) for what counts.
 */
#ifndef NU_QUOTES_H
#define NU_QUOTES_H
#include <stddef.h>

struct document;
struct quoter;
struct tagger;

struct quoter	*quoter_new(void);
void		 quoter_free(struct quoter *);
/*
 * Add the cue verbs of a file (one a line, '#' comments); on failure -1
 * with *why (and *lineno for a bad line), or *why NULL and errno set
 * when the file cannot be read.
 */
int		 quoter_cues_file(struct quoter *, const char *path,
		    size_t *lineno, const char **why);
/*
 * The tagger that computes the documents' entities, if any: the tokens
 * it split a document's sentences into are taken from it, not split
 * again (see tagger_kept_tokens()).
 */
void		 quoter_use_tagger(struct quoter *, struct tagger *);
/*
 * The quotations of a document that has its text, sentences and
 * entities, added to d->quotes sorted by start.  Each quote's source
 * points into d->text (the document's fullest mention of the entity)
 * and its key into that entity's key, so the document's buffers are
 * not touched.
 */
void		 quoter_document(struct quoter *, struct document *);

#endif
