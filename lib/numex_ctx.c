/*
 * numex_ctx: the rules of context.  A pattern says what a number looks
 * like; these say what the words around it make it: a year or a count
 * ("in 2025", "2000 people"), an identifier ("No. 10"), part of a name
 * ("Windows 10"), a pronoun ("no one"), or inside a URL.  The word lists
 * they consult are lib/data/numex/; the rules are in numex.h.
 */
#include <stdint.h>
#include <string.h>

#include "numex_int.h"

/* Step back over up to three spaces (ASCII or NBSP) from i. */
size_t
nx_back_space(const char *s, size_t i)
{
	int k;

	for (k = 0; k < 3 && i > 0; k++) {
		if (s[i - 1] == ' ' || s[i - 1] == '\t')
			i--;
		else if (i >= 2 && (unsigned char)s[i - 2] == 0xC2 &&
		    (unsigned char)s[i - 1] == 0xA0)
			i -= 2;
		else
			break;
	}
	return i;
}

/*
 * The word before position p: skip spaces and, if dot, one full stop;
 * [*ws, *we) is the word (ASCII letters), empty if there is none.
 */
void
nx_prev_word(const struct scan *sc, size_t p, int dot, size_t *ws, size_t *we)
{
	size_t i = nx_back_space(sc->s, p);

	if (dot && i > 0 && sc->s[i - 1] == '.')
		i--;
	*we = i;
	while (i > 0 && *we - i < 32 && ascii_alpha((unsigned char)sc->s[i - 1]))
		i--;
	if (i > 0 && nx_alnum_before(sc->s, i))
		i = *we;
	*ws = i;
}

/* The word after position e (after spaces): [*ws, *we), empty if none. */
void
nx_next_word(const struct scan *sc, size_t e, size_t *ws, size_t *we)
{
	size_t i = e;
	int k;

	for (k = 0; k < 3 && i < sc->n && (sc->s[i] == ' ' || sc->s[i] == '\t'); k++)
		i++;
	*ws = i;
	while (i < sc->n && i - *ws < 32 && ascii_alpha((unsigned char)sc->s[i]))
		i++;
	if (i < sc->n && ((unsigned char)sc->s[i] >= 0x80 ||
	    ascii_digit((unsigned char)sc->s[i])))
		i = *ws;	/* a word of another script or with digits: not an English word */
	*we = i;
}

static int
has_upper(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] >= 'A' && s[i] <= 'Z')
			return 1;
	return 0;
}

/* Is the word at ws the first of its sentence (or clause after a colon)? */
int
nx_initial(const struct scan *sc, size_t ws)
{
	size_t i = ws;

	while (i > 0) {
		unsigned char c = (unsigned char)sc->s[i - 1];

		if (c == ' ' || c == '\t' || c == '\n' || c == '"' || c == '\'' ||
		    c == '(' || c == '[' || c == '-')
			i--;
		else if (c >= 0x80 && !nx_alnum_before(sc->s, i))
			i = utf8_back(sc->s, i);	/* curly quotes, dashes, NBSP */
		else
			return c == '.' || c == ':' || c == '!' || c == '?';
	}
	return 1;
}

/* A headline in Title Case: no long word in lower case. */
int
nx_headline(struct scan *sc)
{
	size_t i = 0, j;
	int low = 0, up = 0;

	if (sc->headline >= 0)
		return sc->headline;
	while (i < sc->n) {
		if (!ascii_alpha((unsigned char)sc->s[i]) || (i > 0 &&
		    nx_alnum_before(sc->s, i))) {
			i++;
			continue;
		}
		for (j = i; j < sc->n && ascii_alpha((unsigned char)sc->s[j]); j++)
			;
		if (j - i >= 4) {
			if (sc->s[i] >= 'a' && sc->s[i] <= 'z')
				low++;
			else
				up++;
		}
		i = j;
	}
	sc->headline = low == 0 && up >= 2;
	return sc->headline;
}

/* Inside a URL, e-mail address or handle: the end of that token, else 0. */
size_t
nx_in_link(const struct scan *sc, size_t a, size_t b)
{
	size_t i = a, j = b, k;

	while (i > 0 && a - i < 256 && sc->s[i - 1] != ' ' && sc->s[i - 1] != '\t' &&
	    sc->s[i - 1] != '\n' && sc->s[i - 1] != '(' && sc->s[i - 1] != '<')
		i--;
	while (j < sc->n && j - b < 256 && sc->s[j] != ' ' && sc->s[j] != '\t' &&
	    sc->s[j] != '\n' && sc->s[j] != ')' && sc->s[j] != '>')
		j++;
	for (k = i; k < j; k++) {
		if (sc->s[k] != '@' && sc->s[k] != ':' && sc->s[k] != 'w' && sc->s[k] != '.')
			continue;	/* none of the marks below starts here */
		if (sc->s[k] == '@' || (k + 3 <= j && memcmp(sc->s + k, "://", 3) == 0) ||
		    (k + 4 <= j && (memcmp(sc->s + k, "www.", 4) == 0 ||
		    memcmp(sc->s + k, ".com", 4) == 0 || memcmp(sc->s + k, ".org", 4) == 0)))
			return j > b ? j : b;
	}
	return 0;
}

/*
 * Is a bare four-digit number at [a, b) a year here?  2 if a cue before
 * it says so ("in 2025"), 1 if it only looks like one, 0 if it is a count.
 * News writes counts of a thousand and more with a comma, so a bare
 * 1900-2099 is taken as a year unless the words around it say otherwise.
 */
int
nx_year_here(const struct scan *sc, size_t a, size_t b, long v)
{
	size_t ws, we, ns, ne, ps, pe;
	int det;

	if (v < 1000 || v > 2099)
		return 0;
	nx_next_word(sc, b, &ns, &ne);
	nx_prev_word(sc, a, 0, &ws, &we);
	if (b + 1 < sc->n && (sc->s[b] == '\'' || (b + 3 < sc->n &&
	    memcmp(sc->s + b, "\xE2\x80\x99", 3) == 0)) && (sc->s[b + 1] == 's' ||
	    (b + 3 < sc->n && sc->s[b + 3] == 's')))
		return v >= 1900 ? 2 : 0;	/* "2024's" */
	/* A counted noun after it makes it a count: "in 2000 homes". */
	if (ne > ns && nx_inset(sc->nx, NXS_COUNTED, sc->s + ns, ne - ns))
		return 0;
	if (we > ws && nx_inset(sc->nx, NXS_YEARCUES, sc->s + ws, we - ws))
		return 2;	/* "since 2008 scientists" */
	det = we > ws && nx_inset(sc->nx, NXS_YEARDETS, sc->s + ws, we - ws);
	if (!det && ne - ns > 3 && sc->s[ns] >= 'a' && sc->s[ns] <= 'z' &&
	    sc->s[ne - 1] == 's' && sc->s[ne - 2] != 's' && sc->s[ne - 2] != 'u' &&
	    sc->s[ne - 2] != 'i')
		return 0;
	if (v < 1900)
		return 0;
	if (a > 0 && sc->s[a - 1] == '(')
		return 2;
	if (we > ws && (nx_eqi(sc->s + ws, we - ws, "to") ||
	    nx_eqi(sc->s + ws, we - ws, "and") || nx_eqi(sc->s + ws, we - ws, "or"))) {
		/* "between 2019 and 2021", "prior to 2004"; not "rose to 2000". */
		if (sc->count > 0 && sc->lasttype == NX_DATE && ws - sc->lastend <= 3)
			return 2;
		nx_prev_word(sc, ws, 0, &ps, &pe);
		return pe > ps && nx_eqi(sc->s + ps, pe - ps, "prior") ? 2 : 0;
	}
	if (we > ws && nx_inset(sc->nx, NXS_QTYCUES, sc->s + ws, we - ws))
		return 0;
	return det ? 2 : 1;
}

/* Is the number at a an identifier: "No. 10", "page 5", "#1"? */
int
nx_label_before(const struct scan *sc, size_t a)
{
	size_t ws, we;

	if (a > 0 && sc->s[a - 1] == '#')
		return 1;
	nx_prev_word(sc, a, 1, &ws, &we);
	return we > ws && nx_inset(sc->nx, NXS_LABELS, sc->s + ws, we - ws);
}

/* A bare number: is it a CARDINAL here (not an identifier, a pronoun...)? */
int
nx_cardinal_ok(struct scan *sc, size_t a, size_t b, int spelled)
{
	size_t ws, we, ns, ne;

	if (spelled) {
		if (!nx_eqi(sc->s + a, b - a, "one"))
			return 1;
		nx_next_word(sc, b, &ns, &ne);
		if (ne == ns || !(sc->s[ns] >= 'a' && sc->s[ns] <= 'z') ||
		    nx_inset(sc->nx, NXS_ONE_AFTER, sc->s + ns, ne - ns) ||
		    (ne < sc->n && (sc->s[ne] == '\'' || sc->s[ne] == '-')))
			return 0;
		nx_prev_word(sc, a, 0, &ws, &we);
		return !(we > ws && nx_inset(sc->nx, NXS_ONE_BEFORE, sc->s + ws, we - ws));
	}
	if (nx_label_before(sc, a))
		return 0;
	if (b - a > 1 && sc->s[a] == '0' && ascii_digit((unsigned char)sc->s[a + 1]))
		return 0;	/* "007", "044" */
	nx_prev_word(sc, a, 1, &ws, &we);
	if (we == ws)
		return 1;
	/* "Windows 10", "Boeing 737": a name with a number in it. */
	if (we == nx_back_space(sc->s, a) && has_upper(sc->s + ws, we - ws) &&
	    !nx_initial(sc, ws) && !nx_inset(sc->nx, NXS_CAPOK, sc->s + ws, we - ws) &&
	    nx_month(&sc->nx->l, sc->s + ws, we - ws) == 0 && !nx_headline(sc))
		return 0;
	return 1;
}
