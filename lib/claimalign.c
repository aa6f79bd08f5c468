#include <err.h>
#include <stdlib.h>
#include <string.h>

#include "claimalign.h"
#include "diag.h"

static int
by_align(const void *x, const void *y)
{
	const struct cm_cand *a = x, *b = y;

	if (a->align != b->align)
		return a->align > b->align ? -1 : 1;
	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return a->b < b->b ? -1 : a->b > b->b;
}

static int
by_a_bdesc(const void *x, const void *y)
{
	const struct cm_cand *a = x, *b = y;

	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return a->b > b->b ? -1 : a->b < b->b;
}

/* Greedy one-to-one over the candidates (sorted by align): the best first. */
static void
greedy(struct cm_cand *c, size_t n, size_t *ma, size_t *mb, size_t *pick, int *moved,
    int mark)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (ma[c[i].a] != CM_NONE || mb[c[i].b] != CM_NONE)
			continue;
		ma[c[i].a] = c[i].b;
		mb[c[i].b] = c[i].a;
		pick[c[i].a] = i;
		moved[c[i].a] = mark;
	}
}

/*
 * The heaviest chain of candidates increasing in both a and b (a
 * weighted longest increasing subsequence over B's index, with a
 * Fenwick tree of prefix maxima): diff(1)'s alignment over pairs.
 */
static void
chain(struct cm_cand *c, size_t n, size_t nb, size_t *ma, size_t *mb, size_t *pick)
{
	double *tv, *dp, best;
	size_t *ti, *prev, i, j, bi, top = CM_NONE;
	double topv = 0;

	if (n == 0)
		return;
	qsort(c, n, sizeof(*c), by_a_bdesc);
	tv = calloc(nb + 1, sizeof(*tv));
	ti = calloc(nb + 1, sizeof(*ti));
	dp = calloc(n + 1, sizeof(*dp));
	prev = calloc(n + 1, sizeof(*prev));
	if (tv == NULL || ti == NULL || dp == NULL || prev == NULL)
		err(EXIT_TROUBLE, NULL);
	for (i = 0; i <= nb; i++)
		ti[i] = CM_NONE;
	for (i = 0; i < n; i++) {
		/* Max over b' < b: Fenwick positions 1..b. */
		best = 0;
		bi = CM_NONE;
		for (j = c[i].b; j > 0; j -= j & -j)
			if (tv[j] > best) {
				best = tv[j];
				bi = ti[j];
			}
		dp[i] = best + c[i].align;
		prev[i] = bi;
		if (dp[i] > topv) {
			topv = dp[i];
			top = i;
		}
		for (j = c[i].b + 1; j <= nb; j += j & -j)
			if (dp[i] > tv[j]) {
				tv[j] = dp[i];
				ti[j] = i;
			}
	}
	for (i = top; i != CM_NONE; i = prev[i]) {
		ma[c[i].a] = c[i].b;
		mb[c[i].b] = c[i].a;
		pick[c[i].a] = i;
	}
	free(tv);
	free(ti);
	free(dp);
	free(prev);
}

void
cm_align(struct cm_cands *cs, enum cm_mode mode, size_t na, size_t nb,
    size_t *ma, size_t *mb, size_t *pick, int *moved)
{
	struct cm_cand *copy;
	size_t i;

	for (i = 0; i < na; i++) {
		ma[i] = pick[i] = CM_NONE;
		moved[i] = 0;
	}
	for (i = 0; i < nb; i++)
		mb[i] = CM_NONE;
	if (mode != CM_VERSIONS) {
		if (cs->n > 0)
			qsort(cs->v, cs->n, sizeof(*cs->v), by_align);
		greedy(cs->v, cs->n, ma, mb, pick, moved, 0);
		return;
	}
	chain(cs->v, cs->n, nb, ma, mb, pick);
	/*
	 * What aligns out of order has moved.  The chained pairs sort
	 * first (align 2 in a copy), and the rest go greedily; pick then
	 * indexes the copy, which replaces cs's pairs.
	 */
	if ((copy = malloc((cs->n + 1) * sizeof(*copy))) == NULL)
		err(EXIT_TROUBLE, NULL);
	if (cs->n > 0)
		memcpy(copy, cs->v, cs->n * sizeof(*copy));
	for (i = 0; i < na; i++)
		if (pick[i] != CM_NONE)
			copy[pick[i]].align = 2;
	if (cs->n > 0)
		qsort(copy, cs->n, sizeof(*copy), by_align);
	for (i = 0; i < na; i++)
		pick[i] = CM_NONE;
	for (i = 0; i < cs->n; i++)
		if (copy[i].align == 2 && ma[copy[i].a] == copy[i].b)
			pick[copy[i].a] = i;
	greedy(copy, cs->n, ma, mb, pick, moved, 1);
	free(cs->v);
	cs->v = copy;
	cs->cap = cs->n + 1;
}
