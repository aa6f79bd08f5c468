/*
 * Fuzz target: any bytes as one sentence for the entity tagger.
 * Mentions must lie inside it, in order, without overlap, with a type.
 */
#include <stdint.h>
#include <stdlib.h>

#include "entities.h"

static size_t last_end, size;

static void
check(void *ctx, const struct entity *e)
{
	(void)ctx;
	if (e->start < last_end || e->end <= e->start || e->end > size ||
	    (unsigned)e->type >= ET_NTYPES || (e->keylen > 0 && e->key == NULL))
		abort();
	last_end = e->end;
}

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static struct tagger *tg;

	if (tg == NULL)
		tg = tagger_new();
	/* A new document now and then, so the document memory is used too. */
	if (n > 0 && data[0] % 4 == 0)
		tagger_begin(tg);
	last_end = 0;
	size = n;
	tagger_sentence(tg, (const char *)data, n, check, NULL);
	return 0;
}
