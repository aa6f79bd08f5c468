#include <string.h>

#include "claimframe.h"
#include "entkey.h"

static int
is_name(enum ent_type t)
{
	return t == ET_PERSON || t == ET_ORG || t == ET_GPE || t == ET_NORP;
}

/* Does claim c hold a content word of stem s, other than its predicate? */
static int
has_stem(const struct claimset *cs, const struct claim *c, uint64_t s)
{
	size_t i;

	for (i = c->w0; i < c->w0 + c->nw; i++)
		if (cs->words.v[i].stem == s &&
		    !(cs->words.v[i].flags & (CW_STOP | CW_PRED)))
			return 1;
	return 0;
}

/* A rare argument both share: a word, or a name by key. */
static int
shared_argument(const struct claimset *A, const struct claim *a,
    const struct claimset *B, const struct claim *b)
{
	const struct cword *w;
	const struct claim_ent *x, *y;
	size_t i, j;

	for (i = a->w0; i < a->w0 + a->nw; i++) {
		w = &A->words.v[i];
		if (w->flags & (CW_STOP | CW_PRED | CW_NUM) || w->idf < FRAME_IDF)
			continue;
		if (has_stem(B, b, w->stem))
			return 1;
	}
	for (i = 0; i < a->ne; i++) {
		x = &A->ents[a->e0 + i];
		if (!is_name(x->type))
			continue;
		for (j = 0; j < b->ne; j++) {
			y = &B->ents[b->e0 + j];
			if (is_name(y->type) && entkey_agree(x->key, x->keylen,
			    y->key, y->keylen))
				return 1;
		}
	}
	return 0;
}

int
frame_shared(const struct claimset *A, const struct claim *a,
    const struct claimset *B, const struct claim *b, size_t *pa, size_t *pb)
{
	size_t i, j;

	for (i = a->w0; i < a->w0 + a->nw; i++) {
		if (!(A->words.v[i].flags & CW_PRED))
			continue;
		for (j = b->w0; j < b->w0 + b->nw; j++)
			if ((B->words.v[j].flags & CW_PRED) &&
			    B->words.v[j].stem == A->words.v[i].stem)
				break;
		if (j == b->w0 + b->nw)
			continue;
		if (!shared_argument(A, a, B, b))
			return 0;
		if (pa != NULL)
			*pa = i;
		if (pb != NULL)
			*pb = j;
		return 1;
	}
	return 0;
}

/* Only white space between words i and i + 1 (no comma, no stop)? */
static int
joined(const struct claimset *cs, size_t i)
{
	const char *t = cs->doc->text;
	uint64_t k;

	for (k = cs->words.v[i].end; k < cs->words.v[i + 1].start; k++)
		if (t[k] != ' ')
			return 0;
	return 1;
}

/* A word in -ly ("firmly"), which stands between a subject and its verb. */
static int
adverb(const struct claimset *cs, size_t i)
{
	const struct cword *w = &cs->words.v[i];

	return w->end - w->start > 3 &&
	    memcmp(cs->doc->text + w->end - 2, "ly", 2) == 0;
}

/*
 * The name that stands for the phrase [s, e): a person in it, else a
 * name that ends it ("the Ukrainian special services" is no name's,
 * "Foreign Minister Andriy Sybiga" is Sybiga's).
 */
static const struct claim_ent *
name_in(const struct claimset *cs, const struct claim *c, uint64_t s, uint64_t e)
{
	const struct claim_ent *x, *best = NULL;
	size_t i;

	for (i = 0; i < c->ne; i++) {
		x = &cs->ents[c->e0 + i];
		if (!is_name(x->type) || x->start < s || x->end > e ||
		    (x->type != ET_PERSON && x->end != e))
			continue;
		if (best == NULL || (x->type == ET_PERSON && best->type != ET_PERSON) ||
		    (x->type == best->type && x->start > best->start))
			best = x;
	}
	return best;
}

static void
from_name(const struct claimset *cs, const struct claim *c,
    const struct claim_ent *x, struct frame_agent *ag)
{
	size_t i;

	ag->start = x->start;
	ag->end = x->end;
	ag->key = x->key;
	ag->keylen = x->keylen;
	ag->head = 0;
	for (i = c->w0; i < c->w0 + c->nw; i++)
		if (cs->words.v[i].start >= x->start && cs->words.v[i].end <= x->end)
			ag->head = cs->words.v[i].stem;
}

int
frame_agent(const struct claimset *cs, const struct claim *c, size_t p,
    struct frame_agent *ag)
{
	static uint64_t by;
	const struct claim_ent *x, *best = NULL;
	size_t i, s, e, end = c->w0 + c->nw;

	if (by == 0)
		by = cw_hash("by", 2);
	memset(ag, 0, sizeof(*ag));
	/* Passive: "relayed (through channels) by the X Y". */
	for (i = p + 1; i < end && i <= p + 4; i++)
		if (cs->words.v[i].word == by)
			break;
	if (i < end && i <= p + 4) {
		for (s = i + 1; s < end && (cs->words.v[s].flags & CW_STOP); s++)
			;
		if (s == end)
			return 0;
		for (e = s; e + 1 < end && joined(cs, e) &&
		    !(cs->words.v[e + 1].flags & CW_STOP); e++)
			;
		x = name_in(cs, c, cs->words.v[s].start, cs->words.v[e].end);
		if (x != NULL) {
			from_name(cs, c, x, ag);
			return 1;
		}
		ag->start = cs->words.v[s].start;
		ag->end = cs->words.v[e].end;
		ag->head = cs->words.v[e].stem;
		return 1;
	}
	/*
	 * Active: the subject, the run of words just before the predicate
	 * (over function words and adverbs: "has firmly denied"), or a
	 * name in it; failing a run, the name nearest before.
	 */
	for (e = p; e > c->w0 && (cs->words.v[e - 1].flags & CW_STOP ||
	    adverb(cs, e - 1)); e--)
		;
	if (e > c->w0) {
		e--;
		for (s = e; s > c->w0 && joined(cs, s - 1) &&
		    !(cs->words.v[s - 1].flags & CW_STOP); s--)
			;
		x = name_in(cs, c, cs->words.v[s].start, cs->words.v[e].end);
		if (x != NULL) {
			from_name(cs, c, x, ag);
			return 1;
		}
		if (!(cs->words.v[e].flags & CW_NUM)) {
			ag->start = cs->words.v[s].start;
			ag->end = cs->words.v[e].end;
			ag->head = cs->words.v[e].stem;
			return 1;
		}
	}
	for (i = 0; i < c->ne; i++) {
		x = &cs->ents[c->e0 + i];
		if (is_name(x->type) && x->end <= cs->words.v[p].start &&
		    (best == NULL || x->end > best->end))
			best = x;
	}
	if (best == NULL)
		return 0;
	from_name(cs, c, best, ag);
	return 1;
}

int
frame_agents_agree(const struct frame_agent *x, const struct frame_agent *y)
{
	if (x->key != NULL && y->key != NULL &&
	    entkey_agree(x->key, x->keylen, y->key, y->keylen))
		return 1;
	return x->head != 0 && x->head == y->head;
}
