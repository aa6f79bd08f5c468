/*
 * Fuzz target: any bytes as one document for the document pass
 * (tagger_document through document_build).  Entities must lie inside
 * the text, sorted, without overlap, each in the sentence it names, with
 * a type and a key.
 */
#include <stdint.h>
#include <stdlib.h>

#include "document.h"
#include "entities.h"
#include "lang.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static struct tagger *tg;
	static struct lang lang;
	static struct document d;
	struct doc_engines en;
	const struct doc_entity *e;
	uint64_t last = 0;
	size_t i;

	if (tg == NULL) {
		if (lang_load(&lang, "en") != 0)
			abort();
		tg = tagger_new();
		document_init(&d);
	}
	en.lang = &lang;
	en.tagger = tg;
	en.tag = tagger_document;
	en.quoter = NULL;
	document_reset(&d, "f", 1);
	document_set_text(&d, (const char *)data, n);
	document_build(&d, DL_ENTITIES, &en);
	for (i = 0; i < d.nents; i++) {
		e = &d.ents[i];
		if (e->start < last || e->end <= e->start || e->end > n ||
		    (unsigned)e->type >= ET_NTYPES || e->sent >= d.nsents ||
		    e->start < d.sents[e->sent].start ||
		    e->end > d.sents[e->sent].end ||
		    (e->keylen > 0 && e->key == NULL))
			abort();
		last = e->end;
	}
	return 0;
}
