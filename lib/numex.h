/*
 * numex: dates, times, sums of money, percentages, quantities and other
 * numbers in one sentence, each with a normalised value that other
 * programs compare exactly:
 *
 *	CARDINAL  the number in plain digits: 1200, 2.5, 1200000; a vague
 *	          amount as written, lower case: "dozens"
 *	ORDINAL   the number: 1, 21
 *	MONEY     number, space, ISO 4217 code: "2500000000 USD"
 *	PERCENT   number and %: "35%"
 *	QUANTITY  number, space, unit symbol: "3.2 km" (km mi m ft kg t l ha)
 *	DATE      ISO 8601 where the text fixes it: 2025-04-22, 2025-04,
 *	          --04-22 (no year), 2025, 1990s; else the phrase in lower
 *	          case with single spaces: "last week", "tuesday"
 *	TIME      HH:MM on a 24-hour clock, or the phrase: "this morning"
 *
 * Numbers have no thousands separators, no exponent and no trailing
 * zeros.  Offsets are bytes in the sentence; mentions are in order and
 * do not overlap.  Not thread-safe: one tokenizer is shared.
 */
#ifndef NU_NUMEX_H
#define NU_NUMEX_H
#include <stddef.h>

enum numex_type {
	NX_DATE, NX_TIME, NX_MONEY, NX_PERCENT, NX_QUANTITY, NX_CARDINAL,
	NX_ORDINAL
};

struct numex_mention {
	size_t		 start, end;
	enum numex_type	 type;
	char		 value[64];
};

int		 numex_init(void);
/* Store up to max mentions in out; return how many were found. */
size_t		 numex_find(const char *s, size_t n, struct numex_mention *out,
		    size_t max);
const char	*numex_type_name(enum numex_type);
void		 numex_free(void);

#endif
