/*
 * numex_val: the word tables of numex, and the turning of matched text
 * into values: exact decimals, spelled numbers, currencies, units and
 * normalised phrases.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "numex_int.h"
#include "utf8.h"

/* ISO 4217 codes, written before or after the number: one list for both tables. */
#define ISO_CODES \
	{ "USD", "USD", 1, 0 }, { "EUR", "EUR", 1, 0 }, { "GBP", "GBP", 1, 0 }, \
	{ "JPY", "JPY", 1, 0 }, { "CNY", "CNY", 1, 0 }, { "UAH", "UAH", 1, 0 }, \
	{ "RUB", "RUB", 1, 0 }, { "CHF", "CHF", 1, 0 }, { "INR", "INR", 1, 0 }, \
	{ "CAD", "CAD", 1, 0 }, { "AUD", "AUD", 1, 0 }, { "CZK", "CZK", 1, 0 }, \
	{ "PLN", "PLN", 1, 0 }, { "SEK", "SEK", 1, 0 }, { "NOK", "NOK", 1, 0 }, \
	{ "DKK", "DKK", 1, 0 }, { "HUF", "HUF", 1, 0 }, { "TRY", "TRY", 1, 0 }, \
	{ "BRL", "BRL", 1, 0 }, { "MXN", "MXN", 1, 0 }, { "ZAR", "ZAR", 1, 0 }, \
	{ "KRW", "KRW", 1, 0 }, { "HKD", "HKD", 1, 0 }, { "SGD", "SGD", 1, 0 }, \
	{ "NZD", "NZD", 1, 0 }, { "ILS", "ILS", 1, 0 }, { "AED", "AED", 1, 0 }, \
	{ "SAR", "SAR", 1, 0 },

/*
 * Currency words after a number.  Longer forms come first in the
 * patterns whatever the order here.  "pounds" alone is weight (see
 * nx_units); "pesos", "dinars" and "kopecks" name several currencies
 * and are left out.
 */
const struct nx_cur nx_curwords[] = {
	{ "dollars", "USD", 0, 0 }, { "dollar", "USD", 0, 0 },
	{ "US dollars", "USD", 0, 0 }, { "U.S. dollars", "USD", 0, 0 },
	{ "American dollars", "USD", 0, 0 },
	{ "Canadian dollars", "CAD", 0, 0 }, { "Australian dollars", "AUD", 0, 0 },
	{ "Hong Kong dollars", "HKD", 0, 0 }, { "New Zealand dollars", "NZD", 0, 0 },
	{ "Singapore dollars", "SGD", 0, 0 },
	{ "euros", "EUR", 0, 0 }, { "euro", "EUR", 0, 0 },
	{ "pounds sterling", "GBP", 0, 0 }, { "British pounds", "GBP", 0, 0 },
	{ "sterling", "GBP", 0, 0 }, { "pence", "GBP", 0, 2 },
	{ "cents", "USD", 0, 2 }, { "cent", "USD", 0, 2 },
	{ "yen", "JPY", 0, 0 }, { "yuan", "CNY", 0, 0 }, { "renminbi", "CNY", 0, 0 },
	{ "hryvnias", "UAH", 0, 0 }, { "hryvnia", "UAH", 0, 0 },
	{ "hryvnyas", "UAH", 0, 0 }, { "hryvnya", "UAH", 0, 0 },
	{ "hryvnas", "UAH", 0, 0 }, { "hryvna", "UAH", 0, 0 },
	{ "rubles", "RUB", 0, 0 }, { "ruble", "RUB", 0, 0 },
	{ "roubles", "RUB", 0, 0 }, { "rouble", "RUB", 0, 0 },
	{ "rupees", "INR", 0, 0 }, { "rupee", "INR", 0, 0 },
	{ "Swiss francs", "CHF", 0, 0 }, { "francs", "CHF", 0, 0 },
	{ "lira", "TRY", 0, 0 }, { "liras", "TRY", 0, 0 },
	{ "shekels", "ILS", 0, 0 }, { "shekel", "ILS", 0, 0 },
	{ "zlotys", "PLN", 0, 0 }, { "zloty", "PLN", 0, 0 },
	{ "won", "KRW", 0, 0 },
	ISO_CODES
	{ "\xE2\x82\xAC", "EUR", 1, 0 }, { "\xC2\xA3", "GBP", 1, 0 },
	{ "$", "USD", 1, 0 },
	{ NULL, NULL, 0, 0 }
};

/* Signs and codes before a number. */
const struct nx_cur nx_cursyms[] = {
	{ "US$", "USD", 1, 0 }, { "U.S.$", "USD", 1, 0 }, { "$", "USD", 1, 0 },
	{ "A$", "AUD", 1, 0 }, { "AU$", "AUD", 1, 0 }, { "C$", "CAD", 1, 0 },
	{ "CA$", "CAD", 1, 0 }, { "CAN$", "CAD", 1, 0 }, { "HK$", "HKD", 1, 0 },
	{ "NZ$", "NZD", 1, 0 }, { "S$", "SGD", 1, 0 }, { "R$", "BRL", 1, 0 },
	{ "MX$", "MXN", 1, 0 },
	{ "\xE2\x82\xAC", "EUR", 1, 0 },	/* € */
	{ "\xC2\xA3", "GBP", 1, 0 },		/* £ */
	{ "\xC2\xA5", "JPY", 1, 0 },		/* ¥ */
	{ "\xE2\x82\xB4", "UAH", 1, 0 },	/* ₴ */
	{ "\xE2\x82\xBD", "RUB", 1, 0 },	/* ₽ */
	{ "\xE2\x82\xB9", "INR", 1, 0 },	/* ₹ */
	{ "\xE2\x82\xA9", "KRW", 1, 0 },	/* ₩ */
	{ "\xE2\x82\xBA", "TRY", 1, 0 },	/* ₺ */
	{ "\xE2\x82\xAA", "ILS", 1, 0 },	/* ₪ */
	{ "Rs.", "INR", 1, 0 }, { "Rs", "INR", 1, 0 },
	ISO_CODES
	{ NULL, NULL, 0, 0 }
};

/* Units of QUANTITY; cs marks symbols whose case matters. */
const struct nx_unit nx_units[] = {
	{ "kilometres", "km", 0 }, { "kilometers", "km", 0 },
	{ "kilometre", "km", 0 }, { "kilometer", "km", 0 },
	{ "km", "km", 1 }, { "kms", "km", 1 },
	{ "metres", "m", 0 }, { "meters", "m", 0 }, { "metre", "m", 0 },
	{ "meter", "m", 0 }, { "m", "m", 1 },
	{ "centimetres", "cm", 0 }, { "centimeters", "cm", 0 },
	{ "centimetre", "cm", 0 }, { "centimeter", "cm", 0 }, { "cm", "cm", 1 },
	{ "millimetres", "mm", 0 }, { "millimeters", "mm", 0 },
	{ "millimetre", "mm", 0 }, { "millimeter", "mm", 0 }, { "mm", "mm", 1 },
	{ "nautical miles", "nmi", 0 }, { "nautical mile", "nmi", 0 },
	{ "miles per hour", "mph", 0 }, { "mph", "mph", 1 },
	{ "kilometres per hour", "km/h", 0 }, { "kilometers per hour", "km/h", 0 },
	{ "km/h", "km/h", 1 }, { "kph", "km/h", 1 }, { "kmh", "km/h", 1 },
	{ "miles", "mi", 0 }, { "mile", "mi", 0 }, { "mi", "mi", 1 },
	{ "feet", "ft", 0 }, { "foot", "ft", 0 }, { "ft", "ft", 1 },
	{ "inches", "in", 0 }, { "inch", "in", 0 },
	{ "yards", "yd", 0 }, { "yard", "yd", 0 }, { "yd", "yd", 1 },
	{ "kilograms", "kg", 0 }, { "kilogrammes", "kg", 0 },
	{ "kilogram", "kg", 0 }, { "kilogramme", "kg", 0 }, { "kilos", "kg", 0 },
	{ "kilo", "kg", 0 }, { "kg", "kg", 1 }, { "kgs", "kg", 1 },
	{ "grams", "g", 0 }, { "grammes", "g", 0 }, { "gram", "g", 0 },
	{ "gramme", "g", 0 }, { "g", "g", 1 },
	{ "milligrams", "mg", 0 }, { "mg", "mg", 1 },
	{ "metric tons", "t", 0 }, { "metric ton", "t", 0 }, { "tonnes", "t", 0 },
	{ "tonne", "t", 0 }, { "tons", "t", 0 }, { "ton", "t", 0 }, { "t", "t", 1 },
	{ "pounds", "lb", 0 }, { "pound", "lb", 0 }, { "lbs", "lb", 1 },
	{ "lb", "lb", 1 },
	{ "ounces", "oz", 0 }, { "ounce", "oz", 0 }, { "oz", "oz", 1 },
	{ "litres", "l", 0 }, { "liters", "l", 0 }, { "litre", "l", 0 },
	{ "liter", "l", 0 }, { "l", "l", 1 }, { "L", "l", 1 },
	{ "millilitres", "ml", 0 }, { "milliliters", "ml", 0 }, { "ml", "ml", 1 },
	{ "gallons", "gal", 0 }, { "gallon", "gal", 0 },
	{ "barrels", "bbl", 0 }, { "barrel", "bbl", 0 }, { "bbl", "bbl", 1 },
	{ "hectares", "ha", 0 }, { "hectare", "ha", 0 }, { "ha", "ha", 1 },
	{ "acres", "acre", 0 }, { "acre", "acre", 0 },
	{ "square kilometres", "km2", 0 }, { "square kilometers", "km2", 0 },
	{ "sq km", "km2", 0 }, { "km2", "km2", 1 }, { "km\xC2\xB2", "km2", 1 },
	{ "square miles", "mi2", 0 }, { "square mile", "mi2", 0 },
	{ "sq mi", "mi2", 0 },
	{ "square metres", "m2", 0 }, { "square meters", "m2", 0 },
	{ "sq m", "m2", 0 }, { "m2", "m2", 1 }, { "m\xC2\xB2", "m2", 1 },
	{ "square feet", "ft2", 0 }, { "sq ft", "ft2", 0 },
	{ "cubic metres", "m3", 0 }, { "cubic meters", "m3", 0 },
	{ "m3", "m3", 1 }, { "m\xC2\xB3", "m3", 1 }, { "bcm", "bcm", 1 },
	{ "degrees Celsius", "\xC2\xB0" "C", 0 },
	{ "degrees centigrade", "\xC2\xB0" "C", 0 },
	{ "degrees C", "\xC2\xB0" "C", 1 }, { "\xC2\xB0" "C", "\xC2\xB0" "C", 1 },
	{ "\xC2\xBA" "C", "\xC2\xB0" "C", 1 },
	{ "degrees Fahrenheit", "\xC2\xB0" "F", 0 },
	{ "degrees F", "\xC2\xB0" "F", 1 }, { "\xC2\xB0" "F", "\xC2\xB0" "F", 1 },
	{ "degrees", "\xC2\xB0", 0 }, { "degree", "\xC2\xB0", 0 },
	{ "\xC2\xB0", "\xC2\xB0", 1 },
	{ "knots", "kn", 0 },
	{ "watts", "W", 0 }, { "kilowatts", "kW", 0 }, { "kW", "kW", 1 },
	{ "megawatts", "MW", 0 }, { "MW", "MW", 1 },
	{ "gigawatts", "GW", 0 }, { "GW", "GW", 1 },
	{ "kilowatt hours", "kWh", 0 }, { "kilowatt-hours", "kWh", 0 },
	{ "kWh", "kWh", 1 },
	{ "megawatt hours", "MWh", 0 }, { "megawatt-hours", "MWh", 0 },
	{ "MWh", "MWh", 1 },
	{ "gigawatt hours", "GWh", 0 }, { "gigawatt-hours", "GWh", 0 },
	{ "GWh", "GWh", 1 }, { "terawatt hours", "TWh", 0 },
	{ "terawatt-hours", "TWh", 0 }, { "TWh", "TWh", 1 },
	{ "megabytes", "MB", 0 }, { "MB", "MB", 1 },
	{ "gigabytes", "GB", 0 }, { "GB", "GB", 1 },
	{ "terabytes", "TB", 0 }, { "TB", "TB", 1 },
	{ NULL, NULL, 0 }
};

const char *const nx_month_full[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December", NULL
};

/* Index+1 is the month; "Sept" is handled apart. */
const char *const nx_month_abbr[] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
	"Nov", "Dec", NULL
};

const char *const nx_weekdays[] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
	"Sunday", NULL
};

const char *const nx_tzones[] = {
	"GMT", "UTC", "BST", "CEST", "CET", "EEST", "EET", "MSK", "EDT", "EST",
	"ET", "CDT", "CST", "CT", "MDT", "MST", "MT", "PDT", "PST", "PT", "IST",
	"JST", "AEDT", "AEST", NULL
};

/* A bare number after one of these (with or without a full stop) is an identifier. */
const char *const nx_labels[] = {
	"no", "nos", "number", "num", "nr", "page", "pages", "p", "pp", "para",
	"paragraph", "article", "art", "articles", "chapter", "ch", "section",
	"sec", "clause", "rule", "resolution", "room", "flight", "route",
	"highway", "interstate", "version", "ver", "v", "vol", "volume", "issue",
	"episode", "ep", "level", "platform", "gate", "terminal", "phase",
	"block", "apartment", "apt", "suite", "building", "bus", "tram", "track",
	"lot", "fig", "figure", "table", "item", "exhibit", "amendment", "model",
	"type", "mark", "mk", "code", "form", "file", "case", "district", "ward",
	"precinct", "unit", "batch", "serial", "id", "ref", "tel", "phone",
	"fax", "ext", NULL
};

/* A four-digit year after these is a DATE ("since 2019"). */
const char *const nx_yearcues[] = {
	"in", "since", "by", "until", "till", "during", "throughout", "before",
	"after", "from", "through", "between", "early", "late", "mid", "fiscal",
	"year", "circa", "spring", "summer", "autumn", "fall", "winter", "for",
	"end", "start", "beginning", "c", "ca", "born", "died", "until", NULL
};

/* A year after these takes a plural noun after it: "the 2006 elections" ("s" is "Russia's"). */
const char *const nx_yeardets[] = {
	"the", "a", "an", "its", "his", "her", "their", "our", "my", "your",
	"this", "that", "these", "those", "whose", "s", NULL
};

/* A four-digit number after these is a count: "about 2000", "rose to 2000". */
const char *const nx_qtycues[] = {
	"about", "around", "nearly", "almost", "some", "than", "over", "under",
	"roughly", "approximately", "only", "just", "least", "another",
	"additional", "extra", "exactly", "estimated", "fewer", "less", "rose",
	"fell", "reached", "hit", "climbed", "dropped", "increased",
	"decreased", "jumped", "totalled", "totaled", "total", "numbered",
	"more", "up", "down", "all", "many", NULL
};

/* "May", "March", "June", "April", "August" alone are months only after these. */
const char *const nx_monthcues[] = {
	"in", "since", "by", "until", "till", "during", "throughout", "before",
	"after", "from", "through", "between", "early", "late", "mid", "of",
	"end", "start", "beginning", "last", "next", "this", "and", "to", NULL
};

/* "one" after these is a pronoun: "no one", "the one", "each one". */
const char *const nx_one_before[] = {
	"no", "any", "every", "each", "the", "this", "that", "which", "some",
	"only", "another", "such", "last", "little", NULL
};

/* "one" before these is a pronoun or idiom: "one of", "one who", "one another". */
const char *const nx_one_after[] = {
	"of", "another", "and", "or", "but", "nor", "to", "who", "whom", "whose",
	"that", "which", "is", "was", "has", "had", "have", "in", "on", "at",
	"for", "with", "by", "as", "from", "could", "would", "will", "can",
	"may", "might", "must", "should", "does", "did", "way", "hand",
	"than", "if", "else", "day", "thing", NULL
};

/* Capitalised words that do not make the number after them a name ("About 300"). */
const char *const nx_capok[] = {
	"in", "on", "at", "by", "since", "about", "some", "nearly", "over",
	"almost", "around", "until", "from", "to", "and", "of", "with", "than",
	"just", "only", "more", "less", "for", "after", "before", "during",
	"i", "up", "down", "under", "all", "least", "roughly", "approximately",
	"only", "exactly", "another", "top", NULL
};

/* After a year-looking number, these make it a count ("2000 people"). */
const char *const nx_counted[] = {
	"people", "per", "percent", "more", "other", "new", "men", "women",
	"children", "staff", "police", "personnel", "troops", "homes", "times",
	"km", "kg", "miles", "feet", "metres", "meters", "jobs", "votes", NULL
};

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

int
nx_inlist(const char *const *list, const char *s, size_t n)
{
	for (; *list != NULL; list++)
		if (nx_eqi(s, n, *list))
			return 1;
	return 0;
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
nx_month(const char *s, size_t n)
{
	int i;

	if (n > 0 && s[n - 1] == '.')
		n--;
	for (i = 0; i < 12; i++)
		if (nx_eqi(s, n, nx_month_full[i]) || nx_eqi(s, n, nx_month_abbr[i]))
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
nx_unit(const char *s, size_t n)
{
	const struct nx_unit *u;
	char w[64];
	size_t k;

	k = squeeze(s, n, w, sizeof(w));
	/* Exact matches first, so "MW" is not taken for "mw". */
	for (u = nx_units; u->w != NULL; u++)
		if (strlen(u->w) == k && memcmp(w, u->w, k) == 0)
			return u->sym;
	for (u = nx_units; u->w != NULL; u++)
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
