/*
 * numex_val: the turning of matched text into values: exact decimals,
 * spelled numbers, ordinals and fractions (their words are here, as they
 * are the arithmetic of English numbers, not a list to extend),
 * currencies, units and months (looked up in the tables of
 * lib/data/numex/) and normalised phrases.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "numex_int.h"
#include "utf8.h"

int
nx_eqi(const char *s, size_t n, const char *w)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char a = (unsigned char)s[i], b = (unsigned char)w[i];

		if (b == '\0')
			return 0;
		if (a >= 'A' && a <= 'Z')
			a += 32;
		if (b >= 'A' && b <= 'Z')
			b += 32;
		if (a != b)
			return 0;
	}
	return w[n] == '\0';
}

/* Is s[0..n) in list NXS_* set, in any case (as nx_eqi compares)? */
int
nx_inset(const struct numex *nx, int set, const char *s, size_t n)
{
	char low[NXS_WORD_MAX];
	size_t i;

	if (n == 0 || n > NXS_WORD_MAX)
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	return wordset_get(&nx->sets[set], low, n) != 0;
}

/* "1,200.50": digits, thousands commas and one decimal point; -1 if too long. */
int
nx_dec_digits(struct nx_dec *x, const char *s, size_t n)
{
	size_t i;
	int point = 0;

	x->nd = x->frac = 0;
	for (i = 0; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9') {
			if (x->nd >= NXD_MAX)
				return -1;
			x->d[x->nd++] = s[i];
			if (point)
				x->frac++;
		} else if (s[i] == '.' && !point)
			point = 1;
		else if (s[i] != ',')
			break;
	}
	return x->nd > 0 ? 0 : -1;
}

void
nx_dec_u64(struct nx_dec *x, uint64_t v)
{
	char tmp[24];
	int k = 0;

	do {
		tmp[k++] = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0);
	x->nd = 0;
	x->frac = 0;
	while (k > 0)
		x->d[x->nd++] = tmp[--k];
}

/* Multiply by 10^k (k may be negative); -1 if the digits would not fit. */
int
nx_dec_shift(struct nx_dec *x, int k)
{
	if (k >= 0) {
		if (x->frac >= k) {
			x->frac -= k;
			return 0;
		}
		k -= x->frac;
		x->frac = 0;
		if (x->nd + k > NXD_MAX)
			return -1;
		memset(x->d + x->nd, '0', (size_t)k);
		x->nd += k;
		return 0;
	}
	if (x->frac - k > 60)
		return -1;
	x->frac -= k;
	return 0;
}

/* Plain digits, no leading or trailing zeros; the length, or -1 if it does not fit cap. */
int
nx_dec_fmt(const struct nx_dec *x, int neg, char *out, size_t cap)
{
	char t[NXD_MAX + 72];
	int ip = x->nd - x->frac, i, k = 0, a, z;

	/* Integer part: the digits before the point, leading zeros dropped. */
	for (a = 0; a < ip && x->d[a] == '0'; a++)
		;
	for (i = a; i < ip; i++)
		t[k++] = x->d[i];
	if (k == 0)
		t[k++] = '0';
	/* Fraction: trailing zeros dropped; zeros added in front when ip < 0. */
	for (z = x->nd; z > 0 && z > (ip > 0 ? ip : 0) && x->d[z - 1] == '0'; z--)
		;
	if (z > (ip > 0 ? ip : 0)) {
		t[k++] = '.';
		for (i = ip; i < 0; i++)
			t[k++] = '0';
		for (i = ip > 0 ? ip : 0; i < z; i++)
			t[k++] = x->d[i];
	}
	t[k] = '\0';
	if (neg && strcmp(t, "0") != 0)
		return snprintf(out, cap, "-%s", t) < (int)cap ? k + 1 : -1;
	if ((size_t)k >= cap)
		return -1;
	memcpy(out, t, (size_t)k + 1);
	return k;
}

/* The value as an integer if it has no fraction and is small; 0 on success. */
int
nx_dec_int(const struct nx_dec *x, long *v)
{
	int i, ip = x->nd - x->frac;

	*v = 0;
	for (i = ip; i < x->nd; i++)
		if (x->d[i] != '0')
			return -1;
	for (i = 0; i < ip; i++) {
		if (*v > 100000000L)
			return -1;
		*v = *v * 10 + (x->d[i] - '0');
	}
	return 0;
}

struct nw {
	const char	*w;
	int		 v;
	int		 kind;	/* 0 adds, 1 hundred, 2 a scale (v = power of ten), 3 dozen, 4 "a" */
};

static const struct nw numwords[] = {
	{ "zero", 0, 0 }, { "one", 1, 0 }, { "two", 2, 0 }, { "three", 3, 0 },
	{ "four", 4, 0 }, { "five", 5, 0 }, { "six", 6, 0 }, { "seven", 7, 0 },
	{ "eight", 8, 0 }, { "nine", 9, 0 }, { "ten", 10, 0 },
	{ "eleven", 11, 0 }, { "twelve", 12, 0 }, { "thirteen", 13, 0 },
	{ "fourteen", 14, 0 }, { "fifteen", 15, 0 }, { "sixteen", 16, 0 },
	{ "seventeen", 17, 0 }, { "eighteen", 18, 0 }, { "nineteen", 19, 0 },
	{ "twenty", 20, 0 }, { "thirty", 30, 0 }, { "forty", 40, 0 },
	{ "fifty", 50, 0 }, { "sixty", 60, 0 }, { "seventy", 70, 0 },
	{ "eighty", 80, 0 }, { "ninety", 90, 0 }, { "hundred", 2, 1 },
	{ "thousand", 3, 2 }, { "million", 6, 2 }, { "billion", 9, 2 },
	{ "trillion", 12, 2 }, { "dozen", 12, 3 }, { "a", 1, 4 }, { "an", 1, 4 },
	{ NULL, 0, 0 }
};

static const struct nw scalewords[] = {
	{ "hundred", 2, 0 }, { "thousand", 3, 0 }, { "million", 6, 0 },
	{ "billion", 9, 0 }, { "trillion", 12, 0 }, { "mln", 6, 0 },
	{ "mn", 6, 0 }, { "m", 6, 0 }, { "bln", 9, 0 }, { "bn", 9, 0 },
	{ "b", 9, 0 }, { "tn", 12, 0 }, { "trn", 12, 0 }, { "k", 3, 0 },
	{ NULL, 0, 0 }
};

static const struct nw *
nw_find(const struct nw *t, const char *s, size_t n)
{
	for (; t->w != NULL; t++)
		if (nx_eqi(s, n, t->w))
			return t;
	return NULL;
}

/* "two hundred and fifty thousand", "twenty-five", "a dozen": 0 on success. */
int
nx_spelled(const char *s, size_t n, uint64_t *v)
{
	uint64_t total = 0, cur = 0, p;
	const struct nw *w;
	size_t i = 0, j;
	int k, words = 0;

	while (i < n) {
		if (!ascii_alpha((unsigned char)s[i])) {
			i++;
			continue;
		}
		for (j = i; j < n && ascii_alpha((unsigned char)s[j]); j++)
			;
		if (nx_eqi(s + i, j - i, "and")) {
			i = j;
			continue;
		}
		if ((w = nw_find(numwords, s + i, j - i)) == NULL)
			return -1;
		switch (w->kind) {
		case 0:
			cur += (uint64_t)w->v;
			break;
		case 1:
			cur = (cur ? cur : 1) * 100;
			break;
		case 2:
			for (p = 1, k = 0; k < w->v; k++)
				p *= 10;
			total += (cur ? cur : 1) * p;
			cur = 0;
			break;
		case 3:
			cur = (cur ? cur : 1) * 12;
			break;
		default:
			if (words > 0)
				return -1;
			cur = 1;
			break;
		}
		words++;
		i = j;
	}
	*v = total + cur;
	return words > 0 ? 0 : -1;
}

/*
 * A number as matched: digits with an optional scale word after them
 * ("1.2 million", "3.5bn", "40m"), or spelled.  *scale gets the power of
 * ten of the scale word (0 if none).  0 on success.
 */
int
nx_number(const char *s, size_t n, struct nx_dec *x, int *scale)
{
	const struct nw *w;
	uint64_t v;
	size_t i = 0, j;

	*scale = 0;
	if (n > 0 && s[0] >= '0' && s[0] <= '9') {
		while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == ',' ||
		    s[i] == '.'))
			i++;
		if (nx_dec_digits(x, s, i) != 0)
			return -1;
		while (i < n && !ascii_alpha((unsigned char)s[i]))
			i++;
		if (i == n)
			return 0;
		for (j = i; j < n && ascii_alpha((unsigned char)s[j]); j++)
			;
		if ((w = nw_find(scalewords, s + i, j - i)) == NULL)
			return -1;
		*scale = w->v;
		return nx_dec_shift(x, w->v);
	}
	if (nx_spelled(s, n, &v) != 0)
		return -1;
	nx_dec_u64(x, v);
	return 0;
}

struct ow {
	const char	*w;
	int		 v;
};

static const struct ow ordwords[] = {
	{ "first", 1 }, { "second", 2 }, { "third", 3 }, { "fourth", 4 },
	{ "fifth", 5 }, { "sixth", 6 }, { "seventh", 7 }, { "eighth", 8 },
	{ "ninth", 9 }, { "tenth", 10 }, { "eleventh", 11 }, { "twelfth", 12 },
	{ "thirteenth", 13 }, { "fourteenth", 14 }, { "fifteenth", 15 },
	{ "sixteenth", 16 }, { "seventeenth", 17 }, { "eighteenth", 18 },
	{ "nineteenth", 19 }, { "twentieth", 20 }, { "thirtieth", 30 },
	{ "fortieth", 40 }, { "fiftieth", 50 }, { "sixtieth", 60 },
	{ "seventieth", 70 }, { "eightieth", 80 }, { "ninetieth", 90 },
	{ "hundredth", 100 }, { "thousandth", 1000 }, { "millionth", 1000000 },
	{ NULL, 0 }
};

/* "twenty-first" 21, "third" 3; -1 if not an ordinal word. */
int
nx_ordinal(const char *s, size_t n)
{
	const struct ow *o;
	const struct nw *w;
	size_t j;
	int tens = 0;

	for (j = 0; j < n && ascii_alpha((unsigned char)s[j]); j++)
		;
	if (j < n) {
		if ((w = nw_find(numwords, s, j)) == NULL || w->v < 20 || w->kind != 0)
			return -1;
		tens = w->v;
		while (j < n && !ascii_alpha((unsigned char)s[j]))
			j++;
		s += j;
		n -= j;
	}
	for (o = ordwords; o->w != NULL; o++)
		if (nx_eqi(s, n, o->w))
			return tens + o->v;
	return -1;
}

/* "January", "Jan", "Jan.", "Sept.": 1-12, or 0. */
int
nx_month(const struct nx_lists *l, const char *s, size_t n)
{
	int i;

	if (n > 0 && s[n - 1] == '.')
		n--;
	for (i = 0; i < 12; i++)
		if (nx_eqi(s, n, l->month_full[i]) || nx_eqi(s, n, l->month_abbr[i]))
			return i + 1;
	if (nx_eqi(s, n, "sept"))
		return 9;
	return 0;
}

/* "thirds" 3, "quarter" 4, "halves" 2: the denominator, or 0. */
int
nx_fraction(const char *s, size_t n)
{
	static const struct ow fr[] = {
		{ "half", 2 }, { "halves", 2 }, { "third", 3 }, { "thirds", 3 },
		{ "quarter", 4 }, { "quarters", 4 }, { "fifth", 5 }, { "fifths", 5 },
		{ "sixth", 6 }, { "sixths", 6 }, { "seventh", 7 }, { "sevenths", 7 },
		{ "eighth", 8 }, { "eighths", 8 }, { "ninth", 9 }, { "ninths", 9 },
		{ "tenth", 10 }, { "tenths", 10 }, { NULL, 0 }
	};
	const struct ow *o;

	for (o = fr; o->w != NULL; o++)
		if (nx_eqi(s, n, o->w))
			return o->v;
	return 0;
}

/* The text with runs of white space (and NBSP) made one space, into t. */
static size_t
squeeze(const char *s, size_t n, char *t, size_t cap)
{
	size_t i = 0, k = 0, l;
	int32_t cp;

	while (i < n && k + 4 < cap) {
		l = utf8_decode(s + i, n - i, &cp);
		if (utf8_is_space(cp)) {
			if (k > 0 && t[k - 1] != ' ')
				t[k++] = ' ';
		} else {
			memcpy(t + k, s + i, l);
			k += l;
		}
		i += l;
	}
	while (k > 0 && t[k - 1] == ' ')
		k--;
	t[k] = '\0';
	return k;
}

/* The ISO code for a currency word or sign from table t; *div its scale. */
const char *
nx_currency(const struct nx_cur *t, const char *s, size_t n, int *div)
{
	char w[64];
	size_t k;

	k = squeeze(s, n, w, sizeof(w));
	*div = 0;
	for (; t->w != NULL; t++) {
		if (t->cs ? (strlen(t->w) == k && memcmp(w, t->w, k) == 0) :
		    nx_eqi(w, k, t->w)) {
			*div = t->div;
			return t->code;
		}
	}
	return NULL;
}

const char *
nx_unit(const struct nx_unit *t, const char *s, size_t n)
{
	const struct nx_unit *u;
	char w[64];
	size_t k;

	k = squeeze(s, n, w, sizeof(w));
	/* Exact matches first, so "MW" is not taken for "mw". */
	for (u = t; u->w != NULL; u++)
		if (strlen(u->w) == k && memcmp(w, u->w, k) == 0)
			return u->sym;
	for (u = t; u->w != NULL; u++)
		if (!u->cs && nx_eqi(w, k, u->w))
			return u->sym;
	return NULL;
}

/*
 * The phrase form of a value: lower case, white space runs made one
 * space, curly apostrophes straight, a leading "the " dropped.  The
 * length, or -1 if it does not fit in cap.
 */
int
nx_phrase(const char *s, size_t n, char *out, size_t cap)
{
	char t[256];
	size_t i = 0, k = 0, l;
	int32_t cp;

	if (n > 200)
		return -1;
	while (i < n) {
		l = utf8_decode(s + i, n - i, &cp);
		i += l;
		if (utf8_is_space(cp)) {
			if (k > 0 && t[k - 1] != ' ')
				t[k++] = ' ';
			continue;
		}
		if (cp == 0x2019 || cp == 0x2018)
			cp = '\'';
		if (cp == UTF8_BAD)
			cp = '?';
		k += utf8_encode(utf8_tolower(cp), t + k);
	}
	while (k > 0 && t[k - 1] == ' ')
		k--;
	t[k] = '\0';
	i = (k > 4 && memcmp(t, "the ", 4) == 0) ? 4 : 0;
	if (k - i >= cap)
		return -1;
	memcpy(out, t + i, k - i + 1);
	return (int)(k - i);
}
