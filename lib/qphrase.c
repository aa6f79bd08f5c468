/*
 * qphrase: the speaker's phrase around a cue: before it ("the deputy
 * foreign minister said", "Luis Miranda, a spokesman for the party,
 * said") or after it ("said Zelenskyy"); the sentence's subject, for
 * "..., saying that ...", is qsubject's.
 */
#include <stdlib.h>
#include <string.h>

#include "qengine.h"

/* Are tokens [a, b) words, names and their glue ("John Kasich of Ohio")? */
static int
words_only_or_ents(const struct quoter *q, size_t a, size_t b)
{
	for (; a < b; a++)
		if ((q->t[a].kind != TOK_WORD && q->t[a].kind != TOK_ABBREV &&
		    q->t[a].kind != TOK_POSS && !in_ent(q, a) &&
		    !punct(q, a, '.') && !punct(q, a, '(') && !punct(q, a, ')')) ||
		    q->t[a].cue)
			return 0;
	return 1;
}

/* A stop that ends a phrase: not the one of "No. 2", a number after it. */
static int
ends_phrase(const struct quoter *q, size_t i)
{
	return terminal(q, i) && !(punct(q, i, '.') && i + 1 < q->nt &&
	    q->t[i + 1].kind == TOK_NUMBER && q->t[i + 1].sent == q->t[i].sent);
}

/*
 * "Ann Roe, a farmer from Elm Creek, Iowa, said", "Rui Sousa, an
 * official at the port, which has lost money, said": an appositive
 * with commas of its own, after a name that opens the sentence (with
 * its title words); up to 30 tokens and no cue.
 */
static int
long_appositive(const struct quoter *q, size_t comma, size_t *a, size_t *b)
{
	size_t first = q->sfirst[q->t[comma].sent], i, e;

	i = qp_after_dateline(q, first, comma);
	while (i < comma && !in_ent(q, i) && (capital(q, i) ||
	    punct(q, i, '.') || q->t[i].wc == WC_TITLE || q->t[i].wc == WC_DET) &&
	    i - first < 4)
		i++;
	if (i >= comma || !(ent_is(q, i, ET_PERSON) || ent_is(q, i, ET_ORG)))
		return 0;
	for (i++; i < comma && ent_goes_on(q, i); i++)
		continue;
	/* "Ann Roe of Ohio, …": where the name is from goes with it. */
	if (i + 2 < comma && is(q, i, "of") && capital(q, i + 1)) {
		for (e = i + 1; e < comma && e - i <= 3 && capital(q, e); e++)
			continue;
		if (punct(q, e, ','))
			i = e;
	}
	if (i >= comma || !punct(q, i, ',') || comma - i > 30)
		return 0;
	for (e = i + 1; e < comma; e++)
		if (!FREE(q, e) || q->t[e].cue || ends_phrase(q, e) ||
		    dash(q, e) || punct(q, e, ';'))
			return 0;
	*a = first;
	*b = comma;
	return 1;
}

/*
 * "Luis Miranda, a spokesman for the party, said": the comma before the
 * cue closes an appositive; the speaker is the phrase before it, with
 * the appositive.
 */
int
qp_appositive(const struct quoter *q, size_t comma, size_t *a, size_t *b)
{
	size_t first = q->sfirst[q->t[comma].sent], p, lo, i;

	int n;

	for (p = comma; p > first && comma - p < 20; p--)
		if (punct(q, p - 1, ',') || !FREE(q, p - 1) || ends_phrase(q, p - 1))
			break;
	/* "Ramos, 58, told AFP": one word is enough for an appositive. */
	if (p <= first || !punct(q, p - 1, ',') || comma - p < 1)
		return 0;
	/* "Ann Roe, 21, a student from Ohio, said": an age before the
	 * appositive is passed over (twice at most). */
	for (n = 0; n < 2 && p - 1 >= first + 3 && q->t[p - 2].kind == TOK_NUMBER &&
	    punct(q, p - 3, ',') && FREE(q, p - 2); n++)
		p -= 2;
	for (lo = p - 1; lo > first; lo--) {
		/* An acronym in brackets goes with the name: "Authority (LVWA)". */
		if (lo >= first + 3 && punct(q, lo - 1, ')') && punct(q, lo - 3, '('))
			lo -= 2;
		else if (breaks(q, lo - 1))
			break;
	}
	/* "John Kasich of Ohio, a Republican…, said": a short phrase with a name. */
	if (p - 1 - lo <= 9)
		for (i = lo; i < p - 1; i++)
			if ((ent_is(q, i, ET_PERSON) || ent_is(q, i, ET_ORG)) &&
			    words_only_or_ents(q, lo, p - 1)) {
				*a = lo;
				*b = comma;
				return 1;
			}
	if (qp_np_before(q, p - 1, lo, a, b) == 1 && *a == lo) {
		*b = comma;
		return 1;
	}
	return long_appositive(q, comma, a, b);
}

/*
 * A share of those asked, as polls report who said what: "60 percent",
 * "42%", "a third", "half", "some", "two in three".
 */
static int
share(const struct quoter *q, size_t i)
{
	static const struct qword w[] = { QWORD("percent"), QWORD("half"),
	    QWORD("third"), QWORD("thirds"), QWORD("quarter"),
	    QWORD("quarters"), QWORD("majority"), QWORD("majorities"),
	    QWORD("minority"), QWORD("some"), QWORD("many"), QWORD("most"),
	    QWORD("several"), QWORD("few"), QWORD("others") };

	if (q->t[i].kind == TOK_NUMBER || punct(q, i, '%'))
		return 1;
	if (ent_is(q, i, ET_PERCENT) || ent_is(q, i, ET_CARDINAL))
		return 1;
	return is_one_of(q, i, w, sizeof(w) / sizeof(w[0]));
}

/*
 * "But aides said", "…, and experts say": a conjunction opening the
 * sentence or a clause after a comma, then the phrase.
 */
static int
opening_conjunction(const struct quoter *q, size_t i)
{
	size_t first = q->sfirst[q->t[i].sent];

	if (!(is(q, i, "but") || is(q, i, "and") || is(q, i, "yet") ||
	    is(q, i, "so") || (i == first && is(q, i, "still"))))
		return 0;
	return i == first || (i > first && (punct(q, i - 1, ',') ||
	    punct(q, i - 1, ';')) && FREE(q, i - 1));
}

/*
 * Where a date or time ends at j ("last week", "on Tuesday", "in
 * March"), the token it starts at, with its preposition; else j.
 */
static size_t
date_before(const struct quoter *q, size_t j, size_t lo)
{
	size_t k;

	if (j <= lo || !FREE(q, j - 1) || !(ent_is(q, j - 1, ET_DATE) ||
	    ent_is(q, j - 1, ET_TIME)))
		return j;
	for (k = j - 1; k > lo && ent_goes_on(q, k); k--)
		continue;
	if (k > lo && (is(q, k - 1, "on") || is(q, k - 1, "in") ||
	    is(q, k - 1, "at")))
		k--;
	/* A name must be left before it: "On Tuesday said" is no subject. */
	return k > lo ? k : j;
}

/*
 * The speaker's phrase that ends just before the cue at ci, not reaching
 * before lo: a pronoun, a name with the title words before it, or a
 * noun phrase back to its determiner.  1 found, 0 none, -1 a subject
 * that cannot speak (the cue is no cue).
 */
int
qp_np_before(const struct quoter *q, size_t ci, size_t lo, size_t *a, size_t *b)
{
	size_t j = ci, k, n;

	while (j > lo && q->t[j - 1].kind == TOK_WORD && (q->t[j - 1].wc == WC_AUX ||
	    adverb(q, j - 1)))
		j--;
	/* "Ann Roe last week said", "… on Tuesday said": a date between. */
	if ((k = date_before(q, j, lo)) != j) {
		j = k;
		while (j > lo && q->t[j - 1].kind == TOK_WORD &&
		    (q->t[j - 1].wc == WC_AUX || adverb(q, j - 1)))
			j--;
	}
	if (j == lo && lo > 1 && punct(q, lo - 1, ','))
		return qp_appositive(q, lo - 1, a, b);
	/* "“…,” Ann Roe, the harbor's chief, said": within the reach. */
	if (j > lo + 1 && punct(q, j - 1, ','))
		return qp_appositive(q, j - 1, a, b) == 1 && *a >= lo;
	/* "Sen. Rand Paul (R-Ky.) said": the brackets go with the name. */
	if (j > lo + 2 && punct(q, j - 1, ')')) {
		size_t k = j - 1, r;

		while (k > lo && j - k < 10 && !punct(q, k - 1, '('))
			k--;
		if (k > lo + 1 && punct(q, k - 1, '(')) {
			r = qp_np_before(q, k - 1, lo, a, b);
			if (r == 1)
				*b = j;
			return r;
		}
	}
	if (j <= lo || j == 0)
		return 0;
	j--;
	*b = j + 1;
	if (!FREE(q, j) || breaks(q, j))
		return 0;
	/* "Ted Cruz, who said …", "voters who say …": the relative is the
	 * speaker, resolved to the name before it. */
	if (pronoun(q, j) || (is(q, j, "who") && j > 0)) {
		*a = j;
		return 1;
	}
	if (share(q, j)) {
		/* "About four in 10 said": back over the share's words. */
		for (k = j; k > lo && j - k < NP_MAX; k--) {
			const struct qtok *p = &q->t[k - 1];

			if (!FREE(q, k - 1) || breaks(q, k - 1) || p->cue ||
			    p->wc == WC_AUX ||
			    (p->wc == WC_STOP && !is(q, k - 1, "in")))
				break;
		}
		while (k < j && is(q, k, "in"))
			k++;
		*a = k;
		return 1;
	}
	if (q->t[j].wc == WC_NONAGENT)
		return -1;
	if (q->t[j].kind == TOK_POSS) {
		/* "he's said": a pronoun's 's is "has" */
		if (j > lo && pronoun(q, j - 1)) {
			*a = j - 1;
			*b = j - 1 + 1;
			return 1;
		}
		return 0;
	}
	if (in_ent(q, j)) {
		enum ent_type et = etype_of(q, j);

		/* LOC too: the tagger takes "the White House" and "the
		 * Pentagon", which speak, for places at times. */
		if (et != ET_PERSON && et != ET_ORG &&
		    et != ET_GPE && et != ET_NORP && et != ET_LOC)
			return 0;
		for (k = j; k > lo && ent_goes_on(q, k); k--)
			continue;
		/* The title words, names and possessives before the name. */
		for (n = 0; k > lo && n < NP_MAX; n++) {
			const struct qtok *p = &q->t[k - 1];

			if (!FREE(q, k - 1) || breaks(q, k - 1) || p->cue)
				break;
			if (p->wc == WC_DET) {
				k--;
				break;
			}
			if (p->wc == WC_STOP || p->wc == WC_AUX)
				break;
			if (in_ent(q, k - 1) && etype_of(q, k - 1) >= ET_DATE)
				break;
			if (!(capital(q, k - 1) || p->kind == TOK_POSS ||
			    p->wc == WC_TITLE || p->wc == WC_GENERIC ||
			    p->wc == WC_ORG))
				break;
			k--;
		}
		*a = k;
		return 1;
	}
	if (q->t[j].kind != TOK_WORD)
		return 0;
	if (q->t[j].wc == WC_STOP || q->t[j].wc == WC_DET || q->t[j].cue)
		return 0;
	for (k = j, n = 0; k > lo && n < NP_MAX - 3; n++) {
		const struct qtok *p = &q->t[k - 1];

		if (!FREE(q, k - 1) || breaks(q, k - 1) || p->cue ||
		    p->wc == WC_STOP || p->wc == WC_AUX)
			break;
		k--;
		if (p->wc == WC_DET)
			break;
	}
	/* A longer phrase only when it runs back to a determiner or the
	 * clause's start: "Six in 10 Virginia Democratic primary voters". */
	if (n == NP_MAX - 3 && k > lo && q->t[k].wc != WC_DET) {
		size_t m = k;

		for (; m > lo && n < 2 * NP_MAX; n++) {
			const struct qtok *p = &q->t[m - 1];

			if (!FREE(q, m - 1) || breaks(q, m - 1) || p->cue ||
			    (p->wc == WC_STOP && !is(q, m - 1, "in")) ||
			    p->wc == WC_AUX)
				break;
			m--;
			if (p->wc == WC_DET)
				break;
		}
		if (m == lo || q->t[m].wc == WC_DET)
			k = m;
	}
	/* "Six in 10 primary voters": the share before the phrase. */
	if (k > lo + 1 && share(q, k) && is(q, k - 1, "in") && share(q, k - 2)) {
		k -= 2;
		while (k > lo && FREE(q, k - 1) && (share(q, k - 1) ||
		    q->t[k - 1].wc == WC_DET))
			k--;
		*a = k;
		return 1;
	}
	/* "28 percent of voters", "most of the delegates": the share. */
	if (k > lo + 1 && is(q, k - 1, "of") && share(q, k - 2)) {
		size_t m;

		for (m = k - 2; m > lo && j - m < 2 * NP_MAX && FREE(q, m - 1) &&
		    !breaks(q, m - 1) && !q->t[m - 1].cue &&
		    q->t[m - 1].wc != WC_AUX && (share(q, m - 1) ||
		    is(q, m - 1, "in") || q->t[m - 1].wc != WC_STOP); m--)
			continue;
		*a = m;
		return 1;
	}
	/* A bare phrase that did not reach a determiner or the clause's
	 * start is likely the end of something else ("the plan was said"). */
	if (k > lo && q->t[k].wc != WC_DET && q->t[j].wc != WC_TITLE &&
	    q->t[j].wc != WC_ORG && q->t[j].wc != WC_GENERIC && !capital(q, k) &&
	    !(k == lo + 1 && opening_conjunction(q, lo)))
		return 0;
	*a = k;
	return 1;
}

int
qp_share(const struct quoter *q, size_t i)
{
	return share(q, i);
}

/* The speaker's phrase from token i on, not reaching hi ("said the ministry"). */
int
qp_np_after(const struct quoter *q, size_t i, size_t hi, size_t *a, size_t *b)
{
	size_t k = i, n;

	if (i >= hi || !FREE(q, i) || breaks(q, i))
		return 0;
	*a = i;
	if (pronoun(q, i)) {
		*b = i + 1;
		return 1;
	}
	for (n = 0; k < hi && n < NP_MAX; n++, k++) {
		const struct qtok *p = &q->t[k];

		/* A cue after a determiner is a noun: "a post from …". */
		if (!FREE(q, k) || breaks(q, k) || terminal(q, k) || (p->cue &&
		    !(k > i && q->t[k - 1].wc == WC_DET)))
			break;
		if (p->wc == WC_STOP && !(k > i && ent_goes_on(q, k)))
			break;
		/* A date ends it, but not "one" or "two" opening it
		 * ("said one official", "according to two aides"). */
		if (in_ent(q, k) && etype_of(q, k) >= ET_DATE &&
		    !(k == i && p->kind == TOK_WORD &&
		    etype_of(q, k) == ET_CARDINAL))
			break;
		/* "Will Doyle": an auxiliary only in lower case. */
		if (p->wc == WC_AUX && !capital(q, k))
			break;
	}
	if (k == i)
		return 0;
	/* "a recent report from Bloomberg New Energy Finance": its source. */
	if (k + 1 < hi && !in_ent(q, k - 1) && (is(q, k, "from") ||
	    is(q, k, "by") || is(q, k, "of")) && in_ent(q, k + 1) &&
	    etype_of(q, k + 1) < ET_DATE) {
		/* The name from its second token on. */
		for (k += 2; k < hi && ent_goes_on(q, k); k++)
			continue;
	}
	*b = k;
	return 1;
}

/* The cue at ci, with what goes with it: "said in a statement". */
size_t
qp_cue_end(const struct quoter *q, size_t ci)
{
	if (according(q, ci))
		return ci + 2;
	if (ci + 3 < q->nt && is(q, ci + 1, "in") && is(q, ci + 2, "a") &&
	    is(q, ci + 3, "statement"))
		return ci + 4;
	return ci + 1;
}

/* Are tokens [a, b) all words (the rest of a speaker's title)? */
int
qp_words_only(const struct quoter *q, size_t a, size_t b)
{
	for (; a < b; a++)
		if (q->t[a].kind != TOK_WORD || q->t[a].wc == WC_STOP ||
		    q->t[a].cue)
			return 0;
	return 1;
}
