#include <string.h>

#include "buf.h"
#include "entkey.h"
#include "unit.h"

static int
key_is(const char *name, const char *want)
{
	struct buf b = { 0 };
	int ok;

	entkey_name(&b, name, strlen(name));
	ok = b.len == strlen(want) && (b.len == 0 || memcmp(b.data, want, b.len) == 0);
	if (!ok)
		printf("    key of \"%s\" is \"%.*s\", want \"%s\"\n", name,
		    (int)b.len, b.data ? b.data : "", want);
	buf_free(&b);
	return ok;
}

static int
same_key(const char *a, const char *b)
{
	struct buf x = { 0 }, y = { 0 };
	int ok;

	entkey_name(&x, a, strlen(a));
	entkey_name(&y, b, strlen(b));
	ok = x.len == y.len && x.len > 0 && memcmp(x.data, y.data, x.len) == 0;
	buf_free(&x);
	buf_free(&y);
	return ok;
}

void
test_entkey(void)
{
	CHECK("key Zelenskyy", key_is("Zelenskyy", "zlnsk"));
	CHECK("key two words", key_is("Volodymyr Zelenskyy", "vldmr-zlnsk"));
	CHECK("Zelensky ~ Zelenskiy", same_key("Zelensky", "Zelenskiy"));
	CHECK("Yevhen ~ Yevgen", same_key("Yevhen Perebyinis", "Yevgen Perebyinis"));
	CHECK("Sybiga ~ Sybiha", same_key("Sybiga", "Sybiha"));
	CHECK("Kyiv ~ Kiev", same_key("Kyiv", "Kiev"));
	CHECK("diacritics fold", same_key("Zoë Castellano", "Zoe Castellano"));
	CHECK("case folds", same_key("KYIV", "Kyiv"));
	CHECK("possessive dropped", same_key("Zelenskyy’s", "Zelenskyy"));
	CHECK("ASCII possessive dropped", same_key("Ostby's", "Ostby"));
	CHECK("Kharkiv ~ Kharkov", same_key("Kharkiv", "Kharkov"));
	CHECK("different names differ", !same_key("Ostby", "Okonkwo"));
	CHECK("other script kept, folded", key_is("Київ", "киів"));
	CHECK("invalid bytes dropped", key_is("Ky\xFFiv", "kv"));
	CHECK("empty name", key_is("", ""));
}
