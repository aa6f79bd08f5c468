#include <string.h>

#include "buf.h"
#include "tsv.h"
#include "unit.h"

static int
roundtrip(const char *s, size_t n)
{
	struct buf e = { 0 }, u = { 0 };
	int ok;

	tsv_escape(&e, s, n);
	ok = memchr(e.data ? e.data : "", '\t', e.len) == NULL &&
	    memchr(e.data ? e.data : "", '\n', e.len) == NULL;
	tsv_unescape(&u, e.data, e.len);
	ok = ok && u.len == n && (n == 0 || memcmp(u.data, s, n) == 0);
	buf_free(&e);
	buf_free(&u);
	return ok;
}

void
test_tsv(void)
{
	struct buf b = { 0 };
	struct tsv_field f[4];
	char all[256];
	int i;

	tsv_escape(&b, "a\\b\tc\nd\re", 9);
	CHECK("escape four specials", b.len == 13 &&
	    memcmp(b.data, "a\\\\b\\tc\\nd\\re", 13) == 0);
	buf_clear(&b);
	tsv_unescape(&b, "x\\qy\\", 5);
	CHECK("unknown escape and lone backslash kept", b.len == 5 &&
	    memcmp(b.data, "x\\qy\\", 5) == 0);
	buf_free(&b);
	for (i = 0; i < 256; i++)
		all[i] = (char)i;
	CHECK("round-trip all bytes", roundtrip(all, sizeof(all)));
	CHECK("round-trip empty", roundtrip("", 0));
	CHECK("round-trip backslash-n text", roundtrip("\\n\\\\t", 5));

	CHECK("split counts fields", tsv_split("a\tb\t\tc", 6, f, 4) == 4 &&
	    f[2].n == 0 && f[3].n == 1 && f[3].p[0] == 'c');
	CHECK("split keeps rest in last field", tsv_split("a\tb\tc\td", 7, f, 2)
	    == 4 && f[1].n == 5 && memcmp(f[1].p, "b\tc\td", 5) == 0);
	CHECK("split empty line", tsv_split("", 0, f, 4) == 1 && f[0].n == 0);
}
