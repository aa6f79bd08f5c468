/*
 * The document's own memory: entities taken over rather than copied.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "document.h"
#include "unit.h"

/* Two entities whose keys point into k, as the tagger leaves them. */
static struct doc_entity *
two(struct buf *k, size_t *cap)
{
	struct doc_entity *v = calloc(4, sizeof(*v));

	if (v == NULL)
		abort();
	*cap = 4;
	buf_clear(k);
	buf_append(k, "lenaport", 8);
	v[0].start = 0;
	v[0].end = 4;
	v[0].type = ET_PERSON;
	v[0].key = k->data;
	v[0].keylen = 4;
	v[1].start = 10;
	v[1].end = 14;
	v[1].type = ET_LOC;
	v[1].key = k->data + 4;
	v[1].keylen = 4;
	v[1].sent = 1;
	return v;
}

static void
test_swap_entities(void)
{
	struct document d;
	struct doc_entity *v, *first;
	struct buf k = { 0 };
	char *kdata;
	size_t cap;

	document_init(&d);
	document_reset(&d, "a", 1);
	document_add_entity(&d, 3, 5, ET_ORG, "old", 3);
	first = v = two(&k, &cap);
	kdata = k.data;
	document_swap_entities(&d, &v, &cap, 2, &k);
	CHECK("swap: the array is the caller's, not a copy", d.ents == first);
	CHECK("swap: two entities", d.nents == 2);
	CHECK("swap: keys unmoved", d.ents[0].key == kdata &&
	    memcmp(d.ents[1].key, "port", 4) == 0 && d.ents[1].keylen == 4);
	CHECK("swap: computed, not from the stream", (d.have & DL_ENTITIES) &&
	    !(d.from_stream & DL_ENTITIES));
	CHECK("swap: the caller gets the document's array back",
	    v != first && cap >= 1);
	CHECK("swap: and an empty key buffer", k.len == 0 && k.data != kdata);
	/* Filled again and swapped in again: the first array comes back. */
	v = reallocarray(v, 4, sizeof(*v));
	cap = 4;
	buf_append(&k, "mira", 4);
	v[0] = (struct doc_entity){ 1, 2, ET_PERSON, k.data, 4, 0 };
	document_swap_entities(&d, &v, &cap, 1, &k);
	CHECK("swap again: the first array is the caller's again", v == first &&
	    cap == 4);
	CHECK("swap again: one entity, its key", d.nents == 1 &&
	    memcmp(d.ents[0].key, "mira", 4) == 0);
	free(v);
	buf_free(&k);
	document_free(&d);
}

void
test_document(void)
{
	test_swap_entities();
}
