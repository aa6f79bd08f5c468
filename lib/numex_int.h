/*
 * numex_int: what the files of the numex module share; not for other
 * modules.  Where each part lives:
 *
 *   numex.c        the entry points and the scan: where a mention may
 *                  start, which recognisers to try there, the longest wins
 *   numex_pat.c    the pcre2 patterns, built from their sources and the
 *                  word lists, compiled once per struct numex
 *   numex_lists.c  the word lists of lib/data/numex/, loaded once per
 *                  struct numex
 *   numex_fast.c   hand-written matchers that answer for three of the
 *                  patterns where they run most, as pcre2 would
 *   numex_rec.c    the recognisers: a pattern's match turned into a
 *                  candidate mention with its value
 *   numex_ctx.c    the rules of context: the words around a match that
 *                  make a number a year, a count, a name or an identifier
 *   numex_val.c    values: exact decimals, spelled numbers, currencies,
 *                  units and normalised phrases
 */
#ifndef NU_NUMEX_INT_H
#define NU_NUMEX_INT_H
#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "numex.h"
#include "utf8.h"
#include "wordset.h"

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

/* The lists of lib/data/numex/ (each NULL-terminated), loaded by nx_lists_load(). */
struct nx_lists {
	const char *const	*month_full, *const *month_abbr;	/* 12 each */
	const char *const	*weekdays;
	const char *const	*tzones;
	const char *const	*labels;	/* "No. 10", "page 5" */
	const char *const	*yearcues;	/* "in 2025" */
	const char *const	*yeardets;	/* "the 2006 elections" */
	const char *const	*qtycues;	/* "about 2000" */
	const char *const	*monthcues;	/* "in May" */
	const char *const	*one_before;	/* "no one" */
	const char *const	*one_after;	/* "one of" */
	const char *const	*capok;		/* "About 300" */
	const char *const	*counted;	/* "2000 people" */
	const char *const	*trig_num, *const *trig_tens, *const *trig_ord,
				*const *trig_words, *const *trig_codes;
	struct nx_cur		*curwords;	/* after a number */
	struct nx_cur		*cursyms;	/* before a number */
	struct nx_unit		*units;
	char			*mem[3];	/* the tables' strings */
};

enum { RX_SHAPE, RX_NUM, RX_SUF, RX_MONEY, RX_MDY, RX_WORDS, RX_ORDW, RX_N };

/*
 * The longest trigger word, in bytes: the scan looks up only words of up
 * to this many letters, so nx_lists_load() refuses a list word longer
 * (a month name, a weekday with its plural "s", a trigger).
 */
#define NX_TRIGGER_MAX	15

/* Which patterns a trigger word may start. */
#define F_NUM	0x01
#define F_ORD	0x02
#define F_MDY	0x04
#define F_WORDS	0x08
#define F_MONEY	0x10
#define F_WDAY	0x20	/* not a pattern: the word is a weekday (with its "s") */

/* The lists numex_ctx.c and numex_rec.c ask about, as sets of lower-case words (nx_inset). */
enum {
	NXS_COUNTED, NXS_YEARCUES, NXS_YEARDETS, NXS_QTYCUES, NXS_LABELS,
	NXS_ONE_AFTER, NXS_ONE_BEFORE, NXS_CAPOK, NXS_MONTH_FULL, NXS_MONTHCUES,
	NXS_N
};
/* The longest word of those lists: nx_lists_load() refuses a longer one. */
#define NXS_WORD_MAX	31

/* Group numbers, looked up by name once. */
struct groups {
	int phone, iso, iy, im, id, nd, na, nb, ny, ver, clk, ch, csp, cm, cs,
	    cap, ctz, hap, hh, hp, htz, dmy, dd, dmon, dy, ord, on, dec, dc,
	    dd2, dec2, dd3, yr2, y1, y2, slash;
	int sg, vg, n1, n2, n3;
	int ap, pct, cur, unit, dur, old, tdur, oc, noon, frac, ofc;
	int mcur, m1, m2, msc;
	int wd, mon, d, y;
	int wnoon, wmid, tp, th, dq, qn, qy, dq2, qn2, qy2, dcx, dthe, dqual,
	    dcy, dap, dcd, rel, edge, season, recent, vdur, vu, adur, au,
	    dayrel, tdy, wkend, bare, wday;
};

/*
 * The words of the currency (curw) and unit (unitw) alternations in the
 * order the pattern tries them, for numex_fast.c: idx[off[c]..off[c+1])
 * are those that may start with the ASCII byte c, in that order.
 */
struct nx_fw {
	const char	*w;
	size_t		 len;
	int		 cs;
};
struct nx_fwtab {
	struct nx_fw	*v;
	size_t		 n;
	uint16_t	*idx;
	uint32_t	 off[129];
};

/* The most captures a pattern numex_fast.c answers for may have. */
#define NX_FAST_CAP	48

/* What numex_new() builds and numex_find() uses: one per tagger. */
struct numex {
	pcre2_code		*rx[RX_N];
	pcre2_match_data	*md;
	pcre2_match_context	*mctx;
	pcre2_jit_stack		*jstack;
	struct buf		 clean;	/* a copy of invalid input, made valid */
	struct groups		 g;
	struct nx_lists		 l;
	struct wordset		 triggers;	/* lower-case word -> F_* flags */
	struct wordset		 follow;	/* the words after "the", "a", "an" (F_*) */
	struct wordset		 judged;	/* nx_judge's triggers: entry index + 1 */
	struct wordset		 judgew;	/* nx_judge's words: bit k for entry k */
	char			*words_text;	/* RX_WORDS as compiled */
	/* Bit tri_index(w) set for each trigger w: its first three letters (numex.c). */
	unsigned char		 tri[27 * 27 * 27 / 8 + 1];
	unsigned char		 cls[256];	/* what each byte may start (numex.c) */
	struct wordset		 sets[NXS_N];	/* the lists of enum NXS_*, lower case */
	int			 nofollow;	/* 1: no follow test (unit tests compare) */
	struct nx_fwtab		 curw, unitw;
	uint32_t		 ncap[RX_N];	/* each pattern's captures */
	int			 jit[RX_N];	/* 1: pattern i JIT-compiled */
	int			 fast;		/* 1: nx_fast() first (0: pcre2 alone) */
};

/* The sentence being scanned, and its results so far. */
struct scan {
	struct numex		*nx;
	PCRE2_SIZE		*ov;		/* of nx->md */
	const char		*s;
	size_t			 n;
	struct numex_mention	*out;
	size_t			 max, count;
	int			 headline;	/* -1 not yet known */
	size_t			 lastend;	/* end of the last mention */
	enum numex_type		 lasttype;
};

struct cand {
	size_t		 start, end;
	int		 type;		/* an enum numex_type, or -1: not a mention, skip it */
	char		 value[NUMEX_VALUE];
};

/* numex_lists.c: 0, or -1 with a message on stderr. */
int		 nx_lists_load(struct nx_lists *);
void		 nx_lists_free(struct nx_lists *);

/* numex_pat.c: compile nx->rx and look up nx->g; 0, or -1 with a message. */
int		 nx_patterns(struct numex *);
/*
 * The words that may come after "the" (F_WORDS) and after "a" or "an"
 * (F_WORDS, F_NUM) where a pattern matches at the article, each with the
 * patterns it may start: taken from the sources in numex_pat.c, and to be
 * kept in step with them (tests/unit/test_numex.c checks the scan with
 * and without them alike).  NULL-terminated.
 */
struct nx_follow {
	const char	*article, *word;
	int		 flags;
};
extern const struct nx_follow nx_follow[];
/*
 * The same for other trigger words (numex_pat.c says which): triggers
 * and words are space-separated lists; lists is 1 if the weekdays and the
 * months may come after the trigger too, 2 the months alone.  flags are
 * the patterns ruled out when the next word is not among them.
 */
struct nx_judge {
	const char	*triggers, *words;
	int		 lists, flags;
};
extern const struct nx_judge nx_judge[];

/*
 * numex_fast.c: pattern r at p as pcre2 would answer it, if the matchers
 * can tell: 1 matched (sc->ov set), 0 no match (sc->ov untouched), -1
 * cannot tell (run the pattern).
 */
int		 nx_fast(const struct scan *, int r, size_t p);

/* numex_rec.c: each fills c and returns 1, or returns 0. */
int		 nx_longrun(const struct scan *, size_t, struct cand *);
int		 nx_shape(struct scan *, size_t, struct cand *);
int		 nx_numberat(struct scan *, size_t, struct cand *);
int		 nx_money(struct scan *, size_t, struct cand *);
int		 nx_mdy(struct scan *, size_t, struct cand *);
int		 nx_words(struct scan *, size_t, struct cand *);
int		 nx_ordword(struct scan *, size_t, struct cand *);
int		 nx_phrasec(struct cand *, const struct scan *, size_t, size_t, int);
/* vsnprintf() for %s %.Ns %c %% %d %ld %0Nd %0Nld alone; -1 for another directive. */
int		 nx_fmtval(char *, size_t, const char *, va_list);

/* numex_ctx.c */
size_t		 nx_back_space(const char *, size_t);
void		 nx_prev_word(const struct scan *, size_t, int dot, size_t *, size_t *);
void		 nx_next_word(const struct scan *, size_t, size_t *, size_t *);
int		 nx_initial(const struct scan *, size_t);
int		 nx_headline(struct scan *);
size_t		 nx_in_link(const struct scan *, size_t, size_t);
int		 nx_year_here(const struct scan *, size_t, size_t, long);
int		 nx_label_before(const struct scan *, size_t);
int		 nx_cardinal_ok(struct scan *, size_t, size_t, int);

/* numex_val.c */
int		 nx_eqi(const char *, size_t, const char *);
int		 nx_inset(const struct numex *, int set, const char *, size_t);
int		 nx_dec_digits(struct nx_dec *, const char *, size_t);
void		 nx_dec_u64(struct nx_dec *, uint64_t);
int		 nx_dec_shift(struct nx_dec *, int);
int		 nx_dec_fmt(const struct nx_dec *, int neg, char *, size_t);
int		 nx_dec_int(const struct nx_dec *, long *);
int		 nx_number(const char *, size_t, struct nx_dec *, int *scale);
int		 nx_spelled(const char *, size_t, uint64_t *);
int		 nx_ordinal(const char *, size_t);
int		 nx_month(const struct nx_lists *, const char *, size_t);
int		 nx_fraction(const char *, size_t);
const char	*nx_currency(const struct nx_cur *, const char *, size_t, int *div);
const char	*nx_unit(const struct nx_unit *, const char *, size_t);
int		 nx_phrase(const char *, size_t, char *, size_t);

/* ---- match data; inline, as every recogniser reads them many times ---- */

/* Run pattern r anchored at p (or answer for it, numex_fast.c); 1 if it matched. */
static inline int
nx_run(const struct scan *sc, int r, size_t p)
{
	int k;

	if (sc->nx->fast && (k = nx_fast(sc, r, p)) >= 0)
		return k;
	/*
	 * pcre2_match() would only check its arguments and hand over to the
	 * JIT code (which checks no UTF-8, as PCRE2_NO_UTF_CHECK asks).
	 */
	if (sc->nx->jit[r])
		return pcre2_jit_match(sc->nx->rx[r], (PCRE2_SPTR)sc->s, sc->n,
		    p, 0, sc->nx->md, sc->nx->mctx) > 0;
	return pcre2_match(sc->nx->rx[r], (PCRE2_SPTR)sc->s, sc->n, p,
	    PCRE2_NO_UTF_CHECK, sc->nx->md, sc->nx->mctx) > 0;
}

/* Did group k take part in the match? */
static inline int
nx_set(const struct scan *sc, int k)
{
	return sc->ov[2 * k] != PCRE2_UNSET;
}

/* Start and length of group k. */
static inline size_t
nx_gs(const struct scan *sc, int k)
{
	return sc->ov[2 * k];
}

static inline size_t
nx_gl(const struct scan *sc, int k)
{
	return sc->ov[2 * k + 1] - sc->ov[2 * k];
}

/* The digits of group k as a number (capped, as groups are short). */
static inline long
nx_gint(const struct scan *sc, int k)
{
	long v = 0;
	size_t i;

	for (i = sc->ov[2 * k]; i < sc->ov[2 * k + 1]; i++)
		if (sc->s[i] >= '0' && sc->s[i] <= '9' && v < 100000000L)
			v = v * 10 + (sc->s[i] - '0');
	return v;
}

/* Is the character ending at i (i > 0) a letter or digit of any script? */
static inline int
nx_alnum_before(const char *s, size_t i)
{
	unsigned char c = (unsigned char)s[i - 1];
	int32_t cp;
	size_t j;

	if (c < 0x80)
		return ascii_alpha(c) || ascii_digit(c) || c == '_';
	j = utf8_back(s, i);
	utf8_decode(s + j, i - j, &cp);
	return utf8_is_letter(cp) || utf8_class(cp) == CC_DIGIT ||
	    utf8_class(cp) == CC_MARK;
}

#endif
