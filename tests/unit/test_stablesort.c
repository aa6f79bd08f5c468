#include <stdlib.h>

#include "stablesort.h"
#include "unit.h"

struct item {
	int	 key;
	size_t	 seq;	/* where it was given: the order among equal keys */
};

static int
by_key(const void *x, const void *y)
{
	const struct item *a = x, *b = y;

	return a->key < b->key ? -1 : a->key > b->key;
}

/* Sorted by key, and equal keys in the order given. */
static int
stable(const struct item *v, size_t n)
{
	size_t i;

	for (i = 1; i < n; i++)
		if (v[i - 1].key > v[i].key ||
		    (v[i - 1].key == v[i].key && v[i - 1].seq > v[i].seq))
			return 0;
	return 1;
}

void
test_stablesort(void)
{
	static const size_t sizes[] = { 0, 1, 2, 7, 8, 9, 16, 17, 100, 1000, 4099 };
	struct item *v;
	size_t i, k, n, sum, want;
	unsigned r = 12345;
	int ok = 1;

	if ((v = calloc(4099, sizeof(*v))) == NULL)
		abort();
	for (k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
		n = sizes[k];
		/* Few distinct keys, so most elements tie with others. */
		for (i = 0, want = 0; i < n; i++) {
			r = r * 1103515245u + 12345u;
			v[i].key = (int)((r >> 16) % 5);
			v[i].seq = i;
			want += i;
		}
		stable_sort(v, n, sizeof(*v), by_key);
		for (i = 0, sum = 0; i < n; i++)
			sum += v[i].seq;
		ok = ok && stable(v, n) && sum == want;
	}
	CHECK("stable_sort keeps equal keys in order", ok);
	/* Descending input: every run is merged, none left in place. */
	for (i = 0; i < 1000; i++) {
		v[i].key = (int)(1000 - i) / 3;
		v[i].seq = i;
	}
	stable_sort(v, 1000, sizeof(*v), by_key);
	CHECK("stable_sort of descending runs", stable(v, 1000) &&
	    v[0].key == 0 && v[999].key == 333);
	free(v);
}
