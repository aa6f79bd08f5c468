/*
 * numex: dates, times, money, percentages, quantities, cardinal and
 * ordinal numbers in one sentence of English news, found by rule, each
 * with a normalised value that other programs compare byte for byte.
 *
 * Input: the sentence's bytes, UTF-8, not NUL-terminated; invalid bytes
 * are taken as punctuation.  Offsets are relative to it, end exclusive.
 * Mentions come in text order and never overlap: at each place the
 * longest candidate wins and the scan goes on after it (leftmost-
 * longest).  Modifiers ("about", "more than", "on", "in") stay outside.
 *
 * VALUE (NUL-terminated, under NUMEX_VALUE bytes; a mention whose value
 * would not fit is not reported).  A number is written in plain digits:
 * an optional "-", the integer part with no separators or leading zeros,
 * then a fraction only if it is not zero, without trailing zeros, never
 * an exponent: "1,200" 1200, "2.50" 2.5, "1.2 million" 1200000, "3.5bn"
 * 3500000000, "two" 2, "twenty-five" 25, "a dozen" 12.  A range "10-15"
 * is A-B, a scale word after the second side applying to both.  A
 * phrase is the span lower-cased, each run of white space one space,
 * curly apostrophes straight, and a leading "the " dropped.
 *
 * CARDINAL  a number; "two-thirds" 2/3; vague amounts as a phrase
 *           ("dozens", "hundreds of thousands", "several hundred").
 *           A run of more than twelve digits is one CARDINAL whose value
 *           is the digits, or if longer than 63 the first 32 digits then
 *           "...(N)", N the number of digits.
 * ORDINAL   the number: "first" 1, "21st" 21, "twenty-third" 23 (also
 *           in "the 21st century").
 * MONEY     number, one space, ISO 4217 code: "$2.5 billion" "2500000000
 *           USD", "€40m" and "40 million euros" "40000000 EUR", "£3" "3
 *           GBP", "US$5" "5 USD", "50 cents" "0.5 USD".  Signs: $ US$
 *           (USD), A$ AU$ (AUD), C$ CA$ CAN$ (CAD), HK$, NZ$, S$ (SGD),
 *           R$ (BRL), MX$ (MXN), € £ ¥ (JPY) ₴ (UAH) ₽ (RUB) ₹ Rs (INR)
 *           ₩ (KRW) ₺ (TRY) ₪ (ILS), and the codes written before or
 *           after.  Words after the number: lib/data/numex/curwords.txt
 *           (dollars, US/Canadian/Australian... dollars, euros, pounds
 *           sterling, British pounds, pence, cents, yen, yuan, renminbi,
 *           hryvnias, rubles, roubles, rupees, francs, lira, shekels,
 *           zlotys, won).  "m", "k", "b" are scales only right after a
 *           sign ("$5m") or before a currency word ("40m euros").  Bare
 *           "pounds" is a weight.  "millions of dollars": the phrase.
 * PERCENT   number then "%": "35 percent", "35 per cent", "35pc",
 *           "thirty-five percent" all "35%"; "2 percentage points" "2 pp".
 * QUANTITY  number, one space, unit symbol (lib/data/numex/units.txt):
 *           km m cm mm mi nmi ft in yd kg g mg t lb oz l ml gal bbl ha
 *           acre km2 mi2 m2 ft2 m3 bcm °C °F ° km/h mph kn W kW MW GW
 *           kWh MWh GWh TWh MB GB TB; "3.2 kilometres" "3.2 km", "15
 *           tonnes" "15 t", "40-kilometre" "40 km", "-5C" is not one.
 * DATE      ISO 8601 where the text fixes it: YYYY-MM-DD, YYYY-MM, YYYY;
 *           no year: --MM-DD; a month alone --MM; year ranges 2019/2025
 *           ("2019-25" too); decades 1990s ("the '90s" 1990s, '00s and
 *           '10s 2000s and 2010s; "the early 1990s" "early 1990s");
 *           quarters 2024-Q4 or Q4.  Numeric dates need four-digit years:
 *           2025-04-22, D/M/YYYY, or M/D/YYYY when the numbers show which
 *           is the day; an ambiguous one (4/5/2025) keeps the phrase.
 *           Everything else is a phrase: weekdays "tuesday", relative
 *           dates "last week", "earlier this year", "the past two years"
 *           ("past two years"), durations "three years", "two years
 *           ago", "five-day", "early 2025", "mid-april", "summer 2024".
 * TIME      HH:MM (HH:MM:SS if written) on the 24-hour clock: "7:30
 *           a.m." 07:30, "5 p.m." 17:00, "19:45", "7.30pm" 19:30, "noon"
 *           12:00, "midnight" 00:00, "ten o'clock" 10:00; a zone
 *           abbreviation after a space when written ("10:00 GMT").
 *           Otherwise a phrase: "overnight", "this morning", "tonight",
 *           "tuesday night", spans under a day ("48 hours", "an hour
 *           ago", "the past 24 hours" "past 24 hours").
 *
 * DECISIONS.  A four-digit number 1000-2099 is a year only in a date
 * context: after in, since, by, until, during, from, before, after,
 * between, for, early, late, mid..., after a year ("between 2019 and
 * 2021"), before "'s", in parentheses, "the 2024 election"; not before
 * a counted noun ("in 2000 homes").  Ages are CARDINAL: "aged 42" 42,
 * and in "42-year-old" and "42 years old" the span is the number alone.
 * "one" is CARDINAL only before a lower-case word that is not a function
 * word, and not after no, any, each, the, this, which...: "one person",
 * but not "one of", "one who", "no one", "the one that", "one another".
 * "second" after a, per, split, every with no word after it is time, not
 * an ordinal.  "May", "March", "April", "June", "August" alone are
 * months only after in, since, by, until, of, last, next...; other
 * months alone always (capitalised or in capitals, as all months).
 * Not numbers: digits joined to letters or after a hyphen after a
 * letter ("G7", "F-16", "COVID-19", "4G", "MH17"); after a label ("No.
 * 10", "page 5", "p. 5", "Article 5", "version 2", "Room 101", "#1";
 * lib/data/numex/labels.txt); a bare number right after a capitalised
 * word that does not begin the sentence, unless the sentence is a Title Case headline
 * ("Windows 10", "Boeing 737"); version and IP numbers ("2.0.1"); phone
 * numbers; numbers with a slash and no year ("24/7", "9/11", "1/2"); anything in a URL, e-mail address or handle; codes with a
 * leading zero ("007").  Decades after his/her ("in his 40s") are not
 * tagged.
 *
 * The patterns and their match data are a struct numex, which
 * numex_new() builds and numex_free() frees: each tagger owns one, and
 * uses it from one thread at a time.
 */
#ifndef NU_NUMEX_H
#define NU_NUMEX_H
#include <stddef.h>

#define NUMEX_VALUE	64

enum numex_type {
	NX_DATE, NX_TIME, NX_MONEY, NX_PERCENT, NX_QUANTITY, NX_CARDINAL, NX_ORDINAL
};

struct numex_mention {
	size_t		 start, end;	/* bytes in the sentence, end exclusive */
	enum numex_type	 type;
	char		 value[NUMEX_VALUE];	/* see above */
};

struct numex;

/* Compile the patterns: NULL, with a message on stderr, if that fails. */
struct numex	*numex_new(void);
/*
 * Find the mentions in s[0..n), store the first max in out, and return
 * how many there are (more than max if out was too small).  Keeps
 * nothing between calls but scratch memory.
 */
size_t		 numex_find(struct numex *, const char *s, size_t n,
		    struct numex_mention *out, size_t max);
/* "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL". */
const char	*numex_type_name(enum numex_type);
void		 numex_free(struct numex *);

#endif
