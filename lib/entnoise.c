/*
 * entnoise: model mentions that are the noise of mail, posts and
 * reviews rather than names, dropped before they become candidates
 * (called from entities.c for each mention the model found).
 *
 * - A file name, a link or part of an e-mail address: "Budget_v2.pdf",
 *   "http://example.org/a", "olwen.b@example.org".
 * - A word shouted in capitals in a sentence that is not itself in
 *   capitals ("What a GOOD day", "BOOK NOW"): every word of the
 *   mention is a common English word (places aside).  Headlines in
 *   capitals (CoNLL's "SOCCER - LEEDS WIN") are left to the model.
 * - A common word alone in its sentence but for punctuation
 *   ("Bargain!", "(Applause.)"), or a short sentence of common
 *   words only ("Far Too Noisy", "Lovely Staff!"), places
 *   aside: a line of a review, not a name.  Not a person the model
 *   saw ("Marten,"), nor in a line with a number (a table:
 *   "Harlow Rovers 3").
 * - Jargon and chat abbreviations, degrees and record formats
 *   (lib/data/entities/jargon.txt: "FYI", "ASAP", "PhD", "EP") alone.
 * A name the document gives elsewhere is found again by the document
 * pass (entdoc.c) only under its own, stricter rules.
 *
 * And the one name of a letter the model often mistypes: the person it
 * addresses ("Hey Quella,"), tg_addressed().
 */
#include <string.h>

#include "tagger.h"

/* File extensions that end a file name or a page, lower case. */
static const char *const extensions[] = { "pdf", "doc", "docx", "xls",
    "xlsx", "ppt", "pptx", "htm", "html", "asp", "aspx", "php", "txt",
    "rtf", "jpg", "jpeg", "png", "gif", "zip", "exe", "csv", "mp3", NULL };

/* Does s[i..n) start with a file extension, and end there? */
static int
extension_at(const char *s, size_t n, size_t i)
{
	const char *const *e;
	size_t k;

	/* Every extension starts with a lower-case letter. */
	if (i >= n || s[i] < 'a' || s[i] > 'z')
		return 0;
	for (e = extensions; *e != NULL; e++) {
		k = strlen(*e);
		if (i + k <= n && strncmp(s + i, *e, k) == 0 && (i + k == n ||
		    !((s[i + k] | 0x20) >= 'a' && (s[i + k] | 0x20) <= 'z')))
			return 1;
	}
	return 0;
}

/* s[a..b) of the sentence s[0..n) is, or is part of, a file name or a link. */
static int
file_or_link(const char *s, size_t n, size_t a, size_t b)
{
	const char *p;
	size_t i, lo = a, hi = b;

	/* "://" and a "www." not at a are both at a slash, which most
	 * names lack: memchr() finds them. */
	if (b - a >= 4 && memcmp(s + a, "www.", 4) == 0)
		return 1;
	for (p = s + a; b >= a + 3 && (p = memchr(p, '/', (size_t)(s + b - p))) != NULL; p++) {
		i = (size_t)(p - s);
		if ((i > a && s[i - 1] == ':' && i + 2 <= b && s[i + 1] == '/') ||
		    (i + 5 <= b && memcmp(s + i + 1, "www.", 4) == 0))
			return 1;
	}
	/* Part of an e-mail address: "Olwen.Brannock@example.org". */
	while (lo > 0 && s[lo - 1] != ' ' && s[lo - 1] != '<' && s[lo - 1] != '\n')
		lo--;
	while (hi < n && s[hi] != ' ' && s[hi] != '>' && s[hi] != '\n')
		hi++;
	if (memchr(s + lo, '@', hi - lo) != NULL)
		return 1;
	for (p = s + a + 1; b > a + 1 && (p = memchr(p, '.', (size_t)(s + b - p))) != NULL; p++) {
		i = (size_t)(p - s);
		if (s[i - 1] != ' ' && extension_at(s, b, i + 1))
			return 1;
	}
	return b + 1 < n && s[b] == '.' && extension_at(s, n, b + 1);
}

/* Is s[a..b), folded to lower case, a common English word? */
static int
common_word(const struct tagger *tg, const char *s, size_t a, size_t b)
{
	char low[32];
	size_t i;

	if (b - a >= sizeof(low) || b - a < 2)
		return 0;
	for (i = a; i < b; i++)
		low[i - a] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
	return wordset_get(&tg->common, low, b - a) != 0;
}

/* A word with a lower-case ASCII letter. */
static int
has_lower(const char *s, const struct token *t)
{
	size_t i;

	for (i = t->start; i < t->end; i++)
		if (s[i] >= 'a' && s[i] <= 'z')
			return 1;
	return 0;
}

void
tg_noise_line(struct tagger *tg, const char *s)
{
	const struct tokens *t = &tg->tok;
	size_t i, words = 0, mixed = 0;
	int digits = 0;

	/* Counted in locals: a store through tg might change s, for all
	 * the compiler knows, and each would be done a token. */
	for (i = 0; i < t->n; i++) {
		const struct token *w = &t->v[i];
		digits |= s[w->start] >= '0' && s[w->start] <= '9';
		if (w->kind != TOK_WORD)
			continue;
		words++;
		mixed += has_lower(s, w);
	}
	tg->line_words = words;
	tg->line_mixed = mixed;
	tg->line_digits = digits;
}

int
tg_noise(const struct tagger *tg, const char *s, size_t n, size_t a,
    size_t b, int person)
{
	const struct tokens *t = &tg->tok;
	size_t i, lo, hi, inside = 0, commons = 0, caps = 0;
	size_t words = tg->line_words;

	if (file_or_link(s, n, a, b))
		return 1;
	if (tg_known_place(tg, s + a, b - a))
		return 0;
	/* The first token at or after a. */
	for (lo = 0, hi = t->n; lo < hi; ) {
		size_t mid = lo + (hi - lo) / 2;
		if (t->v[mid].start < a)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < t->n && t->v[i].end <= b; i++) {
		const struct token *w = &t->v[i];
		if (w->kind != TOK_WORD)
			continue;
		inside++;
		commons += common_word(tg, s, w->start, w->end);
		caps += tg_all_caps(s + w->start, w->end - w->start);
	}
	if (inside == 0)
		return 0;
	if (inside == 1 && tg_in_set(&tg->jargon, s + a, b - a))
		return 1;
	if (commons < inside)
		return 0;
	/* Shouting inside a sentence written in lower case; not a code of
	 * two or three letters ("OH" is Ohio). */
	if (caps == inside && tg->line_mixed * 2 > words && b - a >= 4)
		return 1;
	/* A review's line: the mention and at most one more word; not a
	 * first name alone ("Marten,"), nor a line of a table
	 * ("Harlow Rovers 3"). */
	return !person && !tg->line_digits && words <= inside + 1 && words <= 3;
}

/*
 * A name the model typed a place or a body that a letter addresses:
 * after a greeting and before a comma or "!" ("Hey Brannik,", "Thanks
 * Corrin!"; a0 is the greeting's start), or alone before a comma that
 * ends the line ("Quella,"): a person, unless the gazetteer knows
 * the place.
 */
int
tg_addressed(const struct tagger *tg, const char *s, size_t n, size_t a0,
    size_t a, size_t b)
{
	const struct tokens *t = &tg->tok;
	size_t i, k;

	for (i = 0; i < t->n && t->v[i].start < a0; i++)
		;

	if (i >= t->n || tg_all_caps(s + a, b - a) ||
	    tg_known_place(tg, s + a, b - a) || memchr(s + a, ' ', b - a) != NULL)
		return 0;
	/* The greetings that address someone; "Best" and "Great" also
	 * praise things ("Great Pastries"). */
	if (a > a0 && b < n && (s[b] == ',' || s[b] == '!' || (s[b] == ' ' &&
	    b + 1 < n && (s[b + 1] == ',' || s[b + 1] == '!')))) {
		static const char *const hello[] = { "Hi", "Hello", "Hey", "Dear",
		    "Thanks", "P.S.", NULL };
		const char *const *h;
		for (h = hello; *h != NULL; h++)
			if (t->v[i].end - a0 == strlen(*h) &&
			    memcmp(s + a0, *h, strlen(*h)) == 0)
				return 1;
	}
	if (b < n && s[b] == ' ')
		b++;
	if (i != 0 || b >= n || s[b] != ',')
		return 0;
	for (k = b + 1; k < n && s[k] != '\n'; k++)
		if (s[k] != ' ' && s[k] != '\t' && s[k] != '\r')
			return 0;
	return 1;
}
