#include <string.h>
#include <strings.h>

#include "claimdetail.h"
#include "claimframe.h"
#include "claimpolar.h"
#include "entkey.h"
#include "factdiff.h"
#include "utf8.h"

static const char *const days[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday"
};

int
weekday(int y, int m, int d)
{
	/* Sakamoto's method; 0 is Sunday there, so shift to Monday first. */
	static const int t[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };

	if (m < 3)
		y -= 1;
	return ((y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7 + 6) % 7;
}

static int
key_weekday(const char *k, size_t n)
{
	int i;

	for (i = 0; i < 7; i++)
		if (strlen(days[i]) == n && memcmp(days[i], k, n) == 0)
			return i;
	return -1;
}

static int
digits(const char *k, int n)
{
	int v = 0, i;

	for (i = 0; i < n; i++) {
		if (!ascii_digit(k[i]))
			return -1;
		v = v * 10 + (k[i] - '0');
	}
	return v;
}

/*
 * The weekday a date key fixes: "2025-04-22" always, "--04-22" with
 * the document's year; -1 when none.
 */
static int
date_weekday(const char *k, size_t n, int year)
{
	int y = -1, m, d;

	if (n == 10 && k[4] == '-' && k[7] == '-')
		y = digits(k, 4), m = digits(k + 5, 2), d = digits(k + 8, 2);
	else if (n == 7 && k[0] == '-' && k[1] == '-' && k[4] == '-')
		y = year > 0 ? year : -1, m = digits(k + 2, 2), d = digits(k + 5, 2);
	else
		return -1;
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	return weekday(y, m, d);
}

static int
same_key(const struct claim_ent *x, const struct claim_ent *y)
{
	return entkey_agree(x->key, x->keylen, y->key, y->keylen);
}

/* Is every "-"-separated part of key x a part of key y? */
static int
key_parts_in(const struct claim_ent *x, const struct claim_ent *y)
{
	size_t i = 0, j, k, n, m;

	while (i < x->keylen) {
		for (n = i; n < x->keylen && x->key[n] != '-'; n++)
			;
		for (j = 0, k = 0; j < y->keylen; j = m + 1) {
			for (m = j; m < y->keylen && y->key[m] != '-'; m++)
				;
			if (m - j == n - i && memcmp(x->key + i, y->key + j, n - i) == 0) {
				k = 1;
				break;
			}
		}
		if (!k)
			return 0;
		i = n + 1;
	}
	return 1;
}

/*
 * Names agree when their keys do, or when one's words are all in the
 * other ("Foreign Ministry" and "Ministry of Foreign Affairs").
 */
static int
same_name(const struct claim_ent *x, const struct claim_ent *y)
{
	return same_key(x, y) || (x->keylen > 0 && y->keylen > 0 &&
	    (key_parts_in(x, y) || key_parts_in(y, x)));
}

enum { G_NUMBER, G_DATE, G_NAME };

static int
group(enum ent_type t)
{
	if (t == ET_DATE || t == ET_TIME)
		return G_DATE;
	return ent_is_value(t) ? G_NUMBER : G_NAME;
}

/*
 * Do two values agree?  1 yes, 0 they conflict, -1 they cannot be
 * compared (a weekday and a date the text does not tie to a year).
 */
static int
agree(const struct claimset *A, const struct claim_ent *x,
    const struct claimset *B, const struct claim_ent *y)
{
	int wx, wy;

	if (same_key(x, y))
		return 1;
	if (group(x->type) == G_NAME && group(y->type) == G_NAME)
		return same_name(x, y);
	if (x->type != y->type)
		return 0;	/* a count is not an amount: different, not a conflict */
	if (group(x->type) != G_DATE)
		return 0;
	wx = key_weekday(x->key, x->keylen);
	wy = key_weekday(y->key, y->keylen);
	if (wx >= 0 && wy >= 0)
		return 0;
	if (wx < 0 && wy < 0) {
		/* Two dates, or relative ones ("last week"): compare as written. */
		return x->keylen > 2 && y->keylen > 2 ? 0 : -1;
	}
	if (wx < 0)
		wx = date_weekday(x->key, x->keylen, A->year);
	else
		wy = date_weekday(y->key, y->keylen, B->year);
	if (wx < 0 || wy < 0)
		return -1;
	return wx == wy;
}

static void
put_pair(struct buf *b, size_t base, const char *kind, const struct claimset *A,
    const struct claim_ent *x, const struct claimset *B,
    const struct claim_ent *y)
{
	detail_sep(b, base);
	buf_append(b, kind, strlen(kind));
	buf_putc(b, ':');
	if (x != NULL) {
		if (group(x->type) == G_NUMBER)
			detail_value(b, x->key, x->keylen);
		else
			detail_value(b, A->doc->text + x->start, (size_t)(x->end - x->start));
	}
	buf_putc(b, '>');
	if (y != NULL) {
		if (group(y->type) == G_NUMBER)
			detail_value(b, y->key, y->keylen);
		else
			detail_value(b, B->doc->text + y->start, (size_t)(y->end - y->start));
	}
}

/* Is e the claim's speaker (same key, or the very mention)? */
static int
is_speaker(const struct claim *c, const struct claim_ent *e)
{
	if (c->spk_keylen == 0)
		return 0;
	return entkey_agree(c->spk_key, c->spk_keylen, e->key, e->keylen) ||
	    (e->start >= c->spk_start && e->end <= c->spk_end);
}

/* The stem of the last claim word in [start, end), or 0. */
static uint64_t
span_stem(const struct claimset *cs, const struct claim *c, uint64_t start,
    uint64_t end)
{
	uint64_t h = 0;
	size_t i;

	for (i = c->w0; i < c->w0 + c->nw; i++)
		if (cs->words.v[i].start >= start && cs->words.v[i].end <= end)
			h = cs->words.v[i].stem;
	return h;
}

/* The stem (class) of the last word of e in claim c; 0: none. */
static uint64_t
head_stem(const struct claimset *cs, const struct claim *c,
    const struct claim_ent *e)
{
	return span_stem(cs, c, e->start, e->end);
}

/*
 * Two places of one word class are one: a capital stands for its
 * country ("Beijing denied" is China's denial; claims-classes.txt).
 */
static int
same_place(const struct claimset *A, const struct claim *a,
    const struct claim_ent *x, const struct claimset *B, const struct claim *b,
    const struct claim_ent *y)
{
	uint64_t h;

	if (x->type != ET_GPE || y->type != ET_GPE)
		return 0;
	h = head_stem(A, a, x);
	return h != 0 && h == head_stem(B, b, y);
}

/* Speakers of one word class agree as names do ("Tokyo said", "Japan said"). */
static int
same_speaker_word(const struct claimset *A, const struct claim *a,
    const struct claimset *B, const struct claim *b)
{
	uint64_t h;

	if (a->spk_start == DOC_NONE || b->spk_start == DOC_NONE)
		return 0;
	h = span_stem(A, a, a->spk_start, a->spk_end);
	return h != 0 && h == span_stem(B, b, b->spk_start, b->spk_end);
}

/*
 * Values and names of one group that one side has and the other lacks
 * are paired in order as replacements: 155 in one and 150 in the
 * other is number:155>150.  A value with no partner of its group is
 * new information, not a conflict.
 */
static unsigned
compare_group(const struct claimset *A, const struct claim *a,
    const struct claimset *B, const struct claim *b, int g, struct buf *d,
    size_t base)
{
	const struct claim_ent *ea = A->ents + a->e0, *eb = B->ents + b->e0;
	size_t i, j, ka = 0, kb = 0;
	const struct claim_ent *ua[8], *ub[8];
	int r, matched, unknown;
	unsigned found = 0;

	/* The first eight unmatched of each side are enough to name the change. */
	for (i = 0; i < a->ne; i++) {
		if (group(ea[i].type) != g || (g == G_NAME && is_speaker(a, &ea[i])))
			continue;
		matched = unknown = 0;
		for (j = 0; j < b->ne && !matched; j++) {
			if (group(eb[j].type) != g)
				continue;
			r = agree(A, &ea[i], B, &eb[j]);
			matched = r == 1 || (g == G_NAME &&
			    same_place(A, a, &ea[i], B, b, &eb[j]));
			unknown |= r == -1;
		}
		if (!matched && !unknown && ka < 8)
			ua[ka++] = &ea[i];
	}
	for (j = 0; j < b->ne; j++) {
		if (group(eb[j].type) != g || (g == G_NAME && is_speaker(b, &eb[j])))
			continue;
		matched = unknown = 0;
		for (i = 0; i < a->ne && !matched; i++) {
			if (group(ea[i].type) != g)
				continue;
			r = agree(B, &eb[j], A, &ea[i]);
			matched = r == 1 || (g == G_NAME &&
			    same_place(B, b, &eb[j], A, a, &ea[i]));
			unknown |= r == -1;
		}
		if (!matched && !unknown && kb < 8)
			ub[kb++] = &eb[j];
	}
	/* Each replaces the first unpaired one of its own type on the other side. */
	for (i = 0; i < ka; i++)
		for (j = 0; j < kb; j++) {
			if (ub[j] == NULL || ub[j]->type != ua[i]->type)
				continue;
			put_pair(d, base, g == G_NUMBER ? "number" : g == G_DATE ?
			    "date" : "entity", A, ua[i], B, ub[j]);
			found |= g == G_NUMBER ? FD_NUMBER : g == G_DATE ?
			    FD_DATE : FD_ENTITY;
			ub[j] = NULL;
			break;
		}
	return found;
}

/*
 * Two claims of one frame ("X passed the evidence", "Y shared the
 * evidence") whose agents differ: the agent replaced is entity:X>Y.
 * Only where the names alone showed no change, which would name it.
 */
static unsigned
compare_agents(const struct claimset *A, const struct claim *a,
    const struct claimset *B, const struct claim *b, struct buf *d, size_t base)
{
	struct frame_agent x, y;
	size_t pa, pb;

	if (!frame_shared(A, a, B, b, &pa, &pb) || !frame_agent(A, a, pa, &x) ||
	    !frame_agent(B, b, pb, &y) || frame_agents_agree(&x, &y))
		return 0;
	detail_sep(d, base);
	buf_append(d, "entity:", 7);
	detail_value(d, A->doc->text + x.start, (size_t)(x.end - x.start));
	buf_putc(d, '>');
	detail_value(d, B->doc->text + y.start, (size_t)(y.end - y.start));
	return FD_ENTITY;
}

unsigned
factdiff(const struct claimset *A, const struct claim *a,
    const struct claimset *B, const struct claim *b, int close, struct buf *d)
{
	unsigned found = 0, names;
	size_t base = d->len;

	found |= compare_group(A, a, B, b, G_NUMBER, d, base);
	found |= compare_group(A, a, B, b, G_DATE, d, base);
	if (a->spk_keylen > 0 && b->spk_keylen > 0 &&
	    !entkey_agree(a->spk_key, a->spk_keylen, b->spk_key, b->spk_keylen) &&
	    !same_speaker_word(A, a, B, b)) {
		detail_sep(d, base);
		buf_append(d, "speaker:", 8);
		if (a->spk_start != DOC_NONE && a->spk_end <= A->doc->len)
			detail_value(d, A->doc->text + a->spk_start,
			    (size_t)(a->spk_end - a->spk_start));
		buf_putc(d, '>');
		if (b->spk_start != DOC_NONE && b->spk_end <= B->doc->len)
			detail_value(d, B->doc->text + b->spk_start,
			    (size_t)(b->spk_end - b->spk_start));
		found |= FD_SPEAKER;
	}
	names = compare_group(A, a, B, b, G_NAME, d, base);
	if (names == 0)
		names = compare_agents(A, a, B, b, d, base);
	found |= names;
	if (close)
		found |= polarity_diff(A, a, B, b, d, base);
	return found;
}
