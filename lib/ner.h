/*
 * ner: names of persons, organisations, places and other things (PER,
 * ORG, LOC, MISC) in sentences, by an averaged-perceptron BILOU tagger
 * with Viterbi decoding, its model compiled into the library (see
 * lib/data/README.ner).
 *
 * ner_tag() takes one sentence, UTF-8 bytes of any content, not
 * NUL-terminated; it stores up to max mentions in out, in text order and
 * not overlapping, with byte offsets relative to the sentence, and
 * returns how many it found (more than max means some were dropped).
 * ner_tag_tokens() is the same for a caller that already holds the
 * sentence's tokens_split(), so it is not split twice.
 * A ner_doc carries what the tagger saw earlier in the document (how a
 * capitalised word was tagged, so later mentions agree) and its caches:
 * pass a document's sentences in order and call ner_doc_reset() before
 * each new document.  The model is read-only and may be shared; use one
 * ner_doc per thread.  Output depends only on the model, the sentence and
 * the document's earlier sentences.
 */
#ifndef NU_NER_H
#define NU_NER_H
#include <stddef.h>

enum ner_type { NER_PER, NER_ORG, NER_LOC, NER_MISC };

struct ner_mention {
	size_t		start, end;	/* byte offsets, end exclusive */
	enum ner_type	type;
};

struct ner_model;
struct ner_doc;

/* The compiled-in model; NULL only if the library was built badly. */
struct ner_model	*ner_load(void);
/* A model from the bytes of a model file, which must outlive it; NULL if not one. */
struct ner_model	*ner_open(const void *blob, size_t n);
void			 ner_free(struct ner_model *);

struct ner_doc	*ner_doc_new(const struct ner_model *);
void		 ner_doc_reset(struct ner_doc *);
void		 ner_doc_free(struct ner_doc *);

size_t		 ner_tag(const struct ner_model *, struct ner_doc *,
		    const char *sent, size_t n, struct ner_mention *out,
		    size_t max);
struct tokens;
size_t		 ner_tag_tokens(const struct ner_model *, struct ner_doc *,
		    const char *sent, const struct tokens *,
		    struct ner_mention *out, size_t max);
/* "PER", "ORG", "LOC", "MISC". */
const char	*ner_type_name(enum ner_type);

#endif
