/*
 * numex_fast: hand-written matchers for three patterns of numex_pat.c at
 * the places they run most, which answer as pcre2 would without running
 * it: RX_NUM at a digit or an ASCII sign (a number, maybe a range, maybe
 * a scale word), RX_SUF (what follows a number) anywhere, RX_WORDS at a
 * weekday, RX_MDY at a month, and a quick no of RX_SHAPE at a digit.  Each models its pattern's source exactly,
 * alternatives in order and backtracking included, for text of ASCII
 * characters; as soon as its answer would depend on a character beyond
 * ASCII (a space, a letter that folds to an ASCII one, a dash) it says it
 * cannot tell, and the pattern runs.  tests/unit/test_numex.c compares
 * every answer with pcre2's, capture for capture, on generated phrases.
 *
 * A match sets the match data as pcre2 does (every capture of the
 * pattern, unset ones PCRE2_UNSET); no match leaves it untouched, as
 * pcre2 does, so that a caller may still read the groups of an earlier
 * match after a failed one.
 */
#include <stdint.h>
#include <string.h>

#include "numex_int.h"

#define NOPE	((size_t)-1)

struct fm {
	const char	*s;
	size_t		 n;
	int		 bail;	/* a character beyond ASCII decided something */
	PCRE2_SIZE	*ov;
	const struct numex *nx;
};

/* The byte at i, -1 at the end; a byte beyond ASCII sets bail (and is -2). */
static int
at(struct fm *m, size_t i)
{
	unsigned char c;

	if (i >= m->n)
		return -1;
	if ((c = (unsigned char)m->s[i]) >= 0x80) {
		m->bail = 1;
		return -2;
	}
	return c;
}

/*
 * The byte at i for a literal that no character beyond ASCII can match
 * ([0-9], '.', ',', '-', case-sensitive letters): no bail needed.
 */
static int
raw(const struct fm *m, size_t i)
{
	return i < m->n ? (unsigned char)m->s[i] : -1;
}

/* Is c one of the letters of set (lower case a to z)? */
static int
in(const char *set, int c)
{
	uint32_t bits = 0;

	for (; *set != '\0'; set++)
		bits |= 1U << (*set - 'a');
	return c >= 'a' && c <= 'z' && ((bits >> (c - 'a')) & 1);
}

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* \s of pcre2 without UCP: HT, LF, VT, FF, CR and space. */
static int
isspace_rx(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* (?&S), greedy: how many of 1 to 3 spaces at i (0: none). */
static size_t
sp(struct fm *m, size_t i)
{
	size_t k = 0;
	int c;

	while (k < 3 && (c = at(m, i + k)) >= 0 && isspace_rx(c))
		k++;
	if (k < 3)
		(void)at(m, i + k);	/* NBSP and the thin spaces are S too */
	return k;
}

/* (?&NL): no letter or mark at i. */
static int
nl(struct fm *m, size_t i)
{
	int c = at(m, i);

	return c == -1 || (c >= 0 && !ascii_alpha(c));
}

/* (?&NW): no letter, mark or number at i. */
static int
nw(struct fm *m, size_t i)
{
	int c = at(m, i);

	return c == -1 || (c >= 0 && !ascii_alpha(c) && !ascii_digit(c));
}

/*
 * A literal at i, each ' ' of it (?&S): the end, or NOPE.  A space of a
 * literal is followed by a character that is not one (fast_tables()
 * makes sure), so the greedy S is its only way.
 */
static size_t
lit(struct fm *m, size_t i, const char *w, size_t len, int cs)
{
	size_t j, k;
	int c, pc;

	for (j = 0; j < len; j++) {
		pc = (unsigned char)w[j];
		if (pc == ' ') {
			if ((k = sp(m, i)) == 0)
				return NOPE;
			i += k;
			continue;
		}
		if ((c = at(m, i)) < 0 || pc >= 0x80)
			return NOPE;
		if (cs ? c != pc : lower(c) != lower(pc))
			return NOPE;
		i++;
	}
	return i;
}

/* A literal of letters (no space) at i, in any case: its end, or NOPE. */
static size_t
lit_ci(struct fm *m, size_t i, const char *w)
{
	int c;

	for (; *w != '\0'; w++, i++)
		if ((c = at(m, i)) < 0 || lower(c) != *w)
			return NOPE;
	return i;
}

/*
 * The alternation of a table (curw, unitw) at i followed by (?&NL), or
 * by (?&NW) if words: the end of the word that matched, or NOPE.
 */
static size_t
table(struct fm *m, const struct nx_fwtab *t, size_t i, int words)
{
	const struct nx_fw *w;
	size_t e;
	uint32_t k;
	int c;

	if ((c = at(m, i)) < 0)
		return NOPE;	/* a word of the table beyond ASCII, or the end */
	for (k = t->off[c]; k < t->off[c + 1]; k++) {
		w = &t->v[t->idx[k]];
		if ((e = lit(m, i, w->w, w->len, w->cs)) != NOPE &&
		    (words ? nw(m, e) : nl(m, e)))
			return e;
	}
	return NOPE;
}

static void
unset(struct fm *m, int r)
{
	uint32_t k;

	for (k = 1; k <= m->nx->ncap[r]; k++)
		m->ov[2 * k] = m->ov[2 * k + 1] = PCRE2_UNSET;
}

static void
setg(struct fm *m, int g, size_t a, size_t b)
{
	m->ov[2 * g] = a;
	m->ov[2 * g + 1] = b;
}

/* ---- RX_SUF ---- */

/* (?:(?&S)(?:ago|earlier|later))? at i, greedy: its end, or i. */
static size_t
ago(struct fm *m, size_t i, int take)
{
	static const char *const w[] = { "ago", "earlier", "later" };
	size_t k, e;
	int j;

	if (!take || (k = sp(m, i)) == 0)
		return NOPE;
	for (j = 0; j < 3; j++)
		if ((e = lit_ci(m, i + k, w[j])) != NOPE)
			return e;
	return NOPE;
}

/*
 * One alternation of words ending a pattern group, each word with an
 * optional "s" where it ends in '?': the first whose end passes (?&NL)
 * after the tail tries of dur and tdur.  kind: 0 plain (frac), 1 dur, 2
 * tdur.  Sets the groups; the end of the match, or NOPE.
 */
static size_t
words_group(struct fm *m, size_t i, const char *const *alts, int kind,
    int grp, int oldg)
{
	size_t e, a, o, k;
	int j, s, t, u;

	for (j = 0; alts[j] != NULL; j++) {
		size_t len, base;
		int opt;

		if (alts[j][0] != lower(at(m, i)))
			continue;
		len = strlen(alts[j]);
		opt = alts[j][len - 1] == '?';

		/* "days?": "day", then an optional "s" (greedy) */
		if ((base = lit(m, i, alts[j], opt ? len - 2 : len, 0)) == NOPE)
			continue;
		for (s = opt ? 1 : 0; s >= 0; s--) {
			if (s) {
				int c = at(m, base);

				if (c < 0 || lower(c) != 's')
					continue;
				e = base + 1;
			} else
				e = base;
			if (kind == 0) {
				if (nl(m, e)) {
					setg(m, grp, i, e);
					return e;
				}
				continue;
			}
			/* The tail (ago), then for dur the "old" group, then (?&NL). */
			for (t = 1; t >= 0; t--) {
				a = t ? ago(m, e, 1) : e;
				if (a == NOPE)
					continue;
				for (u = kind == 1 ? 1 : 0; u >= 0; u--) {
					o = a;
					if (u) {
						int c = raw(m, a);

						if (c == '-')
							o = lit_ci(m, a + 1, "old");
						else
							o = NOPE;
						if (o == NOPE && (k = sp(m, a)) > 0)
							o = lit_ci(m, a + k, "old");
						if (o == NOPE)
							continue;
					}
					if (nl(m, o)) {
						setg(m, grp, i, e);
						if (u)
							setg(m, oldg, a, o);
						return o;
					}
				}
			}
		}
	}
	return NOPE;
}

/* The alternatives of src_suf after its optional space or hyphen, at i. */
static size_t
suf_alts(struct fm *m, size_t i)
{
	static const char *const dur[] = {
		"days?", "weeks?", "months?", "years?", "decades?", "century",
		"centuries", NULL
	};
	static const char *const tdur[] = {
		"hours?", "minutes?", "seconds?", "hrs?", "mins?", NULL
	};
	static const char *const frac[] = {
		"halves", "thirds?", "quarters?", "fifths?", "sixths?",
		"sevenths?", "eighths?", "ninths?", "tenths?", NULL
	};
	const struct groups *g = &m->nx->g;
	size_t e, k, b;
	int c, first;

	/*
	 * Each alternative starts with a character of its own (a letter in
	 * any case, '%', or a table's word): at another none is tried.  No
	 * alternative starts with a space (fw_index() checks the tables).
	 */
	if ((first = at(m, i)) < 0 || isspace_rx(first))
		return NOPE;
	first = lower(first);
	/* ap: (?:[ap]\.m\.?|[ap]m)(?&NL) */
	c = first;
	if (c == 'a' || c == 'p') {
		if (raw(m, i + 1) == '.' && (c = at(m, i + 2)) >= 0 && lower(c) == 'm') {
			if (raw(m, i + 3) == '.' && nl(m, i + 4)) {
				setg(m, g->ap, i, i + 4);
				return i + 4;
			}
			if (nl(m, i + 3)) {
				setg(m, g->ap, i, i + 3);
				return i + 3;
			}
		}
		if ((c = at(m, i + 1)) >= 0 && lower(c) == 'm' && nl(m, i + 2)) {
			setg(m, g->ap, i, i + 2);
			return i + 2;
		}
	}
	/* pct: % | ％ | (?:percentage S points? | percent | per S? cent | per-cent | pct | (?-i:pc)) NL */
	if (raw(m, i) == '%') {
		setg(m, g->pct, i, i + 1);
		return i + 1;
	}
	if (first != 'p')
		goto tables;
	if ((b = lit_ci(m, i, "percentage")) != NOPE && (k = sp(m, b)) > 0 &&
	    (b = lit_ci(m, b + k, "point")) != NOPE) {
		c = at(m, b);
		if (c >= 0 && lower(c) == 's' && nl(m, b + 1)) {
			setg(m, g->pct, i, b + 1);
			return b + 1;
		}
		if (nl(m, b)) {
			setg(m, g->pct, i, b);
			return b;
		}
	}
	if ((e = lit_ci(m, i, "percent")) != NOPE && nl(m, e)) {
		setg(m, g->pct, i, e);
		return e;
	}
	if ((b = lit_ci(m, i, "per")) != NOPE) {
		if ((k = sp(m, b)) > 0 && (e = lit_ci(m, b + k, "cent")) != NOPE &&
		    nl(m, e)) {
			setg(m, g->pct, i, e);
			return e;
		}
		if ((e = lit_ci(m, b, "cent")) != NOPE && nl(m, e)) {
			setg(m, g->pct, i, e);
			return e;
		}
		if ((e = lit_ci(m, b, "-cent")) != NOPE && nl(m, e)) {
			setg(m, g->pct, i, e);
			return e;
		}
	}
	if ((e = lit_ci(m, i, "pct")) != NOPE && nl(m, e)) {
		setg(m, g->pct, i, e);
		return e;
	}
	if (raw(m, i) == 'p' && raw(m, i + 1) == 'c' && nl(m, i + 2)) {
		setg(m, g->pct, i, i + 2);
		return i + 2;
	}
tables:
	/* cur: (?&curw) NL; unit: (?&unitw) NW */
	if ((e = table(m, &m->nx->curw, i, 0)) != NOPE) {
		setg(m, g->cur, i, e);
		return e;
	}
	if ((e = table(m, &m->nx->unitw, i, 1)) != NOPE) {
		setg(m, g->unit, i, e);
		return e;
	}
	if (in("dwmyc", first) &&
	    (e = words_group(m, i, dur, 1, g->dur, g->old)) != NOPE)
		return e;
	if (in("hms", first) &&
	    (e = words_group(m, i, tdur, 2, g->tdur, -1)) != NOPE)
		return e;
	if (first != 'o' && first != 'n' && !in("htqfse", first))
		return NOPE;
	/* oc: o['’]clock NL */
	if ((c = at(m, i)) >= 0 && lower(c) == 'o' && raw(m, i + 1) == '\'' &&
	    (e = lit_ci(m, i + 2, "clock")) != NOPE && nl(m, e)) {
		setg(m, g->oc, i, e);
		return e;
	}
	if (c >= 0 && lower(c) == 'o')
		(void)at(m, i + 1);	/* ’ */
	if ((e = lit_ci(m, i, "noon")) != NOPE && nl(m, e)) {
		setg(m, g->noon, i, e);
		return e;
	}
	if (in("htqfsen", first) &&
	    (e = words_group(m, i, frac, 0, g->frac, -1)) != NOPE)
		return e;
	/* ofc: of S (?&curw) NL */
	if ((b = lit_ci(m, i, "of")) != NOPE && (k = sp(m, b)) > 0 &&
	    (e = table(m, &m->nx->curw, b + k, 0)) != NOPE) {
		setg(m, g->ofc, i, e);
		return e;
	}
	return NOPE;
}

/* src_suf: (?:(?&S)|-)? then the alternatives. */
static int
suf(struct fm *m, size_t p)
{
	size_t k, e = NOPE;

	unset(m, RX_SUF);
	for (k = sp(m, p); k > 0 && e == NOPE; k--)
		e = suf_alts(m, p + k);
	if (e == NOPE && raw(m, p) == '-')
		e = suf_alts(m, p + 1);
	if (e == NOPE)
		e = suf_alts(m, p);
	if (e == NOPE)
		return 0;
	setg(m, 0, p, e);
	return 1;
}

/* ---- RX_NUM ---- */

/* (?&dign) at i: the end, or NOPE. */
static size_t
dign(const struct fm *m, size_t i)
{
	size_t L, g, G, pos, q, f, F, d;
	int alt;

	for (L = 0; ascii_digit(raw(m, i + L)); L++)
		;
	for (alt = 1; alt <= 2; alt++) {
		size_t dmax = alt == 1 ? (L < 3 ? L : 3) : (L < 12 ? L : 12);

		for (d = dmax; d >= 1; d--) {
			size_t gmax = 0;

			pos = i + d;
			if (alt == 1) {
				for (G = 0; G < 4 && raw(m, pos + 4 * G) == ',' &&
				    ascii_digit(raw(m, pos + 4 * G + 1)) &&
				    ascii_digit(raw(m, pos + 4 * G + 2)) &&
				    ascii_digit(raw(m, pos + 4 * G + 3)); G++)
					;
				if (G == 0)
					continue;
				gmax = G;
			}
			for (g = gmax; g >= (alt == 1 ? 1 : 0); g--) {
				size_t base = pos + 4 * g;

				if (alt == 1 && ascii_digit(raw(m, base)))
					goto next_g;	/* (?![0-9]) after the groups */
				F = 0;
				if (raw(m, base) == '.')
					while (F < 6 && ascii_digit(raw(m, base + 1 + F)))
						F++;
				for (f = F + 1; f-- > 0;) {
					q = f ? base + 1 + f : base;
					if (!ascii_digit(raw(m, q)) &&
					    !(raw(m, q) == '.' && ascii_digit(raw(m, q + 1))) &&
					    !(raw(m, q) == ',' && ascii_digit(raw(m, q + 1))))
						return q;
				}
next_g:
				if (g == 0)
					break;
			}
		}
	}
	return NOPE;
}

/* (?&scale) at i: the end, or NOPE. */
static size_t
scale(struct fm *m, size_t i)
{
	static const char *const w[] = {
		"hundred", "thousand", "million", "billion", "trillion", "mln",
		"bln", "mn", "bn", "tn", "trn", NULL
	};
	size_t e, k;
	int j, c;

	c = at(m, i);
	if (in("htmb", lower(c)))	/* the words' first letters */
		for (j = 0; w[j] != NULL; j++)
			if ((e = lit_ci(m, i, w[j])) != NOPE && nl(m, e))
				return e;
	if (c == 'm' || c == 'k' || c == 'b') {
		/* (?=(?&S)(?&curw)(?&NL)) */
		if ((k = sp(m, i + 1)) > 0 && table(m, &m->nx->curw, i + 1 + k, 0) != NOPE)
			return i + 1;
	}
	return NOPE;
}

/* (?&numcore) at i: the end, or NOPE. */
static size_t
numcore(struct fm *m, size_t i)
{
	size_t d, k, e;

	if ((d = dign(m, i)) == NOPE)
		return NOPE;
	for (k = sp(m, d); k > 0; k--)
		if ((e = scale(m, d + k)) != NOPE)
			return e;
	if ((e = scale(m, d)) != NOPE)
		return e;
	return d;
}

static int
num(struct fm *m, size_t p)
{
	const struct groups *g = &m->nx->g;
	size_t i = p, e, j, k, d, e2 = NOPE, s2 = 0;
	int c = raw(m, p);

	if (c == '-' || c == '+')
		i++;
	if (!ascii_digit(raw(m, i)))
		return -1;	/* vague and spelled numbers: the pattern */
	/* Without the sign nothing starts at one: no match. */
	if ((e = numcore(m, i)) == NOPE)
		return 0;
	/* (?:(?&S)?[-–](?&S)?(?<n2>(?&numcore)))?: S before a dash is greedy. */
	j = e + sp(m, e);
	if (raw(m, j) == '-') {
		d = j + 1;
		for (k = sp(m, d); k > 0 && e2 == NOPE; k--)
			e2 = numcore(m, s2 = d + k);
		if (e2 == NOPE)
			e2 = numcore(m, s2 = d);
	} else
		(void)at(m, j);	/* – */
	unset(m, RX_NUM);
	if (i > p)
		setg(m, g->sg, p, i);
	setg(m, g->n1, i, e);
	if (e2 != NOPE)
		setg(m, g->n2, s2, e2);
	setg(m, 0, p, e2 != NOPE ? e2 : e);
	return 1;
}

/* ---- RX_SHAPE ---- */

/*
 * Can src_shape match at the digit p?  0 if none of its alternatives can
 * (each needs one of a few characters after the run of digits, and runs
 * of a few lengths), -1 if one may: the pattern decides.
 */
static int
shape_no(struct fm *m, size_t p)
{
	size_t L, k;
	int c, d;

	for (L = 0; ascii_digit(raw(m, p + L)); L++)
		;
	if ((c = at(m, p + L)) == -1)
		return 0;	/* every alternative takes more than digits */
	if (c < 0)
		return -1;
	if (isspace_rx(c)) {
		/* phone "555 1234"; hap "5 pm"; dmy "5 May", "5 of May"; yr2 "2019 - 20" */
		if (c == ' ' && L >= 2 && L <= 5 && ascii_digit(raw(m, p + L + 1)))
			return -1;
		k = sp(m, p + L);
		if ((d = at(m, p + L + k)) < -1)
			return -1;
		if (L <= 2 && (ascii_upper(d) || d == 'a' || d == 'p' || d == 'o'))
			return -1;
		if (L == 4 && (d == '-' || d == '/'))
			return -1;
		return 0;
	}
	if (ascii_alpha(c)) {
		/* ord "21st", dmy "5th May", dec "1990s", dec2 "90s"; hap "5pm" */
		c = lower(c);
		if ((c == 's' || c == 'n' || c == 'r' || c == 't') && L <= 6)
			return -1;
		if ((c == 'a' || c == 'p') && L <= 2)
			return -1;
		return 0;
	}
	switch (c) {
	case '-':	/* iso, phone, yr2 */
		return L >= 2 && L <= 5 ? -1 : 0;
	case '/':	/* iso, nd, yr2, slash */
		return L <= 4 ? -1 : 0;
	case '.':
	case ':':
		/*
		 * After the point D digits, then c2: iso, nd and ver need
		 * another point, phone a separator after 2 to 4 digits, clk
		 * (the only one after a colon) exactly two digits.
		 */
		for (k = 0; ascii_digit(raw(m, p + L + 1 + k)); k++)
			;
		d = raw(m, p + L + 1 + k);
		if (k == 0 || L > 9)
			return 0;
		if (L <= 2 && k == 2)
			return -1;
		if (c == ':')
			return 0;
		if (d == '.' || d >= 0x80 || ((d == '-' || d == ' ') && L >= 2 &&
		    L <= 5 && k >= 2 && k <= 4))
			return -1;
		return 0;
	case '\'':	/* dec */
		return L == 4 ? -1 : 0;
	default:
		return 0;
	}
}

/* ---- RX_WORDS at a weekday ---- */

/*
 * Of the alternatives of src_words only tp ("Tuesday night") and wday
 * ("Tuesday", "Tuesdays") start with a weekday; -1 where p has none.
 */
static int
words_weekday(struct fm *m, size_t p)
{
	static const char *const tod[] = { "morning", "afternoon", "evening", "night", NULL };
	const struct groups *g = &m->nx->g;
	const char *const *w;
	size_t e = NOPE, k, t;
	int j, c;

	for (w = m->nx->l.weekdays; *w != NULL && e == NOPE; w++)
		e = lit(m, p, *w, strlen(*w), 0);
	if (e == NOPE)
		return -1;
	unset(m, RX_WORDS);
	/* tp: (?&weekday) S (morning|afternoon|evening|night) NL */
	if ((k = sp(m, e)) > 0)
		for (j = 0; tod[j] != NULL; j++)
			if ((t = lit_ci(m, e + k, tod[j])) != NOPE && nl(m, t)) {
				setg(m, g->tp, p, t);
				setg(m, 0, p, t);
				return 1;
			}
	/* wday: (?&weekday)s? NL */
	if ((c = at(m, e)) >= 0 && lower(c) == 's' && nl(m, e + 1)) {
		setg(m, g->wday, p, e + 1);
		setg(m, 0, p, e + 1);
		return 1;
	}
	if (nl(m, e)) {
		setg(m, g->wday, p, e);
		setg(m, 0, p, e);
		return 1;
	}
	return 0;
}

/* ---- RX_MDY at a month ---- */

/*
 * (?&month) at p, as put_months() writes it: the full names (as listed
 * or in capitals) then (?&NL), else the abbreviations ("Sept" first,
 * "May" only in full) then a full stop or (?&NL).  The end, or NOPE.
 */
static size_t
month_at(struct fm *m, size_t p)
{
	const struct nx_lists *l = &m->nx->l;
	char up[16];
	size_t e, k, f;
	int i, c;

	c = raw(m, p);
	for (i = 0; l->month_full[i] != NULL; i++)
		for (f = 0; f < 2; f++) {
			if (l->month_full[i][0] != c)	/* capitalised either way */
				continue;
			for (k = 0; l->month_full[i][k] != '\0' && k < 15; k++)
				up[k] = (char)(f ? l->month_full[i][k] & ~0x20 : l->month_full[i][k]);
			up[k] = '\0';
			if ((e = lit(m, p, up, k, 1)) != NOPE && nl(m, e))
				return e;
		}
	for (i = -1; i < 0 || l->month_abbr[i] != NULL; i++) {
		const char *w = i < 0 ? "Sept" : l->month_abbr[i];

		if (w[0] != c || (i >= 0 && strcmp(w, "May") == 0))
			continue;
		for (f = 0; f < 2; f++) {
			for (k = 0; w[k] != '\0' && k < 15; k++)
				up[k] = (char)(f ? w[k] & ~0x20 : w[k]);
			up[k] = '\0';
			if ((e = lit(m, p, up, k, 1)) == NOPE)
				continue;
			if (raw(m, e) == '.')
				return e + 1;
			if (nl(m, e))
				return e;
		}
	}
	return NOPE;
}

/* src_mdy where p starts a month (no weekday before it): 1, 0, or -1. */
static int
mdy_month(struct fm *m, size_t p)
{
	const struct groups *g = &m->nx->g;
	const char *const *w;
	size_t e, k, q, t, end;
	int c;

	for (w = m->nx->l.weekdays; *w != NULL; w++)
		if (lower((unsigned char)**w) == lower(raw(m, p)) &&
		    lit(m, p, *w, strlen(*w), 0) != NOPE)
			return -1;	/* (?<wd>...): the pattern */
	if ((e = month_at(m, p)) == NOPE)
		return m->bail ? -1 : 0;
	unset(m, RX_MDY);
	setg(m, g->mon, p, e);
	end = e;
	/* (?:(?&S)(?<d>[0-9]{1,2})(?:st|nd|rd|th)?(?&NW))? */
	if ((k = sp(m, e)) > 0 && ascii_digit(raw(m, e + k))) {
		for (q = e + k; q < e + k + 3 && ascii_digit(raw(m, q)); q++)
			;
		if (q - (e + k) <= 2) {
			int a = lower(at(m, q)), b = lower(at(m, q + 1));

			if (((a == 's' && b == 't') || (a == 'n' && b == 'd') ||
			    (a == 'r' && b == 'd') || (a == 't' && b == 'h')) && nw(m, q + 2)) {
				setg(m, g->d, e + k, q);
				end = q + 2;
			} else if (nw(m, q)) {
				setg(m, g->d, e + k, q);
				end = q;
			}
		}
	}
	/* (?:,?(?&S)(?<y>(?&yr))(?&NW))? */
	t = end + (raw(m, end) == ',');
	if ((k = sp(m, t)) > 0) {
		t += k;
		c = raw(m, t);
		if ((c == '1' || c == '2') && ascii_digit(raw(m, t + 1)) &&
		    ascii_digit(raw(m, t + 2)) && ascii_digit(raw(m, t + 3)) &&
		    !ascii_digit(raw(m, t + 4)) && nw(m, t + 4)) {
			setg(m, g->y, t, t + 4);
			end = t + 4;
		}
	}
	setg(m, 0, p, end);
	return 1;
}

int
nx_fast(const struct scan *sc, int r, size_t p)
{
	PCRE2_SIZE ov[2 * (NX_FAST_CAP + 1)];
	struct fm m;
	int k, c;
	uint32_t i;

	m.s = sc->s;
	m.n = sc->n;
	m.bail = 0;
	m.ov = ov;
	m.nx = sc->nx;
	c = raw(&m, p);
	switch (r) {
	case RX_NUM:
		k = num(&m, p);
		break;
	case RX_SUF:
		k = suf(&m, p);
		break;
	case RX_SHAPE:
		k = ascii_digit(c) ? shape_no(&m, p) : -1;
		break;
	case RX_WORDS:
		k = ascii_alpha(c) ? words_weekday(&m, p) : -1;
		break;
	case RX_MDY:
		k = ascii_upper(c) ? mdy_month(&m, p) : -1;
		break;
	default:
		return -1;
	}
	if (k < 0 || m.bail)
		return -1;
	if (k > 0)
		for (i = 0; i <= 2 * sc->nx->ncap[r] + 1; i++)
			sc->ov[i] = ov[i];
	return k;
}
