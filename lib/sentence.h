/*
 * sentence: one sentence of a document, as the splitter finds it and a
 * sentence record carries it (sentence DOC START END N PARA TEXT).
 */
#ifndef NU_SENTENCE_H
#define NU_SENTENCE_H
#include <stdint.h>

struct sentence {
	uint64_t	 start, end;	/* byte offsets in the document, end exclusive */
	uint64_t	 n;		/* number in the document, from 1 */
	uint64_t	 para;		/* paragraph number, from 1 */
	const char	*text;		/* the bytes start..end */
};

typedef void (*sentence_fn)(void *ctx, const struct sentence *);

#endif
