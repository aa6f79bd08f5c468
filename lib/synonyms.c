#include <err.h>
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>

#include "claimwords.h"
#include "diag.h"
#include "synonyms.h"

extern const char *const wordnet_lemmas[];
extern const size_t wordnet_count;

struct syn {
	uint64_t	 stem;
	uint32_t	 set;	/* synset offset * 4 + part of speech */
};

static struct syn *table;
static size_t ntable;

static int
by_stem(const void *x, const void *y)
{
	const struct syn *a = x, *b = y;

	if (a->stem != b->stem)
		return a->stem < b->stem ? -1 : 1;
	return a->set < b->set ? -1 : a->set > b->set;
}

static void
build(void)
{
	struct sb_stemmer *st;
	const sb_symbol *s;
	const char *line, *sp;
	size_t i, cap = 2 * wordnet_count + 1, n;
	uint64_t h;
	uint32_t pos, off;

	if ((st = sb_stemmer_new("english", NULL)) == NULL)
		errx(EXIT_TROUBLE, "libstemmer: no English stemmer");
	if ((table = calloc(cap, sizeof(*table))) == NULL)
		err(EXIT_TROUBLE, NULL);
	for (i = 0; i < wordnet_count; i++) {
		line = wordnet_lemmas[i];
		n = strcspn(line, " ");
		s = sb_stemmer_stem(st, (const sb_symbol *)line, (int)n);
		h = s != NULL ? cw_hash((const char *)s,
		    (size_t)sb_stemmer_length(st)) : cw_hash(line, n);
		for (sp = line + n; *sp == ' ' && ntable < cap; ) {
			sp++;
			pos = *sp == 'n' ? 0 : *sp == 'v' ? 1 : *sp == 'a' ? 2 : 3;
			for (off = 0, sp++; *sp >= '0' && *sp <= '9'; sp++)
				off = off * 10 + (uint32_t)(*sp - '0');
			table[ntable].stem = h;
			table[ntable++].set = off * 4 + pos;
		}
	}
	sb_stemmer_delete(st);
	qsort(table, ntable, sizeof(*table), by_stem);
}

/* The first entry of stem h, or ntable. */
static size_t
find(uint64_t h)
{
	size_t lo = 0, hi = ntable, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (table[mid].stem < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int
synonyms(uint64_t a, uint64_t b)
{
	size_t i, j;

	if (table == NULL)
		build();
	for (i = find(a); i < ntable && table[i].stem == a; i++)
		for (j = find(b); j < ntable && table[j].stem == b; j++)
			if (table[i].set == table[j].set)
				return 1;
	return 0;
}
