/*
 * split_headline: where a sentence starts with no stop before it.  A
 * headline run into the text (an opener after a lower-case word), a
 * quoted headline, a headline in capitals ending in a colon, and list
 * items marked with a double dash.
 */
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "split_int.h"
#include "split_punct.h"

/*
 * A headline run into the text with no stop: "...of the disease
 * Unfortunately, there is".  An opener with a capital starts a sentence
 * after an all-lower-case word; a pronoun or article ("The plan", "It
 * was") also after a capitalised one ("...in Cairo The talks"), and after
 * a headline of one word ("Diet The group").
 */
static int
lost_stop(const struct splitter *sp, size_t i)
{
	const char *t = sp->t;
	size_t n = sp->n, w, p, k;
	char word[16];
	int cls, prev_lower = 1, prev_cap;

	if (i < 2 || t[i - 1] != ' ')
		return 0;
#if defined(__SSE2__)
	/* The word's 16 bytes at once: a loop to its end guessed wrong at most. */
	if (i + 16 <= n) {
		__m128i low;
		unsigned upper, alpha = ascii_letters16(t + i, &upper, &low);
		size_t run = (size_t)__builtin_ctz(~alpha | 0x10000);

		_mm_storeu_si128((__m128i *)(void *)word, low);
		w = i + run;
		if (upper & ((1u << run) - 1) & ~1u)
			return 0;	/* IT, not It */
	} else
#endif
	{
		for (w = i; w < n && w - i < sizeof(word) && ascii_alpha(t[w]); w++)
			word[w - i] = (char)(t[w] | 0x20);
		for (p = i + 1; p < w; p++)
			if (t[p] < 'a')		/* IT, not It */
				return 0;
	}
	if (w == i || w - i >= sizeof(word) || w + 2 >= n ||
	    (cls = wordset_get(&sp->l->openers, word, w - i)) == 0 ||
	    cls == OPENER_NOT_LAST)
		return 0;
	if (cls != OPENER_ANY_NEXT) {
		/* The next word in lower case, maybe quoted: "The \"grand\" finale". */
		k = w + 1;
		if (t[k] == '"')
			k++;
		else if (k + 3 < n && u8_punct(t + k, U8_LDQUO_END))
			k += 3;
		if (t[w] != ' ' || k >= n || !ascii_lower(t[k]))
			return 0;
	} else if (!(t[w] == ' ' || t[w] == ','))
		return 0;
	/* The word before, back to a space or the sentence's start. */
	for (p = i - 1; p > sp->s && t[p - 1] != ' '; p--)
		if (!ascii_lower(t[p - 1]))
			prev_lower = 0;
	if (p >= i - 1)
		return 0;
	prev_cap = !prev_lower && i - 1 - p >= 2 && ascii_upper(t[p]);
	for (k = p + 1; prev_cap && k < i - 1; k++)
		if (!ascii_lower(t[k]))
			prev_cap = 0;
	/*
	 * After a one-word headline only an article or a pronoun counts:
	 * "After The Debate", "Nothing But the Truth" are titles.
	 */
	if (p == sp->s)
		return prev_cap && i - 1 - p >= 3 && cls == OPENER_LOWER_NEXT;
	if (i < sp->s + 8)
		return 0;
	/* A headline does not end in "and" or "of": those go on. */
	if (prev_lower && wordset_get(&sp->l->openers, t + p, i - 1 - p) ==
	    OPENER_NOT_LAST)
		return 0;
	return prev_lower || (prev_cap && cls == OPENER_LOWER_NEXT);
}

/* Headlines are short: the rules below look no further back than this. */
#define HEADLINE_MAX	300

/*
 * A quoted headline run into the text: ...the cartel. "Prices will
 * not fall" The minister said...  A closing quote right after a word,
 * a quotation of three words or more that opened in this sentence, then
 * a capitalised sentence starter: a new sentence.  Shorter quotations
 * are names ("Earvin "Magic" Johnson").
 */
static int
quote_stop(const struct splitter *sp, size_t i)
{
	const char *t = sp->t;
	size_t n = sp->n, q, o, w, spaces = 0;
	char word[32];
	int curly;

	if (t[i - 2] == '"') {
		q = i - 2;
		curly = 0;
	} else if (i >= 4 && u8_punct(t + i - 4, U8_RDQUO_END)) {
		q = i - 4;
		curly = 1;
	} else
		return 0;
	if (q <= sp->s || !(ascii_alpha(t[q - 1]) ||
	    ascii_digit(t[q - 1])))
		return 0;
	/* The opening mark, after a space or at the sentence's start, not far back. */
	for (o = q; o > sp->s && q - o < HEADLINE_MAX; o--) {
		if (t[o - 1] == ' ')
			spaces++;
		if (!curly && t[o - 1] == '"')
			break;
		if (curly && o >= sp->s + 3 && u8_punct(t + o - 3, U8_LDQUO_END)) {
			o -= 2;
			break;
		}
	}
	if (o == sp->s || q - o >= HEADLINE_MAX || spaces < 2)
		return 0;
	o--;				/* the opening mark itself */
	if (o > sp->s && t[o - 1] != ' ')
		return 0;
	for (w = i; w < n && w - i < sizeof(word) && ascii_alpha(t[w]); w++)
		word[w - i] = (char)(t[w] | 0x20);
	if (w - i < 2 || w - i >= sizeof(word) || !ascii_lower((unsigned char)t[i + 1]))
		return 0;
	return wordset_get(&sp->l->starters, word, w - i) != 0 ||
	    wordset_get(&sp->l->openers, word, w - i) != 0;
}

/* "FCC COUNSEL JOINS FIRM: Diane S. Killory will...": a headline in capitals. */
static int
caps_colon_stop(const struct splitter *sp, size_t i)
{
	const char *t = sp->t;
	size_t k, caps = 0, spaces = 0;

	if (i < sp->s + 8 || i > sp->s + HEADLINE_MAX || i + 1 >= sp->n ||
	    !ascii_lower((unsigned char)t[i + 1]))
		return 0;
	for (k = sp->s; k < i - 2; k++) {
		if (ascii_lower((unsigned char)t[k]) || (unsigned char)t[k] >= 0x80)
			return 0;
		caps += ascii_upper((unsigned char)t[k]);
		spaces += t[k] == ' ';
	}
	return caps >= 6 && spaces >= 2;	/* not a speaker: "JAKE TAPPER: Donald" */
}

/*
 * "...proposals (May 1988): -- Require prompt reports": a list item
 * marked with a double dash, after a colon or after another such item.
 */
static int
dash_item(const struct splitter *sp, size_t i)
{
	const char *t = sp->t;
	size_t n = sp->n, p;

	if (i + 3 >= n || i < sp->s + 2 || t[i + 1] != '-' || t[i + 2] != ' ' ||
	    !ascii_upper((unsigned char)t[i + 3]))
		return 0;
	for (p = i - 1; p > sp->s && t[p - 1] == ' '; p--)
		;
	return t[p - 1] == ':' || (sp->n - sp->s > 3 &&
	    memcmp(t + sp->s, "-- ", 3) == 0);
}

/* A sentence that starts at i with no stop before it: headlines, lists. */
int
starts_without_stop(const struct splitter *sp, size_t i)
{
	const char *t = sp->t;
	unsigned char before;

	if (t[i] == '-')
		return dash_item(sp, i);
	if (i < 2 || t[i - 1] != ' ')
		return 0;
	before = (unsigned char)t[i - 2];
	if (ascii_lower(before))
		return lost_stop(sp, i);
	if (before == ':')
		return caps_colon_stop(sp, i);
	return quote_stop(sp, i);
}
