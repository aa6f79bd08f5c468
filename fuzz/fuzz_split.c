/*
 * Fuzz target: any bytes as a raw document, in a language chosen by the
 * first byte.  The sentences must tile the document: in order, inside
 * it, with only white space between them; and the splitter's fast judge
 * must give the same sentences as its full rules.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lang.h"
#include "segment.h"
#include "sentences.h"
#include "utf8.h"

#define MAXSPANS 4096

static uint64_t pos;
static const char *doc;
static uint64_t spans[2][MAXSPANS][2];
static size_t nspans[2];
static int run;

static int
all_space(const char *p, size_t n)
{
	size_t i = 0;
	int32_t cp;

	while (i < n) {
		i += utf8_decode(p + i, n - i, &cp);
		if (!utf8_is_space(cp))
			return 0;
	}
	return 1;
}

static void
check(void *ctx, const struct sentence *s)
{
	(void)ctx;
	if (s->start < pos || s->end <= s->start ||
	    !all_space(doc + pos, (size_t)(s->start - pos)) ||
	    memcmp(doc + s->start, s->text, (size_t)(s->end - s->start)) != 0)
		abort();
	pos = s->end;
	if (nspans[run] < MAXSPANS) {
		spans[run][nspans[run]][0] = s->start;
		spans[run][nspans[run]][1] = s->end;
	}
	nspans[run]++;
}

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct lang langs[9];
	static int loaded;
	static const char *codes[] = { "en", "de", "fr", "es", "it", "nl", "pt", "ru", "uk" };
	struct segmenter sg;
	int i;

	if (!loaded) {
		for (i = 0; i < 9; i++)
			if (lang_load(&langs[i], codes[i]) != 0)
				abort();
		loaded = 1;
	}
	if (size == 0)
		return 0;
	doc = (const char *)data + 1;
	for (run = 0; run < 2; run++) {
		split_fast_judge = run == 0;
		pos = 0;
		nspans[run] = 0;
		seg_init(&sg, &langs[data[0] % 9], check, NULL);
		seg_begin(&sg);
		/* Feed in two pieces, as a reader would line by line. */
		seg_text(&sg, doc, (size - 1) / 2);
		seg_text(&sg, doc + (size - 1) / 2, size - 1 - (size - 1) / 2);
		seg_end(&sg);
		seg_free(&sg);
		if (!all_space(doc + pos, size - 1 - pos))
			abort();
	}
	split_fast_judge = 1;
	if (nspans[0] != nspans[1] || memcmp(spans[0], spans[1],
	    sizeof(spans[0][0]) * (nspans[0] < MAXSPANS ? nspans[0] : MAXSPANS)) != 0)
		abort();
	return 0;
}
