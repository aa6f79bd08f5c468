/*
 * qsubject: the subject of a sentence, where the speaker of a cue is
 * not next to it ("Ann Roe met the board on Friday, saying …", "…, but
 * said …"): after a dateline and an opening adverbial, a pronoun or a
 * name with its title words.
 */
#include <stdlib.h>
#include <string.h>

#include "qengine.h"

/*
 * The token after a dateline that opens a sentence at a ("ASHBY FORD,
 * Oct 14 (Wire) — …", "Ashby Ford (Wire) — …"), or a; b ends the search.
 */
size_t
qp_after_dateline(const struct quoter *q, size_t a, size_t b)
{
	size_t i;

	if (a >= b || !capital(q, a))
		return a;
	for (i = a + 1; i < b && i - a < 12; i++)
		if (dash(q, i) || punct(q, i, '-'))
			return (upper_word(q, a) || punct(q, i - 1, ')')) ? i + 1 : a;
		else if (terminal(q, i) || q->t[i].cue || q->t[i].wc == WC_STOP)
			break;
	return a;
}

/*
 * The subject that opens sentence s: a pronoun, or a name with the
 * title words before it (for "…, saying …").
 */
static int subject_at(const struct quoter *, size_t, size_t, size_t *, size_t *);

int
qp_subject_of(const struct quoter *q, size_t s, size_t *a, size_t *b)
{
	size_t i = q->sfirst[s], end = q->sfirst[s + 1], k;

	i = qp_after_dateline(q, i, end);
	if (subject_at(q, i, end, a, b))
		return 1;
	/* "In a brief interview, Ms. Roe …": after an opening adverbial. */
	for (k = i; k < end && k - i < 8 && FREE(q, k) && !q->t[k].cue &&
	    !punct(q, k, ',') && !breaks(q, k); k++)
		continue;
	return k > i + 1 && k + 1 < end && punct(q, k, ',') &&
	    subject_at(q, k + 1, end, a, b);
}

/* The subject that starts at token i of a sentence that ends at end. */
static int
subject_at(const struct quoter *q, size_t i, size_t end, size_t *a, size_t *b)
{
	size_t k;

	if (i >= end || !FREE(q, i))
		return 0;
	if (pronoun(q, i)) {
		*a = i;
		*b = i + 1;
		return 1;
	}
	for (k = i; k < end && k - i < NP_MAX && (capital(q, k) ||
	    q->t[k].wc == WC_TITLE || q->t[k].wc == WC_DET ||
	    q->t[k].kind == TOK_POSS); k++)
		if (ent_is(q, k, ET_PERSON) || ent_is(q, k, ET_ORG)) {
			for (k++; k < end && ent_goes_on(q, k); k++)
				continue;
			*a = i;
			*b = k;
			return 1;
		}
	/* "The campaign issued a statement, saying …": a determiner and
	 * the nouns of a speaker. */
	if (q->t[i].wc == WC_DET) {
		for (k = i + 1; k < end && k - i < NP_MAX && (capital(q, k) ||
		    q->t[k].wc == WC_TITLE || q->t[k].wc == WC_ORG ||
		    q->t[k].wc == WC_GENERIC); k++)
			continue;
		if (k > i + 1 && (q->t[k - 1].wc == WC_TITLE ||
		    q->t[k - 1].wc == WC_ORG || q->t[k - 1].wc == WC_GENERIC)) {
			*a = i;
			*b = k;
			return 1;
		}
	}
	return 0;
}

/*
 * The speaker of "…, adding (that) …" at the participle ci after a
 * comma: the sentence's subject, or else the speaker of the cue just
 * before the comma ("“…,” Ann Roe said, adding …", "…, said Ann Roe
 * on Friday, adding …").
 */
int
qp_participle_subject(const struct quoter *q, size_t ci, size_t *a, size_t *b)
{
	size_t s = q->t[ci].sent, first = q->sfirst[s], c;

	if (qp_subject_of(q, s, a, b) == 1)
		return 1;
	for (c = ci - 1; c > first && ci - c < AFTER_REACH && FREE(q, c - 1) &&
	    !terminal(q, c - 1); c--)
		if (speechcue(q, c - 1)) {
			c--;
			if (qp_np_before(q, c, first, a, b) == 1)
				return 1;
			return qp_np_after(q, qp_cue_end(q, c), ci - 1, a, b) == 1;
		}
	return 0;
}

/* Does the sentence open with a name, its subject?  Its tokens in *a, *b. */
int
qp_subject_name(const struct quoter *q, size_t s, size_t *a, size_t *b)
{
	size_t i = q->sfirst[s], k;
	char c;

	/* A capitalised word or two before the name is a title the tagger
	 * left out of it ("Farmer Joe Pinsky", "Coach Ann Lee"). */
	for (k = 0; k < 2 && i < q->sfirst[s + 1] && !in_ent(q, i);
	    k++, i++) {
		c = q->d->text[q->t[i].start];
		if (c < 'A' || c > 'Z')
			return 0;
	}
	if (i >= q->sfirst[s + 1] || !ent_is(q, i, ET_PERSON) || !FREE(q, i))
		return 0;
	*a = i;
	for (i++; i < q->sfirst[s + 1] && ent_goes_on(q, i); i++)
		continue;
	*b = i;
	return 1;
}