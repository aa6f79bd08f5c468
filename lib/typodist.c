#include <err.h>
#include <stdlib.h>

#include "diag.h"
#include "typodist.h"
#include "utf8.h"

size_t
typo_distance(const char *a, size_t na, const char *b, size_t nb, size_t max)
{
	char *x, *y;
	size_t nx = 0, ny = 0, i, j, lo, hi, w = 2 * max + 3, *row, *old, *t, r;

	if ((x = malloc(na + 1)) == NULL || (y = malloc(nb + 1)) == NULL)
		err(EXIT_TROUBLE, NULL);
	for (i = 0; i < na; i++)
		if (a[i] != ' ' && a[i] != '\t' && a[i] != '\n' && a[i] != '\r')
			x[nx++] = ascii_upper(a[i]) ? a[i] + 32 : a[i];
	for (i = 0; i < nb; i++)
		if (b[i] != ' ' && b[i] != '\t' && b[i] != '\n' && b[i] != '\r')
			y[ny++] = ascii_upper(b[i]) ? b[i] + 32 : b[i];
	if ((nx > ny ? nx - ny : ny - nx) > max) {
		free(x);
		free(y);
		return max + 1;
	}
	/* Band of half-width max+1 around the diagonal; cells outside are "far". */
	row = calloc(w, sizeof(*row));
	old = calloc(w, sizeof(*old));
	if (row == NULL || old == NULL)
		err(EXIT_TROUBLE, NULL);
#define FAR	(max + 1)
#define CELL(v, i, j)	((j) + max + 1 < (i) || (j) > (i) + max + 1 ? FAR : \
			    (v)[(j) + max + 1 - (i)])
	for (j = 0; j < w; j++)
		old[j] = FAR;
	for (j = 0; j <= ny && j <= max + 1; j++)
		old[j + max + 1] = j > FAR ? FAR : j;
	for (i = 1; i <= nx; i++) {
		for (j = 0; j < w; j++)
			row[j] = FAR;
		lo = i > max + 1 ? i - max - 1 : 0;
		hi = i + max + 1 < ny ? i + max + 1 : ny;
		for (j = lo; j <= hi; j++) {
			if (j == 0) {
				r = i;
			} else {
				r = CELL(old, i - 1, j - 1) + (x[i - 1] != y[j - 1]);
				if (CELL(old, i - 1, j) + 1 < r)
					r = CELL(old, i - 1, j) + 1;
				if (CELL(row, i, j - 1) + 1 < r)
					r = CELL(row, i, j - 1) + 1;
			}
			row[j + max + 1 - i] = r > FAR ? FAR : r;
		}
		t = old;
		old = row;
		row = t;
	}
	r = CELL(old, nx, ny);
#undef CELL
#undef FAR
	free(row);
	free(old);
	free(x);
	free(y);
	return r;
}
