#include <err.h>
#include <stdlib.h>

#include "diag.h"
#include "worddiff.h"

#define MAXWORDS	2000

static void
word(struct buf *out, const struct claimset *cs, size_t i)
{
	const struct cword *w = &cs->words.v[i];

	size_t n = out->len;

	/* A space between words, none just inside an opened run. */
	if (n > 0 && !(n >= 2 && ((out->data[n - 2] == '[' &&
	    out->data[n - 1] == '-') || (out->data[n - 2] == '{' &&
	    out->data[n - 1] == '+'))))
		buf_putc(out, ' ');
	buf_append(out, cs->doc->text + w->start, (size_t)(w->end - w->start));
}

/* Open or close a run of kind k ('-', '+' or 0 for shared words). */
static void
run(struct buf *out, int *cur, int k)
{
	if (*cur == k)
		return;
	if (*cur == '-')
		buf_append(out, "-]", 2);
	else if (*cur == '+')
		buf_append(out, "+}", 2);
	if (k != 0) {
		if (out->len > 0)
			buf_putc(out, ' ');
		buf_append(out, k == '-' ? "[-" : "{+", 2);
	}
	*cur = k;
}

void
worddiff(const struct claimset *A, const struct claim *a,
    const struct claimset *B, const struct claim *b, struct buf *out)
{
	size_t na = a->nw, nb = b->nw, i, j;
	unsigned *t;
	int cur = 0;

	buf_clear(out);
	if (na > MAXWORDS || nb > MAXWORDS) {
		run(out, &cur, '-');
		for (i = 0; i < na; i++)
			word(out, A, a->w0 + i);
		run(out, &cur, '+');
		for (j = 0; j < nb; j++)
			word(out, B, b->w0 + j);
		run(out, &cur, 0);
		return;
	}
	/* t[i][j]: LCS of the suffixes a[i..], b[j..]; then walk forward. */
	if ((t = calloc((na + 1) * (nb + 1), sizeof(*t))) == NULL)
		err(EXIT_TROUBLE, NULL);
#define T(i, j)	t[(i) * (nb + 1) + (j)]
	for (i = na; i-- > 0;)
		for (j = nb; j-- > 0;)
			T(i, j) = A->words.v[a->w0 + i].word ==
			    B->words.v[b->w0 + j].word ? T(i + 1, j + 1) + 1 :
			    T(i + 1, j) > T(i, j + 1) ? T(i + 1, j) : T(i, j + 1);
	for (i = j = 0; i < na || j < nb;) {
		if (i < na && j < nb && A->words.v[a->w0 + i].word ==
		    B->words.v[b->w0 + j].word) {
			run(out, &cur, 0);
			word(out, A, a->w0 + i);
			i++, j++;
		} else if (j >= nb || (i < na && T(i + 1, j) >= T(i, j + 1))) {
			run(out, &cur, '-');
			word(out, A, a->w0 + i++);
		} else {
			run(out, &cur, '+');
			word(out, B, b->w0 + j++);
		}
	}
	run(out, &cur, 0);
#undef T
	free(t);
}
