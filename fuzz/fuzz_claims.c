/*
 * Fuzz target: any bytes as two documents for diff-claims' engine, cut
 * at the first NUL byte (or in half where there is none), in one of
 * the three modes.  Every record must point inside its document, and
 * every claim of both must be accounted for exactly once.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "claimdiff.h"
#include "document.h"
#include "entities.h"
#include "lang.h"
#include "quotes.h"

static struct document da, db, ha, hb;
static size_t seen_a, seen_b;

static void
check(void *ctx, const struct cd_record *r)
{
	const struct document *d, *o;
	int is_a;

	(void)ctx;
	if (strcmp(r->kind, "worddiff") == 0)
		return;
	if (strcmp(r->kind, "claim") != 0 || r->nf != 11)
		abort();
	is_a = r->f[0].p == da.id;
	d = is_a ? &da : &db;
	o = is_a ? &db : &da;
	if (r->f[1].v > r->f[2].v || r->f[2].v > d->len)
		abort();
	if (r->f[5].number && (r->f[5].v > r->f[6].v || r->f[6].v > o->len))
		abort();
	if (is_a)
		seen_a++;
	else
		seen_b++;
}

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static struct lang lang;
	static struct doc_engines en;
	const char *p = (const char *)data, *cut;
	size_t na;
	struct cd_opts o;
	struct cd_counts c;

	if (en.tagger == NULL) {
		lang_load_or_exit(&lang, "en");
		en.lang = &lang;
		en.tagger = tagger_new();
		en.quoter = quoter_new();
		en.tag = tagger_document;
		en.quote = quoter_document;
		document_init(&da);
		document_init(&db);
	}
	cut = n > 0 ? memchr(p, '\0', n) : NULL;
	na = cut != NULL ? (size_t)(cut - p) : n / 2;
	document_reset(&da, "a", 1);
	document_set_text(&da, p, na);
	document_build(&da, DL_TEXT | DL_SENTENCES | DL_ENTITIES | DL_QUOTES, &en);
	document_reset(&db, "b", 1);
	document_set_text(&db, p + na + (cut != NULL), n - na - (cut != NULL));
	document_build(&db, DL_TEXT | DL_SENTENCES | DL_ENTITIES | DL_QUOTES, &en);
	memset(&o, 0, sizeof(o));
	o.match.mode = n > 0 ? (enum cm_mode)(data[n - 1] % 3) : CM_AUTO;
	o.match.threshold = -1;
	o.match.typo = 2;
	o.words = 1;
	seen_a = seen_b = 0;
	claimdiff(&da, &db, &o, check, NULL, &c);
	/* Each pair is written from both sides, each only from its own. */
	if (c.same + c.reworded + c.conflict + c.only_a != seen_a ||
	    c.same + c.reworded + c.conflict + c.only_b != seen_b)
		abort();
	/* A's text alone, as diff-claims takes one text of two paragraphs. */
	if (document_split_two(&da, DL_TEXT | DL_SENTENCES | DL_ENTITIES |
	    DL_QUOTES, &en, &ha, &hb)) {
		if (ha.len > da.len || hb.len != da.len ||
		    (hb.nsents > 0 && ha.nsents > 0 &&
		    hb.sents[0].start < ha.sents[ha.nsents - 1].end))
			abort();
		claimdiff(&ha, &hb, &o, NULL, NULL, &c);
		document_free(&ha);
		document_free(&hb);
	}
	return 0;
}
