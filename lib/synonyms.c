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

struct syn_range
synonym_range(uint64_t h)
{
	struct syn_range r;

	r.lo = r.hi = find(h);
	while (r.hi < wordnet_count && wordnet_table[r.hi].stem == h)
		r.hi++;
	return r;
}

/* The sets of a stem are sorted: a merge finds a shared one. */
int
synonym_ranges_meet(struct syn_range a, struct syn_range b)
{
	size_t i = a.lo, j = b.lo;

	while (i < a.hi && j < b.hi)
		if (wordnet_table[i].set == wordnet_table[j].set)
			return 1;
		else if (wordnet_table[i].set < wordnet_table[j].set)
			i++;
		else
			j++;
	return 0;
}
