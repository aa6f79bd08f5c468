/*
 * The document's own memory: entities taken over rather than copied,
 * and the text buffer sized to what is known of it ahead.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "document.h"
#include "lang.h"
#include "reader.h"
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

static void
test_reserve(void)
{
	struct buf b = { 0 };
	struct document d;
	size_t i;

	buf_reserve(&b, 100000);
	CHECK("reserve: exactly what is asked beyond twice", b.cap == 100000);
	buf_append(&b, "x", 1);
	buf_reserve(&b, 100000);
	CHECK("reserve: within twice, doubled", b.cap == 200000);
	buf_free(&b);
	for (i = 0; i < 1000; i++)
		buf_putc(&b, 'y');
	CHECK("putc: doubled from 256", b.cap == 1024 && b.len == 1000);
	buf_free(&b);
	document_init(&d);
	document_reset(&d, "a", 1);
	document_reserve_text(&d, 70000);
	for (i = 0; i < 700; i++)
		document_append_text(&d, "0123456789012345678901234567890123456"
		    "789012345678901234567890123456789012345678901234567890123456789",
		    100);
	CHECK("reserve_text: the text fills it, no more", d.textbuf.cap == 70000 &&
	    d.textbuf.len == 70000 && (d.have & DL_TEXT));
	document_free(&d);
}

/* A raw input's size as the reader tells it: a regular file's, from where it is. */
static void
test_input_size(void)
{
	static const char text[] = "Rain fell. Roads shut.\n";
	struct reader rd;
	FILE *fp = tmpfile();
	int p[2];

	if (fp == NULL || fputs(text, fp) == EOF || fflush(fp) != 0 ||
	    lseek(fileno(fp), 5, SEEK_SET) != 5) {
		CHECK("size: a temporary file", 0);
		return;
	}
	reader_init_fd(&rd, RD_RAW, NULL, fileno(fp), "in");
	CHECK("size: a file read from byte 5", reader_next(&rd) == RD_DOC_BEGIN &&
	    rd.size == sizeof(text) - 1 - 5);
	reader_free(&rd);
	fclose(fp);
	if (pipe(p) != 0 || write(p[1], text, sizeof(text) - 1) < 0) {
		CHECK("size: a pipe", 0);
		return;
	}
	close(p[1]);
	reader_init_fd(&rd, RD_RAW, NULL, p[0], "in");
	CHECK("size: a pipe has none", reader_next(&rd) == RD_DOC_BEGIN &&
	    rd.size == 0);
	reader_free(&rd);
	close(p[0]);
}

/* Sentences read after the text point into it; their bytes are not kept again. */
static void
test_sentences_in_text(void)
{
	static const char text[] = "Rain fell. Roads shut.";
	struct sentence a = { 0, 10, 1, 1, "Rain fell." };
	struct sentence b = { 11, 22, 2, 1, "Roads shut." };
	struct doc_engines en = { 0 };
	struct document d;

	document_init(&d);
	document_reset(&d, "a", 1);
	document_set_text(&d, text, sizeof(text) - 1);
	document_add_sentence(&d, &a);
	document_add_sentence(&d, &b);
	CHECK("sentences in the text: not copied", d.sentbuf.len == 0);
	document_build(&d, DL_SENTENCES, &en);
	CHECK("sentences in the text: point into it", d.nsents == 2 &&
	    d.sents[0].text == d.text && d.sents[1].text == d.text + 11);
	/* No text: the sentences' own bytes make it. */
	document_reset(&d, "b", 1);
	document_add_sentence(&d, &a);
	document_add_sentence(&d, &b);
	CHECK("sentences alone: copied", d.sentbuf.len == 21);
	document_build(&d, DL_SENTENCES, &en);
	CHECK("sentences alone: the text rebuilt from them", d.text_rebuilt &&
	    d.len == 22 && memcmp(d.text, text, 22) == 0);
	document_free(&d);
}

/*
 * A text of two paragraphs is two documents, and so is one paragraph of
 * two sentences; three paragraphs, or one sentence, are not.
 */
static void
test_split_two(void)
{
	static const char two[] = "Rain fell. Roads shut.\nRain stopped.\n";
	static const char three[] = "Rain fell.\nRain stopped.\nSun.\n";
	static const char threesent[] = "Rain fell. Roads shut. Rain stopped.\n";
	struct doc_engines en = { 0 };
	struct document d, a, b;
	struct lang l;
	struct sentence s = { 0, 10, 1, 1, "Rain fell." };

	if (lang_load(&l, "en") != 0) {
		CHECK("split two: the English tables", 0);
		return;
	}
	en.lang = &l;
	document_init(&d);
	document_reset(&d, "-", 1);
	document_set_text(&d, two, sizeof(two) - 1);
	document_build(&d, DL_SENTENCES, &en);
	CHECK("split two: two paragraphs", document_split_two(&d, DL_SENTENCES,
	    &en, &a, &b));
	CHECK("split two: the first, cut before the second", a.len == 23 &&
	    a.nsents == 2 && a.sents[1].end == 22 && a.idlen == 1 && a.id[0] == '-');
	CHECK("split two: the second, at the whole's offsets", b.len == d.len &&
	    b.nsents == 1 && b.sents[0].start == 23 && b.sents[0].end == 36 &&
	    memcmp(b.sents[0].text, "Rain stopped.", 13) == 0);
	document_free(&a);
	document_free(&b);
	document_reset(&d, "-", 1);
	document_set_text(&d, three, sizeof(three) - 1);
	document_build(&d, DL_SENTENCES, &en);
	CHECK("split two: not three paragraphs",
	    !document_split_two(&d, DL_SENTENCES, &en, &a, &b));
	document_reset(&d, "-", 1);
	document_set_text(&d, two, 22);
	document_build(&d, DL_SENTENCES, &en);
	CHECK("split two: one paragraph of two sentences",
	    document_split_two(&d, DL_SENTENCES, &en, &a, &b));
	CHECK("split two: its first sentence", a.nsents == 1 &&
	    a.sents[0].start == 0 && a.sents[0].end == 10);
	CHECK("split two: its second, at the whole's offsets", b.nsents == 1 &&
	    b.sents[0].start == 11 && b.sents[0].end == 22 &&
	    memcmp(b.sents[0].text, "Roads shut.", 11) == 0);
	document_free(&a);
	document_free(&b);
	document_reset(&d, "-", 1);
	document_set_text(&d, two, 10);
	document_build(&d, DL_SENTENCES, &en);
	CHECK("split two: not one sentence", !document_split_two(&d,
	    DL_SENTENCES, &en, &a, &b));
	document_reset(&d, "-", 1);
	document_set_text(&d, threesent, sizeof(threesent) - 1);
	document_build(&d, DL_SENTENCES, &en);
	CHECK("split two: not one paragraph of three sentences",
	    !document_split_two(&d, DL_SENTENCES, &en, &a, &b));
	/* Sentences from a stream are the stream's: not split again. */
	document_reset(&d, "-", 1);
	document_set_text(&d, two, sizeof(two) - 1);
	document_add_sentence(&d, &s);
	s.start = 23, s.end = 36, s.n = 2, s.para = 2, s.text = "Rain stopped.";
	document_add_sentence(&d, &s);
	document_build(&d, DL_SENTENCES, &en);
	CHECK("split two: not a stream's sentences",
	    !document_split_two(&d, DL_SENTENCES, &en, &a, &b));
	document_free(&d);
	lang_free(&l);
}

void
test_document(void)
{
	test_split_two();
	test_swap_entities();
	test_reserve();
	test_sentences_in_text();
	test_input_size();
}
