/*
 * Fuzz target: any bytes as a record stream.  Every line is parsed;
 * text records are unescaped, escaped again (which must give back the
 * field) and split into sentences.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "lang.h"
#include "record.h"
#include "segment.h"
#include "tsv.h"

static void
ignore(void *ctx, const struct sentence *s)
{
	(void)ctx;
	(void)s;
}

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct lang en;
	static int loaded;
	const char *p = (const char *)data, *end = p + size, *nl;
	struct record r;
	struct buf body = { 0 }, again = { 0 };
	struct segmenter sg;
	const char *why;

	if (!loaded && lang_load(&en, "en") != 0)
		abort();
	loaded = 1;
	seg_init(&sg, &en, ignore, NULL);
	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		if (record_parse(p, n, &r, &why) == 0) {
			if (r.start > r.end || r.nfields < 4)
				abort();
			if (record_is(&r, "text") && r.nfields == 5) {
				buf_clear(&body);
				tsv_unescape(&body, r.f[4].p, r.f[4].n);
				buf_clear(&again);
				tsv_escape(&again, body.data, body.len);
				/* Well-formed escapes round-trip exactly. */
				if (memchr(r.f[4].p, '\\', r.f[4].n) == NULL &&
				    memchr(r.f[4].p, '\r', r.f[4].n) == NULL &&
				    (again.len != r.f[4].n || (again.len > 0 &&
				    memcmp(again.data, r.f[4].p, again.len) != 0)))
					abort();
				seg_begin(&sg);
				seg_text(&sg, body.data, body.len);
				seg_end(&sg);
			}
		}
		p += n + (nl != NULL);
	}
	seg_free(&sg);
	buf_free(&body);
	buf_free(&again);
	return 0;
}
