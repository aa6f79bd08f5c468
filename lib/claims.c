#include <err.h>
#include <stdlib.h>
#include <string.h>

#include "claims.h"
#include "diag.h"
#include "utf8.h"

/* Cue words that make a sentence someone's statement. */
static const char *const cues[] = {
	"said", "says", "say", "told", "stated", "states", "noted", "added",
	"announced", "emphasized", "emphasised", "stressed", "claimed",
	"insisted", "warned", "denied", "confirmed", "explained", "wrote",
	"argued", "urged", "asked", "according", "reported", "declared"
};

int
ent_is_value(enum ent_type t)
{
	return t == ET_DATE || t == ET_TIME || t == ET_MONEY ||
	    t == ET_PERCENT || t == ET_QUANTITY || t == ET_CARDINAL ||
	    t == ET_ORDINAL;
}

void
claimset_init(struct claimset *cs)
{
	memset(cs, 0, sizeof(*cs));
	claimwords_init(&cs->words);
	/* Never NULL, so that v + i and ents + i are defined when empty. */
	cs->cap = 32;
	cs->entcap = 64;
	if ((cs->v = calloc(cs->cap, sizeof(*cs->v))) == NULL ||
	    (cs->ents = calloc(cs->entcap, sizeof(*cs->ents))) == NULL)
		err(EXIT_TROUBLE, NULL);
}

void
claimset_free(struct claimset *cs)
{
	free(cs->v);
	free(cs->ents);
	claimwords_free(&cs->words);
	memset(cs, 0, sizeof(*cs));
}

static struct claim *
new_claim(struct claimset *cs)
{
	struct claim *c;

	if (cs->n == cs->cap) {
		cs->cap = cs->cap < 32 ? 32 : cs->cap * 2;
		if ((cs->v = reallocarray(cs->v, cs->cap, sizeof(*cs->v))) == NULL)
			err(EXIT_TROUBLE, NULL);
	}
	c = &cs->v[cs->n++];
	memset(c, 0, sizeof(*c));
	return c;
}

static void
add_ent(struct claimset *cs, const struct doc_entity *e)
{
	struct claim_ent *t;

	if (cs->nents == cs->entcap) {
		cs->entcap = cs->entcap < 64 ? 64 : cs->entcap * 2;
		if ((cs->ents = reallocarray(cs->ents, cs->entcap,
		    sizeof(*cs->ents))) == NULL)
			err(EXIT_TROUBLE, NULL);
	}
	t = &cs->ents[cs->nents++];
	t->start = e->start;
	t->end = e->end;
	t->type = e->type;
	t->key = e->key;
	t->keylen = e->keylen;
}

/* Is the word at p (n bytes, folded by the caller's rules) a cue? */
static int
is_cue(const char *p, size_t n)
{
	size_t i, k;

	for (i = 0; i < sizeof(cues) / sizeof(*cues); i++) {
		k = strlen(cues[i]);
		if (k == n && strncasecmp(p, cues[i], n) == 0)
			return 1;
	}
	return 0;
}

static int
is_pronoun(const char *p, size_t n)
{
	return (n == 2 && strncasecmp(p, "he", 2) == 0) ||
	    (n == 3 && strncasecmp(p, "she", 3) == 0);
}

/* Is e inside quotation marks in its claim (an odd number before it)? */
static int
in_quotes(const struct document *d, const struct claim *c, const struct doc_entity *e)
{
	uint64_t i;
	int n = 0;
	const unsigned char *t = (const unsigned char *)d->text;

	for (i = c->start; i < e->start; i++)
		if (t[i] == '"')
			n++;
		else if (t[i] == 0xE2 && i + 2 < e->start && t[i + 1] == 0x80 &&
		    (t[i + 2] == 0x9C || t[i + 2] == 0x9D))
			n++;
	return n & 1;
}

/*
 * The speaker of claim c: the quotation's source when find-quotes found
 * one, else the PERSON (or failing that ORG) entity nearest a cue word.
 */
static void
find_speaker(struct claimset *cs, struct claim *c, const struct claim *prev,
    size_t ent_lo, size_t ent_hi)
{
	const struct document *d = cs->doc;
	const struct cword *w;
	const struct doc_entity *e, *best = NULL;
	uint64_t cue = DOC_NONE, dist, bestdist = UINT64_MAX;
	size_t i;
	int pronoun = 0;

	/*
	 * Claims come in sentence order and quotations by start: one that
	 * ends before this sentence holds no later one either, so the scan
	 * starts where the last one left off (all pairs were quadratic).
	 */
	while (cs->qnext < d->nquotes && d->quotes[cs->qnext].last_sent < c->sent)
		cs->qnext++;
	for (i = cs->qnext; i < d->nquotes && d->quotes[i].first_sent <= c->sent;
	    i++) {
		const struct doc_quote *q = &d->quotes[i];

		if (q->first_sent <= c->sent && c->sent <= q->last_sent) {
			c->quoted = 1;
			if (q->keylen > 0) {
				c->spk_key = q->key;
				c->spk_keylen = q->keylen;
				c->spk_start = q->speaker_start;
				c->spk_end = q->speaker_end;
				/* Named as the source, not as written ("he"). */
				if (q->sourcelen > 0 && q->source >= d->text &&
				    q->source + q->sourcelen <= d->text + d->len) {
					c->spk_start = (uint64_t)(q->source - d->text);
					c->spk_end = c->spk_start + q->sourcelen;
				}
				c->spk_in = q->speaker_start != DOC_NONE &&
				    q->speaker_start >= c->start &&
				    q->speaker_end <= c->end;
				return;
			}
		}
	}
	for (i = c->w0; i < c->w0 + c->nw; i++) {
		w = &cs->words.v[i];
		if (w->flags & CW_QUOTED)
			c->quoted = 1;
		if (cue == DOC_NONE && is_cue(d->text + w->start,
		    (size_t)(w->end - w->start)))
			cue = w->start;
	}
	if (cue == DOC_NONE)
		return;
	/*
	 * The subject of the cue: a person opening the sentence before it
	 * ("Dr. X, a hydrologist at Y University, said"), else the person
	 * nearest the cue on either side ("said X", "X told"), else an
	 * organisation ("the LVWA said").  Names inside quotation marks
	 * are what is said, not who says it.
	 */
	for (i = ent_lo; i < ent_hi; i++) {
		e = &d->ents[i];
		if (e->type != ET_PERSON || e->end > cue || in_quotes(d, c, e))
			continue;
		if (e->start - c->start <= 40) {
			best = e;
			bestdist = 0;
		}
		break;
	}
	for (i = ent_lo; i < ent_hi && bestdist > 0; i++) {
		e = &d->ents[i];
		if ((e->type != ET_PERSON && e->type != ET_ORG) || in_quotes(d, c, e))
			continue;
		dist = e->end <= cue ? cue - e->end : e->start - cue;
		if (e->type == ET_ORG)
			dist += 200;
		if (dist < bestdist) {
			bestdist = dist;
			best = e;
		}
	}
	if (best != NULL && bestdist < 320) {
		c->spk_key = best->key;
		c->spk_keylen = best->keylen;
		c->spk_start = best->start;
		c->spk_end = best->end;
		c->spk_in = 1;
		return;
	}
	for (i = c->w0; i < c->w0 + c->nw; i++) {
		w = &cs->words.v[i];
		if (is_pronoun(d->text + w->start, (size_t)(w->end - w->start)) &&
		    (w->end + 1 == cue || w->start > cue))
			pronoun = 1;
	}
	if (pronoun && prev != NULL && prev->spk_keylen > 0) {
		c->spk_key = prev->spk_key;
		c->spk_keylen = prev->spk_keylen;
		c->spk_start = prev->spk_start;
		c->spk_end = prev->spk_end;
	}
}

/*
 * A number the tagger left untyped ("site 37") is still a value of the
 * claim: a CARDINAL keyed by its digits as written.
 */
static void
number_words(struct claimset *cs, struct claim *c)
{
	struct doc_entity e;
	const struct cword *w;
	size_t i;

	for (i = c->w0; i < c->w0 + c->nw; i++) {
		w = &cs->words.v[i];
		if (!(w->flags & CW_NUM) || (w->flags & CW_VALUE))
			continue;
		e.start = w->start;
		e.end = w->end;
		e.type = ET_CARDINAL;
		e.key = cs->doc->text + w->start;
		e.keylen = (size_t)(w->end - w->start);
		e.sent = c->sent;
		add_ent(cs, &e);
	}
	c->ne = cs->nents - c->e0;
}

/* The year of a full ISO date key, or 0. */
static int
key_year(const char *k, size_t n)
{
	if (n == 10 && ascii_digit(k[0]) && ascii_digit(k[3]) && k[4] == '-' &&
	    k[7] == '-')
		return (k[0] - '0') * 1000 + (k[1] - '0') * 100 +
		    (k[2] - '0') * 10 + (k[3] - '0');
	return 0;
}

static void
build(struct claimset *cs, const struct document *d, int whole)
{
	struct cw_value *vals = NULL;
	size_t nvals, valcap = 0, i, j = 0, lo, k;
	const struct claim *prev = NULL;
	struct claim *c;
	uint64_t s, e;
	size_t nsent = whole ? 1 : d->nsents;

	cs->doc = d;
	cs->n = cs->nents = 0;
	cs->year = 0;
	cs->qnext = 0;
	claimwords_clear(&cs->words);
	for (i = 0; i < nsent; i++) {
		s = whole ? 0 : d->sents[i].start;
		e = whole ? d->len : d->sents[i].end;
		if (e > d->len || s > e)
			continue;
		c = new_claim(cs);
		c->start = s;
		c->end = e;
		c->sent = i;
		c->e0 = cs->nents;
		while (j < d->nents && d->ents[j].start < s)
			j++;
		lo = j;
		nvals = 0;
		for (k = lo; k < d->nents && d->ents[k].end <= e; k++) {
			add_ent(cs, &d->ents[k]);
			if (cs->year == 0 && d->ents[k].type == ET_DATE)
				cs->year = key_year(d->ents[k].key, d->ents[k].keylen);
			if (!ent_is_value(d->ents[k].type))
				continue;
			if (nvals == valcap) {
				valcap = valcap < 16 ? 16 : valcap * 2;
				if ((vals = reallocarray(vals, valcap,
				    sizeof(*vals))) == NULL)
					err(EXIT_TROUBLE, NULL);
			}
			vals[nvals].start = (size_t)(d->ents[k].start - s);
			vals[nvals].end = (size_t)(d->ents[k].end - s);
			vals[nvals].key = d->ents[k].key;
			vals[nvals].keylen = d->ents[k].keylen;
			nvals++;
		}
		c->ne = cs->nents - c->e0;
		c->w0 = cs->words.n;
		claimwords_add(&cs->words, d->text + s, (size_t)(e - s), s,
		    vals, nvals);
		c->nw = cs->words.n - c->w0;
		number_words(cs, c);
		find_speaker(cs, c, prev, lo, k);
		prev = c;
		j = k;
	}
	free(vals);
}

void
claimset_build(struct claimset *cs, const struct document *d)
{
	build(cs, d, 0);
}

void
claimset_text(struct claimset *cs, const struct document *d)
{
	build(cs, d, 1);
}
