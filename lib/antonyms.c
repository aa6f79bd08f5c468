#include <stddef.h>

#include "antonyms.h"

extern const struct wordnet_ant wordnet_antonyms[];
extern const size_t wordnet_nantonyms;

int
antonyms(uint64_t a, uint64_t b)
{
	uint64_t lo = a < b ? a : b, hi = a < b ? b : a;
	size_t l = 0, h = wordnet_nantonyms, mid;

	if (a == b)
		return 0;
	while (l < h) {
		mid = l + (h - l) / 2;
		if (wordnet_antonyms[mid].lo < lo || (wordnet_antonyms[mid].lo == lo &&
		    wordnet_antonyms[mid].hi < hi))
			l = mid + 1;
		else
			h = mid;
	}
	return l < wordnet_nantonyms && wordnet_antonyms[l].lo == lo &&
	    wordnet_antonyms[l].hi == hi;
}
