/*
 * Fuzz target: any bytes as one document for find-quotes' engine, with
 * its sentences and entities computed first.  Every quotation must lie
 * in the text with its cue and speaker, its sentences in range, sorted
 * by start, and its source inside the text.
 */
#include <stdint.h>
#include <stdlib.h>

#include "document.h"
#include "entities.h"
#include "lang.h"
#include "quotes.h"

static int
in_text(const struct document *d, uint64_t a, uint64_t b)
{
	if (a == DOC_NONE && b == DOC_NONE)
		return 1;
	return a != DOC_NONE && b != DOC_NONE && a <= b && b <= d->len;
}

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static struct lang lang;
	static struct doc_engines en;
	struct document d;
	const struct doc_quote *q;
	size_t i;

	if (en.quoter == NULL) {
		lang_load_or_exit(&lang, "en");
		en.lang = &lang;
		en.tagger = tagger_new();
		en.quoter = quoter_new();
		en.tag = tagger_document;
		en.quote = quoter_document;
	}
	document_init(&d);
	document_reset(&d, "f", 1);
	document_set_text(&d, (const char *)data, n);
	document_build(&d, DL_TEXT | DL_SENTENCES | DL_ENTITIES | DL_QUOTES, &en);
	for (i = 0; i < d.nquotes; i++) {
		q = &d.quotes[i];
		if (q->start >= q->end || q->end > d.len ||
		    (i > 0 && q->start < d.quotes[i - 1].start) ||
		    (unsigned)q->type > QT_MIXED ||
		    !in_text(&d, q->cue_start, q->cue_end) ||
		    !in_text(&d, q->speaker_start, q->speaker_end) ||
		    q->first_sent > q->last_sent || q->last_sent >= d.nsents ||
		    (q->sourcelen > 0 && (q->source < d.text ||
		    q->source + q->sourcelen > d.text + d.len)))
			abort();
	}
	document_free(&d);
	return 0;
}
