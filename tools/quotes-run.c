/*
 * quotes-run: the quotation engine on a stream of text records, for
 * scripts/eval_quotes.py; every earlier step computed through
 * document_build().  Writes, per quotation,
 *	DOC START END TYPE CUE_START CUE_END SPEAKER_START SPEAKER_END SOURCE
 * (offsets in bytes, -1 where none).  A development tool, not a program
 * of the toolkit: find-quotes(1) is that.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "document.h"
#include "entities.h"
#include "lang.h"
#include "quotes.h"
#include "tsv.h"

static const char *const types[] = { "direct", "indirect", "mixed" };

static long long
off(uint64_t o)
{
	return o == DOC_NONE ? -1 : (long long)o;
}

int
main(void)
{
	struct document d;
	struct doc_engines en;
	struct lang lang;
	struct tsv_field f[5];
	struct buf body = { 0 }, esc = { 0 };
	char *line = NULL;
	size_t cap = 0, i;
	ssize_t n;

	lang_load_or_exit(&lang, "en");
	en.lang = &lang;
	en.tagger = tagger_new();
	en.quoter = quoter_new();
	document_init(&d);
	while ((n = getline(&line, &cap, stdin)) != -1) {
		if (n > 0 && line[n - 1] == '\n')
			n--;
		if (tsv_split(line, (size_t)n, f, 5) < 5 || f[0].n != 4 ||
		    memcmp(f[0].p, "text", 4) != 0)
			continue;
		document_reset(&d, f[1].p, f[1].n);
		buf_clear(&body);
		tsv_unescape(&body, f[4].p, f[4].n);
		document_set_text(&d, body.data != NULL ? body.data : "", body.len);
		document_build(&d, DL_TEXT | DL_SENTENCES | DL_ENTITIES | DL_QUOTES, &en);
		for (i = 0; i < d.nquotes; i++) {
			const struct doc_quote *q = &d.quotes[i];

			printf("%.*s\t%llu\t%llu\t%s\t%lld\t%lld\t%lld\t%lld\t",
			    (int)d.idlen, d.id, (unsigned long long)q->start,
			    (unsigned long long)q->end, types[q->type],
			    off(q->cue_start), off(q->cue_end),
			    off(q->speaker_start), off(q->speaker_end));
			buf_clear(&esc);
			tsv_escape(&esc, q->source, q->sourcelen);
			fwrite(esc.data != NULL ? esc.data : "", 1, esc.len, stdout);
			putchar('\n');
		}
	}
	if (fflush(stdout) != 0 || ferror(stdout))
		err(2, "stdout");
	free(line);
	buf_free(&body);
	buf_free(&esc);
	document_free(&d);
	quoter_free(en.quoter);
	tagger_free(en.tagger);
	lang_free(&lang);
	return 0;
}
