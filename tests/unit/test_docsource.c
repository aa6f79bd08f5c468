/*
 * The document source on streams with each combination of layers: what
 * documents it hands out, with which layers from where, and the bytes it
 * writes (into a buffer sink) with the program's records merged in.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "docsource.h"
#include "entities.h"
#include "lang.h"
#include "reader.h"
#include "sink.h"
#include "unit.h"

static struct lang	 en;
static struct tagger	*tg;
static int		 in_order;	/* run with in_order, marks ascending */

/* What a run saw: one line per document, and the output. */
struct run {
	struct buf	 docs;
	struct buf	 out;
	int		 status;
};

/* A program's own records: one "mark" after each sentence, one at the end. */
static void
mark(struct docsource *src, struct document *d)
{
	struct sink *s;
	size_t i;

	for (i = 0; i <= d->nsents; i++) {
		s = docsource_out(src, d, in_order ? i : d->nsents - i);
		record_begin(s, "mark", d->id, d->idlen, 0, 0);
		record_field_uint(s, in_order ? i : d->nsents - i);
		record_end(s);
	}
}

static void
run(const char *input, unsigned want, unsigned write, int only, int marks,
    enum sink_format fmt, struct run *r)
{
	struct docsource_opts o;
	struct docsource *src;
	struct document *d;
	struct reader rd;
	struct sink *out;
	FILE *fp = tmpfile();
	char line[200];

	memset(r, 0, sizeof(*r));
	if (fp == NULL || fwrite(input, 1, strlen(input), fp) != strlen(input) ||
	    fflush(fp) != 0) {
		CHECK("tmpfile for the input", 0);
		return;
	}
	rewind(fp);
	memset(&o, 0, sizeof(o));
	o.want = want;
	o.write = write;
	o.only = only;
	o.in_order = in_order;
	o.engines.lang = &en;
	o.engines.tagger = tg;
	o.engines.tag = tagger_document;
	diag_status = 0;
	out = sink_buffer(&r->out, fmt);
	reader_init_fd(&rd, RD_AUTO, NULL, fileno(fp), "in");
	src = docsource_new(&rd, out, &o);
	while ((d = docsource_next(src)) != NULL) {
		snprintf(line, sizeof(line), "%.*s s%zu%s e%zu%s len%zu%s\n",
		    (int)d->idlen, d->id, d->nsents,
		    d->from_stream & DL_SENTENCES ? "r" : "",
		    d->nents, d->from_stream & DL_ENTITIES ? "r" : "",
		    d->len, d->text_rebuilt ? "b" : "");
		buf_append(&r->docs, line, strlen(line));
		if (marks)
			mark(src, d);
		docsource_done(src, d);
	}
	docsource_free(src);
	reader_free(&rd);
	sink_free(out);
	fclose(fp);
	buf_putc(&r->docs, '\0');
	buf_putc(&r->out, '\0');
	r->status = diag_status;
	diag_status = 0;
}

static int
same(const char *name, const struct buf *got, const char *want)
{
	if (strcmp(got->data, want) == 0)
		return 1;
	printf("FAIL %s\n    got\n%s\n   want\n%s\n", name, got->data, want);
	return 0;
}

static void
done(struct run *r)
{
	buf_free(&r->docs);
	buf_free(&r->out);
}

#define T(a)	"\t" a
#define TEXT_A	"text\ta\t0\t0\tRain fell. Roads shut.\n"
#define SENT_A1	"sentence\ta\t0\t10\t1\t1\tRain fell.\n"
#define SENT_A2	"sentence\ta\t11\t22\t2\t1\tRoads shut.\n"

static void
test_raw(void)
{
	struct run r;

	run("Rain fell. Roads shut.\n", DL_SENTENCES, DL_SENTENCES, 0, 1,
	    SINK_TSV, &r);
	CHECK("raw text: one document, split here",
	    same("raw docs", &r.docs, "in s2 e0 len23\n"));
	CHECK("raw text: sentences written, records after each", same("raw out",
	    &r.out, "sentence\tin\t0\t10\t1\t1\tRain fell.\nmark\tin\t0\t0\t0\n"
	    "sentence\tin\t11\t22\t2\t1\tRoads shut.\nmark\tin\t0\t0\t1\n"
	    "mark\tin\t0\t0\t2\n"));
	done(&r);
}

static void
test_text(void)
{
	struct run r;

	run(TEXT_A "text\tb\t0\t0\tSun.\n", DL_SENTENCES, DL_SENTENCES, 0, 0,
	    SINK_TSV, &r);
	CHECK("text records: each a document", same("text docs", &r.docs,
	    "a s2 e0 len22\nb s1 e0 len4\n"));
	CHECK("text records: sentences after their text", same("text out",
	    &r.out, TEXT_A SENT_A1 SENT_A2 "text\tb\t0\t0\tSun.\n"
	    "sentence\tb\t0\t4\t1\t1\tSun.\n"));
	done(&r);
}

static void
test_text_sentences(void)
{
	struct run r;

	run(TEXT_A SENT_A1 SENT_A2, DL_SENTENCES, DL_SENTENCES, 0, 1,
	    SINK_TSV, &r);
	CHECK("text + sentences: the stream's sentences, not split again",
	    same("ts docs", &r.docs, "a s2r e0 len22\n"));
	CHECK("text + sentences: records after the sentence read", same("ts out",
	    &r.out, TEXT_A SENT_A1 "mark\ta\t0\t0\t0\n" SENT_A2
	    "mark\ta\t0\t0\t1\nmark\ta\t0\t0\t2\n"));
	done(&r);
	/* -o keeps the stream's records of the layers the program writes. */
	run(TEXT_A SENT_A1 SENT_A2 "topic\ta\t0\t0\train\n", DL_SENTENCES,
	    DL_SENTENCES, 1, 0, SINK_TSV, &r);
	CHECK("text + sentences, only: the sentences read", same("ts only",
	    &r.out, SENT_A1 SENT_A2));
	done(&r);
}

static void
test_sentences_only(void)
{
	struct run r;

	run("# notes\n" SENT_A1 SENT_A2, DL_SENTENCES | DL_ENTITIES,
	    0, 0, 0, SINK_TSV, &r);
	CHECK("sentences only: text rebuilt at their offsets",
	    same("so docs", &r.docs, "a s2r e0 len22b\n"));
	CHECK("sentences only: passed through", same("so out", &r.out,
	    "# notes\n" SENT_A1 SENT_A2));
	CHECK("sentences only: status 0", r.status == 0);
	done(&r);
}

#define TSE_OUT	"text\ta\t0\t0\tHolt met Ruiz. Then he left.\n" \
	"sentence\ta\t0\t14\t1\t1\tHolt met Ruiz.\n" \
	"entity\ta\t0\t4\tPERSON\tHolt\tglt\n" \
	"entity\ta\t9\t13\tPERSON\tRuiz\trz\n" \
	"mark\ta\t0\t0\t0\n" \
	"sentence\ta\t15\t28\t2\t1\tThen he left.\n" \
	"mark\ta\t0\t0\t1\nmark\ta\t0\t0\t2\n"

static void
test_entities(void)
{
	struct run r;
	const char *in = "text\ta\t0\t0\tHolt met Ruiz. Then he left.\n"
	    "sentence\ta\t0\t14\t1\t1\tHolt met Ruiz.\n"
	    "entity\ta\t0\t4\tPERSON\tHolt\tglt\n"
	    "entity\ta\t9\t13\tPERSON\tRuiz\trz\n"
	    "sentence\ta\t15\t28\t2\t1\tThen he left.\n";

	run(in, DL_SENTENCES | DL_ENTITIES, 0, 0, 1, SINK_TSV, &r);
	CHECK("text + sentences + entities: all read, none computed",
	    same("tse docs", &r.docs, "a s2r e2r len28\n"));
	CHECK("records after a sentence's entities", same("tse out", &r.out,
	    TSE_OUT));
	done(&r);
	/* Given in order, the records go straight out, in the same places. */
	in_order = 1;
	run(in, DL_SENTENCES | DL_ENTITIES, 0, 0, 1, SINK_TSV, &r);
	CHECK("in order: the same bytes", same("tse in order", &r.out, TSE_OUT));
	done(&r);
	run("Rain fell. Roads shut.\n", DL_SENTENCES, DL_SENTENCES, 0, 1,
	    SINK_TSV, &r);
	CHECK("in order, computed sentences: the same bytes", same("raw in order",
	    &r.out, "sentence\tin\t0\t10\t1\t1\tRain fell.\nmark\tin\t0\t0\t0\n"
	    "sentence\tin\t11\t22\t2\t1\tRoads shut.\nmark\tin\t0\t0\t1\n"
	    "mark\tin\t0\t0\t2\n"));
	in_order = 0;
	done(&r);
	/* An entity past the text is reported and left out of the layer. */
	run("text\ta\t0\t0\tShort.\nentity\ta\t0\t7\tPERSON\tShort.x\tx\n",
	    DL_SENTENCES | DL_ENTITIES, 0, 0, 0, SINK_TSV, &r);
	CHECK("entity beyond the text: reported", r.status == EXIT_BADINPUT &&
	    same("bad entity docs", &r.docs, "a s1 e0 len6\n"));
	done(&r);
}

static void
test_interleaved(void)
{
	struct run r;

	run(TEXT_A "text\tb\t0\t0\tSun.\n" SENT_A1, DL_SENTENCES, DL_SENTENCES,
	    0, 0, SINK_TSV, &r);
	CHECK("interleaved: a document's records are those right after it",
	    same("inter docs", &r.docs,
	    "a s2 e0 len22\nb s1 e0 len4\na s1r e0 len10b\n"));
	done(&r);
	run(TEXT_A "text\tb\t0\t0\tSun.\n" TEXT_A, DL_SENTENCES, 0, 0, 0,
	    SINK_TSV, &r);
	CHECK("an id that comes again after another is a new document",
	    same("repeat docs", &r.docs,
	    "a s2 e0 len22\nb s1 e0 len4\na s2 e0 len22\n"));
	done(&r);
}

static void
test_passthrough(void)
{
	struct run r;
	struct buf in = { 0 };
	size_t i;

	/* An unknown kind with 40 fields, a comment, a blank line. */
	buf_append(&in, "wide\ta\t0\t0", 10);
	for (i = 0; i < 36; i++)
		buf_append(&in, "\tf", 2);
	buf_append(&in, "\n# c\n\n", 6);
	buf_putc(&in, '\0');
	run(in.data, DL_SENTENCES, DL_SENTENCES, 0, 0, SINK_TSV, &r);
	CHECK("unknown kinds of any width, comments, blanks pass untouched",
	    same("wide out", &r.out, in.data) && r.status == 0);
	done(&r);
	buf_free(&in);
}

static void
test_json(void)
{
	struct run r;

	run(TEXT_A "topic\ta\t0\t0\train\t2\n# c\n", DL_SENTENCES, DL_SENTENCES,
	    0, 0, SINK_JSON, &r);
	CHECK("JSON Lines: named fields, unknown kinds as an array", same("json",
	    &r.out, "{\"kind\":\"text\",\"doc\":\"a\",\"start\":0,\"end\":0,"
	    "\"body\":\"Rain fell. Roads shut.\"}\n"
	    "{\"kind\":\"sentence\",\"doc\":\"a\",\"start\":0,\"end\":10,\"n\":1,"
	    "\"para\":1,\"text\":\"Rain fell.\"}\n"
	    "{\"kind\":\"sentence\",\"doc\":\"a\",\"start\":11,\"end\":22,\"n\":2,"
	    "\"para\":1,\"text\":\"Roads shut.\"}\n"
	    "{\"kind\":\"topic\",\"doc\":\"a\",\"start\":0,\"end\":0,"
	    "\"fields\":[\"rain\",\"2\"]}\n"
	    "{\"comment\":\"# c\"}\n"));
	done(&r);
	run("text\ta\\tb\t0\t0\tq\\\"\\\\x\\n\x01\xff.\n", DL_SENTENCES, 0, 0,
	    0, SINK_JSON, &r);
	CHECK("JSON Lines: escapes, control bytes, invalid UTF-8", same("json esc",
	    &r.out, "{\"kind\":\"text\",\"doc\":\"a\\tb\",\"start\":0,\"end\":0,"
	    "\"body\":\"q\\\\\\\"\\\\x\\n\\u0001\\ufffd.\"}\n"));
	done(&r);
}

static void
test_detection(void)
{
	struct run r;

	/* A header line first: still a stream, the line reported. */
	run("kind\tdoc\tstart\tend\n" TEXT_A, DL_SENTENCES, DL_SENTENCES, 1, 0,
	    SINK_TSV, &r);
	CHECK("a bad first line does not make a stream raw text",
	    same("header docs", &r.docs, "a s2 e0 len22\n") &&
	    r.status == EXIT_BADINPUT);
	done(&r);
}

void
test_docsource(void)
{
	if (lang_load(&en, "en") != 0) {
		CHECK("load en", 0);
		return;
	}
	tg = tagger_new();
	test_raw();
	test_text();
	test_text_sentences();
	test_sentences_only();
	test_entities();
	test_interleaved();
	test_passthrough();
	test_json();
	test_detection();
	tagger_free(tg);
	lang_free(&en);
}
