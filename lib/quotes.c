/*
 * The engine: the marks give direct quotations (qmarks), the cues near
 * them their attribution; cues elsewhere give reported clauses; a
 * quoted fragment inside a reported clause makes it mixed; the speakers
 * are resolved last (resolve).  Everything works on one array of the
 * document's tokens, so every rule is a look at a few neighbours.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <err.h>
#include <stdio.h>

#include "cues.h"
#include "diag.h"
#include "document.h"
#include "qmarks.h"
#include "quotes.h"
#include "resolve.h"
#include "tokens.h"
#include "utf8.h"

#define NONE	((size_t)-1)
/* How far a cue may stand from the mark it attributes, in tokens. */
#define AFTER_REACH	12
#define BEFORE_REACH	8
/* A quoted phrase with no cue and fewer words is a scare quote or a title. */
#define SCARE_WORDS	5
/* Tokens a reported clause may run over (a sentence with no stops is cut). */
#define CLAUSE_MAX	400
/* Tokens a speaker's phrase may run over. */
#define NP_MAX		8

struct qtok {
	uint64_t	 start, end;
	size_t		 sent;
	size_t		 ent;		/* entity it lies in, or NONE */
	size_t		 span;		/* direct quotation (marks included), or NONE */
	unsigned char	 kind, cue, wc, used;
};

/* What a quotation is attributed to: cue and speaker as token ranges. */
struct attr {
	size_t		 ca, cb;	/* cue tokens [ca, cb), ca NONE if none */
	size_t		 sa, sb;	/* speaker tokens, sa NONE if none */
};

struct cand {
	uint64_t	 start, end;
	enum quote_type	 type;
	struct attr	 at;
	size_t		 span;		/* the direct quotation it is, or NONE */
	int		 drop;
};

struct quoter {
	struct cues	 cues;
	struct resolver	 res;
	struct tokens	 tk;
	struct qspans	 qs;
	struct qtok	*t;
	size_t		 nt, tcap;
	size_t		*sfirst;	/* first token of each sentence, and nt */
	size_t		 scap;
	uint64_t	*paras;
	size_t		 npara, pcap;
	struct cand	*c;
	size_t		 nc, ccap;
	struct attr	*da;		/* each direct quotation's attribution */
	size_t		*dopen, *dafter;	/* its mark's token, the token after it */
	size_t		 dcap;
	const struct document *d;
};

static void *
grow(void *p, size_t *cap, size_t need, size_t sz)
{
	if (need <= *cap)
		return p;
	while (*cap < need)
		*cap = *cap < 16 ? 16 : *cap * 2;
	if ((p = reallocarray(p, *cap, sz)) == NULL)
		err(EXIT_TROUBLE, NULL);
	return p;
}

struct quoter *
quoter_new(void)
{
	struct quoter *q;

	if ((q = calloc(1, sizeof(*q))) == NULL)
		err(EXIT_TROUBLE, NULL);
	if (cues_load(&q->cues, "en") != 0)
		errx(EXIT_TROUBLE, "no cue lexicon compiled in");
	resolver_init(&q->res, &q->cues);
	return q;
}

void
quoter_free(struct quoter *q)
{
	if (q == NULL)
		return;
	cues_free(&q->cues);
	resolver_free(&q->res);
	tokens_free(&q->tk);
	qmarks_free(&q->qs);
	free(q->t);
	free(q->sfirst);
	free(q->paras);
	free(q->c);
	free(q->da);
	free(q->dopen);
	free(q->dafter);
	free(q);
}

int
quoter_cues_file(struct quoter *q, const char *path, size_t *lineno,
    const char **why)
{
	FILE *fp;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int saved;

	*lineno = 0;
	*why = NULL;
	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	while ((n = getline(&line, &cap, fp)) != -1) {
		++*lineno;
		if (memchr(line, '\0', (size_t)n) != NULL) {
			*why = "a NUL byte";
			break;
		}
		if (cues_add_line(&q->cues, line, (size_t)n, why) != 0)
			break;
	}
	saved = errno;
	if (*why == NULL && ferror(fp)) {
		free(line);
		fclose(fp);
		errno = saved;
		return -1;
	}
	free(line);
	fclose(fp);
	return *why != NULL ? -1 : 0;
}

/* Token helpers: the bytes of token i, and tests on them. */
#define TXT(q, i)	((q)->d->text + (q)->t[i].start)
#define LEN(q, i)	((size_t)((q)->t[i].end - (q)->t[i].start))

static int
is(const struct quoter *q, size_t i, const char *w)
{
	const char *s = TXT(q, i);
	size_t n = LEN(q, i), k;

	for (k = 0; k < n; k++)
		if (w[k] == '\0' || (s[k] | 0x20) != w[k])
			return 0;
	return w[n] == '\0';
}

static int
punct(const struct quoter *q, size_t i, int ch)
{
	return q->t[i].kind == TOK_PUNCT && LEN(q, i) == 1 && TXT(q, i)[0] == ch;
}

static int
dash(const struct quoter *q, size_t i)
{
	const unsigned char *s = (const unsigned char *)TXT(q, i);

	return q->t[i].kind == TOK_PUNCT && LEN(q, i) == 3 && s[0] == 0xE2 &&
	    s[1] == 0x80 && (s[2] == 0x93 || s[2] == 0x94);
}

static int
terminal(const struct quoter *q, size_t i)
{
	return punct(q, i, '.') || punct(q, i, '!') || punct(q, i, '?') ||
	    (q->t[i].kind == TOK_PUNCT && LEN(q, i) == 3 &&
	    memcmp(TXT(q, i), "\xE2\x80\xA6", 3) == 0);
}

/* A mark that ends a phrase: every punctuation but - & ' and the like. */
static int
breaks(const struct quoter *q, size_t i)
{
	if (q->t[i].kind != TOK_PUNCT)
		return 0;
	return !(punct(q, i, '-') || punct(q, i, '&') || punct(q, i, '\'') ||
	    punct(q, i, '.') || (LEN(q, i) == 3 &&
	    memcmp(TXT(q, i), "\xE2\x80\x99", 3) == 0));
}

static int
pronoun(const struct quoter *q, size_t i)
{
	return is(q, i, "he") || is(q, i, "she") || is(q, i, "they") ||
	    is(q, i, "it") || is(q, i, "we") || is(q, i, "i");
}

static int
capital(const struct quoter *q, size_t i)
{
	int32_t cp;

	if (q->t[i].kind != TOK_WORD && q->t[i].kind != TOK_ABBREV)
		return 0;
	utf8_decode(TXT(q, i), LEN(q, i), &cp);
	return utf8_class(cp) == CC_UPPER;
}

static int
speechcue(const struct quoter *q, size_t i)
{
	return q->t[i].cue == CUE_SPEECH || q->t[i].cue == CUE_TELL;
}

static int
according(const struct quoter *q, size_t i)
{
	return i + 1 < q->nt && is(q, i, "according") && is(q, i + 1, "to");
}

static int
same_para(const struct quoter *q, size_t i, size_t j)
{
	return q->d->sents[q->t[i].sent].para == q->d->sents[q->t[j].sent].para;
}

/* Is token i outside any quotation's marks? */
#define FREE(q, i)	((q)->t[i].span == NONE)

/* A lower-case word in -ly: "initially said", "flatly denied". */
static int
adverb(const struct quoter *q, size_t i)
{
	size_t n = LEN(q, i);

	return n > 4 && ascii_lower((unsigned char)TXT(q, i)[0]) &&
	    memcmp(TXT(q, i) + n - 2, "ly", 2) == 0;
}

static int np_before(const struct quoter *, size_t, size_t, size_t *, size_t *);

/* Are tokens [a, b) words, names and their glue ("John Kasich of Ohio")? */
static int
words_only_or_ents(const struct quoter *q, size_t a, size_t b)
{
	for (; a < b; a++)
		if ((q->t[a].kind != TOK_WORD && q->t[a].kind != TOK_ABBREV &&
		    q->t[a].kind != TOK_POSS && q->t[a].ent == NONE &&
		    !punct(q, a, '.') && !punct(q, a, '(') && !punct(q, a, ')')) ||
		    q->t[a].cue)
			return 0;
	return 1;
}

/*
 * "Luis Miranda, a spokesman for the party, said": the comma before the
 * cue closes an appositive; the speaker is the phrase before it, with
 * the appositive.
 */
static int
appositive(const struct quoter *q, size_t comma, size_t *a, size_t *b)
{
	size_t first = q->sfirst[q->t[comma].sent], p, lo, i;

	for (p = comma; p > first && comma - p < 20; p--)
		if (punct(q, p - 1, ',') || !FREE(q, p - 1) || terminal(q, p - 1))
			break;
	if (p <= first || !punct(q, p - 1, ',') || comma - p < 2)
		return 0;
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
			if (q->t[i].ent != NONE && (q->d->ents[q->t[i].ent].type ==
			    ET_PERSON || q->d->ents[q->t[i].ent].type == ET_ORG) &&
			    words_only_or_ents(q, lo, p - 1)) {
				*a = lo;
				*b = comma;
				return 1;
			}
	if (np_before(q, p - 1, lo, a, b) != 1 || *a != lo)
		return 0;
	*b = comma;
	return 1;
}

/*
 * The speaker's phrase that ends just before the cue at ci, not reaching
 * before lo: a pronoun, a name with the title words before it, or a
 * noun phrase back to its determiner.  1 found, 0 none, -1 a subject
 * that cannot speak (the cue is no cue).
 */
static int
np_before(const struct quoter *q, size_t ci, size_t lo, size_t *a, size_t *b)
{
	size_t j = ci, k, n;

	while (j > lo && q->t[j - 1].kind == TOK_WORD && (q->t[j - 1].wc == WC_AUX ||
	    adverb(q, j - 1)))
		j--;
	if (j == lo && lo > 1 && punct(q, lo - 1, ','))
		return appositive(q, lo - 1, a, b);
	if (j <= lo || j == 0)
		return 0;
	j--;
	*b = j + 1;
	if (!FREE(q, j) || breaks(q, j))
		return 0;
	if (pronoun(q, j) || (is(q, j, "who") && j > lo && punct(q, j - 1, ','))) {
		*a = j;
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
	if (q->t[j].ent != NONE) {
		const struct doc_entity *e = &q->d->ents[q->t[j].ent];

		if (e->type != ET_PERSON && e->type != ET_ORG &&
		    e->type != ET_GPE && e->type != ET_NORP)
			return 0;
		k = j;
		while (k > lo && q->t[k - 1].ent == q->t[j].ent)
			k--;
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
			if (p->ent != NONE && q->d->ents[p->ent].type >= ET_DATE)
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
	/* A bare phrase that did not reach a determiner or the clause's
	 * start is likely the end of something else ("the plan was said"). */
	if (k > lo && q->t[k].wc != WC_DET && q->t[j].wc != WC_TITLE &&
	    q->t[j].wc != WC_ORG && q->t[j].wc != WC_GENERIC && !capital(q, k))
		return 0;
	*a = k;
	return 1;
}

/* The speaker's phrase from token i on, not reaching hi ("said the ministry"). */
static int
np_after(const struct quoter *q, size_t i, size_t hi, size_t *a, size_t *b)
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

		if (!FREE(q, k) || breaks(q, k) || p->cue || terminal(q, k))
			break;
		if (p->wc == WC_STOP && !(p->ent != NONE && k > i &&
		    q->t[k - 1].ent == p->ent))
			break;
		if (p->ent != NONE && q->d->ents[p->ent].type >= ET_DATE)
			break;
		if (p->wc == WC_AUX)
			break;
	}
	if (k == i)
		return 0;
	*b = k;
	return 1;
}

/* The cue at ci, with what goes with it: "said in a statement". */
static size_t
cue_end(const struct quoter *q, size_t ci)
{
	if (according(q, ci))
		return ci + 2;
	if (ci + 3 < q->nt && is(q, ci + 1, "in") && is(q, ci + 2, "a") &&
	    is(q, ci + 3, "statement"))
		return ci + 4;
	return ci + 1;
}

static void
set_attr(struct attr *at, size_t ca, size_t cb, size_t sa, size_t sb)
{
	at->ca = ca;
	at->cb = cb;
	at->sa = sa;
	at->sb = sb;
}

/* The first token that starts at or after off. */
static size_t
tok_at(const struct quoter *q, uint64_t off)
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

static int	sentence_like(const struct quoter *, size_t);

/* Are tokens [a, b) all words (the rest of a speaker's title)? */
static int
words_only(const struct quoter *q, size_t a, size_t b)
{
	for (; a < b; a++)
		if (q->t[a].kind != TOK_WORD || q->t[a].wc == WC_STOP ||
		    q->t[a].cue)
			return 0;
	return 1;
}

/*
 * The subject that opens sentence s: a pronoun, or a name with the
 * title words before it (for "…, saying …").
 */
static int
subject_of(const struct quoter *q, size_t s, size_t *a, size_t *b)
{
	size_t i = q->sfirst[s], end = q->sfirst[s + 1], k;

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
		if (q->t[k].ent != NONE && (q->d->ents[q->t[k].ent].type ==
		    ET_PERSON || q->d->ents[q->t[k].ent].type == ET_ORG)) {
			size_t e = q->t[k].ent;

			while (k < end && q->t[k].ent == e)
				k++;
			*a = i;
			*b = k;
			return 1;
		}
	return 0;
}

static int
participle(const struct quoter *q, size_t i)
{
	return LEN(q, i) > 4 && memcmp(TXT(q, i) + LEN(q, i) - 3, "ing", 3) == 0;
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
		set_attr(at, ci, cue_end(q, ci), NONE, NONE);
		if (np_after(q, at->cb, hi, &sa, &sb) == 1) {
			at->sa = sa;
			at->sb = sb;
		}
		return 1;
	}
	if (ci < hi && np_before(q, ci, lo, &sa, &sb) == 1 && sa <= lo + 3 &&
	    words_only(q, lo, sa) && !according(q, ci) &&
	    (sentence_like(q, k) ? !is(q, cue_end(q, ci), "that") :
	    !clause_follows(q, cue_end(q, ci)))) {
		sa = lo;	/* "White House press secretary Josh Earnest told" */
		set_attr(at, ci, cue_end(q, ci), sa, sb);
		return 1;
	}
	/* “…,” Lt. Col. Dale Whitcombe, who leads the response, told … */
	for (sa = lo; ci == hi && sa < hi && sa - lo < 4 && q->t[sa].ent == NONE &&
	    (capital(q, sa) || punct(q, sa, '.')); sa++)
		continue;	/* the title: "Lt. Col." */
	if (ci == hi && sa < hi && q->t[sa].ent != NONE) {
		for (sb = sa; sb < hi && q->t[sb].ent == q->t[sa].ent; sb++)
			continue;
		if (sb < hi && punct(q, sb, ',')) {
			for (ci = sb + 1; ci < q->nt && ci - sb < 20 && FREE(q, ci) &&
			    !terminal(q, ci) && !punct(q, ci, ','); ci++)
				continue;
			if (ci + 1 < q->nt && punct(q, ci, ',') &&
			    speechcue(q, ci + 1) && !q->t[ci + 1].used) {
				set_attr(at, ci + 1, cue_end(q, ci + 1), lo, sb);
				return 1;
			}
		}
		ci = hi;
	}
	/* An author line: “…” — Name */
	if (isdash && q->t[lo].ent != NONE && (q->d->ents[q->t[lo].ent].type ==
	    ET_PERSON || q->d->ents[q->t[lo].ent].type == ET_ORG)) {
		for (sb = lo; sb < hi && q->t[sb].ent == q->t[lo].ent; sb++)
			continue;
		set_attr(at, lo - 1, lo, lo, sb);
		return 1;
	}
	return 0;
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
			if (!comma || np_after(q, ci + 2, end, &sa, &sb) != 1)
				return 0;
			set_attr(at, ci, ci + 2, sa, sb);
			return 1;
		}
		if (!speechcue(q, ci) || q->t[ci].used || !FREE(q, ci))
			continue;
		/* Close to the mark, or a colon or comma after it. */
		if (!colon && !comma && end - ci > 2)
			return 0;
		if (participle(q, ci) && ci > lo && punct(q, ci - 1, ','))
			r = subject_of(q, s, &sa, &sb);
		else
			r = np_before(q, ci, lo, &sa, &sb);
		if (r == 1) {
			set_attr(at, ci, cue_end(q, ci), sa, sb);
			return 1;
		}
		/* "…, said Smith: “" */
		if (np_after(q, cue_end(q, ci), end, &sa, &sb) == 1 && ci > lo &&
		    punct(q, ci - 1, ',')) {
			set_attr(at, ci, cue_end(q, ci), sa, sb);
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

		while (ne > lo && ce - ne < 2 && q->t[ne - 1].ent == NONE &&
		    q->t[ne - 1].kind == TOK_WORD && !capital(q, ne - 1))
			ne--;
		if (ne > lo && q->t[ne - 1].ent != NONE) {
			const struct doc_entity *e = &q->d->ents[q->t[ne - 1].ent];

			for (sa = ne - 1; sa > lo && q->t[sa - 1].ent ==
			    q->t[ne - 1].ent; sa--)
				continue;
			while (sa > lo && capital(q, sa - 1) && !q->t[sa - 1].cue &&
			    q->t[sa - 1].wc != WC_DET)
				sa--;
			if ((sa == lo || breaks(q, sa - 1) || (sa - lo <= 3 &&
			    words_only(q, lo, sa))) &&
			    (e->type == ET_PERSON || e->type == ET_ORG)) {
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

static struct cand *
new_cand(struct quoter *q)
{
	struct cand *c;

	q->c = grow(q->c, &q->ccap, q->nc + 1, sizeof(*q->c));
	c = &q->c[q->nc++];
	memset(c, 0, sizeof(*c));
	c->span = NONE;
	c->at.ca = c->at.sa = NONE;
	return c;
}

static void
use(struct quoter *q, const struct attr *at)
{
	size_t i;

	if (at->ca != NONE)
		for (i = at->ca; i < at->cb && i < q->nt; i++)
			q->t[i].used = 1;
}

/* A word in capitals, as datelines are written. */
static int
upper_word(const struct quoter *q, size_t i)
{
	size_t k;

	if (q->t[i].kind != TOK_WORD || LEN(q, i) < 2)
		return 0;
	for (k = 0; k < LEN(q, i); k++)
		if (!ascii_upper((unsigned char)TXT(q, i)[k]))
			return 0;
	return 1;
}

/* Tokens from a to b as a content span; 0 when too short to be a claim. */
static int
content(struct quoter *q, size_t a, size_t b, struct cand *c)
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
	if (q->t[i].ent != NONE && (q->d->ents[q->t[i].ent].type == ET_DATE ||
	    q->d->ents[q->t[i].ent].type == ET_TIME))
		return 1;
	return (q->t[i].wc == WC_STOP && !is(q, i, "that") && !is(q, i, "and") &&
	    !is(q, i, "but")) || is(q, i, "last") || is(q, i, "this") ||
	    is(q, i, "yesterday") || is(q, i, "today") || is(q, i, "during") ||
	    is(q, i, "earlier") || is(q, i, "later") || terminal(q, i);
}

/* Does the cue take its clause without "that" ("he said the plan…")? */
static int
no_that(const struct quoter *q, size_t ci)
{
	static const char *const w[] = { "said", "says", "say", "saying",
	    "added", "adds", "wrote", "writes", "claimed", "claims", "claim",
	    "insisted", "insists", "insist", "stressed", "noted", "argued",
	    "argues", "warned", "warns" };
	size_t i;

	for (i = 0; i < sizeof(w) / sizeof(w[0]); i++)
		if (is(q, ci, w[i]))
			return 1;
	return 0;
}

/* Does the sentence end at i, give or take its stop? */
static int
reaches_end(const struct quoter *q, size_t i)
{
	return i >= q->nt || terminal(q, i) ||
	    q->t[i].sent != q->t[i - 1].sent;
}

/*
 * Reported speech at the cue ci (not used by a direct quotation):
 * "X said (that) …", "X told Y that …", "…, X said.", "…, said X.",
 * "According to X, …", "…, according to X.", "…, saying (that) …".
 */
static void
reported(struct quoter *q, size_t ci)
{
	size_t s = q->t[ci].sent, first = q->sfirst[s], last = q->sfirst[s + 1];
	size_t cb = cue_end(q, ci), lo, sa, sb, a, i, comma;
	struct cand *c;
	int r;

	/* According to X, …  /  …, according to X. */
	if (according(q, ci)) {
		if (np_after(q, cb, last, &sa, &sb) != 1)
			return;
		if (ci == first || (ci > first && !punct(q, ci - 1, ',') &&
		    !reaches_end(q, sb))) {
			while (sb < last && sb - cb < 15 && !punct(q, sb, ',') &&
			    !terminal(q, sb))
				sb++;
			if (sb >= last || !punct(q, sb, ','))
				return;
			c = new_cand(q);
			if (!content(q, sb + 1, clause_end(q, sb + 1), c)) {
				q->nc--;
				return;
			}
		} else {
			c = new_cand(q);
			if (!content(q, first, punct(q, ci - 1, ',') ? ci - 1 : ci, c)) {
				q->nc--;
				return;
			}
		}
		c->type = QT_INDIRECT;
		set_attr(&c->at, ci, cb, sa, sb);
		use(q, &c->at);
		return;
	}
	/* …, X said.  (the cue ends the sentence, give or take "on Friday") */
	for (comma = ci; comma > first && !punct(q, comma - 1, ','); comma--)
		if (!FREE(q, comma - 1) || ci - comma > CLAUSE_MAX)
			break;
	/* "X, which runs the dam, said …": an appositive, not "…, said X". */
	if (comma == ci && comma > first && appositive(q, ci - 1, &sa, &sb))
		comma = first;
	if (comma > first && punct(q, comma - 1, ',') && comma - 1 > first) {
		for (i = cb; i < last && !terminal(q, i) && !punct(q, i, ',') &&
		    i - cb < CLAUSE_MAX; i++)
			continue;
		if ((i - cb <= 6 || comma == ci) && (i >= last || terminal(q, i) ||
		    punct(q, i, ',')) && (i - cb <= 1 || adverbial(q, cb) ||
		    q->t[ci].cue == CUE_TELL || comma == ci)) {
			if (comma == ci)
				r = np_after(q, cb, i, &sa, &sb);
			else {
				r = np_before(q, ci, comma, &sa, &sb);
				if (r == 1 && sa != comma)
					r = 0;
			}
			if (r == 1) {
				c = new_cand(q);
				/* "The plan, she said, is dead": the whole sentence. */
				if (i < last && punct(q, i, ',') && i + 1 < last &&
				    !terminal(q, i + 1) && content(q, first, last, c)) {
					c->type = QT_INDIRECT;
					set_attr(&c->at, ci, cb, sa, sb);
					use(q, &c->at);
				} else if (content(q, first, comma - 1, c)) {
					c->type = QT_INDIRECT;
					set_attr(&c->at, ci, cb, sa, sb);
					use(q, &c->at);
				} else
					q->nc--;
				return;
			}
			if (r == -1)
				return;
		}
	}
	/* X said (that) …: the speaker before, the clause after. */
	for (lo = ci; lo > first && !breaks(q, lo - 1) && ci - lo < NP_MAX * 2; lo--)
		continue;
	if (participle(q, ci)) {
		/* …, saying that …: the speaker is the sentence's subject. */
		if (ci == first || !punct(q, ci - 1, ','))
			return;
		r = subject_of(q, s, &sa, &sb);
	} else {
		r = np_before(q, ci, lo, &sa, &sb);
		/* "…, but said …": the subject is the sentence's. */
		if (r == 0 && ci > first && (is(q, ci - 1, "but") ||
		    is(q, ci - 1, "and")))
			r = subject_of(q, s, &sa, &sb);
	}
	if (r != 1)
		return;
	a = cb;
	/* The hearer of "told", and the adverbs of "said", before "that". */
	for (i = cb; i < last && i - cb < 7 && FREE(q, i) && !breaks(q, i); i++)
		if (is(q, i, "that"))
			break;
	if (i < last && is(q, i, "that") && FREE(q, i))
		a = i;
	else if (q->t[ci].cue == CUE_TELL)
		return;
	else if (!no_that(q, ci))
		return;
	else if (a < last && (is(q, a, "to") || is(q, a, "of") || is(q, a, "about") ||
	    is(q, a, "for") || is(q, a, "by") || is(q, a, "with") ||
	    is(q, a, "so") || is(q, a, "nothing") || is(q, a, "yes") ||
	    is(q, a, "no") || breaks(q, a) || terminal(q, a)))
		return;
	if (a >= last)
		return;
	c = new_cand(q);
	if (!content(q, a, clause_end(q, a), c)) {
		q->nc--;
		return;
	}
	c->type = QT_INDIRECT;
	set_attr(&c->at, ci, cb, sa, sb);
	use(q, &c->at);
}

/* Paragraph starts, tokens and their classes, entities and marks. */
static void
prepare(struct quoter *q, const struct document *d)
{
	size_t s, i, e = 0, k = 0, n;
	uint64_t lastpara = 0;

	q->d = d;
	q->nt = q->npara = q->nc = 0;
	q->sfirst = grow(q->sfirst, &q->scap, d->nsents + 1, sizeof(*q->sfirst));
	for (s = 0; s < d->nsents; s++) {
		const struct sentence *st = &d->sents[s];

		if (s == 0 || st->para != lastpara) {
			q->paras = grow(q->paras, &q->pcap, q->npara + 1,
			    sizeof(*q->paras));
			q->paras[q->npara++] = st->start;
			lastpara = st->para;
		}
		q->sfirst[s] = q->nt;
		if (st->end > d->len || st->start > st->end)
			continue;
		n = tokens_split(&q->tk, d->text + st->start,
		    (size_t)(st->end - st->start));
		q->t = grow(q->t, &q->tcap, q->nt + n, sizeof(*q->t));
		for (i = 0; i < n; i++) {
			struct qtok *t = &q->t[q->nt++];

			t->start = st->start + q->tk.v[i].start;
			t->end = st->start + q->tk.v[i].end;
			t->sent = s;
			t->kind = (unsigned char)q->tk.v[i].kind;
			t->cue = t->wc = t->used = 0;
			t->ent = t->span = NONE;
			if (t->kind == TOK_WORD) {
				enum word_class wc;

				t->cue = (unsigned char)cues_lookup(&q->cues,
				    d->text + t->start, (size_t)(t->end - t->start),
				    &wc);
				t->wc = (unsigned char)wc;
			}
		}
	}
	q->sfirst[d->nsents] = q->nt;
	qmarks_find(&q->qs, d->text, d->len, q->paras, q->npara);
	/* One at least, so the arrays below are never of size 0. */
	q->da = grow(q->da, &q->dcap, q->qs.n + 1, sizeof(*q->da));
	q->dopen = reallocarray(q->dopen, q->dcap, sizeof(*q->dopen));
	q->dafter = reallocarray(q->dafter, q->dcap, sizeof(*q->dafter));
	if (q->dopen == NULL || q->dafter == NULL)
		err(EXIT_TROUBLE, NULL);
	for (i = 0; i < q->nt; i++) {
		struct qtok *t = &q->t[i];

		while (e < d->nents && d->ents[e].end <= t->start)
			e++;
		if (e < d->nents && d->ents[e].start <= t->start &&
		    t->end <= d->ents[e].end)
			t->ent = e;
		/* A word of a name is no cue ("Lindmark State University"),
		 * nor a capitalised one inside a sentence. */
		if (t->cue && (t->ent != NONE || (capital(q, i) &&
		    i != q->sfirst[t->sent] && !is(q, i, "according"))))
			t->cue = 0;
		while (k < q->qs.n && q->qs.v[k].close <= t->start)
			k++;
		if (k < q->qs.n && q->qs.v[k].open <= t->start)
			t->span = k;
	}
	for (k = 0; k < q->qs.n; k++) {
		q->dopen[k] = tok_at(q, q->qs.v[k].open);
		q->dafter[k] = tok_at(q, q->qs.v[k].close);
		q->da[k].ca = q->da[k].sa = NONE;
	}
}

/* The words in direct quotation k. */
static size_t
nwords(const struct quoter *q, size_t k)
{
	size_t i, words = 0;

	for (i = q->dopen[k]; i < q->dafter[k] && i < q->nt; i++)
		words += q->t[i].kind == TOK_WORD;
	return words;
}

/* Does direct quotation k read as a sentence, not a phrase? */
static int
sentence_like(const struct quoter *q, size_t k)
{
	size_t words = nwords(q, k);
	const struct qspan *s = &q->qs.v[k];

	if (words >= SCARE_WORDS + 2)
		return 1;
	/* Japanese and Chinese have no spaces to count words by. */
	if ((q->d->text[s->open] & 0xFF) == 0xE3 && s->end - s->start >= 12)
		return 1;
	if (words >= 2 && s->end > s->start) {
		unsigned char c = (unsigned char)q->d->text[s->end - 1];

		return c == '.' || c == '!' || c == '?' || c == ',';
	}
	return 0;
}

/* Does the sentence open with a name, its subject?  Its tokens in *a, *b. */
static int
subject_name(const struct quoter *q, size_t s, size_t *a, size_t *b)
{
	size_t i = q->sfirst[s], e;

	if (i >= q->sfirst[s + 1] || q->t[i].ent == NONE || !FREE(q, i))
		return 0;
	e = q->t[i].ent;
	if (q->d->ents[e].type != ET_PERSON)
		return 0;
	*a = i;
	while (i < q->sfirst[s + 1] && q->t[i].ent == e)
		i++;
	*b = i;
	return 1;
}

static int
by_start(const void *x, const void *y)
{
	const struct cand *a = x, *b = y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->end < b->end ? -1 : a->end > b->end;
}

static void
direct(struct quoter *q)
{
	size_t k, s, a, b;
	struct attr *at;
	const struct attr *prev = NULL;
	size_t prevpara = 0;

	for (k = 0; k < q->qs.n; k++) {
		at = &q->da[k];
		if (q->dopen[k] >= q->nt)
			continue;
		if (attr_after(q, k, at) || attr_before(q, k, at)) {
			use(q, at);
		}
	}
	/* Without a cue: the speaker of the quotation before it in the
	 * paragraph, or a name opening the sentence before or after. */
	for (k = 0; k < q->qs.n; k++) {
		at = &q->da[k];
		if (q->dopen[k] >= q->nt)
			continue;
		s = q->t[q->dopen[k]].sent;
		if (at->ca == NONE && at->sa == NONE && sentence_like(q, k)) {
			/* The next paragraph only when it opens with the mark. */
			if (prev != NULL && (prevpara == q->d->sents[s].para ||
			    (prevpara + 1 == q->d->sents[s].para &&
			    q->sfirst[s] == q->dopen[k] && (s == 0 ||
			    q->d->sents[s - 1].para != q->d->sents[s].para))) &&
			    prev->sa != NONE)
				*at = *prev;
			else if (q->sfirst[s] == q->dopen[k] && s > 0 &&
			    subject_name(q, s - 1, &a, &b))
				set_attr(at, NONE, NONE, a, b);
			else if (q->dafter[k] < q->nt &&
			    q->t[q->dafter[k]].sent != s &&
			    subject_name(q, q->t[q->dafter[k]].sent, &a, &b))
				set_attr(at, NONE, NONE, a, b);
		}
		if (at->sa != NONE) {
			prev = at;
			prevpara = q->d->sents[q->t[q->dafter[k] - 1].sent].para;
		}
	}
}

static void
emit(struct quoter *q, struct document *d)
{
	size_t i, e;
	struct doc_quote dq;
	const struct cand *c;

	resolver_begin(&q->res, d, &q->qs);
	for (i = 0; i < q->nc; i++) {
		c = &q->c[i];
		if (c->drop)
			continue;
		memset(&dq, 0, sizeof(dq));
		dq.start = c->start;
		dq.end = c->end;
		dq.type = c->type;
		dq.cue_start = dq.cue_end = DOC_NONE;
		dq.speaker_start = dq.speaker_end = DOC_NONE;
		dq.source = dq.key = "";
		if (c->at.ca != NONE && c->at.ca < q->nt) {
			dq.cue_start = q->t[c->at.ca].start;
			dq.cue_end = q->t[c->at.cb - 1].end;
		}
		if (c->at.sa != NONE && c->at.sa < q->nt) {
			dq.speaker_start = q->t[c->at.sa].start;
			dq.speaker_end = q->t[c->at.sb - 1].end;
			e = resolver_resolve(&q->res, dq.speaker_start,
			    dq.speaker_end);
			if (e != RES_NONE) {
				uint64_t fs, fe;

				resolver_fullest(&q->res, e, &fs, &fe);
				dq.source = d->text + fs;
				dq.sourcelen = (size_t)(fe - fs);
				dq.key = d->ents[e].key;
				dq.keylen = d->ents[e].keylen;
			}
		}
		dq.first_sent = document_sentence_at(d, dq.start);
		dq.last_sent = document_sentence_at(d, dq.end - 1);
		if (dq.first_sent >= d->nsents)
			dq.first_sent = d->nsents > 0 ? d->nsents - 1 : 0;
		if (dq.last_sent >= d->nsents)
			dq.last_sent = dq.first_sent;
		document_put_quote(d, &dq);
	}
}

/* Does a word of its sentence come just before quotation k's mark? */
static int
embedded(const struct quoter *q, size_t k)
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

/* The content without the comma that stands for a stop: “We will,” he said. */
static uint64_t
trim_comma(const struct quoter *q, uint64_t end)
{
	return end > 1 && q->d->text[end - 1] == ',' ? end - 1 : end;
}

static int
within(size_t i, size_t a, size_t b)
{
	return a != NONE && i >= a && i < b;
}

/*
 * Does quotation k go on the one before it: the same speaker, the same
 * paragraph, and nothing between them but the attribution and marks?
 */
static int
goes_on(const struct quoter *q, size_t k)
{
	const struct attr *a = &q->da[k - 1], *b = &q->da[k];
	size_t i;

	if (a->sa == NONE || a->sa != b->sa || q->dafter[k - 1] == 0 ||
	    !same_para(q, q->dafter[k - 1] - 1, q->dopen[k]))
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
static void
posts(struct quoter *q)
{
	size_t s = 0, e, first, i, j;
	struct cand *c;

	while (s < q->d->nsents) {
		for (e = s + 1; e < q->d->nsents &&
		    q->d->sents[e].para == q->d->sents[s].para; e++)
			continue;
		first = q->sfirst[s];
		for (i = first + 1; i < q->sfirst[e]; i++) {
			if (!dash(q, i) || !FREE(q, i))
				continue;
			for (j = i + 1; j < q->sfirst[e] && j - i <= 6 &&
			    capital(q, j); j++)
				continue;
			if (j == i + 1 || j + 1 >= q->sfirst[e] ||
			    !punct(q, j, '(') || !punct(q, j + 1, '@'))
				continue;
			c = new_cand(q);
			if (!content(q, first, i, c)) {
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

void
quoter_document(struct quoter *q, struct document *d)
{
	size_t i, k, j, j0, nreported, last = NONE;
	uint64_t longest = 0;
	struct cand *c;

	if (d->len == 0 || d->nsents == 0)
		return;
	prepare(q, d);
	direct(q);
	posts(q);
	for (i = 0; i < q->nt; i++)
		if (FREE(q, i) && !q->t[i].used && (speechcue(q, i) ||
		    according(q, i)))
			reported(q, i);
	/* A quoted phrase inside a reported clause: the clause is mixed.
	 * The clauses in order of start, each within its sentence, so a
	 * quotation needs look only at those that start in reach of it. */
	if (q->nc > 0)
		qsort(q->c, q->nc, sizeof(*q->c), by_start);
	for (j = 0; j < q->nc; j++)
		if (q->c[j].end - q->c[j].start > longest)
			longest = q->c[j].end - q->c[j].start;
	nreported = q->nc;
	for (k = 0, j0 = 0; k < q->qs.n; k++) {
		const struct qspan *s = &q->qs.v[k];
		int inside = 0;

		while (j0 < nreported && q->c[j0].start + longest < s->open)
			j0++;
		for (j = j0; j < nreported && q->c[j].start < s->close; j++) {
			c = &q->c[j];
			if (c->type == QT_DIRECT || c->drop ||
			    s->close <= c->start || s->open >= c->end)
				continue;
			if (q->da[k].ca == NONE && s->open >= c->start) {
				c->type = QT_MIXED;
				if (s->close > c->end && q->t[q->dafter[k] - 1].sent ==
				    q->t[tok_at(q, c->start)].sent)
					c->end = s->close;
				inside = 1;
			} else if (s->open > c->start)
				c->end = s->open;
			else if (s->close >= c->end || c->end - s->close < 20)
				c->drop = 1;
			else
				c->start = s->close;
		}
		if (inside)
			continue;
		if (q->da[k].ca == NONE && q->da[k].sa == NONE &&
		    !sentence_like(q, k))
			continue;	/* a scare quote or a title */
		/* A phrase quoted inside a clause with no cue of its own
		 * is a scare quote: 'a so-called "deportation force."' */
		if (q->da[k].ca == NONE && embedded(q, k) && nwords(q, k) <
		    SCARE_WORDS + 2)
			continue;
		if (last != NONE && q->c[last].span == k - 1 && goes_on(q, k)) {
			/* “A,” he said, “B.”: one quotation, its cue inside. */
			q->c[last].end = trim_comma(q, s->end);
			q->c[last].span = k;
			continue;
		}
		last = q->nc;
		c = new_cand(q);
		c->start = s->start;
		c->end = trim_comma(q, s->end);
		c->type = QT_DIRECT;
		c->at = q->da[k];
		c->span = k;
	}
	if (q->nc > 0)
		qsort(q->c, q->nc, sizeof(*q->c), by_start);
	emit(q, d);
}
