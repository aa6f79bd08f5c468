/*
 * Number, date and time mentions, found over the sentence's tokens by
 * a few hand-written recognisers tried in turn at each token, longest
 * first: dates and times, money, percentages, quantities, ordinals and
 * plain numbers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "numex.h"
#include "tokens.h"
#include "wordset.h"

static struct tokens tk;
static struct wordset triggers;	/* words that may start a mention */

static const char *const type_names[] = {
	"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"
};

struct word { const char *w; int v; };

static const struct word months[] = {
	{ "january", 1 }, { "february", 2 }, { "march", 3 }, { "april", 4 },
	{ "may", 5 }, { "june", 6 }, { "july", 7 }, { "august", 8 },
	{ "september", 9 }, { "october", 10 }, { "november", 11 },
	{ "december", 12 }, { "jan.", 1 }, { "feb.", 2 }, { "mar.", 3 },
	{ "apr.", 4 }, { "jun.", 6 }, { "jul.", 7 }, { "aug.", 8 },
	{ "sep.", 9 }, { "sept.", 9 }, { "oct.", 10 }, { "nov.", 11 },
	{ "dec.", 12 }, { "jan", 1 }, { "feb", 2 }, { "apr", 4 }, { "jun", 6 },
	{ "jul", 7 }, { "aug", 8 }, { "sep", 9 }, { "sept", 9 }, { "oct", 10 },
	{ "nov", 11 }, { "dec", 12 }, { NULL, 0 }
};

static const struct word weekdays[] = {
	{ "monday", 1 }, { "tuesday", 2 }, { "wednesday", 3 }, { "thursday", 4 },
	{ "friday", 5 }, { "saturday", 6 }, { "sunday", 7 }, { NULL, 0 }
};

static const struct word units[] = {	/* number words */
	{ "zero", 0 }, { "one", 1 }, { "two", 2 }, { "three", 3 }, { "four", 4 },
	{ "five", 5 }, { "six", 6 }, { "seven", 7 }, { "eight", 8 },
	{ "nine", 9 }, { "ten", 10 }, { "eleven", 11 }, { "twelve", 12 },
	{ "thirteen", 13 }, { "fourteen", 14 }, { "fifteen", 15 },
	{ "sixteen", 16 }, { "seventeen", 17 }, { "eighteen", 18 },
	{ "nineteen", 19 }, { "twenty", 20 }, { "thirty", 30 }, { "forty", 40 },
	{ "fifty", 50 }, { "sixty", 60 }, { "seventy", 70 }, { "eighty", 80 },
	{ "ninety", 90 }, { "dozen", 12 }, { NULL, 0 }
};

static const struct word ordinals[] = {
	{ "first", 1 }, { "second", 2 }, { "third", 3 }, { "fourth", 4 },
	{ "fifth", 5 }, { "sixth", 6 }, { "seventh", 7 }, { "eighth", 8 },
	{ "ninth", 9 }, { "tenth", 10 }, { "eleventh", 11 }, { "twelfth", 12 },
	{ "twentieth", 20 }, { "hundredth", 100 }, { NULL, 0 }
};

static const struct word scales[] = {
	{ "hundred", 2 }, { "thousand", 3 }, { "million", 6 }, { "billion", 9 },
	{ "trillion", 12 }, { "bn", 9 }, { "mln", 6 }, { "mn", 6 }, { NULL, 0 }
};

struct named { const char *w; const char *v; };

static const struct named currencies[] = {	/* words after a number */
	{ "dollars", "USD" }, { "dollar", "USD" }, { "euros", "EUR" },
	{ "euro", "EUR" }, { "pounds", "GBP" }, { "sterling", "GBP" },
	{ "yuan", "CNY" }, { "renminbi", "CNY" }, { "yen", "JPY" },
	{ "rubles", "RUB" }, { "roubles", "RUB" }, { "ruble", "RUB" },
	{ "rouble", "RUB" }, { "hryvnias", "UAH" }, { "hryvnia", "UAH" },
	{ "hryvnas", "UAH" }, { "rupees", "INR" }, { "francs", "CHF" },
	{ "pesos", "MXN" }, { "zlotys", "PLN" }, { NULL, NULL }
};

static const struct named symbols[] = {	/* signs before a number */
	{ "$", "USD" }, { "€", "EUR" }, { "£", "GBP" }, { "¥", "JPY" },
	{ "₴", "UAH" }, { "₽", "RUB" }, { "₹", "INR" }, { NULL, NULL }
};

static const struct named measures[] = {
	{ "km", "km" }, { "kilometres", "km" }, { "kilometers", "km" },
	{ "kilometre", "km" }, { "kilometer", "km" }, { "miles", "mi" },
	{ "mile", "mi" }, { "metres", "m" }, { "meters", "m" }, { "metre", "m" },
	{ "meter", "m" }, { "feet", "ft" }, { "foot", "ft" }, { "ft", "ft" },
	{ "kg", "kg" }, { "kilograms", "kg" }, { "kilos", "kg" },
	{ "tonnes", "t" }, { "tons", "t" }, { "tonne", "t" }, { "ton", "t" },
	{ "litres", "l" }, { "liters", "l" }, { "hectares", "ha" },
	{ "acres", "ac" }, { "pounds", "lb" }, { "lbs", "lb" }, { NULL, NULL }
};

static const char *const spans[] = {	/* durations and the like: DATE */
	"day", "days", "week", "weeks", "month", "months", "year", "years",
	"decade", "decades", "century", "centuries", "weekend", NULL
};

static const char *const parts_of_day[] = {
	"morning", "afternoon", "evening", "night", NULL
};

static const char *const year_cues[] = {	/* a bare year follows these */
	"in", "since", "by", "until", "till", "from", "of", "to", "before",
	"after", "during", "through", "early", "late", "mid", "between", "and",
	NULL
};

const char *
numex_type_name(enum numex_type t)
{
	return type_names[t];
}

static void
add_words(const struct word *list)
{
	for (; list->w != NULL; list++)
		wordset_add(&triggers, list->w, strlen(list->w), 1);
}

int
numex_init(void)
{
	static const char *const more[] = {
		"yesterday", "today", "tomorrow", "earlier", "later", "early",
		"late", "this", "last", "next", "past", "coming", "noon", "midday",
		"midnight", "dozens", "hundreds", "thousands", "millions", "us",
		NULL
	};
	const char *const *p;

	if (triggers.count > 0)
		return 0;
	add_words(months);
	add_words(weekdays);
	add_words(units);
	add_words(ordinals);
	for (p = more; *p != NULL; p++)
		wordset_add(&triggers, *p, strlen(*p), 1);
	return 0;
}

void
numex_free(void)
{
	tokens_free(&tk);
	wordset_free(&triggers);
}


/* Sentence and tokens, shared by the recognisers of one call. */
static const char *S;

static size_t
tlen(size_t i)
{
	return tk.v[i].end - tk.v[i].start;
}

/* Case-insensitive (ASCII) comparison of token i with a lower-case word. */
static int
is(size_t i, const char *w)
{
	size_t n, k;
	char c0;

	if (i >= tk.n)
		return 0;
	/* Most calls fail on the first letter: spare the strlen. */
	c0 = S[tk.v[i].start];
	if (c0 >= 'A' && c0 <= 'Z')
		c0 += 32;
	if (c0 != w[0] || tlen(i) != (n = strlen(w)))
		return 0;
	for (k = 0; k < n; k++) {
		char c = S[tk.v[i].start + k];
		if (c >= 'A' && c <= 'Z')
			c += 32;
		if (c != w[k])
			return 0;
	}
	return 1;
}

/* Can a mention start at token i?  Cheap, and never wrong to say yes. */
static int
may_start(size_t i)
{
	char w[16];
	size_t n = tlen(i), k;
	unsigned char c = (unsigned char)S[tk.v[i].start];

	if (tk.v[i].kind == TOK_NUMBER)
		return 1;
	if (tk.v[i].kind == TOK_PUNCT)
		return c == '$' || c >= 0xC2;	/* currency signs */
	for (k = 0; k < n && k < sizeof(w); k++) {
		char ch = S[tk.v[i].start + k];
		if (ch == '-')
			break;		/* twenty-five: its first part */
		w[k] = (ch >= 'A' && ch <= 'Z') ? ch + 32 : ch;
	}
	return k < sizeof(w) && wordset_get(&triggers, w, k) != 0;
}

static int
lookup(size_t i, const struct word *list)
{
	for (; list->w != NULL; list++)
		if (is(i, list->w))
			return list->v;
	return -1;
}

static const char *
lookup_named(size_t i, const struct named *list)
{
	for (; list->w != NULL; list++)
		if (is(i, list->w))
			return list->v;
	return NULL;
}

static int
in_list(size_t i, const char *const *list)
{
	for (; *list != NULL; list++)
		if (is(i, *list))
			return 1;
	return 0;
}

static int
capital(size_t i)
{
	return S[tk.v[i].start] >= 'A' && S[tk.v[i].start] <= 'Z';
}

/* Plain digits with , and . (1,200  2.5); the rest of the token is in *suffix. */
static int
digits(size_t i, double *v, const char **suffix, size_t *sn, int *plain4)
{
	const char *p, *e;
	double x = 0, frac = 0.1;
	int dot = 0, nd = 0, comma = 0;

	if (i >= tk.n || tk.v[i].kind != TOK_NUMBER)
		return 0;
	p = S + tk.v[i].start;
	e = S + tk.v[i].end;
	for (; p < e; p++) {
		if (*p >= '0' && *p <= '9') {
			if (dot) {
				x += (*p - '0') * frac;
				frac /= 10;
			} else
				x = x * 10 + (*p - '0');
			nd++;
		} else if (*p == ',' && !dot && p + 1 < e && p[1] >= '0' && p[1] <= '9')
			comma = 1;
		else if (*p == '.' && !dot && p + 1 < e && p[1] >= '0' && p[1] <= '9')
			dot = 1;
		else
			break;
	}
	*v = x;
	*suffix = p;
	*sn = (size_t)(e - p);
	*plain4 = nd == 4 && !dot && !comma && *sn == 0;
	return nd > 0;
}

static void
fmt_number(char *out, size_t cap, double v)
{
	char tmp[64];
	size_t n;

	snprintf(tmp, sizeof(tmp), "%.6f", v);
	n = strlen(tmp);
	while (n > 0 && tmp[n - 1] == '0')
		n--;
	if (n > 0 && tmp[n - 1] == '.')
		n--;
	tmp[n] = '\0';
	snprintf(out, cap, "%s", tmp);
}

static double
pow10i(int k)
{
	double x = 1;

	while (k-- > 0)
		x *= 10;
	return x;
}

/*
 * A number at token i: digits, or number words (twenty-five), with a
 * scale (2.5 billion, 40m, 3.5bn).  Sets *v and returns the tokens used,
 * 0 if none.  *ord is set for 21st, *decade for 1990s, *year for a plain
 * four-digit number.
 */
static size_t
number(size_t i, double *v, int *ord, int *decade, int *year)
{
	const char *suf;
	size_t sn, used = 1;
	int k, p4;

	*ord = *decade = *year = 0;
	if (i >= tk.n)
		return 0;
	if (digits(i, v, &suf, &sn, &p4)) {
		if (sn == 0)
			*year = p4;
		else if (sn == 2 && (!strncmp(suf, "st", 2) || !strncmp(suf, "nd", 2) ||
		    !strncmp(suf, "rd", 2) || !strncmp(suf, "th", 2)))
			*ord = 1;
		else if (sn == 1 && *suf == 's' && *v >= 10 && *v < 10000 && (long)*v % 10 == 0)
			*decade = 1;
		else if (sn == 1 && (*suf == 'm' || *suf == 'k' || *suf == 'b'))
			*v *= pow10i(*suf == 'm' ? 6 : *suf == 'k' ? 3 : 9);
		else if ((sn == 2 && !strncmp(suf, "bn", 2)) || (sn == 2 &&
		    !strncmp(suf, "mn", 2)))
			*v *= pow10i(suf[0] == 'b' ? 9 : 6);
		else
			return 0;
	} else if ((k = lookup(i, units)) >= 0) {
		*v = k;
	} else {
		/* twenty-five */
		const char *p = S + tk.v[i].start, *h;
		size_t n = tlen(i);
		int t, u;
		if (tk.v[i].kind != TOK_WORD || (h = memchr(p, '-', n)) == NULL)
			return 0;
		for (t = 2; t <= 9; t++)
			if ((size_t)(h - p) == strlen(units[18 + t].w) &&
			    !strncasecmp(p, units[18 + t].w, (size_t)(h - p)))
				break;
		if (t > 9)
			return 0;
		for (u = 1; u <= 9; u++)
			if (n - (size_t)(h + 1 - p) == strlen(units[u].w) &&
			    !strncasecmp(h + 1, units[u].w, strlen(units[u].w)))
				break;
		if (u > 9)
			return 0;
		*v = t * 10 + u;
	}
	if (!*ord && !*decade && (k = lookup(i + 1, scales)) > 0) {
		*v *= pow10i(k);
		used++;
		*year = 0;
	}
	return used;
}

static size_t nout, maxout;
static struct numex_mention *out;

static void
emit(size_t a, size_t b, enum numex_type t, const char *value)
{
	if (nout < maxout) {
		out[nout].start = tk.v[a].start;
		out[nout].end = tk.v[b].end;
		out[nout].type = t;
		snprintf(out[nout].value, sizeof(out[nout].value), "%s", value);
	}
	nout++;
}

/* The tokens a..b as a lower-case phrase with single spaces. */
static void
phrase(size_t a, size_t b, char *v, size_t cap)
{
	size_t k, i, n = 0;

	for (i = a; i <= b && n + 1 < cap; i++) {
		if (i > a && tk.v[i].start > tk.v[i - 1].end && n + 1 < cap)
			v[n++] = ' ';
		for (k = tk.v[i].start; k < tk.v[i].end && n + 1 < cap; k++) {
			char c = S[k];
			v[n++] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
		}
	}
	v[n] = '\0';
}

static int
day_number(size_t i, int *d)
{
	double v;
	const char *suf;
	size_t sn;
	int p4;

	if (!digits(i, &v, &suf, &sn, &p4) || v < 1 || v > 31 || v != (int)v)
		return 0;
	if (sn != 0 && !(sn == 2 && (!strncmp(suf, "st", 2) ||
	    !strncmp(suf, "nd", 2) || !strncmp(suf, "rd", 2) || !strncmp(suf, "th", 2))))
		return 0;
	*d = (int)v;
	return 1;
}

static int
year_number(size_t i, int *y)
{
	double v;
	const char *suf;
	size_t sn;
	int p4;

	if (!digits(i, &v, &suf, &sn, &p4) || !p4 || v < 1000 || v > 2199)
		return 0;
	*y = (int)v;
	return 1;
}

/* Dates at i: the token after the mention, or 0 if there is none. */
static size_t
date(size_t i)
{
	char v[64];
	int m, d, y;
	size_t j;

	/* 2025-04-22 */
	if (tk.v[i].kind == TOK_NUMBER && tlen(i) == 10 && S[tk.v[i].start + 4] == '-' &&
	    S[tk.v[i].start + 7] == '-') {
		snprintf(v, sizeof(v), "%.10s", S + tk.v[i].start);
		emit(i, i, NX_DATE, v);
		return i + 1;
	}
	/* April 22, 2025 / April 22 / April 2025 / April */
	if ((m = lookup(i, months)) > 0 && capital(i)) {
		j = i + 1;
		if (j < tk.n && day_number(j, &d)) {
			if (j + 2 < tk.n && is(j + 1, ",") && year_number(j + 2, &y)) {
				snprintf(v, sizeof(v), "%04d-%02d-%02d", y, m, d);
				emit(i, j + 2, NX_DATE, v);
				return j + 3;
			}
			if (j + 1 < tk.n && year_number(j + 1, &y)) {
				snprintf(v, sizeof(v), "%04d-%02d-%02d", y, m, d);
				emit(i, j + 1, NX_DATE, v);
				return j + 2;
			}
			snprintf(v, sizeof(v), "--%02d-%02d", m, d);
			emit(i, j, NX_DATE, v);
			return j + 1;
		}
		if (j < tk.n && year_number(j, &y)) {
			snprintf(v, sizeof(v), "%04d-%02d", y, m);
			emit(i, j, NX_DATE, v);
			return j + 1;
		}
		/* "May" alone is a verb more often than a month. */
		if (m != 5 && tk.v[i].kind == TOK_WORD) {
			phrase(i, i, v, sizeof(v));
			emit(i, i, NX_DATE, v);
			return i + 1;
		}
		return 0;
	}
	/* 22 April 2025 */
	if (day_number(i, &d) && i + 1 < tk.n && (m = lookup(i + 1, months)) > 0 &&
	    capital(i + 1)) {
		if (i + 2 < tk.n && year_number(i + 2, &y)) {
			snprintf(v, sizeof(v), "%04d-%02d-%02d", y, m, d);
			emit(i, i + 2, NX_DATE, v);
			return i + 3;
		}
		snprintf(v, sizeof(v), "--%02d-%02d", m, d);
		emit(i, i + 1, NX_DATE, v);
		return i + 2;
	}
	return 0;
}

/* last week, earlier this month, next Tuesday, yesterday, two years ago */
static size_t
relative(size_t i)
{
	char v[64];
	size_t j = i;
	double x;
	int o, dc, yr;

	if (is(j, "yesterday") || is(j, "today") || is(j, "tomorrow")) {
		phrase(j, j, v, sizeof(v));
		emit(j, j, NX_DATE, v);
		return j + 1;
	}
	if (is(j, "earlier") || is(j, "later") || is(j, "early") || is(j, "late"))
		j++;
	if (is(j, "this") || is(j, "last") || is(j, "next") || is(j, "past") ||
	    is(j, "coming")) {
		if (in_list(j + 1, spans) || lookup(j + 1, weekdays) > 0) {
			phrase(i, j + 1, v, sizeof(v));
			emit(i, j + 1, NX_DATE, v);
			return j + 2;
		}
		if (in_list(j + 1, parts_of_day)) {
			phrase(i, j + 1, v, sizeof(v));
			emit(i, j + 1, NX_TIME, v);
			return j + 2;
		}
		return 0;
	}
	j = i;
	if (lookup(j, weekdays) > 0 && capital(j)) {
		phrase(j, j, v, sizeof(v));
		emit(j, j, NX_DATE, v);
		return j + 1;
	}
	/* two years ago; 10 days */
	if ((j = number(i, &x, &o, &dc, &yr)) > 0 && !o && !dc &&
	    in_list(i + j, spans)) {
		size_t last = i + j + (is(i + j + 1, "ago") ? 1 : 0);
		phrase(i, last, v, sizeof(v));
		emit(i, last, NX_DATE, v);
		return last + 1;
	}
	return 0;
}

static int
hour(size_t i, int *h)
{
	double v;
	const char *suf;
	size_t sn;
	int p4;

	if (!digits(i, &v, &suf, &sn, &p4) || sn != 0 || v > 24 || v != (int)v)
		return 0;
	*h = (int)v;
	return 1;
}

static int
meridiem(size_t i)
{
	if (is(i, "a.m.") || is(i, "am") || is(i, "a.m"))
		return 1;
	if (is(i, "p.m.") || is(i, "pm") || is(i, "p.m"))
		return 2;
	return 0;
}

/* 7:30 a.m., 19:45, 5 p.m., noon, midnight */
static size_t
time_of_day(size_t i)
{
	char v[16];
	int h, mi = 0, ap;
	size_t j = i;

	if (is(i, "noon") || is(i, "midday") || is(i, "midnight")) {
		emit(i, i, NX_TIME, is(i, "midnight") ? "00:00" : "12:00");
		return i + 1;
	}
	if (!hour(i, &h))
		return 0;
	if (i + 2 < tk.n && is(i + 1, ":") && tk.v[i + 1].start == tk.v[i].end &&
	    tlen(i + 2) == 2 && S[tk.v[i + 2].start] >= '0' &&
	    S[tk.v[i + 2].start] <= '5' && S[tk.v[i + 2].start + 1] >= '0' &&
	    S[tk.v[i + 2].start + 1] <= '9') {
		mi = (S[tk.v[i + 2].start] - '0') * 10 + S[tk.v[i + 2].start + 1] - '0';
		j = i + 2;
	}
	ap = meridiem(j + 1);
	if (j == i && ap == 0)
		return 0;
	if (ap != 0 && (h < 1 || h > 12))
		return 0;
	if (ap == 1 && h == 12)
		h = 0;
	else if (ap == 2 && h < 12)
		h += 12;
	if (h > 23)
		return 0;
	snprintf(v, sizeof(v), "%02d:%02d", h, mi);
	j += ap != 0;
	emit(i, j, NX_TIME, v);
	return j + 1;
}

/* $2.5 billion, US$5, €40m, 40 million euros */
static size_t
money(size_t i)
{
	char num[48], v[64];
	const char *code;
	size_t j = i, used;
	double x;
	int o, dc, yr;

	if (is(j, "us") && j + 1 < tk.n && is(j + 1, "$") &&
	    tk.v[j + 1].start == tk.v[j].end)
		j++;
	if ((code = lookup_named(j, symbols)) != NULL) {
		if ((used = number(j + 1, &x, &o, &dc, &yr)) == 0 || o || dc)
			return 0;
		fmt_number(num, sizeof(num), x);
		snprintf(v, sizeof(v), "%s %s", num, code);
		emit(i, j + used, NX_MONEY, v);
		return j + used + 1;
	}
	if ((used = number(i, &x, &o, &dc, &yr)) == 0 || o || dc)
		return 0;
	if ((code = lookup_named(i + used, currencies)) == NULL)
		return 0;
	fmt_number(num, sizeof(num), x);
	snprintf(v, sizeof(v), "%s %s", num, code);
	emit(i, i + used, NX_MONEY, v);
	return i + used + 1;
}

/* 35%, 35 percent, 35 per cent, a number and a unit */
static size_t
percent_or_quantity(size_t i)
{
	char num[48], v[64];
	const char *unit;
	size_t used;
	double x;
	int o, dc, yr;

	if ((used = number(i, &x, &o, &dc, &yr)) == 0 || o || dc)
		return 0;
	fmt_number(num, sizeof(num), x);
	if (is(i + used, "%") || is(i + used, "percent")) {
		snprintf(v, sizeof(v), "%s%%", num);
		emit(i, i + used, NX_PERCENT, v);
		return i + used + 1;
	}
	if (is(i + used, "per") && is(i + used + 1, "cent")) {
		snprintf(v, sizeof(v), "%s%%", num);
		emit(i, i + used + 1, NX_PERCENT, v);
		return i + used + 2;
	}
	if ((unit = lookup_named(i + used, measures)) != NULL) {
		snprintf(v, sizeof(v), "%s %s", num, unit);
		emit(i, i + used, NX_QUANTITY, v);
		return i + used + 1;
	}
	return 0;
}

/* first, 21st; plain numbers; decades and years */
static size_t
plain(size_t i)
{
	char v[64];
	size_t used;
	double x;
	int o, dc, yr, k;

	if ((k = lookup(i, ordinals)) > 0 && tk.v[i].kind == TOK_WORD) {
		snprintf(v, sizeof(v), "%d", k);
		emit(i, i, NX_ORDINAL, v);
		return i + 1;
	}
	if (is(i, "dozens") || is(i, "hundreds") || is(i, "thousands") ||
	    is(i, "millions")) {
		phrase(i, i, v, sizeof(v));
		emit(i, i, NX_CARDINAL, v);
		return i + 1;
	}
	if ((used = number(i, &x, &o, &dc, &yr)) == 0)
		return 0;
	/* "one of them", "the one": a pronoun, not a count. */
	if (is(i, "one") && used == 1 && (is(i + 1, "of") || i + 1 >= tk.n ||
	    tk.v[i + 1].kind == TOK_PUNCT || (i > 0 && (is(i - 1, "the") ||
	    is(i - 1, "no") || is(i - 1, "any") || is(i - 1, "every") ||
	    is(i - 1, "each") || is(i - 1, "this") || is(i - 1, "that")))))
		return 0;
	if (is(i, "dozen") && used == 1)
		return 0;
	fmt_number(v, sizeof(v), x);
	if (o) {
		emit(i, i, NX_ORDINAL, v);
		return i + 1;
	}
	if (dc) {
		snprintf(v, sizeof(v), "%.*s", (int)tlen(i), S + tk.v[i].start);
		emit(i > 0 && is(i - 1, "the") ? i - 1 : i, i, NX_DATE, v);
		return i + 1;
	}
	if (yr && x >= 1800 && x <= 2099) {
		emit(i, i, NX_DATE, v);
		return i + 1;
	}
	if (yr && i > 0 && in_list(i - 1, year_cues) && x >= 1000 && x <= 2199) {
		emit(i, i, NX_DATE, v);
		return i + 1;
	}
	emit(i, i + used - 1, NX_CARDINAL, v);
	return i + used;
}

size_t
numex_find(const char *s, size_t n, struct numex_mention *o, size_t max)
{
	size_t i = 0, next;
	S = s;
	out = o;
	maxout = max;
	nout = 0;
	tokens_split(&tk, s, n);
	if (triggers.count == 0)
		numex_init();
	while (i < tk.n) {
		if (!may_start(i)) {
			i++;
			continue;
		}
		if ((next = date(i)) == 0 && (next = time_of_day(i)) == 0 &&
		    (next = relative(i)) == 0 && (next = money(i)) == 0 &&
		    (next = percent_or_quantity(i)) == 0 && (next = plain(i)) == 0)
			next = i + 1;
		i = next;
	}
	return nout;
}
