#include <string.h>

#include "antonyms.h"
#include "claimdetail.h"
#include "claimpolar.h"
#include "factdiff.h"

/* Negations and words of a negative class: each flips the claim. */
static int
flips(const struct claimset *cs, const struct claim *c)
{
	size_t i;
	int k = 0;

	for (i = c->w0; i < c->w0 + c->nw; i++)
		k += (cs->words.v[i].flags & (CW_NEG | CW_DENY)) != 0;
	return k;
}

static int
first_hedge(const struct claimset *cs, const struct claim *c)
{
	size_t i;

	for (i = c->w0; i < c->w0 + c->nw; i++)
		if (cs->words.v[i].hedge)
			return cs->words.v[i].hedge;
	return 0;
}

static int
uncertain(int h)
{
	const char *w = hedge_name(h);

	return h != 0 && strcmp(w, "will") != 0 && strcmp(w, "can") != 0 &&
	    strcmp(w, "would") != 0 && strcmp(w, "should") != 0 &&
	    strcmp(w, "must") != 0;
}

/*
 * A word that can be replaced by its antonym: no function word, number
 * or name, and no word of denial, which flips the claim already
 * ("rejected" is "did not accept").
 */
static int
content(const struct cword *w)
{
	return !(w->flags & (CW_STOP | CW_NUM | CW_VALUE | CW_CAP | CW_DENY));
}

/* Is stem h among the words of c? */
static int
has_stem(const struct claimset *cs, const struct claim *c, uint64_t h)
{
	size_t i;

	for (i = c->w0; i < c->w0 + c->nw; i++)
		if (cs->words.v[i].stem == h)
			return 1;
	return 0;
}

/*
 * The words of a replaced by their antonyms in b (each paired with the
 * first antonym b has); returns how many.  With d, each is appended as antonym:x>y
 * (two passes, so no list is kept: the count decides first whether a
 * negation cancels them).
 */
static size_t
find_antonyms(const struct claimset *A, const struct claim *a,
    const struct claimset *B, const struct claim *b, struct buf *d, size_t base)
{
	const struct cword *x, *y;
	size_t i, j, n = 0;

	for (i = a->w0; i < a->w0 + a->nw; i++) {
		x = &A->words.v[i];
		if (!content(x) || has_stem(B, b, x->stem))
			continue;
		for (j = b->w0; j < b->w0 + b->nw; j++) {
			y = &B->words.v[j];
			if (!content(y) || !antonyms(x->word, y->word) ||
			    has_stem(A, a, y->stem))
				continue;
			if (d != NULL) {
				detail_sep(d, base);
				buf_append(d, "antonym:", 8);
				detail_value(d, A->doc->text + x->start,
				    (size_t)(x->end - x->start));
				buf_putc(d, '>');
				detail_value(d, B->doc->text + y->start,
				    (size_t)(y->end - y->start));
			}
			n++;
			break;
		}
	}
	return n;
}

unsigned
polarity_diff(const struct claimset *A, const struct claim *a,
    const struct claimset *B, const struct claim *b, struct buf *d, size_t base)
{
	unsigned found = 0;
	int neg, ha, hb;
	size_t nant;

	neg = (flips(A, a) & 1) != (flips(B, b) & 1);
	nant = find_antonyms(A, a, B, b, NULL, 0);
	/* "did not open" is "closed": an antonym and a negation cancel. */
	if (neg && (nant & 1))
		neg = 0, nant = 0;
	if (nant > 0) {
		find_antonyms(A, a, B, b, d, base);
		found |= FD_ANTONYM;
	}
	if (neg) {
		detail_sep(d, base);
		buf_append(d, "negation", 8);
		found |= FD_NEGATION;
	}
	ha = first_hedge(A, a);
	hb = first_hedge(B, b);
	/*
	 * "may" against "might" is style, and so is "will" against
	 * "would"; "may" against "will" or a plain statement is a claim
	 * made surer.
	 */
	if (uncertain(ha) != uncertain(hb)) {
		detail_sep(d, base);
		buf_append(d, "hedge:", 6);
		buf_append(d, hedge_name(ha), strlen(hedge_name(ha)));
		buf_putc(d, '>');
		buf_append(d, hedge_name(hb), strlen(hedge_name(hb)));
		found |= FD_HEDGE;
	}
	return found;
}
