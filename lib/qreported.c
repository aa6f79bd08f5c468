/*
 * qreported: reported speech at a cue: "X said (that) ...", "X told Y
 * that ...", "..., X said.", "..., said X.", "According to X, ...",
 * "..., according to X.", "..., saying (that) ..."; where the clause
 * begins after the cue is qclause's.
 */
#include <stdlib.h>
#include <string.h>

#include "qengine.h"

struct cand *
qr_new_cand(struct quoter *q)
{
	struct cand *c;

	q->c = grow(q->c, &q->ccap, q->nc + 1, sizeof(*q->c));
	c = &q->c[q->nc++];
	memset(c, 0, sizeof(*c));
	c->span = NONE;
	c->at.ca = c->at.sa = NONE;
	return c;
}

void
qr_use(struct quoter *q, const struct attr *at)
{
	size_t i;

	if (at->ca != NONE)
		for (i = at->ca; i < at->cb && i < q->nt; i++)
			q->t[i].used = 1;
}

/* Tokens from a to b as a content span; 0 when too short to be a claim. */
int
qr_content(struct quoter *q, size_t a, size_t b, struct cand *c)
{
	size_t i, words = 0;

	while (b > a && (terminal(q, b - 1) || punct(q, b - 1, ',') ||
	    punct(q, b - 1, ';') || dash(q, b - 1)))
		b--;
	/* A dateline is not what was said: "ASHBY FORD, Oct 14 (Wire) — …" */
	if (a == q->sfirst[q->t[a].sent] && upper_word(q, a))
		for (i = a + 1; i < b && i - a < 12; i++)
			if (dash(q, i)) {
				a = i + 1;
				break;
			}
	for (i = a; i < b && words < 3; i++)
		words += q->t[i].kind == TOK_WORD || q->t[i].kind == TOK_NUMBER;
	if (words < 3)
		return 0;
	c->start = q->t[a].start;
	c->end = q->t[b - 1].end;
	return 1;
}

/* Is there a speech cue a few words on from i, before a mark? */
static int
later_cue(const struct quoter *q, size_t i, size_t b)
{
	size_t k;

	for (k = i; k < b && k - i < NP_MAX && FREE(q, k) && !breaks(q, k); k++)
		if (speechcue(q, k))
			return k > i;
	return 0;
}

/*
 * Is there a cue of speech in [a, b) that reported a clause already?
 * "Roe said he would go, according to press reports": the sources of
 * a report, not a quotation of their own.
 */
static int
cue_before(const struct quoter *q, size_t a, size_t b)
{
	for (; a < b; a++)
		if (q->t[a].used && speechcue(q, a) && FREE(q, a))
			return 1;
	return 0;
}

/* The last token of the clause that starts at a: the sentence's end. */
static size_t
clause_end(const struct quoter *q, size_t a)
{
	size_t s = q->t[a].sent, b = q->sfirst[s + 1], i;

	if (b - a > CLAUSE_MAX)
		b = a + CLAUSE_MAX;
	/* "…claimed that A and suggested that B": A ends before "and". */
	for (i = a + 1; i + 1 < b; i++)
		if (is(q, i, "and") && FREE(q, i + 1) && speechcue(q, i + 1))
			return i;
	/* ", while 9 percent said …": a clause of another speaker. */
	for (i = a + 1; i + 2 < b; i++)
		if (punct(q, i, ',') && FREE(q, i) && (is(q, i + 1, "and") ||
		    is(q, i + 1, "but") || is(q, i + 1, "while") ||
		    is(q, i + 1, "whereas")) && (later_cue(q, i + 2, b) ||
		    (FREE(q, i + 2) && speechcue(q, i + 2))))
			return i;
	/* ", echoing a memo …", ", adding that …": a phrase of the
	 * speaker's own after what was reported. */
	for (i = a + 1; i + 2 < b; i++)
		if (punct(q, i, ',') && FREE(q, i) && FREE(q, i + 1) &&
		    participle(q, i + 1) && (speechcue(q, i + 1) ||
		    is(q, i + 1, "citing") || is(q, i + 1, "echoing") ||
		    is(q, i + 1, "referring") || is(q, i + 1, "calling")))
			return i;
	/* A later ", X said" ends the clause before its comma. */
	for (i = a + 1; i + 2 < b; i++)
		if (punct(q, i, ',') && FREE(q, i) && (according(q, i + 1) ||
		    (i + 2 < b && speechcue(q, i + 2) && pronoun(q, i + 1))))
			return i;
	return b;
}

/* Does an adverbial start at i ("on Friday", "last week", "in a statement")? */
static int
adverbial(const struct quoter *q, size_t i)
{
	if (i >= q->nt)
		return 1;
	if (ent_is(q, i, ET_DATE) || ent_is(q, i, ET_TIME))
		return 1;
	return (q->t[i].wc == WC_STOP && !is(q, i, "that") && !is(q, i, "and") &&
	    !is(q, i, "but")) || is(q, i, "last") || is(q, i, "this") ||
	    is(q, i, "yesterday") || is(q, i, "today") || is(q, i, "during") ||
	    is(q, i, "earlier") || is(q, i, "later") || terminal(q, i);
}

/*
 * What "Asked …, X said" asks, from i: a question ("whether", "why"),
 * "about …" or "to …", past an adverb, "by" and the asker (in *sa,
 * *sb, or NONE), and a date ("Asked by Ann Roe on Friday whether …");
 * NONE if none.
 */
static size_t
asked_what(const struct quoter *q, size_t i, size_t last, size_t *sa, size_t *sb)
{
	size_t n;

	*sa = *sb = NONE;
	if (i < last && adverb(q, i))
		i++;
	if (i + 1 < last && is(q, i, "by"))
		for (*sa = ++i, n = 0; i < last && n < 6 && FREE(q, i) && !breaks(q, i) &&
		    !qc_question(q, i) && !is(q, i, "about") && !is(q, i, "to") &&
		    !(is(q, i, "on") || is(q, i, "in") || is(q, i, "during") ||
		    ent_is(q, i, ET_DATE)); i++, n++)
			*sb = i + 1;	/* the asker */
	if (i + 1 < last && (is(q, i, "on") || is(q, i, "in") ||
	    is(q, i, "during")) && ent_is(q, i + 1, ET_DATE))
		i++;
	while (i < last && ent_is(q, i, ET_DATE))
		i++;
	if (*sb == NONE)
		*sa = NONE;
	if (i < last && FREE(q, i) && (qc_question(q, i) || is(q, i, "about") ||
	    is(q, i, "to")))
		return i;
	return NONE;
}

/* Does the sentence end at i, give or take its stop? */
static int
reaches_end(const struct quoter *q, size_t i)
{
	return i >= q->nt || terminal(q, i) ||
	    q->t[i].sent != q->t[i - 1].sent;
}

/* c, its content set, is a reported clause with this cue and speaker. */
static void
take_indirect(struct quoter *q, struct cand *c, size_t ci, size_t cb,
    size_t sa, size_t sb)
{
	c->type = QT_INDIRECT;
	set_attr(&c->at, ci, cb, sa, sb);
	qr_use(q, &c->at);
}

/*
 * A determiner and a few nouns opening sentence s, taken for its subject
 * where nothing better is known ("The nurse later sued, …"): it stops
 * before a small word, an auxiliary, a cue or a word in -ed, the verb.
 */
static int
loose_subject(const struct quoter *q, size_t s, size_t *a, size_t *b)
{
	size_t i = qp_after_dateline(q, q->sfirst[s], q->sfirst[s + 1]), k;
	size_t last = q->sfirst[s + 1];

	if (i >= last || !FREE(q, i) || q->t[i].wc != WC_DET || is(q, i, "that") ||
	    is(q, i, "this"))
		return 0;
	for (k = i + 1; k < last && k - i <= 4 && FREE(q, k) &&
	    q->t[k].kind == TOK_WORD && q->t[k].wc != WC_STOP &&
	    q->t[k].wc != WC_AUX && q->t[k].wc != WC_DET && !q->t[k].cue &&
	    !(LEN(q, k) > 3 && memcmp(TXT(q, k) + LEN(q, k) - 2, "ed", 2) == 0);
	    k++)
		continue;
	if (k == i + 1 || k - i > 4)
		return 0;
	*a = i;
	*b = k;
	return 1;
}

/*
 * Reported speech at the cue ci (not used by a direct quotation):
 * "X said (that) …", "X told Y that …", "…, X said.", "…, said X.",
 * "According to X, …", "…, according to X.", "…, saying (that) …".
 */
void
qr_reported(struct quoter *q, size_t ci)
{
	size_t s = q->t[ci].sent, first = q->sfirst[s], last = q->sfirst[s + 1];
	size_t cb = qp_cue_end(q, ci), lo, sa, sb, a, i, comma;
	struct cand *c;
	int r;

	/* According to X, …  /  …, according to X.  /  A, according to X, B. */
	if (according(q, ci)) {
		size_t e;

		if (qp_np_after(q, cb, last, &sa, &sb) != 1)
			return;
		/* The speaker's phrase runs on to a comma or the end:
		 * "according to early results of polls conducted by …". */
		for (e = sb; e < last && e - cb < 30 && !punct(q, e, ',') &&
		    !terminal(q, e) && !dash(q, e) && FREE(q, e); e++)
			continue;
		c = qr_new_cand(q);
		if (ci - first <= 2 && e < last && punct(q, e, ',')) {
			/* "(But) according to X, …" */
			sb = e;
			r = qr_content(q, e + 1, clause_end(q, e + 1), c);
		} else if (ci > first && e + 1 < last && punct(q, e, ',') &&
		    (punct(q, ci - 1, ',') || dash(q, ci - 1)) &&
		    !reaches_end(q, e + 1))
			/* "A, according to X, is B": the sentence around it. */
			r = qr_content(q, first, last, c);
		else if (ci > first && !cue_before(q, first, ci))
			r = qr_content(q, first, ci, c);
		else
			r = 0;
		if (!r) {
			q->nc--;
			return;
		}
		take_indirect(q, c, ci, cb, sa, sb);
		return;
	}
	/* …, X said.  (the cue ends the sentence, give or take "on Friday") */
	for (comma = ci; comma > first && !punct(q, comma - 1, ','); comma--)
		if (!FREE(q, comma - 1) || ci - comma > CLAUSE_MAX)
			break;
	/* "X, which runs the dam, said …": an appositive, not "…, said X". */
	if (comma == ci && comma > first && qp_appositive(q, ci - 1, &sa, &sb))
		comma = first;
	/* Not "…, saying X": a participle reports what follows it. */
	if (comma > first && punct(q, comma - 1, ',') && comma - 1 > first &&
	    !(comma == ci && participle(q, ci))) {
		for (i = cb; i < last && !terminal(q, i) && !punct(q, i, ',') &&
		    i - cb < CLAUSE_MAX; i++)
			continue;
		if ((i - cb <= 6 || comma == ci) && (i >= last || terminal(q, i) ||
		    punct(q, i, ',')) && (i - cb <= 1 || adverbial(q, cb) ||
		    q->t[ci].cue == CUE_TELL || comma == ci)) {
			if (comma == ci) {
				r = qp_np_after(q, cb, i, &sa, &sb);
				/* "X, the board's chief, said the board will
				 * vote", "X, a pilot, said she left": a verb
				 * after the phrase, no inversion. */
				if (r == 1 && sb < i && sb < last && !adverbial(q, sb) &&
				    !punct(q, sb, '(') && (q->t[sb].wc == WC_AUX ||
				    pronoun(q, sa)))
					r = 0;
			} else {
				r = qp_np_before(q, ci, comma, &sa, &sb);
				/* "…, Democratic vice presidential candidate
				 * Tim Kaine insisted": words of a title. */
				if (r == 1 && sa != comma && sa - comma <= 5 &&
				    qp_words_only(q, comma, sa))
					sa = comma;
				/* "…, as the Courier reported." */
				if (r == 1 && sa == comma + 1 && is(q, comma, "as"))
					sa = comma + 1;
				else if (r == 1 && sa != comma)
					r = 0;
			}
			/* "Asked about the fees, Roe said nothing": the
			 * clause before is the question's, reported already. */
			if (r == 1 && comma != ci && cue_before(q, first, comma - 1))
				return;
			if (r == 1) {
				c = qr_new_cand(q);
				/* "The plan, she said, is dead": the whole sentence;
				 * but "…, said Ann Roe, a pollster." is the name's
				 * appositive. */
				if (i < last && punct(q, i, ',') &&
				    i + 1 < last && !terminal(q, i + 1) &&
				    !(comma == ci && (q->t[i + 1].wc == WC_DET ||
				    q->t[i + 1].wc == WC_TITLE)) &&
				    qr_content(q, first, last, c)) {
					take_indirect(q, c, ci, cb, sa, sb);
				} else if (qr_content(q, first, comma - 1, c)) {
					take_indirect(q, c, ci, cb, sa, sb);
				} else
					q->nc--;
				return;
			}
			if (r == -1)
				return;
		}
	}
	/* "Asked whether …, X said": a question put to someone, not named. */
	if (is(q, ci, "asked") && (a = asked_what(q, cb, last, &sa, &sb)) != NONE &&
	    (ci == first || is(q, ci - 1, "when") || is(q, ci - 1, "if") ||
	    punct(q, ci - 1, ','))) {
		for (i = a; i < last && !punct(q, i, ',') && !terminal(q, i) &&
		    i - a < CLAUSE_MAX; i++)
			continue;
		c = qr_new_cand(q);
		if (!qr_content(q, a, i, c)) {
			q->nc--;
			return;
		}
		take_indirect(q, c, ci, cb, sa, sb);
		return;
	}
	/* X said (that) …: the speaker before, the clause after. */
	for (lo = ci; lo > first && ci - lo < NP_MAX * 2; lo--)
		if (punct(q, lo - 1, ')')) {
			/* "Gov. Ann Roe (R) said": the brackets go with the name. */
			for (i = lo - 1; i > first && lo - i < 10 && !punct(q, i - 1, '(') &&
			    !breaks(q, i - 1); i--)
				continue;
			if (i <= first + 1 || !punct(q, i - 1, '('))
				break;
			lo = i;
		} else if (breaks(q, lo - 1))
			break;
	if (participle(q, ci)) {
		/* "with 50 percent saying …", "Ryan saying …": the phrase
		 * before it speaks; "by saying …", "— saying …": the
		 * sentence's subject, as after a comma. */
		if (ci == first)
			return;
		if (!punct(q, ci - 1, ',') && !dash(q, ci - 1) &&
		    !is(q, ci - 1, "by")) {
			if (qp_np_before(q, ci, lo, &sa, &sb) != 1 || sa == NONE)
				return;
			for (i = sa; i < sb && !qp_share(q, i) &&
			    !ent_is(q, i, ET_PERSON); i++)
				continue;
			if (i == sb)
				return;
			r = 1;
		} else
			r = qp_participle_subject(q, ci, &sa, &sb);
		if (r != 1) {
			/* "The nurse later sued, claiming …": a subject the
			 * phrase rules do not see; the clause all the same. */
			if (!loose_subject(q, s, &sa, &sb))
				sa = sb = NONE;
			r = 1;
		}
	} else {
		r = qp_np_before(q, ci, lo, &sa, &sb);
		/* "…, but said …", "… and then told …": the subject is the
		 * sentence's. */
		for (i = ci; i > first + 1 && ci - i < 3 && (q->t[i - 1].wc ==
		    WC_AUX || adverb(q, i - 1)); i--)
			continue;
		if (r == 0 && i > first && (is(q, i - 1, "but") ||
		    is(q, i - 1, "and"))) {
			r = qp_subject_of(q, s, &sa, &sb);
			/* "Some farmers grumbled and said that …": a subject
			 * the phrase rules do not see; 'that' makes it a clause. */
			if (r == 0 && cb < last && is(q, cb, "that")) {
				if (!loose_subject(q, s, &sa, &sb))
					sa = sb = NONE;
				r = 1;
			}
		}
	}
	if (r != 1)
		return;
	if ((a = qc_clause_start(q, ci, cb, last)) == NONE)
		return;
	c = qr_new_cand(q);
	if (!qr_content(q, a, clause_end(q, a), c)) {
		q->nc--;
		return;
	}
	take_indirect(q, c, ci, cb, sa, sb);
}
