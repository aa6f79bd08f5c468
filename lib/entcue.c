/*
 * entcue: what the words around a name the model found say of it.  A
 * person's title or a noun of people before it makes it a person
 * ("President Bush", "the rapper Chester"), a noun of bodies an
 * organisation ("the band Killing Joke"); the name before a lower-case
 * "administration" is a person; a name that fills a quotation is a
 * title of a work; two persons with a space between them are one.
 * The word lists are person-cue.txt, org-cue.txt and title.txt of
 * lib/data/entities.
 */
#include <stdint.h>
#include <string.h>

#include "tagger.h"
#include "utf8.h"

/* Is s[a..b) all there is between a pair of quotation marks? */
int
tg_whole_quotation(const char *s, size_t n, size_t a, size_t b)
{
	static const char *const opens[] = { "\"", "\u201c", "\u2018", "\u00ab" };
	static const char *const closes[] = { "\"", "\u201d", "\u2019", "\u00bb" };
	size_t k, len;

	while (a > 0 && s[a - 1] == ' ')
		a--;
	while (b < n && s[b] == ' ')
		b++;
	for (k = 0; k < sizeof(opens) / sizeof(opens[0]); k++) {
		len = strlen(opens[k]);
		if (a >= len && memcmp(s + a - len, opens[k], len) == 0 &&
		    b + strlen(closes[k]) <= n &&
		    memcmp(s + b, closes[k], strlen(closes[k])) == 0)
			return 1;
	}
	return 0;
}

/*
 * Is the word before s[a] one of ws ("President", "the band"), a space
 * between?  The word runs back to a space, a line's start or s's.
 */
int
tg_word_before(const struct wordset *ws, const char *s, size_t a)
{
	size_t w;

	if (a < 2 || s[a - 1] != ' ')
		return 0;
	for (w = a - 1; w > 0 && s[w - 1] != ' ' && s[w - 1] != '\n'; w--)
		;
	return w < a - 1 && tg_in_set(ws, s + w, a - 1 - w);
}

/*
 * "George" "F. Hauser": two persons the model ended and began again
 * with nothing but a space between them are one person.  Returns the
 * new count of m[0..k).
 */
size_t
tg_join_persons(const char *s, struct ner_mention *m, size_t k)
{
	size_t i, j;

	for (i = j = 0; i < k; i++) {
		if (j > 0 && m[i].type == NER_PER && m[j - 1].type == NER_PER &&
		    m[i].start == m[j - 1].end + 1 && s[m[j - 1].end] == ' ') {
			m[j - 1].end = m[i].end;
			continue;
		}
		m[j++] = m[i];
	}
	return j;
}

/* Is token i - 1 a capitalised word right before token i? */
static int
capital_before(const struct tokens *t, const char *s, size_t i)
{
	return tg_capital_word(s, &t->v[i - 1]) &&
	    t->v[i - 1].end + 1 == t->v[i].start;
}

/*
 * "the Bush administration": the capitalised word before a lower-case
 * "administration" is the person who heads it, unless it is a place or
 * a people ("the Kyiv administration", "the Russian administration").
 * The model often misses it or calls it an organisation.
 */
void
tg_administrations(struct tagger *tg, const char *s, size_t n)
{
	const struct tokens *t = &tg->tok;
	const char *p;
	size_t i, j, a, b;

	/* Most sentences have none: a scan for its "d" rather than a look
	 * at every token. */
	for (p = s; (p = memchr(p, 'd', (size_t)(s + n - p))) != NULL; p++)
		if (p > s && p + 13 <= s + n && memcmp(p - 1, "administration", 14) == 0)
			break;
	if (p == NULL)
		return;
	for (i = 1; i < t->n; i++) {
		if (t->v[i].end - t->v[i].start != 14 ||
		    memcmp(s + t->v[i].start, "administration", 14) != 0)
			continue;
		a = t->v[i - 1].start;
		b = t->v[i - 1].end;
		if (t->v[i - 1].kind != TOK_WORD || b + 1 != t->v[i].start ||
		    !ascii_upper((unsigned char)s[a]) || b - a < 2 ||
		    ascii_upper((unsigned char)s[a + 1]) ||
		    tg_known_place(tg, s + a, b - a) ||
		    tg_in_set(&tg->nationality, s + a, b - a) ||
		    tg_in_set(&tg->group, s + a, b - a))
			continue;
		/* "the Joe Biden administration": a given name before it. */
		if (i >= 2 && capital_before(t, s, i - 1)) {
			a = t->v[i - 2].start;
			if (i >= 3 && capital_before(t, s, i - 2))
				continue;
		}
		for (j = 0; j < tg->nc; j++)
			if (tg->c[j].start < b && tg->c[j].end > a)
				break;
		if (j == tg->nc)
			tg_add_cand(tg, a, b, ET_PERSON, 2);
		else if (tg->c[j].start == a && tg->c[j].end == b &&
		    (tg->c[j].type == ET_ORG || tg->c[j].type == ET_LOC))
			tg->c[j].type = ET_PERSON;
	}
}
