/*
 * A bottom-up merge sort: short runs by insertion, then merged in
 * pairs through a scratch copy.  Equal elements never pass each other
 * (insertion stops at an equal one, a merge takes the left one first).
 */
#include <err.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "stablesort.h"

/* Runs this short are sorted by insertion: fewer moves than merging. */
#define RUN	8

static void
insertion(char *b, size_t n, size_t size, int (*cmp)(const void *, const void *),
    char *tmp)
{
	size_t i, j;

	for (i = 1; i < n; i++) {
		for (j = i; j > 0 && cmp(b + (j - 1) * size, b + i * size) > 0; j--)
			;
		if (j == i)
			continue;
		memcpy(tmp, b + i * size, size);
		memmove(b + (j + 1) * size, b + j * size, (i - j) * size);
		memcpy(b + j * size, tmp, size);
	}
}

/* Merge the sorted runs from[0..m) and from[m..n) into to. */
static void
merge(const char *from, size_t m, size_t n, size_t size,
    int (*cmp)(const void *, const void *), char *to)
{
	size_t i = 0, j = m;

	while (i < m && j < n) {
		if (cmp(from + j * size, from + i * size) < 0)
			memcpy(to, from + j++ * size, size);
		else
			memcpy(to, from + i++ * size, size);
		to += size;
	}
	if (i < m)
		memcpy(to, from + i * size, (m - i) * size);
	if (j < n)
		memcpy(to, from + j * size, (n - j) * size);
}

void
stable_sort(void *base, size_t n, size_t size,
    int (*cmp)(const void *, const void *))
{
	char *b = base, *scratch, *from, *to, *t;
	size_t i, w, m, e;

	if (n < 2 || size == 0)
		return;
	if (n > RUN && SIZE_MAX / size < n + 1)
		errx(EXIT_TROUBLE, "stable_sort: %zu elements: too many", n);
	if ((scratch = malloc((n > RUN ? n : 1) * size + size)) == NULL)
		err(EXIT_TROUBLE, NULL);
	for (i = 0; i < n; i += RUN)
		insertion(b + i * size, n - i < RUN ? n - i : RUN, size, cmp,
		    scratch);
	from = b;
	to = scratch + size;
	for (w = RUN; w < n; w *= 2) {
		for (i = 0; i < n; i += 2 * w) {
			m = n - i < w ? n - i : w;
			e = n - i < 2 * w ? n - i : 2 * w;
			merge(from + i * size, m, e, size, cmp, to + i * size);
		}
		t = from;
		from = to;
		to = t;
		if (w > SIZE_MAX / 2)
			break;
	}
	if (from != b)
		memcpy(b, from, n * size);
	free(scratch);
}
