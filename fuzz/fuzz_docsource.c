/*
 * Fuzz target: any bytes through the reader and the document source,
 * the first byte choosing the layers asked for, -o, the raw-text
 * streaming path and the output format.  Every document handed out must
 * keep its layers within its text and in order, and a program's records
 * are merged in at every anchor.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "docsource.h"
#include "entities.h"
#include "lang.h"
#include "reader.h"
#include "sink.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
check(const struct document *d)
{
	size_t i;

	for (i = 0; i < d->nsents; i++)
		if (d->sents[i].start > d->sents[i].end || d->sents[i].end > d->len)
			abort();
	for (i = 0; i < d->nents; i++)
		if (d->ents[i].start > d->ents[i].end || d->ents[i].end > d->len ||
		    (i > 0 && d->ents[i].start < d->ents[i - 1].start) ||
		    (d->nsents > 0 && d->ents[i].sent >= d->nsents))
			abort();
	for (i = 0; i < d->nquotes; i++)
		if (d->quotes[i].end > d->len)
			abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct lang en;
	static struct tagger *tg;
	struct docsource_opts o;
	struct docsource *src;
	struct document *d;
	struct reader rd;
	struct buf out = { 0 };
	struct sink *s, *rs;
	unsigned flags = size > 0 ? data[0] : 0;
	FILE *fp;
	size_t i;

	if (tg == NULL) {
		if (lang_load(&en, "en") != 0)
			abort();
		tg = tagger_new();
	}
	if ((fp = tmpfile()) == NULL)
		abort();
	if (size > 1 && fwrite(data + 1, 1, size - 1, fp) != size - 1)
		abort();
	fflush(fp);
	rewind(fp);
	memset(&o, 0, sizeof(o));
	o.want = DL_SENTENCES | (flags & 1 ? DL_ENTITIES : 0);
	o.write = flags & 2 ? DL_SENTENCES : 0;
	o.only = (flags & 4) != 0;
	o.stream_raw = (flags & 8) && !(flags & 1);
	o.engines.lang = &en;
	o.engines.tagger = tg;
	o.engines.tag = tagger_document;
	s = sink_buffer(&out, flags & 16 ? SINK_JSON : SINK_TSV);
	reader_init_fd(&rd, RD_AUTO, NULL, fileno(fp), "fuzz");
	src = docsource_new(&rd, s, &o);
	while ((d = docsource_next(src)) != NULL) {
		check(d);
		for (i = 0; i <= d->nsents; i++) {
			rs = docsource_out(src, d, d->nsents - i);
			record_begin(rs, "mark", d->id, d->idlen, 0, d->len);
			record_field_text(rs, d->text, d->len < 8 ? d->len : 8);
			record_end(rs);
		}
		docsource_done(src, d);
	}
	docsource_free(src);
	reader_free(&rd);
	sink_free(s);
	buf_free(&out);
	fclose(fp);
	diag_status = 0;
	return 0;
}
