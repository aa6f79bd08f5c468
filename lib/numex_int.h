/*
 * numex_int: what the files of the numex module share; not for other
 * modules.  numex_val.c holds the word tables and turns matched text into
 * values; numex.c holds the patterns and the rules of context.
 */
#ifndef NU_NUMEX_INT_H
#define NU_NUMEX_INT_H
#include <stddef.h>
#include <stdint.h>

/* An exact decimal: the digits d[0..nd) with the last frac of them after the point. */
#define NXD_MAX	48
struct nx_dec {
	char	d[NXD_MAX];
	int	nd, frac;
};

struct nx_cur {
	const char	*w;	/* as written, one space between words */
	const char	*code;	/* ISO 4217 */
	int		 cs;	/* 1: case matters (symbols, codes) */
	int		 div;	/* the amount is in 10^-div of the code (cents) */
};

struct nx_unit {
	const char	*w;
	const char	*sym;	/* the symbol written in the value */
	int		 cs;
};

extern const struct nx_cur	 nx_curwords[];	/* after a number */
extern const struct nx_cur	 nx_cursyms[];	/* before a number */
extern const struct nx_unit	 nx_units[];
extern const char *const	 nx_month_full[], *const nx_month_abbr[];
extern const char *const	 nx_weekdays[];
extern const char *const	 nx_tzones[];
extern const char *const	 nx_labels[];		/* "No. 10", "page 5" */
extern const char *const	 nx_yearcues[];		/* "in 2025" */
extern const char *const	 nx_yeardets[];		/* "the 2006 elections" */
extern const char *const	 nx_qtycues[];		/* "about 2000" */
extern const char *const	 nx_monthcues[];	/* "in May" */
extern const char *const	 nx_one_before[];	/* "no one" */
extern const char *const	 nx_one_after[];	/* "one of" */
extern const char *const	 nx_capok[];		/* "About 300" */
extern const char *const	 nx_counted[];		/* "2000 people" */

int		 nx_eqi(const char *, size_t, const char *);
int		 nx_inlist(const char *const *, const char *, size_t);
int		 nx_dec_digits(struct nx_dec *, const char *, size_t);
void		 nx_dec_u64(struct nx_dec *, uint64_t);
int		 nx_dec_shift(struct nx_dec *, int);
int		 nx_dec_fmt(const struct nx_dec *, int neg, char *, size_t);
int		 nx_dec_int(const struct nx_dec *, long *);
int		 nx_number(const char *, size_t, struct nx_dec *, int *scale);
int		 nx_spelled(const char *, size_t, uint64_t *);
int		 nx_ordinal(const char *, size_t);
int		 nx_month(const char *, size_t);
int		 nx_fraction(const char *, size_t);
const char	*nx_currency(const struct nx_cur *, const char *, size_t, int *div);
const char	*nx_unit(const char *, size_t);
int		 nx_phrase(const char *, size_t, char *, size_t);

#endif
