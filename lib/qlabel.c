/*
 * qlabel: a speaker named by a label before a colon, with no marks: a
 * headline ("Mayor Lena Marsh: Fares Will Rise in June") and a line of
 * a transcript or interview ("MARSH: We will not …", "Marsh: Well, …",
 * "A: Nobody told us …").  The colon is the cue.
 */
#include "qengine.h"

/*
 * A headline that names its speaker before a colon, with no marks:
 * "Mayor Lena Marsh: Fares Will Rise in June".  The sentence must be a
 * paragraph of its own, the name a person or organisation opening it.
 */
static void
headline(struct quoter *q, size_t s)
{
	size_t first = q->sfirst[s], last = q->sfirst[s + 1], i, e;
	struct cand *c;

	if (last - first < 5 || (s > 0 && q->d->sents[s - 1].para ==
	    q->d->sents[s].para) || (s + 1 < q->d->nsents &&
	    q->d->sents[s + 1].para == q->d->sents[s].para))
		return;
	for (i = first; i < last && i - first < 4 && !in_ent(q, i) &&
	    capital(q, i); i++)
		continue;	/* a title the tagger left out: "Gov." */
	if (i >= last || !FREE(q, i) || !(ent_is(q, i, ET_PERSON) ||
	    ent_is(q, i, ET_ORG)))
		return;
	for (i++; i < last && ent_goes_on(q, i); i++)
		continue;
	if (i + 1 >= last || !punct(q, i, ':') || !FREE(q, i + 1))
		return;
	for (e = i + 1; e < last; e++)
		if (!FREE(q, e))
			return;		/* marks of its own: a direct quotation */
	c = qr_new_cand(q);
	if (!qr_content(q, i + 1, last, c)) {
		q->nc--;
		return;
	}
	c->type = QT_INDIRECT;
	set_attr(&c->at, i, i + 1, first, i);
}

/*
 * The end of a transcript's label that opens sentence s: one to three
 * words in capitals ("MARSH", "SEN. ROE"), "Q" or "A", or the name of a
 * person or body; the colon's token, or NONE.
 */
static size_t
label_end(const struct quoter *q, size_t s)
{
	size_t first = q->sfirst[s], last = q->sfirst[s + 1], i = first;

	if (i + 1 < last && (is(q, i, "q") || is(q, i, "a")) && capital(q, i) &&
	    punct(q, i + 1, ':'))
		return i + 1;
	while (i < last && i - first < 3 && (upper_word(q, i) ||
	    (i > first && punct(q, i, '.') && upper_word(q, i - 1))))
		i++;
	if (i > first && i < last && punct(q, i, ':'))
		return i;
	if (!ent_is(q, first, ET_PERSON) && !ent_is(q, first, ET_ORG))
		return NONE;
	for (i = first; i < last && (i == first || ent_goes_on(q, i)); i++)
		continue;
	return i < last && punct(q, i, ':') ? i : NONE;
}

/*
 * A line of a transcript: a paragraph that opens with a label and a
 * colon, the rest of the paragraph what was said.
 */
static void
transcript(struct quoter *q, size_t s)
{
	size_t i, e, end;
	struct cand *c;

	if (s > 0 && q->d->sents[s - 1].para == q->d->sents[s].para)
		return;
	if ((i = label_end(q, s)) == NONE || i + 1 >= q->sfirst[s + 1] ||
	    !FREE(q, i) || !FREE(q, i + 1))
		return;
	for (e = s + 1; e < q->d->nsents && q->d->sents[e].para ==
	    q->d->sents[s].para; e++)
		continue;
	end = q->sfirst[e];
	c = qr_new_cand(q);
	if (!qr_content(q, i + 1, end, c)) {
		q->nc--;
		return;
	}
	c->type = QT_INDIRECT;
	set_attr(&c->at, i, i + 1, is(q, q->sfirst[s], "q") ||
	    is(q, q->sfirst[s], "a") ? NONE : q->sfirst[s], NONE);
	if (c->at.sa != NONE)
		c->at.sb = i;
}

/* Sentence s, which has a colon in its first few tokens. */
void
ql_label(struct quoter *q, size_t s)
{
	size_t n = q->nc;

	headline(q, s);
	if (q->nc == n)
		transcript(q, s);
}
