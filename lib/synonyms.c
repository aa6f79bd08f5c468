#include "synonyms.h"

extern const struct wordnet_syn wordnet_table[];
extern const size_t wordnet_count;

/* The first entry of stem h, or wordnet_count. */
static size_t
find(uint64_t h)
{
	size_t lo = 0, hi = wordnet_count, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (wordnet_table[mid].stem < h)
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

	for (i = find(a); i < wordnet_count && wordnet_table[i].stem == a; i++)
		for (j = find(b); j < wordnet_count && wordnet_table[j].stem == b; j++)
			if (wordnet_table[i].set == wordnet_table[j].set)
				return 1;
	return 0;
}
