#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "entkey.h"
#include "entkeymemo.h"
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

/*
 * The lists of tests/eval (run from the top of the tree): every variant
 * set shares a key, and at least 95% of the distinct pairs differ.
 */
static void
key_lists(void)
{
	const char *files[2] = { "tests/eval/keys-share.txt", "tests/eval/keys-differ.txt" };
	char *line = NULL, *p, *tab;
	size_t cap = 0, total[2] = { 0, 0 }, good[2] = { 0, 0 };
	ssize_t n;
	FILE *fp;
	int f, same;

	for (f = 0; f < 2; f++) {
		if ((fp = fopen(files[f], "r")) == NULL) {
			CHECK(files[f], 0);
			continue;
		}
		while ((n = getline(&line, &cap, fp)) > 0) {
			if (line[n - 1] == '\n')
				line[--n] = '\0';
			if (n == 0 || line[0] == '#' || (tab = strchr(line, '\t')) == NULL)
				continue;
			total[f]++;
			/* Every name of the line against the first. */
			*tab = '\0';
			for (same = 1, p = tab + 1; p != NULL; p = tab) {
				if ((tab = strchr(p, '\t')) != NULL)
					*tab++ = '\0';
				if (!same_key(line, p))
					same = 0;
			}
			if (f == 0 && !same)
				printf("    variants keyed apart: %s\n", line);
			good[f] += f == 0 ? same : !same;
		}
		fclose(fp);
	}
	free(line);
	CHECK("variant sets share a key", total[0] > 20 && good[0] == total[0]);
	CHECK("95% of distinct pairs keyed apart", total[1] > 40 &&
	    good[1] * 100 >= total[1] * 95);
}

/*
 * The memory gives entkey_name()'s keys: names asked again, a name
 * beyond ASCII, an empty one, after other keys in the buffer, and past
 * ENTKEYMEMO_MAX names, when it starts again.
 */
static void
memo(void)
{
	static const char *const names[] = {
		"Zelenskyy", "Sybiha", "Kyiv", "Zo\xC3\xAB Castellano", "", "Le",
		"Ky\xFFiv", "Alex Phelps", "Zelenskyy", "Kyiv",
	};
	struct entkeymemo m;
	struct buf a = { NULL, 0, 0 }, b = { NULL, 0, 0 };
	char name[32];
	size_t i, k, bad = 0;

	memset(&m, 0, sizeof(m));
	for (k = 0; k < 3; k++)
		for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
			buf_clear(&a);
			buf_clear(&b);
			buf_append(&a, "x-", 2);
			buf_append(&b, "x-", 2);
			entkey_name(&a, names[i], strlen(names[i]));
			entkeymemo_name(&m, &b, names[i], strlen(names[i]));
			bad += a.len != b.len || memcmp(a.data, b.data, a.len) != 0;
		}
	CHECK("memo keys as entkey_name", bad == 0);
	for (i = 0; i < ENTKEYMEMO_MAX + 100; i++) {
		snprintf(name, sizeof(name), "Ostby%zu Hall", i % (ENTKEYMEMO_MAX + 7));
		buf_clear(&a);
		buf_clear(&b);
		entkey_name(&a, name, strlen(name));
		entkeymemo_name(&m, &b, name, strlen(name));
		bad += a.len != b.len || memcmp(a.data, b.data, a.len) != 0;
	}
	CHECK("memo full starts again", bad == 0 && m.n <= ENTKEYMEMO_MAX);
	entkeymemo_free(&m);
	buf_free(&a);
	buf_free(&b);
}

void
test_entkey(void)
{
	CHECK("key Zelenskyy", key_is("Zelenskyy", "zelenski"));
	CHECK("key two words", key_is("Volodymyr Zelenskyy", "volodimir-zelenski"));
	CHECK("key h between vowels", key_is("Sybiha", "sibiga"));
	CHECK("key y before a vowel at the start", key_is("Yevhen", "yevgen"));
	CHECK("key -ev", key_is("Kiev", "kiv"));
	CHECK("key short -ev kept", key_is("Lev", "lev"));
	CHECK("key x ph ck tch", key_is("Alex Phelps Dickens Tchenko",
	    "aleks-felps-dikens-chenko"));
	CHECK("key stop words only", key_is("Le", "le"));
	/* Over 32 letters the respelling works on the heap. */
	CHECK("key long word", key_is("XaXaXaXaXaXaXaXaXaXaXaXaXaXaXaXaXaXaXaXa",
	    "ksaksaksaksaksaksaksaksaksaksaksaksaksaksaksaksaksaksaksaksa"));
	CHECK("Hall !~ Hill", !same_key("Hall", "Hill"));
	CHECK("Chan !~ Chen", !same_key("Chan", "Chen"));
	CHECK("Kerry !~ Carey", !same_key("Kerry", "Carey"));
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
	CHECK("invalid bytes dropped", key_is("Ky\xFFiv", "kiv"));
	key_lists();
	CHECK("empty name", key_is("", ""));
	memo();
}
