#include <math.h>

#include "claimidf.h"
#include "claimwords.h"

/*
 * IDF = ln((N + 1) / (df + 1)): a stem seen in every sentence weighs
 * about 0, one never seen (a rare name, a number) weighs most.
 */
float
claimidf(uint64_t stem)
{
	size_t lo = 0, hi = claimidf_count, mid;
	uint32_t df = 0;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (claimidf_table[mid].stem < stem)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < claimidf_count && claimidf_table[lo].stem == stem)
		df = claimidf_table[lo].df;
	return (float)log((claimidf_docs + 1.0) / (df + 1.0));
}
