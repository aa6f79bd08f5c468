/*
 * sentsource: the sentences of the input, for programs that work
 * sentence by sentence.  Sentence records are used as they come; a text
 * record that no sentence records of its document follow, and raw text,
 * are split here.  Every line read is handed back to be passed on, in
 * order, and each sentence comes after the line it belongs to, so the
 * program can write its records right after it.
 */
#ifndef NU_SENTSOURCE_H
#define NU_SENTSOURCE_H
#include <stddef.h>

#include "lang.h"
#include "reader.h"
#include "segment.h"

struct ss_handler {
	/* A line read, to pass on as it is (no newline). */
	void	(*pass)(void *ctx, const char *line, size_t n);
	/* A new document starts: its escaped id, valid until the next one. */
	void	(*document)(void *ctx, const char *id, size_t n);
	/* A sentence: split here (found) or read from a sentence record. */
	void	(*sentence)(void *ctx, const struct sentence *s, int found);
	/* A document ends: time to flush. */
	void	(*end)(void *ctx);
};

/* Read everything rd gives; returns when the input is exhausted. */
void	sentsource_run(struct reader *rd, const struct lang *,
	    const struct ss_handler *, void *ctx);

#endif
