#include <string.h>

#include "claimjudge.h"
#include "factdiff.h"
#include "typodist.h"

/*
 * Do the quoted words of the two differ?  Both must quote something;
 * the words outside the quotation marks do not count.
 */
static int
quote_differs(const struct claimset *A, const struct claim *a,
    const struct claimset *B, const struct claim *b)
{
	size_t i = a->w0, j = b->w0, ea = a->w0 + a->nw, eb = b->w0 + b->nw;
	int qa = 0, qb = 0;

	for (;;) {
		while (i < ea && !(A->words.v[i].flags & CW_QUOTED))
			i++;
		while (j < eb && !(B->words.v[j].flags & CW_QUOTED))
			j++;
		if (i == ea || j == eb)
			break;
		qa = qb = 1;
		if (A->words.v[i].word != B->words.v[j].word)
			return 1;
		i++, j++;
	}
	while (i < ea && !(A->words.v[i].flags & CW_QUOTED))
		i++;
	while (j < eb && !(B->words.v[j].flags & CW_QUOTED))
		j++;
	qa |= i < ea;
	qb |= j < eb;
	return qa && qb && (i < ea || j < eb);
}

/* The numbers of the two, in order, are the same? */
static int
same_numbers(const struct claimset *A, const struct claim *a,
    const struct claimset *B, const struct claim *b)
{
	size_t i = a->w0, j = b->w0, ea = a->w0 + a->nw, eb = b->w0 + b->nw;

	for (;; i++, j++) {
		while (i < ea && !(A->words.v[i].flags & CW_NUM))
			i++;
		while (j < eb && !(B->words.v[j].flags & CW_NUM))
			j++;
		if (i == ea || j == eb)
			return i == ea && j == eb;
		if (A->words.v[i].word != B->words.v[j].word)
			return 0;
	}
}

/* Same words (or a typo apart, which never changes a number)? */
static int
near_same(const struct claimset *A, const struct claim *a,
    const struct claimset *B, const struct claim *b, size_t typo)
{
	size_t i;

	if (!same_numbers(A, a, B, b))
		return 0;
	if (a->nw == b->nw) {
		for (i = 0; i < a->nw; i++)
			if (A->words.v[a->w0 + i].word != B->words.v[b->w0 + i].word)
				break;
		if (i == a->nw)
			return 1;
	}
	return typo_distance(A->doc->text + a->start, (size_t)(a->end - a->start),
	    B->doc->text + b->start, (size_t)(b->end - b->start), typo) <= typo;
}

void
cm_judge(const struct claimset *A, const struct claimset *B, const struct cm_opts *o,
    struct cm_result *r, struct cm_pair *p)
{
	const struct claim *a = &A->v[p->a], *b = &B->v[p->b];
	int same;

	p->detail = r->text.len;
	p->facts = factdiff(A, a, B, b, p->close, &r->text);
	same = near_same(A, a, B, b, o->typo);
	p->quote_wording = !same && a->quoted && b->quoted &&
	    quote_differs(A, a, B, b);
	if (p->quote_wording) {
		if (r->text.len > p->detail)
			buf_putc(&r->text, ',');
		buf_append(&r->text, "quote-wording", 13);
	}
	if (p->moved) {
		if (r->text.len > p->detail)
			buf_putc(&r->text, ',');
		buf_append(&r->text, "moved", 5);
	}
	p->detaillen = r->text.len - p->detail;
	p->rdetail = r->text.len;
	factdiff(B, b, A, a, p->close, &r->text);
	if (p->quote_wording) {
		if (r->text.len > p->rdetail)
			buf_putc(&r->text, ',');
		buf_append(&r->text, "quote-wording", 13);
	}
	if (p->moved) {
		if (r->text.len > p->rdetail)
			buf_putc(&r->text, ',');
		buf_append(&r->text, "moved", 5);
	}
	p->rdetaillen = r->text.len - p->rdetail;
	p->status = p->facts ? CS_CONFLICT : same ? CS_SAME : CS_REWORDED;
}
