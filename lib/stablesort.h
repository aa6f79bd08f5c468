/*
 * stablesort: qsort(3)'s interface, but elements that compare equal
 * keep the order they were given in.  qsort promises no order for
 * them (glibc's was a merge sort, and stable, until 2.37; it is not
 * now), and output must be the same bytes on any machine.
 */
#ifndef NU_STABLESORT_H
#define NU_STABLESORT_H
#include <stddef.h>

/* Sort n elements of size bytes at base by cmp, stably; exits on ENOMEM. */
void	stable_sort(void *base, size_t n, size_t size,
	    int (*cmp)(const void *, const void *));

#endif
