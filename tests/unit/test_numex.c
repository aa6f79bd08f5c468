#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numex.h"
#include "numex_int.h"	/* nofollow, nx_fast(): to compare them with the patterns alone */
#include "unit.h"

void	test_numex(void);

/* The patterns every check here uses (numex_new in test_numex). */
static struct numex *nx;

/* All mentions in s as "TYPE value [text]", joined by " | "; "none" if there are none. */
static const char *
all(const char *s)
{
	static char r[1024];
	struct numex_mention m[16];
	size_t n = numex_find(nx, s, strlen(s), m, 16), i, k = 0;

	if (n == 0)
		return "none";
	r[0] = '\0';
	for (i = 0; i < n && i < 16 && k < sizeof(r) - 200; i++)
		k += (size_t)snprintf(r + k, sizeof(r) - k, "%s%s %s [%.*s]",
		    i ? " | " : "", numex_type_name(m[i].type), m[i].value,
		    (int)(m[i].end - m[i].start), s + m[i].start);
	return r;
}

static int
expect(const char *s, const char *want)
{
	const char *got = all(s);

	if (strcmp(got, want) == 0)
		return 1;
	printf("    \"%s\": got \"%s\", want \"%s\"\n", s, got, want);
	return 0;
}

/* Offsets in range, ordered, not overlapping; values NUL-terminated and not empty. */
static int
sane(const char *s, size_t n)
{
	struct numex_mention m[64];
	size_t k = numex_find(nx, s, n, m, 64), i, pos = 0;

	for (i = 0; i < k && i < 64; i++) {
		if (m[i].start < pos || m[i].end <= m[i].start || m[i].end > n ||
		    memchr(m[i].value, '\0', sizeof(m[i].value)) == NULL ||
		    m[i].value[0] == '\0')
			return 0;
		pos = m[i].end;
	}
	return 1;
}

static void
cardinal(void)
{
	CHECK("cardinal digits", expect("at least 155 soldiers", "CARDINAL 155 [155]"));
	CHECK("cardinal commas", expect("about 1,200 homes", "CARDINAL 1200 [1,200]"));
	CHECK("cardinal word", expect("two of whom", "CARDINAL 2 [two]"));
	CHECK("cardinal hyphenated", expect("twenty-five boats", "CARDINAL 25 [twenty-five]"));
	CHECK("cardinal long spelled", expect("two hundred and fifty thousand people",
	    "CARDINAL 250000 [two hundred and fifty thousand]"));
	CHECK("cardinal scale", expect("1.2 million people", "CARDINAL 1200000 [1.2 million]"));
	CHECK("cardinal bn", expect("3.5bn euros?", "MONEY 3500000000 EUR [3.5bn euros]"));
	CHECK("cardinal bn alone", expect("some 3.5bn were", "CARDINAL 3500000000 [3.5bn]"));
	CHECK("cardinal decimal", expect("a rate of 2.50 now", "CARDINAL 2.5 [2.50]"));
	CHECK("cardinal small decimal", expect("just 0.05 left", "CARDINAL 0.05 [0.05]"));
	CHECK("cardinal a dozen", expect("a dozen drones", "CARDINAL 12 [a dozen]"));
	CHECK("cardinal a million", expect("a million people", "CARDINAL 1000000 [a million]"));
	CHECK("cardinal vague", expect("dozens were hurt", "CARDINAL dozens [dozens]"));
	CHECK("cardinal vague phrase", expect("Hundreds of thousands fled",
	    "CARDINAL hundreds of thousands [Hundreds of thousands]"));
	CHECK("cardinal range", expect("10-15 people", "CARDINAL 10-15 [10-15]"));
	CHECK("cardinal fraction", expect("two-thirds of voters", "CARDINAL 2/3 [two-thirds]"));
	CHECK("cardinal negative", expect("fell to -3 overnight",
	    "CARDINAL -3 [-3] | TIME overnight [overnight]"));
	CHECK("one before noun", expect("one person died", "CARDINAL 1 [one]"));
	CHECK("pronoun one", expect("one of the drones", "none"));
	CHECK("no one", expect("no one knew", "none"));
	CHECK("one who", expect("the one who left", "none"));
	CHECK("one another", expect("they blamed one another", "none"));
	CHECK("age aged", expect("He was aged 42.", "CARDINAL 42 [42]"));
	CHECK("age year-old", expect("a 42-year-old man", "CARDINAL 42 [42]"));
	CHECK("age years old", expect("she is 42 years old", "CARDINAL 42 [42]"));
}

static void
ordinal(void)
{
	CHECK("ordinal word", expect("the third time", "ORDINAL 3 [third]"));
	CHECK("ordinal digits", expect("the 21st century", "ORDINAL 21 [21st]"));
	CHECK("ordinal compound", expect("its twenty-third day", "ORDINAL 23 [twenty-third]"));
	CHECK("ordinal first", expect("the first time", "ORDINAL 1 [first]"));
	CHECK("a second is time", expect("wait a second.", "none"));
}

static void
money(void)
{
	CHECK("money dollars", expect("cost $2.5 billion", "MONEY 2500000000 USD [$2.5 billion]"));
	CHECK("money US$", expect("paid US$5 each", "MONEY 5 USD [US$5]"));
	CHECK("money euro m", expect("a \xE2\x82\xAC" "40m grant", "MONEY 40000000 EUR [\xE2\x82\xAC" "40m]"));
	CHECK("money words", expect("40 million euros", "MONEY 40000000 EUR [40 million euros]"));
	CHECK("money pounds", expect("\xC2\xA3" "3 a day", "MONEY 3 GBP [\xC2\xA3" "3]"));
	CHECK("money yen", expect("\xC2\xA5" "300 only", "MONEY 300 JPY [\xC2\xA5" "300]"));
	CHECK("money hryvnia sign", expect("\xE2\x82\xB4" "200", "MONEY 200 UAH [\xE2\x82\xB4" "200]"));
	CHECK("money hryvnias", expect("500 hryvnias", "MONEY 500 UAH [500 hryvnias]"));
	CHECK("money rubles", expect("5 rubles or 6 roubles",
	    "MONEY 5 RUB [5 rubles] | MONEY 6 RUB [6 roubles]"));
	CHECK("money yuan", expect("100 yuan", "MONEY 100 CNY [100 yuan]"));
	CHECK("money plain dollars", expect("five dollars", "MONEY 5 USD [five dollars]"));
	CHECK("money cents", expect("46 cents more", "MONEY 0.46 USD [46 cents]"));
	CHECK("money code first", expect("USD 5 million", "MONEY 5000000 USD [USD 5 million]"));
	CHECK("money range", expect("$5-6 billion", "MONEY 5000000000-6000000000 USD [$5-6 billion]"));
	CHECK("money vague", expect("millions of dollars", "MONEY millions of dollars [millions of dollars]"));
	CHECK("money cents value", expect("$2.50", "MONEY 2.5 USD [$2.50]"));
}

static void
percent(void)
{
	CHECK("percent sign", expect("rose 35%", "PERCENT 35% [35%]"));
	CHECK("percent word", expect("35 percent of homes", "PERCENT 35% [35 percent]"));
	CHECK("per cent", expect("2.5 per cent", "PERCENT 2.5% [2.5 per cent]"));
	CHECK("percent spelled", expect("thirty-five percent", "PERCENT 35% [thirty-five percent]"));
	CHECK("percent negative", expect("fell -0.3% today",
	    "PERCENT -0.3% [-0.3%] | DATE today [today]"));
	CHECK("percentage points", expect("2 percentage points", "PERCENT 2 pp [2 percentage points]"));
}

static void
quantity(void)
{
	CHECK("quantity km", expect("a 40 km stretch", "QUANTITY 40 km [40 km]"));
	CHECK("quantity kilometres", expect("3.2 kilometres away", "QUANTITY 3.2 km [3.2 kilometres]"));
	CHECK("quantity tonnes", expect("15 tonnes of grain", "QUANTITY 15 t [15 tonnes]"));
	CHECK("quantity kg", expect("200 kg", "QUANTITY 200 kg [200 kg]"));
	CHECK("quantity miles", expect("5 miles", "QUANTITY 5 mi [5 miles]"));
	CHECK("quantity hyphen", expect("a 40-kilometre convoy", "QUANTITY 40 km [40-kilometre]"));
	CHECK("quantity glued", expect("a 27km ring", "QUANTITY 27 km [27km]"));
	CHECK("quantity NBSP", expect("40\xC2\xA0km", "QUANTITY 40 km [40\xC2\xA0km]"));
	CHECK("quantity celsius", expect("30 degrees Celsius", "QUANTITY 30 \xC2\xB0" "C [30 degrees Celsius]"));
	CHECK("quantity scale", expect("2 million barrels", "QUANTITY 2000000 bbl [2 million barrels]"));
}

static void
date(void)
{
	CHECK("date full", expect("on April 22, 2025, he", "DATE 2025-04-22 [April 22, 2025]"));
	CHECK("date day first", expect("on 22 April 2025", "DATE 2025-04-22 [22 April 2025]"));
	CHECK("date abbreviated", expect("by Apr. 22, 2025", "DATE 2025-04-22 [Apr. 22, 2025]"));
	CHECK("date ISO", expect("filed 2025-04-22", "DATE 2025-04-22 [2025-04-22]"));
	CHECK("date month year", expect("in April 2025", "DATE 2025-04 [April 2025]"));
	CHECK("date no year", expect("on April 22 the", "DATE --04-22 [April 22]"));
	CHECK("date weekday and date", expect("Tuesday, April 22, 2025",
	    "DATE 2025-04-22 [Tuesday, April 22, 2025]"));
	CHECK("date bad day", expect("February 30, 2025",
	    "DATE february 30, 2025 [February 30, 2025]"));
	CHECK("date year", expect("since 2019", "DATE 2019 [2019]"));
	CHECK("date year the", expect("the 2006 elections", "DATE 2006 [2006]"));
	CHECK("year count", expect("in 2000 homes", "CARDINAL 2000 [2000]"));
	CHECK("date year range", expect("the 2024-25 season", "DATE 2024/2025 [2024-25]"));
	CHECK("date decade", expect("in the 1990s", "DATE 1990s [the 1990s]"));
	CHECK("date decade apostrophe", expect("the '90s", "DATE 1990s [the '90s]"));
	CHECK("age decade", expect("in his 40s", "none"));
	CHECK("date weekday", expect("on Tuesday", "DATE tuesday [Tuesday]"));
	CHECK("date last week", expect("China last week denied", "DATE last week [last week]"));
	CHECK("date earlier this week", expect("Earlier this week, the",
	    "DATE earlier this week [Earlier this week]"));
	CHECK("date ago", expect("two years ago", "DATE two years ago [two years ago]"));
	CHECK("date past", expect("in the past two years", "DATE past two years [the past two years]"));
	CHECK("date quarter", expect("the first quarter of 2024", "DATE 2024-Q1 [the first quarter of 2024]"));
	CHECK("date numeric DMY", expect("on 22/04/2025", "DATE 2025-04-22 [22/04/2025]"));
	CHECK("date numeric ambiguous", expect("on 4/5/2025", "DATE 4/5/2025 [4/5/2025]"));
	CHECK("date May verb", expect("It May rain", "none"));
	CHECK("date May cue", expect("in May the", "DATE --05 [May]"));
	CHECK("date month alone", expect("visited in September.", "DATE --09 [September]"));
}

static void
times(void)
{
	CHECK("time am", expect("at 7:30 a.m. on", "TIME 07:30 [7:30 a.m.]"));
	CHECK("time pm", expect("by 5 p.m.", "TIME 17:00 [5 p.m.]"));
	CHECK("time pm glued", expect("at 7.30pm.", "TIME 19:30 [7.30pm]"));
	CHECK("time 24h", expect("at 19:45 local", "TIME 19:45 [19:45]"));
	CHECK("time zone", expect("at 10:00 GMT", "TIME 10:00 GMT [10:00 GMT]"));
	CHECK("time 12 am", expect("at 12 a.m.", "TIME 00:00 [12 a.m.]"));
	CHECK("time noon", expect("at noon", "TIME 12:00 [noon]"));
	CHECK("time midnight", expect("by midnight", "TIME 00:00 [midnight]"));
	CHECK("time oclock", expect("by ten o'clock", "TIME 10:00 [ten o'clock]"));
	CHECK("time morning", expect("this morning", "TIME this morning [this morning]"));
	CHECK("time overnight", expect("shelled overnight", "TIME overnight [overnight]"));
	CHECK("time hours", expect("for 48 hours", "TIME 48 hours [48 hours]"));
	CHECK("time decimal not time", expect("rose 7.30", "CARDINAL 7.3 [7.30]"));
}

static void
falsepos(void)
{
	CHECK("no number in COVID-19", expect("COVID-19 cases", "none"));
	CHECK("no number in F-16", expect("an F-16 jet", "none"));
	CHECK("no number in G7", expect("the G7 summit", "none"));
	CHECK("no number in 4G", expect("4G networks", "none"));
	CHECK("No. 10", expect("at No. 10 Downing Street", "none"));
	CHECK("page number", expect("on page 5 of", "none"));
	CHECK("version", expect("version 2.0.1 ships", "none"));
	CHECK("IP address", expect("from 192.168.0.1 on", "none"));
	CHECK("phone", expect("call 555-123-4567 now", "none"));
	CHECK("phone intl", expect("call +380 44 123 4567", "none"));
	CHECK("url", expect("see https://example.com/2025/04/22 now", "none"));
	CHECK("email", expect("mail desk2025@example.org", "none"));
	CHECK("name with number", expect("He uses Windows 10 daily", "none"));
	CHECK("headline keeps numbers", expect("Russia Fires 40 Missiles At Kyiv",
	    "CARDINAL 40 [40]"));
	CHECK("slashed numbers", expect("a 24/7 service after 9/11", "none"));
	CHECK("hashtag", expect("the #1 seed", "none"));
	CHECK("leading zero code", expect("agent 007 left", "none"));
	CHECK("nothing in words", expect("no numbers here at all", "none"));
}

static void
edges(void)
{
	struct numex_mention m[4];
	char *big;
	size_t n, i;

	CHECK("empty", numex_find(nx, "", 0, m, 4) == 0);
	CHECK("NULL out counts", numex_find(nx, "1 2 3", 5, NULL, 0) == 3);
	CHECK("max respected", numex_find(nx, "1 2 3 4 5 6", 11, m, 4) == 6);
	CHECK("UTF-8 around", expect("\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2 12 \xD0\xBA\xD0\xBC",
	    "CARDINAL 12 [12]"));
	CHECK("digits after Cyrillic letter", expect("\xD0\x9C" "17 flight", "none"));
	CHECK("curly quotes around", expect("\xE2\x80\x9C" "35%\xE2\x80\x9D", "PERCENT 35% [35%]"));
	CHECK("invalid UTF-8 around", numex_find(nx, "\xff 12 \xfe", 6, m, 4) == 1 &&
	    m[0].start == 2 && m[0].end == 4);
	CHECK("NUL inside", numex_find(nx, "5 km\0 7 kg", 10, m, 4) == 2 &&
	    m[1].start == 6 && strcmp(m[1].value, "7 kg") == 0);
	CHECK("not terminated", numex_find(nx, "12345", 2, m, 4) == 1 &&
	    strcmp(m[0].value, "12") == 0);
	/* Exactly sized, so a read past the end shows under a sanitizer. */
	if ((big = malloc(9)) == NULL)
		abort();
	memcpy(big, "2 Percent", 9);
	CHECK("suffix at the very end", numex_find(nx, big, 9, m, 4) == 1 &&
	    strcmp(m[0].value, "2%") == 0);
	free(big);
	n = 1 << 20;
	if ((big = malloc(n)) == NULL)
		abort();
	memset(big, '7', n);
	CHECK("1 MB digit run", numex_find(nx, big, n, m, 4) == 1 && m[0].start == 0 &&
	    m[0].end == n && strcmp(m[0].value,
	    "77777777777777777777777777777777...(1048576)") == 0);
	memset(big, '7', 4096);
	CHECK("long digit run", numex_find(nx, big, 4096, m, 4) == 1 && m[0].end == 4096);
	for (i = 0; i + 2 <= n; i += 2)
		memcpy(big + i, "1 ", 2);
	CHECK("1 MB of numbers", numex_find(nx, big, n, NULL, 0) == n / 2);
	CHECK("1 MB of numbers sane", sane(big, n));
	for (i = 0; i + 4 <= n; i += 4)
		memcpy(big + i, "one ", 4);
	CHECK("1 MB of one", sane(big, n));
	free(big);
	CHECK("type names", strcmp(numex_type_name(NX_DATE), "DATE") == 0 &&
	    strcmp(numex_type_name(NX_ORDINAL), "ORDINAL") == 0);
	/* Two at once: freeing one leaves the other whole. */
	{
		struct numex *other = numex_new(), *mine = nx;
		CHECK("a second set of patterns", other != NULL);
		nx = other;
		CHECK("the second finds", expect("5 km", "QUANTITY 5 km [5 km]"));
		numex_free(other);
		nx = mine;
		CHECK("the first after the second is freed",
		    expect("5 km", "QUANTITY 5 km [5 km]"));
	}
}

/*
 * The scan skips the patterns after "the", "a" and "an" where the next
 * word cannot continue one (nx_follow): on made-up sentences of the words
 * the patterns know, near misses and the spaces and letters beyond ASCII
 * that a pattern may take, it must find what the patterns alone find.
 */
static void
articles(void)
{
	static const char *const arts[] = { "the", "The", "THE", "a", "An" };
	static const char *const words[] = {
		"past", "Last", "next", "previous", "coming", "first", "second",
		"third", "fourth", "early", "mid", "late", "this", "following",
		"same", "current", "end", "start", "beginning", "middle", "turn",
		"day", "weekend", "few", "couple", "hundred", "thousand",
		"million", "billion", "trillion", "dozen", "week", "month",
		"year", "decade", "hour", "minute", "years", "2024", "1990s",
		"'90s", "90s", "3", "1st", "pastor", "fewer", "cat", "ends",
		"weekends", "\xC5\xBF" "econd", "\xC5\xBF" "ame",
		"\xE2\x80\x99" "80s", "half", "\xD0\x9A\xD0\xB8\xD1\x97",
	};
	static const char *const gaps[] = {
		" ", "  ", "   ", "    ", "\t", "\n", "\v", "\xC2\xA0",
		"\xE2\x80\xAF", "\xE2\x80\x89", "-", "",
	};
	static const char *const tails[] = {
		"", " days", " of May 2024", " few hours", " 2020", " quarter",
		" ago", " of the year", " people", "s", "\xE2\x80\x99s",
		"\xE2\x80\xA6", "\xC2\xA0" "days", "\xC5\xBF",
	};
	char s[256], want[1024];
	size_t a, w, g, t, differ = 0, found = 0;

#define N(v)	(sizeof(v) / sizeof((v)[0]))
	for (a = 0; a < N(arts); a++)
		for (w = 0; w < N(words); w++)
			for (g = 0; g < N(gaps); g++)
				for (t = 0; t < N(tails); t++) {
					snprintf(s, sizeof(s), "in %s%s%s%s", arts[a],
					    gaps[g], words[w], tails[t]);
					nx->nofollow = 1;
					snprintf(want, sizeof(want), "%s", all(s));
					nx->nofollow = 0;
					found += strcmp(want, "none") != 0;
					if (strcmp(all(s), want) != 0 && differ++ < 5)
						printf("    \"%s\": got \"%s\", want \"%s\"\n",
						    s, all(s), want);
				}
#undef N
	CHECK("article test as the patterns", differ == 0);
	CHECK("article phrases with mentions", found > 5000);
}


/*
 * The same for the other trigger words (nx_judge): after each of them,
 * every word the compiled RX_WORDS holds (and each without its last
 * letter, for "days?"), then what may end a phrase, the scan must find
 * with the test what it finds without it; the spaces and hyphens the
 * patterns take are tried with the judge's own words.
 */
static size_t judge_differ, judge_found;

static void
judge_one(const char *s)
{
	char want[1024];

	nx->nofollow = 1;
	snprintf(want, sizeof(want), "%s", all(s));
	nx->nofollow = 0;
	judge_found += strcmp(want, "none") != 0;
	if (strcmp(all(s), want) != 0 && judge_differ++ < 5)
		printf("    \"%s\": got \"%s\", want \"%s\"\n", s, all(s), want);
}

static void
judged(void)
{
	static const char *const gaps[] = {
		"  ", "   ", "    ", "\t", "-", "", "\xC2\xA0", " \xE2\x80\x89",
	};
	static const char *const tails[] = {
		"", " hours", " days ago", " quarter of 2024", " of 2024", " 2024",
		" of the year", " yesterday", " few weeks", " of dollars",
		"\xE2\x80\x99s", "\xE2\x80\x94" "2024", "\xC2\xA0" "quarter",
	};
	static const char *const extra[] = {
		"century", "centuries", "'90s", "1990s", "2024", "3", "Q", "\xC5\xBF" "ame",
	};
	const struct nx_judge *e;
	const char *t, *p;
	char trig[32], s[256], **words;
	size_t n, nw = 0, cap = 64, i, k, g, x;

	if ((words = calloc(cap, sizeof(*words))) == NULL)
		abort();
	/* The words of RX_WORDS: each run of ASCII letters, lower case, once. */
	for (p = nx->words_text; *p != '\0'; p += n > 0 ? n : 1) {
		for (n = 0; ascii_alpha((unsigned char)p[n]); n++)
			;
		for (k = n; k > 0 && k + 1 >= n; k--) {
			for (i = 0; i < nw && (strlen(words[i]) != k ||
			    strncasecmp(words[i], p, k) != 0); i++)
				;
			if (i < nw)
				continue;
			if (nw + 1 >= cap && (words = realloc(words,
			    (cap *= 2) * sizeof(*words))) == NULL)
				abort();
			if ((words[nw] = strndup(p, k)) == NULL)
				abort();
			for (i = 0; i < k; i++)
				words[nw][i] = (char)(words[nw][i] | 0x20);
			nw++;
		}
	}
	for (e = nx_judge; e->triggers != NULL; e++)
		for (t = e->triggers; *t != '\0'; t += n + (t[n] == ' ')) {
			for (n = 0; t[n] != '\0' && t[n] != ' '; n++)
				;
			snprintf(trig, sizeof(trig), "%.*s", (int)n, t);
			for (i = 0; i < nw + sizeof(extra) / sizeof(extra[0]); i++)
				for (x = 0; x < sizeof(tails) / sizeof(tails[0]); x++) {
					snprintf(s, sizeof(s), "in %s %s%s", trig,
					    i < nw ? words[i] : extra[i - nw], tails[x]);
					judge_one(s);
				}
			/* Capitalised, and the other gaps, with the entry's words. */
			trig[0] = (char)(trig[0] & ~0x20);
			for (p = e->words; *p != '\0'; p += k + (p[k] == ' ')) {
				for (k = 0; p[k] != '\0' && p[k] != ' '; k++)
					;
				for (g = 0; g < sizeof(gaps) / sizeof(gaps[0]); g++)
					for (x = 0; x < 3; x++) {
						snprintf(s, sizeof(s), "In %s%s%.*s%s", trig,
						    gaps[g], (int)k, p, tails[x]);
						judge_one(s);
						snprintf(s, sizeof(s), "%s%s%.*sx%s", trig,
						    gaps[g], (int)k, p, tails[x]);
						judge_one(s);
					}
			}
		}
	for (i = 0; i < nw; i++)
		free(words[i]);
	free(words);
	CHECK("trigger test as the patterns", judge_differ == 0);
	CHECK("trigger phrases with mentions", judge_found > 5000);
	CHECK("words of RX_WORDS read", nw > 300);
}

/*
 * numex_fast.c answers for RX_NUM, RX_SUF and (its no) RX_SHAPE as pcre2
 * would: on phrases of numbers, spaces and dashes, every word of the
 * currency and unit tables and of the patterns in several cases and
 * near misses, and what may come after them, each answer it gives must
 * be pcre2's, capture for capture (and a no must leave the match data as
 * it was).  Where it cannot tell, pcre2 runs; the checks at the end say
 * it told often enough for the comparison to mean something.
 */
static size_t fast_told[RX_N], fast_differ;

static void
fast_one(const char *s, size_t n, int r, size_t p)
{
	PCRE2_SIZE mine[2 * 160], *ov;
	struct scan sc;
	uint32_t i, top = r == RX_SHAPE ? 1 : 2 * nx->ncap[r] + 1;
	int k, rc;

	for (i = 0; i <= top; i++)
		mine[i] = 12345;
	memset(&sc, 0, sizeof(sc));
	sc.nx = nx;
	sc.ov = mine;
	sc.s = s;
	sc.n = n;
	if ((k = nx_fast(&sc, r, p)) < 0)
		return;
	fast_told[r]++;
	rc = pcre2_match(nx->rx[r], (PCRE2_SPTR)s, n, p, PCRE2_NO_UTF_CHECK,
	    nx->md, nx->mctx) > 0;
	ov = pcre2_get_ovector_pointer(nx->md);
	for (i = 0; i <= top && k == rc; i++)
		if (k ? mine[i] != ov[i] : mine[i] != 12345)
			break;
	if (k == rc && i > top)
		return;
	if (fast_differ++ < 5)
		printf("    pattern %d at %zu of \"%.*s\": nx_fast %d, pcre2 %d%s\n",
		    r, p, (int)n, s, k, rc, k == rc ? ", captures differ" : "");
}

static void
fast_phrase(const char *s)
{
	size_t n = strlen(s), p;

	for (p = 0; p <= n; p++) {
		/* RX_SUF runs where a number (digits or a scale word) ends. */
		if (p == 0 || (p < n && !ascii_alpha((unsigned char)s[p]) &&
		    (ascii_alpha((unsigned char)s[p - 1]) ||
		    ascii_digit((unsigned char)s[p - 1]))) || p == n)
			fast_one(s, n, RX_SUF, p);
		if (p < n && (ascii_digit((unsigned char)s[p]) || s[p] == '-' ||
		    s[p] == '+')) {
			fast_one(s, n, RX_NUM, p);
			fast_one(s, n, RX_SHAPE, p);
		}
	}
}

static void
fastpath(void)
{
	static const char *const fixed[] = {
		"a.m.", "a.m", "am", "AM", "p.m.", "pm", "P.M.", "a.mx", "amx",
		"%", "percentage points", "percentage point", "percentagepoints",
		"percent", "percentx", "per cent", "per  cent", "percent", "per-cent",
		"pct", "pc", "PC", "Pc", "per", "days", "day", "dayss", "week",
		"weeks", "months", "month", "years", "year", "decade", "decades",
		"century", "centuries", "centurys", "hours", "hour", "minute",
		"minutes", "seconds", "second", "hrs", "hr", "mins", "min",
		"o'clock", "O'Clock", "o\xE2\x80\x99" "clock", "oclock", "noon",
		"noonx", "halves", "half", "third", "thirds", "quarter", "quarters",
		"fifth", "fifths", "sixths", "sevenths", "eighth", "ninths",
		"tenths", "of dollars", "of euros", "of  USD", "of", "off",
		"hundred", "thousand", "million", "billion", "trillion", "mln",
		"bln", "mn", "bn", "tn", "trn", "m", "k", "b", "M", "K", "B",
		"millions", "Million", "m euros", "k dollars", "b yen", "people",
		"st", "nd", "rd", "th", "ST", "May", "Jan.", "January", "JUNE",
		"Sept.", "of May", "s", "'s", "-20", "/", "/25", "- 2020", "20",
		"\xE2\x80\x93" "20", "\xC5\xBF", "\xE2\x84\xAA" "m", "old",
	};
	static const char *const numbers[] = {
		"5", "12", "123", "1234", "12345", "123456", "1234567",
		"123456789012", "1234567890123", "0", "007", "05", "1,200",
		"1,2345", "12,345,678", "1,234,567,890", "1,234,567,890,123",
		"1,234,567,890,123,456", "1.5", "0.05", "12.3456", "12.3456789",
		"1.2.3", "1,200.50", "1,200.", "1.", "5,", "2025", "1990",
		"2019-20", "2024/25", "7:30", "19:45", "7.30", "22/04/2025",
		"4/5", "555-1234", "555 123 4567", "-3", "+4", "-0.3", "5-6",
		"5 - 6", "5 -6", "5-", "1.2", "3.5", "40", "21", "90",
	};
	static const char *const gaps[] = {
		"", " ", "  ", "   ", "    ", "-", "\t", "\xC2\xA0", " -",
	};
	static const char *const tails[] = {
		"", " dollars", ".", " ago", " later", "-old", " ago old", "s",
		"2", " points", " cent", " C", " per hour", "\xE2\x80\x99",
		" 2025", "-7 million",
	};
	const struct nx_fwtab *tabs[2] = { &nx->curw, &nx->unitw };
	char w[128], s[256];
	size_t t, i, f, g, k, nw = 0, cap;
	char **words;
	int saved = nx->fast;

#define N(v)	(sizeof(v) / sizeof((v)[0]))
	cap = (nx->curw.n + nx->unitw.n) * 5 + N(fixed) + 1;
	if ((words = calloc(cap, sizeof(*words))) == NULL)
		abort();
	for (t = 0; t < 2; t++)
		for (i = 0; i < tabs[t]->n; i++)
			for (f = 0; f < 5; f++) {
				snprintf(w, sizeof(w), "%s%s", tabs[t]->v[i].w,
				    f == 4 ? "s" : "");
				if (f == 1 || f == 2)
					for (k = f == 2 ? 1 : 0; w[k] != '\0'; k++)
						w[k] = (char)(w[k] >= 'a' && w[k] <= 'z' ?
						    w[k] - 32 : w[k]);
				if (f == 3 && strlen(w) > 1)
					w[strlen(w) - 1] = '\0';
				if ((words[nw++] = strdup(w)) == NULL)
					abort();
			}
	for (i = 0; i < N(fixed); i++)
		if ((words[nw++] = strdup(fixed[i])) == NULL)
			abort();
	nx->fast = 1;
	/* After a number: every word, gap and tail. */
	for (i = 0; i < nw; i++)
		for (g = 0; g < N(gaps); g++)
			for (t = 0; t < N(tails); t++) {
				snprintf(s, sizeof(s), "5%s%s%s", gaps[g], words[i], tails[t]);
				fast_phrase(s);
			}
	/* The numbers themselves, before the words of the patterns. */
	for (i = 0; i < N(numbers); i++)
		for (g = 0; g < N(gaps); g++)
			for (k = 0; k < N(fixed); k++)
				for (t = 0; t < 2; t++) {
					snprintf(s, sizeof(s), "%s%s%s%s", numbers[i],
					    gaps[g], fixed[k], tails[t]);
					fast_phrase(s);
				}
	/* Weekdays: RX_WORDS alone, and the scan (its test before src_mdy). */
	for (i = 0; nx->l.weekdays[i] != NULL; i++)
		for (f = 0; f < 6; f++) {
			static const char *const after[] = {
				"morning", "Afternoon", "EVENING", "night", "nights",
				"nightx", "March 3", "May", "may", "Sept. 9, 2024", "x",
				"", "2024",
			};
			static const char *const wgaps[] = {
				" ", ",", ", ", ",   ", "    ", "", "s ", "s, ", "S",
				"\xC2\xA0", "-",
			};

			snprintf(w, sizeof(w), "%s", nx->l.weekdays[i]);
			for (k = 0; w[k] != '\0'; k++)
				if (f == 1 || (f == 2 && k > 0))
					w[k] = (char)(w[k] >= 'a' && w[k] <= 'z' ? w[k] - 32 : w[k]);
				else if (f == 3)
					w[k] = (char)(w[k] | 0x20);
			if (f == 4)
				w[strlen(w) - 1] = '\0';
			if (f == 5)
				strcat(w, "x");
			for (g = 0; g < N(wgaps); g++)
				for (k = 0; k < N(after); k++)
					for (t = 0; t < 3; t++) {
						snprintf(s, sizeof(s), "%s%s%s%s", w, wgaps[g],
						    after[k], t == 0 ? "" : t == 1 ? "." : "s");
						fast_one(s, strlen(s), RX_WORDS, 0);
						judge_one(s);
					}
		}
	/* Months: RX_MDY alone, with days and years after them. */
	for (i = 0; i < 24; i++)
		for (f = 0; f < 5; f++) {
			static const char *const mgaps[] = {
				" ", "  ", "   ", "    ", "", ",", ".", ". ", "\xC2\xA0", "s ",
			};
			static const char *const days[] = {
				"", "5", "22", "022", "5th", "22nd", "3rd", "1st", "21ST",
				"5thx", "5x", "05", "31", "2\xC5\xBF" "t",
			};
			static const char *const years[] = {
				"", ", 2025", " 2025", ",2025", ", 20251", ", 3025",
				" 1999.", ", 2025x", ",  2025", "2025",
			};
			const char *mw = i < 12 ? nx->l.month_full[i] : nx->l.month_abbr[i - 12];

			snprintf(w, sizeof(w), "%s", f == 4 ? "Sept" : mw);
			for (k = 0; w[k] != '\0'; k++)
				if (f == 1)
					w[k] = (char)(w[k] >= 'a' && w[k] <= 'z' ? w[k] - 32 : w[k]);
				else if (f == 2)
					w[k] = (char)(w[k] | 0x20);
			if (f == 3)
				strcat(w, "x");
			for (g = 0; g < N(mgaps); g++)
				for (k = 0; k < N(days); k++)
					for (t = 0; t < N(years); t++) {
						snprintf(s, sizeof(s), "%s%s%s%s", w, mgaps[g],
						    days[k], years[t]);
						fast_one(s, strlen(s), RX_MDY, 0);
					}
		}
	nx->fast = saved;
	for (i = 0; i < nw; i++)
		free(words[i]);
	free(words);
#undef N
	CHECK("fast matchers as the patterns", fast_differ == 0);
	CHECK("fast matchers tell RX_NUM", fast_told[RX_NUM] > 50000);
	CHECK("fast matchers tell RX_SUF", fast_told[RX_SUF] > 200000);
	CHECK("fast matchers tell RX_SHAPE", fast_told[RX_SHAPE] > 20000);
	CHECK("fast matchers tell RX_WORDS", fast_told[RX_WORDS] > 2000);
	CHECK("fast matchers tell RX_MDY", fast_told[RX_MDY] > 20000);
	CHECK("weekday test as the patterns", judge_differ == 0);
}

static int
fmt_both(char *a, char *b, size_t cap, const char *fmt, ...)
{
	va_list ap, ap2;
	int ka, kb;

	va_start(ap, fmt);
	va_copy(ap2, ap);
	ka = nx_fmtval(a, cap, fmt, ap);
	kb = vsnprintf(b, cap, fmt, ap2);
	va_end(ap2);
	va_end(ap);
	return ka == kb && (cap == 0 || strcmp(a, b) == 0);
}

/* nx_fmtval() writes what vsnprintf() writes, truncated alike. */
static void
fmtvals(void)
{
	static const long v[] = {
		0, 1, 7, 9, 10, 12, 99, 100, 2025, -1, -12, 123456789, -100000
	};
	char a[64], b[64];
	size_t i, cap, bad = 0;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++)
		for (cap = 1; cap < 24; cap += 3) {
			bad += !fmt_both(a, b, cap, "%ld", v[i]);
			bad += !fmt_both(a, b, cap, "%02ld:%02ld:%02ld%s", v[i], v[i], v[i], " GMT");
			bad += !fmt_both(a, b, cap, "%04ld-%02d-%02ld", v[i], (int)v[i], v[i]);
			bad += !fmt_both(a, b, cap, "--%02d", (int)v[i]);
			bad += !fmt_both(a, b, cap, "%ld-Q%d", v[i], (int)v[i]);
			bad += !fmt_both(a, b, cap, "%s%%", "35.5");
			bad += !fmt_both(a, b, cap, "%s %s", "2500000000", "USD");
			bad += !fmt_both(a, b, cap, "%.2s%c0s", "1990", '9');
			bad += !fmt_both(a, b, cap, "%s%.4ss", "early ", "19905");
		}
	CHECK("value formats as vsnprintf", bad == 0);
}

/*
 * Every pattern runs JIT-compiled where pcre2 has JIT: a pattern left to
 * the interpreter gives the same results, several times slower.
 */
static void
jitted(void)
{
	uint32_t jit = 0;
	size_t size;
	int r, all = 1;

	if (pcre2_config(PCRE2_CONFIG_JIT, &jit) < 0 || !jit)
		return;
	for (r = 0; r < RX_N; r++)
		if (pcre2_pattern_info(nx->rx[r], PCRE2_INFO_JITSIZE, &size) != 0 ||
		    size == 0)
			all = 0;
	CHECK("every pattern JIT-compiled", all);
}

/*
 * nx_run() calls pcre2_jit_match() for a pattern that JIT-compiled: it
 * answers as pcre2_match() does, capture for capture, for every pattern
 * at every offset of these phrases (matches and failures both).
 */
static void
jitmatch(void)
{
	static const char *const text[] = {
		"Shares rose 3.5% to $2.5 billion on Tuesday, April 22, 2025, "
		"at 4:30 p.m. after the past year's losses.",
		"The third quarter of 2024 saw -3 thirds, 07:15 GMT, 1990s, the "
		"mid-1980s and \xE2\x88\x92" "4 percentage points this year.",
		"Call +44 20 7946 0000 or see v2.3.1 at example.org; 12 km, "
		"two-thirds, a few hundred, \xE2\x82\xAC" "40m and 5 o'clock.",
		"Last night, the weekend, recent weeks, a year ago, several days "
		"later, Q3 2026, the day after tomorrow, noon and midnight.",
		"", "9", "-", "the", "\xC3\xA9t\xC3\xA9 2 \xC2\xA3" "5",
	};
	PCRE2_SIZE want[2 * 160], *ov = pcre2_get_ovector_pointer(nx->md);
	size_t t, n, p, tried = 0, differ = 0;
	uint32_t i, top;
	int r, a, b;

	for (r = 0; r < RX_N; r++) {
		if (!nx->jit[r])
			continue;
		top = 2 * nx->ncap[r] + 1;
		if (top >= sizeof(want) / sizeof(want[0]))
			top = sizeof(want) / sizeof(want[0]) - 1;
		for (t = 0; t < sizeof(text) / sizeof(text[0]); t++) {
			n = strlen(text[t]);
			for (p = 0; p <= n; p++) {
				for (i = 0; i <= top; i++)
					ov[i] = 12345;
				a = pcre2_match(nx->rx[r], (PCRE2_SPTR)text[t], n, p,
				    PCRE2_NO_UTF_CHECK, nx->md, nx->mctx);
				memcpy(want, ov, (top + 1) * sizeof(ov[0]));
				for (i = 0; i <= top; i++)
					ov[i] = 12345;
				b = pcre2_jit_match(nx->rx[r], (PCRE2_SPTR)text[t], n,
				    p, 0, nx->md, nx->mctx);
				tried++;
				for (i = 0; i <= top && a == b; i++)
					if (a > 0 && ov[i] != want[i])
						break;
				if (a != b || (a > 0 && i <= top))
					differ++;
			}
		}
	}
	CHECK("pcre2_jit_match answers as pcre2_match", differ == 0 &&
	    (tried > 0 || !nx->jit[RX_NUM]));
}

void
test_numex(void)
{
	CHECK("init", (nx = numex_new()) != NULL);
	if (nx == NULL)
		return;
	cardinal();
	ordinal();
	money();
	percent();
	quantity();
	date();
	times();
	falsepos();
	edges();
	jitted();
	jitmatch();
	fmtvals();
	articles();
	judged();
	fastpath();
	numex_free(nx);
	nx = NULL;
}
