/*
 * qclause: where the clause a cue reports begins: after "that" (past
 * the hearer of "told" and the adverbs of "said"), after a colon, at
 * the "to" of a request ("urged them to …"), after the hearer of
 * "told" ("told reporters the …"), past an aside ("said, however,
 * that"), or right after a cue that takes its clause without "that"
 * ("said the plan …") unless what follows is no clause ("said in his
 * memo", "said nothing").
 */
#include <string.h>

#include "qengine.h"

/* Is token i the opening mark of a quotation? */
static int
opens(const struct quoter *q, size_t i)
{
	return q->t[i].opens;
}

/* "asked (him) whether …": a reported question. */
static int
asks(const struct quoter *q, size_t ci)
{
	return is(q, ci, "asked") || is(q, ci, "asks") || is(q, ci, "ask") ||
	    is(q, ci, "asking");
}

int
qc_question(const struct quoter *q, size_t i)
{
	return is(q, i, "whether") || is(q, i, "if") || is(q, i, "why") ||
	    is(q, i, "how") || is(q, i, "what") || is(q, i, "when") ||
	    is(q, i, "who");
}

/* Does the cue take its clause without "that" ("he said the plan…")? */
static int
no_that(const struct quoter *q, size_t ci)
{
	static const struct qword w[] = { QWORD("said"), QWORD("says"),
	    QWORD("say"), QWORD("saying"), QWORD("added"), QWORD("adds"),
	    QWORD("wrote"), QWORD("writes"), QWORD("claimed"),
	    QWORD("claims"), QWORD("claim"), QWORD("insisted"),
	    QWORD("insists"), QWORD("insist"), QWORD("stressed"),
	    QWORD("noted"), QWORD("argued"), QWORD("argues"), QWORD("warned"),
	    QWORD("warns"), QWORD("announced"), QWORD("announces"),
	    QWORD("reported"), QWORD("reports"), QWORD("revealed"),
	    QWORD("confirmed"), QWORD("denied"), QWORD("acknowledged"),
	    QWORD("admitted"), QWORD("suggested"), QWORD("suggests"),
	    QWORD("explained"), QWORD("promised"), QWORD("vowed"),
	    QWORD("recalled"), QWORD("predicted"), QWORD("tweeted"),
	    QWORD("claiming"), QWORD("insisting"), QWORD("arguing"),
	    QWORD("warning"), QWORD("announcing"), QWORD("revealing"),
	    QWORD("confirming"), QWORD("denying"), QWORD("acknowledging"),
	    QWORD("admitting"), QWORD("suggesting"), QWORD("explaining"),
	    QWORD("promising"), QWORD("vowing"), QWORD("recalling"),
	    QWORD("predicting"), QWORD("noting"), QWORD("stressing"),
	    QWORD("adding"), QWORD("writing") };

	return is_one_of(q, ci, w, sizeof(w) / sizeof(w[0]));
}

/*
 * Does an amount start at i, after "about", "at" or "as" ("said about
 * half of …", "said at least 155 …", "said as many as …")?
 */
static int
amount(const struct quoter *q, size_t i, size_t last)
{
	if (i >= last)
		return 0;
	return q->t[i].kind == TOK_NUMBER || is(q, i, "half") ||
	    is(q, i, "least") || is(q, i, "most") || is(q, i, "many") ||
	    is(q, i, "much") ||
	    (in_ent(q, i) && etype_of(q, i) >= ET_MONEY);
}

/*
 * "asked the board to …", "urged them to …", "told him to …": the "to"
 * after the hearer of a request, or NONE.
 */
static size_t
bid_to(const struct quoter *q, size_t ci, size_t h, size_t last)
{
	size_t i;

	if (!(asks(q, ci) || is(q, ci, "urged") || is(q, ci, "urges") ||
	    is(q, ci, "urging") || q->t[ci].cue == CUE_TELL))
		return NONE;
	for (i = h; i < last && i - h < 6 && FREE(q, i) && !breaks(q, i) &&
	    !q->t[i].cue; i++)
		if (is(q, i, "to"))
			return i > h && i + 1 < last && q->t[i + 1].kind ==
			    TOK_WORD ? i : NONE;
		else if (q->t[i].wc == WC_STOP)
			break;
	return NONE;
}

/*
 * The end of the hearer of "told" that starts at h, with no "that"
 * after it: "told him …", "told reporters …", "told the Harbor Times …",
 * or NONE.
 */
static size_t
hearer_end(const struct quoter *q, size_t h, size_t last)
{
	size_t i = h;

	if (h >= last || !FREE(q, h))
		return NONE;
	if (is(q, h, "him") || is(q, h, "her") || is(q, h, "me") ||
	    is(q, h, "us") || is(q, h, "them") || is(q, h, "reporters") ||
	    is(q, h, "journalists"))
		return h + 1;
	if (q->t[i].wc == WC_DET && i + 1 < last)
		i++;
	if (!in_ent(q, i) || etype_of(q, i) >= ET_DATE)
		return NONE;
	for (i++; i < last && ent_goes_on(q, i); i++)
		continue;
	return i;
}

/*
 * "He said, however, that …", "she said — on the radio — the …": the
 * token after an aside that follows the cue at its end cb, or cb.
 */
static size_t
aside(const struct quoter *q, size_t cb, size_t last)
{
	size_t i;

	if (cb + 3 >= last || !FREE(q, cb) || !(punct(q, cb, ',') ||
	    dash(q, cb)))
		return cb;
	/* A dash closes what a dash opened, commas and all. */
	for (i = cb + 1; i < last && i - cb <= 8 && FREE(q, i) &&
	    !terminal(q, i) && !(punct(q, i, ',') && !dash(q, cb)) &&
	    !dash(q, i) && !speechcue(q, i); i++)
		continue;
	if (i + 1 >= last || i == cb + 1 || !FREE(q, i + 1) ||
	    !(dash(q, cb) ? dash(q, i) : punct(q, i, ',')) || breaks(q, i + 1))
		return cb;
	return i + 1;
}

/*
 * The first token of the clause reported by the cue ci, which ends at
 * cb, in the sentence that ends before last; NONE when it reports none.
 */
size_t
qc_clause_start(const struct quoter *q, size_t ci, size_t cb, size_t last)
{
	size_t a, h, i, reach;

	a = h = aside(q, cb, last);
	/* The hearer of "told", and the adverbs of "said", before "that";
	 * not past another cue ("He said CNN had tweeted that …") nor a
	 * subject ("said he is unsure that …": the clause began).  Where
	 * the cue's adverbial is a preposition's phrase it may be longer
	 * ("said in an interview with the Harbor Times last week that"). */
	reach = h < last && (is(q, h, "in") || is(q, h, "on") || is(q, h, "at") ||
	    is(q, h, "during") || q->t[ci].cue == CUE_TELL) ? 14 : 7;
	for (i = h; i < last && i - h < reach && FREE(q, i) && !breaks(q, i) &&
	    !(i > h && speechcue(q, i)) && !pronoun(q, i); i++)
		if (is(q, i, "that") || (asks(q, ci) && qc_question(q, i)))
			break;
	if (i < last && FREE(q, i) && (is(q, i, "that") ||
	    (asks(q, ci) && qc_question(q, i))))
		a = i;
	else if (cb + 1 < last && punct(q, cb, ':') && FREE(q, cb + 1))
		a = cb + 1;	/* "Trump tweeted: Crooked …" with no marks */
	else if ((i = bid_to(q, ci, h, last)) != NONE)
		a = i;
	else if (q->t[ci].cue == CUE_TELL) {
		if ((a = hearer_end(q, h, last)) == NONE || a >= last ||
		    !FREE(q, a) || breaks(q, a) || terminal(q, a) ||
		    q->t[a].wc == WC_STOP)
			return NONE;
	}
	else if (!no_that(q, ci))
		return NONE;
	else if (a < last && (is(q, a, "to") || is(q, a, "of") || (is(q, a,
	    "about") && !amount(q, a + 1, last)) ||
	    is(q, a, "for") || is(q, a, "by") || is(q, a, "with") ||
	    is(q, a, "so") || is(q, a, "nothing") || is(q, a, "yes") ||
	    is(q, a, "when") || is(q, a, "after") || is(q, a, "before") ||
	    is(q, a, "while") || is(q, a, "because") || ((is(q, a, "as") ||
	    is(q, a, "at")) && !amount(q, a + 1, last)) ||
	    is(q, a, "in") || is(q, a, "on") ||
	    is(q, a, "no") || (breaks(q, a) && !opens(q, a)) || terminal(q, a)))
		return NONE;
	return a < last ? a : NONE;
}
