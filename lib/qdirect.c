/*
 * qdirect: the attribution of direct quotations (a cue and speaker
 * after the closing mark, before the opening one, a name and a colon,
 * the speaker of the quotation before, a name opening the sentence
 * before or after), quotations that go on after their own attribution,
 * and embedded posts with their author line.
 */
#include <stdlib.h>
#include <string.h>

#include "qengine.h"

/* The first token that starts at or after off. */
size_t
qd_tok_at(const struct quoter *q, uint64_t off)
{
	size_t lo = 0, hi = q->nt, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (q->t[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Does a clause of its own follow the cue ("officials insist the
 * evidence merits…"), so that the cue is not the quotation's?  After
 * "he said" come a few words at most ("on Friday", "the news
 * conference") and the sentence's end.
 */
static int
clause_follows(const struct quoter *q, size_t i)
{
	size_t n;

	if (i < q->nt && is(q, i, "that"))
		return 1;
	for (n = 0; i < q->nt && FREE(q, i) && !terminal(q, i) &&
	    !punct(q, i, ',') && !punct(q, i, ';') && !dash(q, i); i++)
		if (++n > 5)
			return 1;
	return 0;
}

/*
 * After a quotation that ends its sentence, does the cue of the next
 * one take a clause of its own (“…campaign.” She said she admires
 * him.), three words or more, or a quotation after a colon or comma
 * (“…” Roe said: “…”)?  Then it is not the quotation's.
 */
static int
own_clause(const struct quoter *q, size_t i)
{
	size_t n;

	if (i < q->nt && (is(q, i, "that") || (pronoun(q, i) && !is(q, i, "it"))))
		return 1;
	/* “…” Roe said: “…”: the cue opens a quotation of its own. */
	if (i < q->nt && (punct(q, i, ':') || !FREE(q, i) ||
	    (punct(q, i, ',') && i + 1 < q->nt && !FREE(q, i + 1))))
		return 1;
	for (n = 0; i < q->nt && FREE(q, i) && !terminal(q, i) &&
	    !punct(q, i, ',') && !punct(q, i, ';') && !dash(q, i); i++)
		if (++n >= 3)
			return 1;
	return 0;
}

/*
 * Attribution after the closing mark: ", he said", ", said Zelenskyy",
 * "the ministry said in a statement", ", according to X", or an author
 * line after a dash.
 */
static int
attr_after(struct quoter *q, size_t k, struct attr *at)
{
	size_t i = q->dafter[k], lo, hi, ci, sa, sb;
	int isdash = 0;

	while (i < q->nt && FREE(q, i) && (punct(q, i, ',') || dash(q, i) ||
	    punct(q, i, '('))) {
		isdash |= dash(q, i);
		i++;
	}
	if (i >= q->nt || !FREE(q, i) || !same_para(q, i, q->dafter[k] - 1))
		return 0;
	lo = i;
	for (hi = lo; hi < q->nt && hi - lo < AFTER_REACH && FREE(q, hi) &&
	    !terminal(q, hi) && same_para(q, hi, lo); hi++)
		continue;
	for (ci = lo; ci < hi; ci++)
		if ((speechcue(q, ci) && !q->t[ci].used) || according(q, ci))
			break;
	if (ci < hi && ci == lo) {
		set_attr(at, ci, qp_cue_end(q, ci), NONE, NONE);
		if (qp_np_after(q, at->cb, hi, &sa, &sb) == 1) {
			at->sa = sa;
			at->sb = sb;
		}
		return 1;
	}
	if (ci < hi && qp_np_before(q, ci, lo, &sa, &sb) == 1 && sa <= lo + 3 &&
	    qp_words_only(q, lo, sa) && !according(q, ci) &&
	    (qd_sentence_like(q, k) ? !is(q, qp_cue_end(q, ci), "that") :
	    !clause_follows(q, qp_cue_end(q, ci))) &&
	    !(q->t[lo].sent != q->t[q->dafter[k] - 1].sent &&
	    own_clause(q, qp_cue_end(q, ci)))) {
		sa = lo;	/* "White House press secretary Josh Earnest told" */
		set_attr(at, ci, qp_cue_end(q, ci), sa, sb);
		return 1;
	}
	/* “…,” Lt. Col. Dale Whitcombe, who leads the response, told … */
	for (sa = lo; ci == hi && sa < hi && sa - lo < 4 && !in_ent(q, sa) &&
	    (capital(q, sa) || punct(q, sa, '.')); sa++)
		continue;	/* the title: "Lt. Col." */
	if (ci == hi && sa < hi && in_ent(q, sa)) {
		for (sb = sa + 1; sb < hi && ent_goes_on(q, sb); sb++)
			continue;
		if (sb < hi && punct(q, sb, ',')) {
			for (ci = sb + 1; ci < q->nt && ci - sb < 20 && FREE(q, ci) &&
			    !terminal(q, ci) && !punct(q, ci, ','); ci++)
				continue;
			if (ci + 1 < q->nt && punct(q, ci, ',') &&
			    speechcue(q, ci + 1) && !q->t[ci + 1].used) {
				set_attr(at, ci + 1, qp_cue_end(q, ci + 1), lo, sb);
				return 1;
			}
		}
		ci = hi;
	}
	/* An author line: “…” — Name */
	if (isdash && (ent_is(q, lo, ET_PERSON) || ent_is(q, lo, ET_ORG))) {
		for (sb = lo; sb < hi && (sb == lo || ent_goes_on(q, sb)); sb++)
			continue;
		set_attr(at, lo - 1, lo, lo, sb);
		return 1;
	}
	return 0;
}

/* Do three words or more of quotation k's sentence follow its close? */
static int
words_after(const struct quoter *q, size_t k)
{
	size_t i = q->dafter[k], n = 0, s;

	if (i >= q->nt || q->dafter[k] == 0)
		return 0;
	s = q->t[q->dafter[k] - 1].sent;
	if (terminal(q, q->dafter[k] - 1) || (q->dafter[k] >= 2 &&
	    terminal(q, q->dafter[k] - 2)))
		return 0;	/* the quotation ended the sentence */
	for (; i < q->nt && q->t[i].sent == s && FREE(q, i) && n < 3; i++) {
		if (punct(q, i, ',') || terminal(q, i))
			break;
		n += q->t[i].kind == TOK_WORD || q->t[i].kind == TOK_NUMBER;
	}
	return n >= 3;
}

/*
 * Attribution before the opening mark: "Zelenskyy said: “", "He added,
 * “", "According to the ministry, “", "Smith: “".
 */
static int
attr_before(struct quoter *q, size_t k, struct attr *at)
{
	size_t o = q->dopen[k], lo, end, ci, sa, sb, s;
	int colon = 0, comma = 0;
	int r;

	if (o == 0 || o >= q->nt)
		return 0;
	s = q->t[o].sent;
	lo = q->sfirst[s];
	if (k > 0 && q->dafter[k - 1] > lo && q->dafter[k - 1] <= o)
		lo = q->dafter[k - 1];
	end = o;
	if (end > lo && (punct(q, end - 1, ':') || punct(q, end - 1, ',') ||
	    dash(q, end - 1))) {
		colon = punct(q, end - 1, ':');
		comma = !colon;
		end--;
	}
	if (end <= lo)
		return 0;
	for (ci = end; ci-- > lo && end - ci <= BEFORE_REACH;) {
		if (according(q, ci)) {
			if (!comma || qp_np_after(q, ci + 2, end, &sa, &sb) != 1)
				return 0;
			set_attr(at, ci, ci + 2, sa, sb);
			return 1;
		}
		if (!speechcue(q, ci) || q->t[ci].used || !FREE(q, ci))
			continue;
		/* Close to the mark, or a colon or comma after it. */
		if (!colon && !comma && end - ci > 2)
			return 0;
		/* "Roe said “it hurts” every time …": the sentence goes on
		 * past the mark, a reported clause with a fragment in it. */
		if (!colon && !comma && words_after(q, k))
			return 0;
		if (participle(q, ci) && ci > lo && punct(q, ci - 1, ','))
			r = qp_participle_subject(q, ci, &sa, &sb);
		else
			r = qp_np_before(q, ci, lo, &sa, &sb);
		if (r == 1) {
			set_attr(at, ci, qp_cue_end(q, ci), sa, sb);
			return 1;
		}
		/* "…, said Smith: “" */
		if (qp_np_after(q, qp_cue_end(q, ci), end, &sa, &sb) == 1 && ci > lo &&
		    punct(q, ci - 1, ',')) {
			set_attr(at, ci, qp_cue_end(q, ci), sa, sb);
			return 1;
		}
		return 0;
	}
	/*
	 * "Smith: “…”", "Councillor Ana Brandt: “…”": a name and a colon;
	 * or a name, a verb the lexicon does not know and a colon, in any
	 * language ("Eva Klein sagte: „…“", "Jean Dubois a déclaré : « … »").
	 */
	if (colon) {
		size_t ne = end, ce = end;

		while (ne > lo && ce - ne < 2 && !in_ent(q, ne - 1) &&
		    q->t[ne - 1].kind == TOK_WORD && !capital(q, ne - 1))
			ne--;
		if (ne > lo && in_ent(q, ne - 1)) {
			enum ent_type et = etype_of(q, ne - 1);

			for (sa = ne - 1; sa > lo && ent_goes_on(q, sa); sa--)
				continue;
			while (sa > lo && capital(q, sa - 1) && !q->t[sa - 1].cue &&
			    q->t[sa - 1].wc != WC_DET)
				sa--;
			if ((sa == lo || breaks(q, sa - 1) || (sa - lo <= 3 &&
			    qp_words_only(q, lo, sa))) &&
			    (et == ET_PERSON || et == ET_ORG)) {
				if (ne < ce)
					set_attr(at, ne, ce, sa, ne);
				else
					set_attr(at, end, end + 1, sa, ne);
				return 1;
			}
		}
	}
	return 0;
}

/* The words in direct quotation k. */
size_t
qd_nwords(const struct quoter *q, size_t k)
{
	size_t i, words = 0;

	for (i = q->dopen[k]; i < q->dafter[k] && i < q->nt; i++)
		words += q->t[i].kind == TOK_WORD;
	return words;
}

/* Does direct quotation k read as a sentence, not a phrase? */
/*
 * Is quotation k written as a title: every word capitalised but the
 * small ones, and no stop at its end ("MTV Unplugged", "Gifted Hands")?
 */
static int
title_case(const struct quoter *q, size_t k)
{
	size_t i, caps = 0;
	const struct qspan *s = &q->qs.v[k];
	unsigned char c;

	for (i = q->dopen[k]; i < q->dafter[k] && i < q->nt; i++) {
		if (q->t[i].kind != TOK_WORD)
			continue;
		if (capital(q, i))
			caps++;
		else if (q->t[i].wc != WC_STOP && q->t[i].wc != WC_DET)
			return 0;
	}
	c = s->end > s->start ? (unsigned char)q->d->text[s->end - 1] : 0;
	/* A comma may end a title in a list: “Veep,” “Fargo” and … */
	return caps > 0 && c != '.' && c != '!' && c != '?';
}

int
qd_sentence_like(const struct quoter *q, size_t k)
{
	size_t words = qd_nwords(q, k);
	const struct qspan *s = &q->qs.v[k];

	if (title_case(q, k))
		return 0;	/* "The Overthrow Show": a title */
	if (words >= SCARE_WORDS + 2)
		return 1;
	/* Japanese and Chinese have no spaces to count words by. */
	if ((q->d->text[s->open] & 0xFF) == 0xE3 && s->end - s->start >= 12)
		return 1;
	if (words >= 2 && s->end > s->start) {
		unsigned char c = (unsigned char)q->d->text[s->end - 1];

		return c == '.' || c == '!' || c == '?' || c == ',';
	}
	/* “Never.”, a sentence of its own: a word said, not one marked. */
	if (words == 1 && s->end > s->start && q->dopen[k] < q->nt &&
	    q->sfirst[q->t[q->dopen[k]].sent] == q->dopen[k] &&
	    (q->dafter[k] >= q->nt ||
	    q->t[q->dafter[k]].sent != q->t[q->dopen[k]].sent)) {
		unsigned char c = (unsigned char)q->d->text[s->end - 1];

		return c == '.' || c == '!' || c == '?';
	}
	return 0;
}

void
qd_direct(struct quoter *q)
{
	size_t k, s, a, b;
	struct attr *at;
	const struct attr *prev = NULL;
	size_t prevpara = 0;

	for (k = 0; k < q->qs.n; k++) {
		at = &q->da[k];
		/*
		 * Marks of no sentence's tokens (a text whose sentence records
		 * leave part of it out) end before the first token: no
		 * attribution to look for.
		 */
		if (q->dopen[k] >= q->nt || q->dafter[k] == 0)
			continue;
		if (attr_after(q, k, at) || attr_before(q, k, at)) {
			qr_use(q, at);
		}
	}
	/* Without a cue: the speaker of the quotation before it in the
	 * paragraph, or a name opening the sentence before or after. */
	for (k = 0; k < q->qs.n; k++) {
		at = &q->da[k];
		if (q->dopen[k] >= q->nt || q->dafter[k] == 0)
			continue;
		s = q->t[q->dopen[k]].sent;
		if (at->ca == NONE && at->sa == NONE && qd_sentence_like(q, k)) {
			/* The next paragraph only when it opens with the mark. */
			if (prev != NULL && (prevpara == q->d->sents[s].para ||
			    (prevpara + 1 == q->d->sents[s].para &&
			    q->sfirst[s] == q->dopen[k] && (s == 0 ||
			    q->d->sents[s - 1].para != q->d->sents[s].para))) &&
			    prev->sa != NONE)
				*at = *prev;
			else if (q->sfirst[s] == q->dopen[k] && s > 0 &&
			    qp_subject_name(q, s - 1, &a, &b))
				set_attr(at, NONE, NONE, a, b);
			else if (q->dafter[k] < q->nt &&
			    q->t[q->dafter[k]].sent != s &&
			    qp_subject_name(q, q->t[q->dafter[k]].sent, &a, &b))
				set_attr(at, NONE, NONE, a, b);
		}
		if (at->sa != NONE) {
			prev = at;
			prevpara = q->d->sents[q->t[q->dafter[k] - 1].sent].para;
		}
	}
}

/* Does a word of its sentence come just before quotation k's mark? */
int
qd_embedded(const struct quoter *q, size_t k)
{
	size_t o = q->dopen[k];

	if (o == 0 || o >= q->nt || q->sfirst[q->t[o].sent] == o)
		return 0;
	/* Japanese runs words into the mark: 市長は「…」 */
	if (q->qs.v[k].paras > 1 || q->t[o - 1].cue || is(q, o - 1, "that") ||
	    (q->d->text[q->qs.v[k].open] & 0xFF) == 0xE3)
		return 0;
	return q->t[o - 1].kind == TOK_WORD || q->t[o - 1].kind == TOK_NUMBER ||
	    q->t[o - 1].kind == TOK_POSS;
}

/*
 * Does quotation k go on the one before it: the same speaker, the same
 * paragraph, and nothing between them but the attribution and marks?
 */
int
qd_goes_on(const struct quoter *q, size_t k)
{
	const struct attr *a = &q->da[k - 1], *b = &q->da[k];
	size_t i;

	if (a->sa == NONE || q->dafter[k - 1] == 0 || q->dopen[k] >= q->nt ||
	    !same_para(q, q->dafter[k - 1] - 1, q->dopen[k]))
		return 0;
	/*
	 * “No,” he said, “never.”: a fragment with no attribution of its
	 * own goes on the quotation whose cue stands before it, in the
	 * cue's sentence.
	 */
	if (b->sa == NONE && b->ca == NONE) {
		if (a->ca == NONE || q->t[q->dopen[k]].sent != q->t[a->ca].sent)
			return 0;
	} else if (a->sa != b->sa)
		return 0;
	/* The attribution's sentence may go on: ", said X, a farmer from Ohio." */
	for (i = q->dafter[k - 1]; i < q->dopen[k]; i++)
		if (q->t[i].kind != TOK_PUNCT && !within(i, a->ca, a->cb) &&
		    !within(i, a->sa, a->sb) && (a->ca == NONE ||
		    q->t[i].sent != q->t[a->ca].sent || q->t[i].cue))
			return 0;
	return 1;
}

/*
 * An embedded post: a paragraph that ends with its author line,
 * "— The Kyiv Independent (@KyivIndependent) April 22, 2025".  The
 * paragraph before the dash is the author's.
 */
void
qd_posts(struct quoter *q)
{
	size_t s = 0, e, first, i, j;
	struct cand *c;

	while (s < q->d->nsents) {
		for (e = s + 1; e < q->d->nsents &&
		    q->d->sents[e].para == q->d->sents[s].para; e++)
			continue;
		first = q->sfirst[s];
		/* No handle, no author line: most paragraphs are done here.
		 * (Sentence records out of order can end the paragraph's
		 * tokens before they start: the loop below looks then.) */
		if (first >= q->sfirst[e] || (q->t[q->sfirst[e] - 1].end >
		    q->t[first].start && memchr(TXT(q, first), '@',
		    (size_t)(q->t[q->sfirst[e] - 1].end - q->t[first].start)) == NULL)) {
			s = e;
			continue;
		}
		for (i = first + 1; i < q->sfirst[e]; i++) {
			if (!dash(q, i) || !FREE(q, i))
				continue;
			for (j = i + 1; j < q->sfirst[e] && j - i <= 6 &&
			    capital(q, j); j++)
				continue;
			if (j == i + 1 || j + 1 >= q->sfirst[e] ||
			    !punct(q, j, '(') || !punct(q, j + 1, '@'))
				continue;
			c = qr_new_cand(q);
			if (!qr_content(q, first, i, c)) {
				q->nc--;
				break;
			}
			c->type = QT_DIRECT;
			set_attr(&c->at, i, i + 1, i + 1, j);
			break;
		}
		s = e;
	}
}