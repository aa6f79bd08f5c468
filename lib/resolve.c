#include <stdlib.h>
#include <string.h>
#include <err.h>

#include "diag.h"
#include "document.h"
#include "resolve.h"
#include "utf8.h"

/* How far back a pronoun looks, in sentences, and a title, in mentions. */
#define PRONOUN_REACH	8
#define TITLE_REACH	400

void
resolver_init(struct resolver *r, const struct cues *cw)
{
	memset(r, 0, sizeof(*r));
	r->cw = cw;
	r->last = RES_NONE;
}

void
resolver_free(struct resolver *r)
{
	tokens_free(&r->tk);
	tokens_free(&r->ctx);
	free(r->gender);
	free(r->rep);
	free(r->fullest);
	free(r->hash);
	free(r->ctxat);
	free(r->ctxn);
	free(r->ctxpool);
	memset(r, 0, sizeof(*r));
}

/* Case-blind ASCII comparison of a token with a word. */
static int
is_word(const char *s, size_t n, const char *w)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (w[i] == '\0')
			return 0;
		if ((s[i] | 0x20) != w[i])
			return 0;
	}
	return w[n] == '\0';
}

/* Is the mention in the content of a direct quotation? */
static int
in_quote(const struct resolver *r, uint64_t off)
{
	size_t lo = 0, hi = r->qs != NULL ? r->qs->n : 0, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (r->qs->v[mid].close <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < r->qs->n && r->qs->v[lo].open <= off;
}

static int
same_entity(const struct doc_entity *a, const struct doc_entity *b)
{
	return a->type == b->type && a->keylen == b->keylen &&
	    memcmp(a->key, b->key, a->keylen) == 0;
}

static size_t
key_hash(const struct doc_entity *e)
{
	size_t h = 2166136261u ^ (size_t)e->type, i;

	for (i = 0; i < e->keylen; i++)
		h = (h ^ (unsigned char)e->key[i]) * 16777619u;
	return h;
}

static void *
array(void *p, size_t n, size_t sz)
{
	if ((p = reallocarray(p, n, sz)) == NULL)
		err(EXIT_TROUBLE, NULL);
	return p;
}

void
resolver_begin(struct resolver *r, const struct document *d,
    const struct qspans *qs)
{
	size_t i, h, k;
	const struct doc_entity *e;

	r->d = d;
	r->qs = qs;
	r->last = RES_NONE;
	if (d->nents > r->gcap || r->gcap == 0) {
		r->gcap = d->nents > 16 ? d->nents : 16;
		r->gender = array(r->gender, r->gcap, 1);
		r->rep = array(r->rep, r->gcap, sizeof(*r->rep));
		r->fullest = array(r->fullest, r->gcap, sizeof(*r->fullest));
		r->ctxat = array(r->ctxat, r->gcap, sizeof(*r->ctxat));
		r->ctxn = array(r->ctxn, r->gcap, sizeof(*r->ctxn));
	}
	for (i = 0; i < d->nents; i++)
		r->ctxat[i] = RES_NONE;
	r->npool = 0;
	for (h = 16; h < 2 * d->nents; h *= 2)
		continue;
	if (h > r->hcap) {
		r->hcap = h;
		r->hash = array(r->hash, h, sizeof(*r->hash));
	}
	for (k = 0; k < r->hcap; k++)
		r->hash[k] = RES_NONE;
	for (i = 0; i < d->nents; i++) {
		e = &d->ents[i];
		k = key_hash(e) & (r->hcap - 1);
		while (r->hash[k] != RES_NONE && !same_entity(&d->ents[r->hash[k]], e))
			k = (k + 1) & (r->hcap - 1);
		if (r->hash[k] == RES_NONE) {
			r->hash[k] = i;
			r->gender[i] = 0;
			r->fullest[i] = i;
		}
		r->rep[i] = r->hash[k];
		if (e->end - e->start > d->ents[r->fullest[r->rep[i]]].end -
		    d->ents[r->fullest[r->rep[i]]].start)
			r->fullest[r->rep[i]] = i;
		/* Mr. and Ms. before a name tell its gender. */
		if (e->type != ET_PERSON || e->start < 4)
			continue;
		if (memcmp(d->text + e->start - 4, "Mr. ", 4) == 0)
			r->gender[r->rep[i]] = 'm';
		else if (memcmp(d->text + e->start - 4, "Ms. ", 4) == 0 ||
		    (e->start >= 5 && memcmp(d->text + e->start - 5, "Mrs. ", 5) == 0))
			r->gender[r->rep[i]] = 'f';
	}
}

void
resolver_fullest(const struct resolver *r, size_t e, uint64_t *s, uint64_t *end)
{
	size_t best = r->fullest[r->rep[e]];

	*s = r->d->ents[best].start;
	*end = r->d->ents[best].end;
}

/* The first entity that starts at or after off. */
static size_t
first_ent(const struct document *d, uint64_t off)
{
	size_t lo = 0, hi = d->nents, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (d->ents[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Is the mention near the start of its sentence: the likely subject? */
static int
subject_like(const struct document *d, const struct doc_entity *e)
{
	uint64_t s = d->sents[e->sent].start;

	/* Near the start, and no comma before it: "Liu Wenjun, a baker on
	 * Mill Lane, …" has Liu Wenjun for its subject, not Mill Lane. */
	return e->start - s <= 30 &&
	    memchr(d->text + s, ',', (size_t)(e->start - s)) == NULL;
}

static size_t
pronoun(struct resolver *r, uint64_t ms, int g, enum ent_type want)
{
	const struct document *d = r->d;
	size_t i = first_ent(d, ms), best = RES_NONE, here, seen = 0;
	long score, bestscore = -1000, dist;
	int eg;

	here = document_sentence_at(d, ms);
	if (here >= d->nsents)
		here = d->nsents > 0 ? d->nsents - 1 : 0;
	while (i-- > 0) {
		const struct doc_entity *e = &d->ents[i];

		dist = (long)here - (long)e->sent;
		if (dist > PRONOUN_REACH || ++seen > TITLE_REACH)
			break;
		if (e->type != want || in_quote(r, e->start))
			continue;
		if (g && (eg = r->gender[r->rep[i]]) != 0 && eg != g)
			continue;
		score = -2 * dist;
		if (subject_like(d, e))
			score += 2;
		if (r->last != RES_NONE && r->rep[i] == r->rep[r->last])
			score += 3;
		if (score > bestscore) {
			bestscore = score;
			best = i;
		}
	}
	if (best != RES_NONE && g && !r->gender[r->rep[best]])
		r->gender[r->rep[best]] = (unsigned char)g;
	return best;
}

/* Do two words agree: equal, or sharing a stem of five letters (Ukraine, Ukrainian)? */
static int
word_match(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i, n;

	if (an == bn) {
		for (i = 0; i < an; i++)
			if ((a[i] | 0x20) != (b[i] | 0x20))
				break;
		if (i == an)
			return 1;
	}
	if (an < 5 || bn < 5)
		return 0;
	n = 5;
	for (i = 0; i < n; i++)
		if ((a[i] | 0x20) != (b[i] | 0x20))
			return 0;
	return 1;
}

/*
 * The tokens of entity i's context, text[cs..end of i), *n of them:
 * split the first time a document asks (mentions look back at the
 * same entities again and again), kept until the next document.
 */
static const struct token *
context(struct resolver *r, size_t i, uint64_t cs, size_t *n)
{
	const struct doc_entity *e = &r->d->ents[i];
	size_t k;

	if (r->ctxat[i] == RES_NONE) {
		k = tokens_split(&r->ctx, r->d->text + cs, (size_t)(e->end - cs));
		if (r->npool + k > r->poolcap) {
			while (r->npool + k > r->poolcap)
				r->poolcap = r->poolcap < 256 ? 256 : r->poolcap * 2;
			r->ctxpool = array(r->ctxpool, r->poolcap,
			    sizeof(*r->ctxpool));
		}
		if (k > 0)
			memcpy(r->ctxpool + r->npool, r->ctx.v, k * sizeof(*r->ctx.v));
		r->ctxat[i] = r->npool;
		r->ctxn[i] = k;
		r->npool += k;
	}
	*n = r->ctxn[i];
	return r->ctxpool + r->ctxat[i];
}

/*
 * Does the context tokenised in v (text from cs) hold a word that
 * matches w before offset upto, or with any_title any title word?
 */
static int
in_context(const struct resolver *r, const struct token *v, uint64_t cs,
    size_t n, uint64_t upto, const char *w, size_t wn, int any_title)
{
	const char *t = r->d->text + cs;
	size_t i;

	for (i = 0; i < n && cs + v[i].end <= upto; i++) {
		const char *x = t + v[i].start;
		size_t xn = v[i].end - v[i].start;

		if (v[i].kind != TOK_WORD)
			continue;
		if (any_title ? cues_word(r->cw, x, xn) == WC_TITLE :
		    word_match(x, xn, w, wn))
			return 1;
	}
	return 0;
}

/*
 * A title or organisation phrase: the best match among the entities of
 * type want before ms, scored on the phrase's words found in the
 * entity's own words or the words just before it ("Deputy Foreign
 * Minister Yevhen Perebyinis").  The head must match (or, for a
 * generic head such as "leader", any title), so most entities are
 * turned down on one look.
 */
static size_t
described(struct resolver *r, uint64_t ms, const size_t *w, size_t nw,
    size_t head, int generic, enum ent_type want)
{
	const struct document *d = r->d;
	const char *t = d->text;
	size_t i = first_ent(d, ms), best = RES_NONE, k, reach = 0, n;
	long score, bestscore = 0;
	uint64_t cs;
	const struct token *ht = &r->tk.v[head], *v;

	while (i-- > 0 && reach++ < TITLE_REACH) {
		const struct doc_entity *e = &d->ents[i];

		if (e->type != want)
			continue;
		cs = e->start > 80 ? e->start - 80 : 0;
		if (cs < d->sents[e->sent].start)
			cs = d->sents[e->sent].start;
		if (want == ET_ORG)
			cs = e->start > 12 ? e->start - 12 : 0;
		v = context(r, i, cs, &n);
		if (in_context(r, v, cs, n, e->end, t + ms + ht->start,
		    ht->end - ht->start, 0))
			score = 3;
		else if (generic && in_context(r, v, cs, n, e->start, NULL, 0, 1))
			score = 2;
		else
			continue;
		for (k = 0; k < nw; k++) {
			const struct token *tk = &r->tk.v[w[k]];

			if (w[k] != head && in_context(r, v, cs, n, e->end,
			    t + ms + tk->start, tk->end - tk->start, 0))
				score += 1;
		}
		if (score > bestscore) {
			bestscore = score;
			best = i;
		}
	}
	return best;
}

size_t
resolver_resolve(struct resolver *r, uint64_t ms, uint64_t me)
{
	const struct document *d = r->d;
	const char *t = d->text + ms;
	size_t i, n, pick = RES_NONE, w[16], nw = 0, head = RES_NONE;
	enum word_class wc;
	int generic = 0, org = 0;

	if (me <= ms)
		return RES_NONE;
	/* A name in the mention: a person before an organisation, the last. */
	for (i = first_ent(d, ms); i < d->nents && d->ents[i].start < me; i++) {
		if (d->ents[i].end > me)
			break;
		/* A name inside the one picked (entity records of a stream
		 * may nest or overlap) is part of it. */
		if (pick != RES_NONE && d->ents[i].start < d->ents[pick].end)
			continue;
		/* "Sen. Ann Roe (D-Nev.)": the party and state in brackets
		 * after a name are not the speaker. */
		if (pick != RES_NONE && d->ents[i].start > 0 &&
		    d->text[d->ents[i].start - 1] == '(')
			continue;
		/* "Ann Roe, 21, a student from Ashby Ford": the name before
		 * the appositive. */
		if (pick != RES_NONE && d->ents[pick].type == ET_PERSON &&
		    memchr(d->text + d->ents[pick].end, ',',
		    (size_t)(d->ents[i].start - d->ents[pick].end)) != NULL)
			break;
		if (d->ents[i].type == ET_PERSON)
			pick = i;
		else if ((d->ents[i].type == ET_ORG || d->ents[i].type == ET_GPE) &&
		    (pick == RES_NONE || d->ents[pick].type != ET_PERSON))
			pick = i;
	}
	if (pick != RES_NONE) {
		if (d->ents[pick].type == ET_PERSON)
			r->last = pick;
		return pick;
	}
	n = tokens_split(&r->tk, t, (size_t)(me - ms));
	if (n == 1) {
		const char *x = t + r->tk.v[0].start;
		size_t xn = r->tk.v[0].end - r->tk.v[0].start;

		if (is_word(x, xn, "he") || is_word(x, xn, "him"))
			pick = pronoun(r, ms, 'm', ET_PERSON);
		else if (is_word(x, xn, "she") || is_word(x, xn, "her"))
			pick = pronoun(r, ms, 'f', ET_PERSON);
		else if (is_word(x, xn, "it"))
			return pronoun(r, ms, 0, ET_ORG);
		else if (is_word(x, xn, "who")) {
			/* "Ted Cruz, who said": the name just before it. */
			i = first_ent(d, ms);
			if (i > 0 && ms - d->ents[i - 1].end <= 2 &&
			    (d->ents[i - 1].type == ET_PERSON ||
			    d->ents[i - 1].type == ET_ORG)) {
				if (d->ents[i - 1].type == ET_PERSON)
					r->last = i - 1;
				return i - 1;
			}
			return RES_NONE;
		}
		if (pick != RES_NONE)
			r->last = pick;
		if (pick != RES_NONE || is_word(x, xn, "he") ||
		    is_word(x, xn, "she") || is_word(x, xn, "they"))
			return pick;
	}
	/* A phrase: its words but the determiners, its head the last word. */
	for (i = 0; i < n && nw < sizeof(w) / sizeof(w[0]); i++) {
		const struct token *tk = &r->tk.v[i];

		if (tk->kind != TOK_WORD)
			continue;
		wc = cues_word(r->cw, t + tk->start, tk->end - tk->start);
		if (wc == WC_DET)
			continue;
		w[nw++] = i;
		head = i;
		generic = wc == WC_GENERIC;
		org = wc == WC_ORG;
		if (wc != WC_TITLE && wc != WC_GENERIC && wc != WC_ORG)
			head = RES_NONE;
	}
	if (head == RES_NONE)
		return RES_NONE;
	if (org)
		return described(r, ms, w, nw, head, 0, ET_ORG);
	pick = described(r, ms, w, nw, head, generic, ET_PERSON);
	if (pick != RES_NONE)
		r->last = pick;
	return pick;
}
