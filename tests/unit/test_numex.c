#include <stdio.h>
#include <string.h>

#include "numex.h"
#include "unit.h"

/* The first mention in s: "TYPE value [text]", or "none". */
static const char *
first(const char *s)
{
	static char r[256];
	struct numex_mention m[8];
	size_t n = numex_find(s, strlen(s), m, 8);

	if (n == 0)
		return "none";
	snprintf(r, sizeof(r), "%s %s [%.*s]", numex_type_name(m[0].type),
	    m[0].value, (int)(m[0].end - m[0].start), s + m[0].start);
	return r;
}

static int
expect(const char *s, const char *want)
{
	const char *got = first(s);

	if (strcmp(got, want) == 0)
		return 1;
	printf("    \"%s\": got \"%s\", want \"%s\"\n", s, got, want);
	return 0;
}

void
test_numex(void)
{
	struct numex_mention m[4];
	char big[4096];

	numex_init();
	CHECK("cardinal digits", expect("at least 155 soldiers", "CARDINAL 155 [155]"));
	CHECK("cardinal commas", expect("about 1,200 homes", "CARDINAL 1200 [1,200]"));
	CHECK("cardinal word", expect("two of whom", "CARDINAL 2 [two]"));
	CHECK("cardinal hyphenated", expect("twenty-five boats", "CARDINAL 25 [twenty-five]"));
	CHECK("cardinal scale", expect("1.2 million people", "CARDINAL 1200000 [1.2 million]"));
	CHECK("cardinal vague", expect("dozens were hurt", "CARDINAL dozens [dozens]"));
	CHECK("pronoun one", expect("one of the drones", "none"));
	CHECK("ordinal word", expect("the third time", "ORDINAL 3 [third]"));
	CHECK("ordinal digits", expect("the 21st century", "ORDINAL 21 [21st]"));
	CHECK("money dollars", expect("cost $2.5 billion", "MONEY 2500000000 USD [$2.5 billion]"));
	CHECK("money US$", expect("paid US$5 each", "MONEY 5 USD [US$5]"));
	CHECK("money euro m", expect("a €40m grant", "MONEY 40000000 EUR [€40m]"));
	CHECK("money words", expect("40 million euros", "MONEY 40000000 EUR [40 million euros]"));
	CHECK("money pounds", expect("£3 a day", "MONEY 3 GBP [£3]"));
	CHECK("money hryvnias", expect("500 hryvnias", "MONEY 500 UAH [500 hryvnias]"));
	CHECK("percent sign", expect("rose 35%", "PERCENT 35% [35%]"));
	CHECK("percent word", expect("35 percent of homes", "PERCENT 35% [35 percent]"));
	CHECK("per cent", expect("2.5 per cent", "PERCENT 2.5% [2.5 per cent]"));
	CHECK("percent spelled", expect("thirty-five percent", "PERCENT 35% [thirty-five percent]"));
	CHECK("quantity km", expect("a 40 km stretch", "QUANTITY 40 km [40 km]"));
	CHECK("quantity kilometres", expect("3.2 kilometres away", "QUANTITY 3.2 km [3.2 kilometres]"));
	CHECK("quantity tonnes", expect("15 tonnes of grain", "QUANTITY 15 t [15 tonnes]"));
	CHECK("date full", expect("on April 22, 2025, he", "DATE 2025-04-22 [April 22, 2025]"));
	CHECK("date day first", expect("on 22 April 2025", "DATE 2025-04-22 [22 April 2025]"));
	CHECK("date abbreviated", expect("by Apr. 22, 2025", "DATE 2025-04-22 [Apr. 22, 2025]"));
	CHECK("date ISO", expect("filed 2025-04-22", "DATE 2025-04-22 [2025-04-22]"));
	CHECK("date month year", expect("in April 2025", "DATE 2025-04 [April 2025]"));
	CHECK("date no year", expect("on April 22 the", "DATE --04-22 [April 22]"));
	CHECK("date year", expect("since 2019", "DATE 2019 [2019]"));
	CHECK("date decade", expect("in the 1990s", "DATE 1990s [the 1990s]"));
	CHECK("date weekday", expect("on Tuesday", "DATE tuesday [Tuesday]"));
	CHECK("date last week", expect("China last week denied", "DATE last week [last week]"));
	CHECK("date earlier this week", expect("Earlier this week, the", "DATE earlier this week [Earlier this week]"));
	CHECK("date ago", expect("two years ago", "DATE two years ago [two years ago]"));
	CHECK("date May verb", expect("It May rain", "none"));
	CHECK("time am", expect("at 7:30 a.m. on", "TIME 07:30 [7:30 a.m.]"));
	CHECK("time pm", expect("by 5 p.m.", "TIME 17:00 [5 p.m.]"));
	CHECK("time 24h", expect("at 19:45 local", "TIME 19:45 [19:45]"));
	CHECK("time noon", expect("at noon", "TIME 12:00 [noon]"));
	CHECK("time morning", expect("this morning", "TIME this morning [this morning]"));
	CHECK("no number in COVID-19", expect("COVID-19 cases", "none"));
	CHECK("no number in F-16", expect("an F-16 jet", "none"));
	CHECK("nothing in words", expect("no numbers here at all", "none"));
	CHECK("empty", numex_find("", 0, m, 4) == 0);
	CHECK("max respected", numex_find("1 2 3 4 5 6", 11, m, 4) == 6);
	memset(big, '7', sizeof(big));
	CHECK("long digit run", numex_find(big, sizeof(big), m, 4) == 1 &&
	    m[0].end == sizeof(big));
	CHECK("invalid UTF-8 around", numex_find("\xff 12 \xfe", 6, m, 4) == 1 &&
	    m[0].start == 2 && m[0].end == 4);
}
