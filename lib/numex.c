/*
 * numex: number, date and time mentions by pcre2 patterns.
 *
 * A cheap byte scan finds the places where a mention may start (a digit
 * that does not follow a letter, a currency sign, or a word from a small
 * table of trigger words); most of a news sentence is skipped without
 * running any pattern.  At each such place the patterns that can start
 * there are run anchored (JIT-compiled once, one match data reused), C
 * code checks the context and computes the value, and the longest
 * candidate wins; scanning goes on after it.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "numex.h"
#include "numex_int.h"
#include "utf8.h"
#include "wordset.h"

enum { RX_SHAPE, RX_NUM, RX_SUF, RX_MONEY, RX_MDY, RX_WORDS, RX_ORDW, RX_N };

/* Which patterns a trigger word may start. */
#define F_NUM	0x01
#define F_ORD	0x02
#define F_MDY	0x04
#define F_WORDS	0x08
#define F_MONEY	0x10

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

/* What numex_new() builds and numex_find() uses: one per tagger. */
struct numex {
	pcre2_code		*rx[RX_N];
	pcre2_match_data	*md;
	pcre2_match_context	*mctx;
	pcre2_jit_stack		*jstack;
	struct buf		 clean;	/* a copy of invalid input, made valid */
	struct groups		 g;
	struct wordset		 triggers;	/* lower-case word -> F_* flags */
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

static const char *const type_names[] = {
	"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"
};

const char *
numex_type_name(enum numex_type t)
{
	if ((unsigned)t >= sizeof(type_names) / sizeof(type_names[0]))
		return "?";
	return type_names[t];
}

/* ---- building the patterns ---- */

static void
puts_buf(struct buf *b, const char *s)
{
	buf_append(b, s, strlen(s));
}

/* A word or phrase as a pattern: literal, one or more spaces where it has one. */
static void
put_lit(struct buf *b, const char *w)
{
	for (; *w != '\0'; w++) {
		unsigned char c = (unsigned char)*w;

		if (c == ' ')
			puts_buf(b, "(?&S)");
		else if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		    (c >= 'A' && c <= 'Z') || c >= 0x80)
			buf_putc(b, c);
		else {
			buf_putc(b, '\\');
			buf_putc(b, c);
		}
	}
}

static int
bylen(const void *a, const void *b)
{
	size_t la = strlen(*(const char *const *)a), lb = strlen(*(const char *const *)b);

	if (la != lb)
		return la > lb ? -1 : 1;
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* An alternation of words, longest first, each case-sensitive or not. */
static void
put_alt(struct buf *b, const char **w, const int *cs, size_t n)
{
	const char **v;
	size_t i, j;

	if ((v = calloc(n, sizeof(*v))) == NULL)
		abort();
	memcpy(v, w, n * sizeof(*v));
	qsort(v, n, sizeof(*v), bylen);
	buf_putc(b, '(');
	buf_putc(b, '?');
	buf_putc(b, ':');
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_putc(b, '|');
		for (j = 0; j < n && w[j] != v[i]; j++)
			;
		puts_buf(b, cs[j] ? "(?-i:" : "(?:");
		put_lit(b, v[i]);
		buf_putc(b, ')');
	}
	buf_putc(b, ')');
	free(v);
}

static void
put_cur(struct buf *b, const struct nx_cur *t)
{
	const char *w[128];
	int cs[128];
	size_t n;

	for (n = 0; t[n].w != NULL && n < 128; n++) {
		w[n] = t[n].w;
		cs[n] = t[n].cs;
	}
	put_alt(b, w, cs, n);
}

static void
put_units(struct buf *b)
{
	const char *w[256];
	int cs[256];
	size_t n;

	for (n = 0; nx_units[n].w != NULL && n < 256; n++) {
		w[n] = nx_units[n].w;
		cs[n] = nx_units[n].cs;
	}
	put_alt(b, w, cs, n);
}

/* Month names, capitalised or in capitals; abbreviations take an optional full stop. */
static void
put_months(struct buf *b)
{
	char up[16];
	size_t i, k;

	puts_buf(b, "(?<month>(?-i:(?:");
	for (i = 0; nx_month_full[i] != NULL; i++) {
		for (k = 0; nx_month_full[i][k] != '\0' && k < 15; k++)
			up[k] = (char)(nx_month_full[i][k] & ~0x20);
		up[k] = '\0';
		if (i > 0)
			buf_putc(b, '|');
		puts_buf(b, nx_month_full[i]);
		buf_putc(b, '|');
		puts_buf(b, up);
	}
	puts_buf(b, ")(?&NL)|(?:Sept|SEPT");
	for (i = 0; nx_month_abbr[i] != NULL; i++) {
		if (strcmp(nx_month_abbr[i], "May") == 0)
			continue;
		for (k = 0; nx_month_abbr[i][k] != '\0'; k++)
			up[k] = (char)(nx_month_abbr[i][k] & ~0x20);
		up[k] = '\0';
		buf_putc(b, '|');
		puts_buf(b, nx_month_abbr[i]);
		buf_putc(b, '|');
		puts_buf(b, up);
	}
	puts_buf(b, ")(?:\\.|(?&NL))))");
}

static void
put_list(struct buf *b, const char *name, const char *const *list, int cs)
{
	size_t i;

	puts_buf(b, "(?<");
	puts_buf(b, name);
	puts_buf(b, cs ? ">(?-i:" : ">(?:");
	for (i = 0; list[i] != NULL; i++) {
		if (i > 0)
			buf_putc(b, '|');
		put_lit(b, list[i]);
	}
	puts_buf(b, "))");
}

/* Definitions every pattern shares; (?i) applies to all but the marked parts. */
static void
put_defs(struct buf *b)
{
	puts_buf(b, "(?i)(?(DEFINE)"
	    "(?<S>[\\s\\x{A0}\\x{202F}\\x{2009}]{1,3})"
	    "(?<NL>(?![\\p{L}\\p{M}]))"
	    "(?<NW>(?![\\p{L}\\p{M}\\p{N}]))"
	    "(?<dig>[0-9]{1,3}(?:,[0-9]{3}){1,4}(?![0-9])(?:\\.[0-9]{1,6})?"
	    "|[0-9]{1,12}(?:\\.[0-9]{1,6})?)"
	    "(?<dign>(?&dig)(?![0-9])(?!\\.[0-9])(?!,[0-9]))"
	    "(?<u>one|two|three|four|five|six|seven|eight|nine)"
	    "(?<teen>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
	    "|seventeen|eighteen|nineteen)"
	    "(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
	    "(?<u99>(?:(?&tens)(?:(?:-|(?&S))(?&u)(?&NL))?|(?&teen)|(?&u))(?&NL))"
	    "(?<u999>(?:(?&u)|an?)(?&S)hundred(?&NL)"
	    "(?:(?&S)(?:and(?&S))?(?&u99))?|(?&u99))"
	    "(?<scw>(?:thousand|million|billion|trillion)(?&NL))"
	    "(?<spelled>(?:(?&u999)|an?(?=(?&S)(?:(?&scw)|dozen(?&NL))))"
	    "(?:(?&S)(?&scw)(?:(?&S)(?&u999))?){0,3}(?:(?&S)dozen(?&NL))?)"
	    "(?<scale>(?:hundred|thousand|million|billion|trillion|mln|bln|mn"
	    "|bn|tn|trn)(?&NL)|(?-i:[mkb])(?=(?&S)(?&curw)(?&NL)))"
	    "(?<numcore>(?&dign)(?:(?&S)?(?&scale))?)"
	    "(?<ampm>(?:[ap]\\.m\\.?|[ap]m)(?&NL))"
	    "(?<yr>[12][0-9]{3}(?![0-9]))");
	put_months(b);
	put_list(b, "weekday", nx_weekdays, 0);
	puts_buf(b, "(?<tz>(?&S)");
	put_list(b, "tzname", nx_tzones, 1);
	puts_buf(b, "(?&NW))");
	puts_buf(b, "(?<curw>");
	put_cur(b, nx_curwords);
	puts_buf(b, ")(?<cursym>");
	put_cur(b, nx_cursyms);
	puts_buf(b, ")(?<unitw>");
	put_units(b);
	puts_buf(b, ")(?<ordw>(?:(?:(?&tens)(?:-|(?&S)))?(?:first|second|third|fourth"
	    "|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth"
	    "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
	    "|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth"
	    "|seventieth|eightieth|ninetieth|hundredth|thousandth|millionth)"
	    "(?&NL))"
	    ")");
}

/* Shapes starting with a digit: dates, times, ordinals, decades, and things to skip. */
static const char src_shape[] =
    "(?<iso>(?<iy>[12][0-9]{3})(?<isp>[-/.])(?<im>[0-9]{1,2})\\k<isp>"
    "(?<id>[0-9]{1,2})(?![0-9]))"
    "|(?<nd>(?<na>[0-9]{1,2})(?<nsp>[/.])(?<nb>[0-9]{1,2})\\k<nsp>"
    "(?<ny>[12][0-9]{3})(?![0-9]))"
    "|(?<phone>(?:\\+[0-9]{1,3}(?&S)?)?(?:\\([0-9]{2,5}\\)(?&S)?|[0-9]{2,5}[-.\\x20])"
    "[0-9]{2,4}[-.\\x20][0-9]{3,4}(?:[-.\\x20][0-9]{2,4})?(?![0-9])"
    "|[0-9]{3}-[0-9]{4}(?![0-9]))"
    "|(?<ver>[0-9]{1,9}(?:\\.[0-9]{1,9}){2,6}(?![0-9]))"
    "|(?<clk>(?<ch>[0-9]{1,2})(?<csp>[:.])(?<cm>[0-5][0-9])"
    "(?::(?<cs>[0-5][0-9]))?(?![0-9])(?:(?&S)?(?<cap>(?&ampm)))?(?<ctz>(?&tz))?)"
    "|(?<hap>(?<hh>[0-9]{1,2})(?&S)?(?<hp>(?&ampm))(?<htz>(?&tz))?)"
    "|(?<dmy>(?<dd>[0-9]{1,2})(?:st|nd|rd|th)?(?&S)(?:of(?&S))?(?<dmon>(?&month))"
    "(?:,?(?&S)(?<dy>(?&yr))(?&NW))?)"
    "|(?<ord>(?<on>[0-9]{1,6})(?:st|nd|rd|th)(?&NW))"
    "|(?<dec>(?<dc>1[0-9]|20)(?<dd2>[0-9])0['\\x{2019}]?s(?&NW))"
    "|(?<dec2>(?<dd3>[0-9])0s(?&NW))"
    "|(?<yr2>(?<y1>(?&yr))(?&S)?[-\\x{2013}/](?&S)?(?<y2>[12][0-9]{3}|[0-9]{2})(?&NW))"
    "|(?<slash>[0-9]{1,4}/[0-9]{1,4}(?![0-9/]))";

/* A number: digits (maybe a range), spelled, or vague. */
static const char src_num[] =
    "(?<sg>[-+\\x{2212}])?(?:"
    "(?<vg>(?:tens|hundreds)(?&S)of(?&S)(?:thousands|millions)|dozens|hundreds"
    "|thousands|millions|billions|several(?&S)(?:dozen|hundred|thousand|million"
    "|billion)|a(?&S)few(?&S)(?:dozen|hundred|thousand|million))(?&NL)"
    "|(?<n1>(?&numcore))(?:(?&S)?[-\\x{2013}](?&S)?(?<n2>(?&numcore)))?"
    "|(?<n3>(?&spelled)))";

/* What may follow a number. */
static const char src_suf[] =
    "(?:(?&S)|-)?(?:"
    "(?<ap>(?&ampm))"
    "|(?<pct>%|\\x{FF05}|(?:percentage(?&S)points?|percent|per(?&S)?cent"
    "|per-cent|pct|(?-i:pc))(?&NL))"
    "|(?<cur>(?&curw))(?&NL)"
    "|(?<unit>(?&unitw))(?&NW)"
    "|(?<dur>days?|weeks?|months?|years?|decades?|centur(?:y|ies))"
    "(?:(?&S)(?:ago|earlier|later))?(?<old>(?:-|(?&S))old)?(?&NL)"
    "|(?<tdur>hours?|minutes?|seconds?|hrs?|mins?)(?:(?&S)(?:ago|earlier|later))?"
    "(?&NL)"
    "|(?<oc>o['\\x{2019}]clock)(?&NL)"
    "|(?<noon>noon)(?&NL)"
    "|(?<frac>halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?"
    "|ninths?|tenths?)(?&NL)"
    "|(?<ofc>of(?&S)(?&curw))(?&NL))";

/* Money with the sign first: "$2.5 billion", "€40m", "US$5", "USD 5 million". */
static const char src_money[] =
    "(?<mcur>(?&cursym))(?&S)?(?<m1>(?&dign))"
    "(?:(?&S)?[-\\x{2013}](?&S)?(?&cursym)?(?<m2>(?&dign)))?"
    "(?:(?&S)?(?<msc>(?:hundred|thousand|million|billion|trillion|mln|bln|mn|bn"
    "|tn|trn)(?&NL)|(?-i:[mMkKbB])(?&NW)))?(?&NW)";

/* Month first: "April 22, 2025", "Apr. 22", "April 2025", "Tuesday, April 22". */
static const char src_mdy[] =
    "(?:(?<wd>(?&weekday))s?,?(?&S))?(?<mon>(?&month))"
    "(?:(?&S)(?<d>[0-9]{1,2})(?:st|nd|rd|th)?(?&NW))?"
    "(?:,?(?&S)(?<y>(?&yr))(?&NW))?";

/* Words and phrases; the first alternative that matches is taken. */
static const char src_words[] =
    "(?<wnoon>noon|midday)(?&NL)"
    "|(?<wmid>midnight)(?&NL)"
    "|(?<tp>(?:this|yesterday|tomorrow|(?&weekday))(?&S)(?:morning|afternoon"
    "|evening|night)|last(?&S)night|tonight|overnight)(?&NL)"
    "|(?<th>(?:the(?&S))?(?:past|last|next|previous|coming|first)(?&S)"
    "(?:(?:(?&numcore)|(?&spelled))(?&S)|few(?&S)|several(?&S)|couple(?&S)of(?&S))?"
    "(?:hours?|minutes?))(?&NL)"
    "|(?<dq>(?:the(?&S))?(?<qn>first|second|third|fourth|1st|2nd|3rd|4th)(?&S)"
    "(?:fiscal(?&S))?quarter(?:(?&S)(?:of(?&S))?(?<qy>(?&yr)))?)(?&NW)"
    "|(?<dq2>(?-i:Q(?<qn2>[1-4]))(?:(?&S)(?<qy2>(?&yr)))?)(?&NW)"
    "|(?<dcx>(?<dthe>the(?&S))?(?:(?<dqual>early|mid|late)(?:-|(?&S)))?"
    "(?:(?<dcy>(?:1[0-9]|20)[0-9]0)['\\x{2019}]?s|(?<dap>['\\x{2019}])?(?<dcd>[0-9])0s))"
    "(?&NW)"
    "|(?<rel>(?:(?:earlier|later|early|late)(?&S))?(?:the(?&S))?(?:last|next|this"
    "|past|coming|previous|following|same|current)(?&S)"
    "(?:(?:(?&numcore)|(?&spelled))(?&S)|few(?&S)|couple(?&S)of(?&S))?"
    "(?:days?|weeks?|weekends?|months?|years?|decades?|centur(?:y|ies)|summer"
    "|winter|spring|autumn|fall|season|quarter|(?&weekday)|(?&month)))(?&NL)"
    "|(?<edge>(?:the(?&S))?(?:(?:early|mid|late)(?:-|(?&S))|(?:end|start|beginning"
    "|middle|turn)(?&S)of(?&S))(?:(?&month)(?:(?&S)(?&yr))?|(?&yr)"
    "|the(?&S)(?:year|month|week|decade|century)))(?&NW)"
    "|(?<season>(?:spring|summer|autumn|fall|winter)(?&S)(?:of(?&S))?(?&yr))(?&NW)"
    "|(?<recent>recent(?&S)(?:days|weeks|months|years|decades))(?&NL)"
    "|(?<vdur>(?:several|many|a(?&S)few|a(?&S)couple(?&S)of)(?&S)"
    "(?<vu>days|weeks|months|years|decades|hours|minutes)"
    "(?:(?&S)(?:ago|earlier|later))?)(?&NL)"
    "|(?<adur>an?(?&S)(?<au>day|week|month|year|decade|hour|minute)(?&S)"
    "(?:ago|earlier|later))(?&NL)"
    "|(?<dayrel>(?:the(?&S))?day(?&S)(?:before(?&S)yesterday|after(?&S)tomorrow))"
    "(?&NL)"
    "|(?<tdy>today|yesterday|tomorrow)(?&NL)"
    "|(?<wkend>the(?&S)weekend)(?&NL)"
    "|(?<bare>years|decades|months)(?&NL)"
    "|(?<wday>(?&weekday)s?)(?&NL)";

static const char src_ordw[] = "(?&ordw)";

static int
group(const struct numex *nx, int r, const char *name)
{
	int k = pcre2_substring_number_from_name(nx->rx[r], (PCRE2_SPTR)name);

	if (k < 0) {
		fprintf(stderr, "numex: no group %s\n", name);
		abort();
	}
	return k;
}

static void
groups(struct numex *nx)
{
	nx->g.iso = group(nx, RX_SHAPE, "iso"); nx->g.iy = group(nx, RX_SHAPE, "iy");
	nx->g.im = group(nx, RX_SHAPE, "im"); nx->g.id = group(nx, RX_SHAPE, "id");
	nx->g.nd = group(nx, RX_SHAPE, "nd"); nx->g.na = group(nx, RX_SHAPE, "na");
	nx->g.nb = group(nx, RX_SHAPE, "nb"); nx->g.ny = group(nx, RX_SHAPE, "ny");
	nx->g.phone = group(nx, RX_SHAPE, "phone"); nx->g.ver = group(nx, RX_SHAPE, "ver");
	nx->g.clk = group(nx, RX_SHAPE, "clk"); nx->g.ch = group(nx, RX_SHAPE, "ch");
	nx->g.csp = group(nx, RX_SHAPE, "csp"); nx->g.cm = group(nx, RX_SHAPE, "cm");
	nx->g.cs = group(nx, RX_SHAPE, "cs"); nx->g.cap = group(nx, RX_SHAPE, "cap");
	nx->g.ctz = group(nx, RX_SHAPE, "ctz"); nx->g.hap = group(nx, RX_SHAPE, "hap");
	nx->g.hh = group(nx, RX_SHAPE, "hh"); nx->g.hp = group(nx, RX_SHAPE, "hp");
	nx->g.htz = group(nx, RX_SHAPE, "htz"); nx->g.dmy = group(nx, RX_SHAPE, "dmy");
	nx->g.dd = group(nx, RX_SHAPE, "dd"); nx->g.dmon = group(nx, RX_SHAPE, "dmon");
	nx->g.dy = group(nx, RX_SHAPE, "dy"); nx->g.ord = group(nx, RX_SHAPE, "ord");
	nx->g.on = group(nx, RX_SHAPE, "on"); nx->g.dec = group(nx, RX_SHAPE, "dec");
	nx->g.dc = group(nx, RX_SHAPE, "dc"); nx->g.dd2 = group(nx, RX_SHAPE, "dd2");
	nx->g.dec2 = group(nx, RX_SHAPE, "dec2"); nx->g.dd3 = group(nx, RX_SHAPE, "dd3");
	nx->g.yr2 = group(nx, RX_SHAPE, "yr2"); nx->g.y1 = group(nx, RX_SHAPE, "y1");
	nx->g.y2 = group(nx, RX_SHAPE, "y2"); nx->g.slash = group(nx, RX_SHAPE, "slash");
	nx->g.sg = group(nx, RX_NUM, "sg"); nx->g.vg = group(nx, RX_NUM, "vg");
	nx->g.n1 = group(nx, RX_NUM, "n1"); nx->g.n2 = group(nx, RX_NUM, "n2");
	nx->g.n3 = group(nx, RX_NUM, "n3");
	nx->g.ap = group(nx, RX_SUF, "ap"); nx->g.pct = group(nx, RX_SUF, "pct");
	nx->g.cur = group(nx, RX_SUF, "cur"); nx->g.unit = group(nx, RX_SUF, "unit");
	nx->g.dur = group(nx, RX_SUF, "dur"); nx->g.old = group(nx, RX_SUF, "old");
	nx->g.tdur = group(nx, RX_SUF, "tdur"); nx->g.oc = group(nx, RX_SUF, "oc");
	nx->g.noon = group(nx, RX_SUF, "noon"); nx->g.frac = group(nx, RX_SUF, "frac");
	nx->g.ofc = group(nx, RX_SUF, "ofc");
	nx->g.mcur = group(nx, RX_MONEY, "mcur"); nx->g.m1 = group(nx, RX_MONEY, "m1");
	nx->g.m2 = group(nx, RX_MONEY, "m2"); nx->g.msc = group(nx, RX_MONEY, "msc");
	nx->g.wd = group(nx, RX_MDY, "wd"); nx->g.mon = group(nx, RX_MDY, "mon");
	nx->g.d = group(nx, RX_MDY, "d"); nx->g.y = group(nx, RX_MDY, "y");
	nx->g.wnoon = group(nx, RX_WORDS, "wnoon"); nx->g.wmid = group(nx, RX_WORDS, "wmid");
	nx->g.tp = group(nx, RX_WORDS, "tp"); nx->g.th = group(nx, RX_WORDS, "th");
	nx->g.dq = group(nx, RX_WORDS, "dq"); nx->g.qn = group(nx, RX_WORDS, "qn");
	nx->g.qy = group(nx, RX_WORDS, "qy"); nx->g.dq2 = group(nx, RX_WORDS, "dq2");
	nx->g.qn2 = group(nx, RX_WORDS, "qn2"); nx->g.qy2 = group(nx, RX_WORDS, "qy2");
	nx->g.dcx = group(nx, RX_WORDS, "dcx"); nx->g.dthe = group(nx, RX_WORDS, "dthe");
	nx->g.dqual = group(nx, RX_WORDS, "dqual"); nx->g.dcy = group(nx, RX_WORDS, "dcy");
	nx->g.dap = group(nx, RX_WORDS, "dap"); nx->g.dcd = group(nx, RX_WORDS, "dcd");
	nx->g.rel = group(nx, RX_WORDS, "rel"); nx->g.edge = group(nx, RX_WORDS, "edge");
	nx->g.season = group(nx, RX_WORDS, "season"); nx->g.recent = group(nx, RX_WORDS, "recent");
	nx->g.vdur = group(nx, RX_WORDS, "vdur"); nx->g.vu = group(nx, RX_WORDS, "vu");
	nx->g.adur = group(nx, RX_WORDS, "adur"); nx->g.au = group(nx, RX_WORDS, "au");
	nx->g.dayrel = group(nx, RX_WORDS, "dayrel"); nx->g.tdy = group(nx, RX_WORDS, "tdy");
	nx->g.wkend = group(nx, RX_WORDS, "wkend"); nx->g.bare = group(nx, RX_WORDS, "bare");
	nx->g.wday = group(nx, RX_WORDS, "wday");
}

/* Add a trigger word, lower-cased, with flags f (added to what it has). */
static void
wt_add(struct numex *nx, const char *w, int f)
{
	char low[16];
	size_t n = strlen(w), i;

	if (n >= sizeof(low))
		return;
	for (i = 0; i < n; i++)
		low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
	wordset_add(&nx->triggers, low, n, wordset_get(&nx->triggers, low, n) | f);
}

static void
wt_list(struct numex *nx, const char *const *list, int f)
{
	for (; *list != NULL; list++)
		wt_add(nx, *list, f);
}

static void
triggers(struct numex *nx)
{
	static const char *const num[] = {
		"one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
		"fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "a",
		"an", "dozens", "hundreds", "thousands", "millions", "billions",
		"tens", "several", "zero", NULL
	};
	static const char *const tens[] = {
		"twenty", "thirty", "forty", "fifty", "sixty", "seventy",
		"eighty", "ninety", NULL
	};
	static const char *const ord[] = {
		"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
		"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
		"fourteenth", "fifteenth", "sixteenth", "seventeenth",
		"eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth",
		"fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
		"hundredth", "thousandth", "millionth", NULL
	};
	static const char *const words[] = {
		"noon", "midday", "midnight", "this", "yesterday", "tomorrow",
		"today", "last", "tonight", "overnight", "early", "late", "the",
		"past", "next", "previous", "coming", "first", "second", "third",
		"fourth", "q", "earlier", "later", "mid", "end", "start",
		"beginning", "middle", "turn", "spring", "summer", "autumn",
		"fall", "winter", "recent", "several", "many", "a", "an", "day",
		"years", "decades", "months", "current", "following", "same",
		NULL
	};
	static const char *const codes[] = {
		"usd", "eur", "gbp", "jpy", "cny", "uah", "rub", "chf", "inr",
		"cad", "aud", "rs", NULL
	};
	size_t i;

	wt_list(nx, num, F_NUM);
	wt_list(nx, tens, F_NUM | F_ORD);
	wt_list(nx, ord, F_ORD);
	wt_list(nx, nx_month_full, F_MDY);
	wt_list(nx, nx_month_abbr, F_MDY);
	wt_add(nx, "sept", F_MDY);
	wt_list(nx, nx_weekdays, F_MDY | F_WORDS);
	for (i = 0; nx_weekdays[i] != NULL; i++) {
		char pl[16];

		snprintf(pl, sizeof(pl), "%ss", nx_weekdays[i]);
		wt_add(nx, pl, F_MDY | F_WORDS);
	}
	wt_list(nx, words, F_WORDS);
	wt_list(nx, codes, F_MONEY);
}

struct numex *
numex_new(void)
{
	static const char *const srcs[RX_N] = {
		src_shape, src_num, src_suf, src_money, src_mdy, src_words, src_ordw
	};
	struct buf b = { NULL, 0, 0 };
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE off;
	struct numex *nx;
	int i, err;

	if ((nx = calloc(1, sizeof(*nx))) == NULL) {
		fprintf(stderr, "numex: out of memory\n");
		return NULL;
	}
	for (i = 0; i < RX_N; i++) {
		buf_clear(&b);
		put_defs(&b);
		puts_buf(&b, "(?:");
		puts_buf(&b, srcs[i]);
		buf_putc(&b, ')');
		nx->rx[i] = pcre2_compile((PCRE2_SPTR)b.data, b.len, PCRE2_UTF |
		    PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK, &err, &off, NULL);
		if (nx->rx[i] == NULL) {
			pcre2_get_error_message(err, msg, sizeof(msg));
			fprintf(stderr, "numex: pattern %d at %zu: %s\n", i,
			    (size_t)off, (char *)msg);
			buf_free(&b);
			numex_free(nx);
			return NULL;
		}
		/* Without JIT (not built in) the interpreter gives the same results. */
		(void)pcre2_jit_compile(nx->rx[i], PCRE2_JIT_COMPLETE);
	}
	buf_free(&b);
	nx->md = pcre2_match_data_create(160, NULL);
	nx->mctx = pcre2_match_context_create(NULL);
	nx->jstack = pcre2_jit_stack_create(32 * 1024, 512 * 1024, NULL);
	if (nx->md == NULL || nx->mctx == NULL || nx->jstack == NULL) {
		fprintf(stderr, "numex: out of memory\n");
		numex_free(nx);
		return NULL;
	}
	pcre2_jit_stack_assign(nx->mctx, NULL, nx->jstack);
	groups(nx);
	triggers(nx);
	return nx;
}

void
numex_free(struct numex *nx)
{
	int i;

	if (nx == NULL)
		return;
	for (i = 0; i < RX_N; i++)
		pcre2_code_free(nx->rx[i]);
	pcre2_match_data_free(nx->md);
	pcre2_match_context_free(nx->mctx);
	pcre2_jit_stack_free(nx->jstack);
	buf_free(&nx->clean);
	wordset_free(&nx->triggers);
	free(nx);
}

/* ---- matching helpers ---- */

static int
run(const struct scan *sc, int r, size_t p)
{
	return pcre2_match(sc->nx->rx[r], (PCRE2_SPTR)sc->s, sc->n, p,
	    PCRE2_NO_UTF_CHECK, sc->nx->md, sc->nx->mctx) > 0;
}

static int
set(const struct scan *sc, int k)
{
	return sc->ov[2 * k] != PCRE2_UNSET;
}

static size_t
gs(const struct scan *sc, int k)
{
	return sc->ov[2 * k];
}

static size_t
gl(const struct scan *sc, int k)
{
	return sc->ov[2 * k + 1] - sc->ov[2 * k];
}

static long
gint(const struct scan *sc, int k)
{
	long v = 0;
	size_t i;

	for (i = sc->ov[2 * k]; i < sc->ov[2 * k + 1]; i++)
		if (sc->s[i] >= '0' && sc->s[i] <= '9' && v < 100000000L)
			v = v * 10 + (sc->s[i] - '0');
	return v;
}

/* Is the character ending at i (i > 0) a letter or digit of any script? */
static int
alnum_before(const char *s, size_t i)
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

/* Step back over up to three spaces (ASCII or NBSP) from i. */
static size_t
back_space(const char *s, size_t i)
{
	int k;

	for (k = 0; k < 3 && i > 0; k++) {
		if (s[i - 1] == ' ' || s[i - 1] == '\t')
			i--;
		else if (i >= 2 && (unsigned char)s[i - 2] == 0xC2 &&
		    (unsigned char)s[i - 1] == 0xA0)
			i -= 2;
		else
			break;
	}
	return i;
}

/*
 * The word before position p: skip spaces and, if dot, one full stop;
 * [*ws, *we) is the word (ASCII letters), empty if there is none.
 */
static void
prev_word(const struct scan *sc, size_t p, int dot, size_t *ws, size_t *we)
{
	size_t i = back_space(sc->s, p);

	if (dot && i > 0 && sc->s[i - 1] == '.')
		i--;
	*we = i;
	while (i > 0 && *we - i < 32 && ascii_alpha((unsigned char)sc->s[i - 1]))
		i--;
	if (i > 0 && alnum_before(sc->s, i))
		i = *we;
	*ws = i;
}

/* The word after position e (after spaces): [*ws, *we), empty if none. */
static void
next_word(const struct scan *sc, size_t e, size_t *ws, size_t *we)
{
	size_t i = e;
	int k;

	for (k = 0; k < 3 && i < sc->n && (sc->s[i] == ' ' || sc->s[i] == '\t'); k++)
		i++;
	*ws = i;
	while (i < sc->n && i - *ws < 32 && ascii_alpha((unsigned char)sc->s[i]))
		i++;
	if (i < sc->n && ((unsigned char)sc->s[i] >= 0x80 ||
	    ascii_digit((unsigned char)sc->s[i])))
		i = *ws;	/* a word of another script or with digits: not an English word */
	*we = i;
}

static int
has_upper(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] >= 'A' && s[i] <= 'Z')
			return 1;
	return 0;
}

/* Is the word at ws the first of its sentence (or clause after a colon)? */
static int
initial(const struct scan *sc, size_t ws)
{
	size_t i = ws;

	while (i > 0) {
		unsigned char c = (unsigned char)sc->s[i - 1];

		if (c == ' ' || c == '\t' || c == '\n' || c == '"' || c == '\'' ||
		    c == '(' || c == '[' || c == '-')
			i--;
		else if (c >= 0x80 && !alnum_before(sc->s, i))
			i = utf8_back(sc->s, i);	/* curly quotes, dashes, NBSP */
		else
			return c == '.' || c == ':' || c == '!' || c == '?';
	}
	return 1;
}

/* A headline in Title Case: no long word in lower case. */
static int
headline(struct scan *sc)
{
	size_t i = 0, j;
	int low = 0, up = 0;

	if (sc->headline >= 0)
		return sc->headline;
	while (i < sc->n) {
		if (!ascii_alpha((unsigned char)sc->s[i]) || (i > 0 &&
		    alnum_before(sc->s, i))) {
			i++;
			continue;
		}
		for (j = i; j < sc->n && ascii_alpha((unsigned char)sc->s[j]); j++)
			;
		if (j - i >= 4) {
			if (sc->s[i] >= 'a' && sc->s[i] <= 'z')
				low++;
			else
				up++;
		}
		i = j;
	}
	sc->headline = low == 0 && up >= 2;
	return sc->headline;
}

/* Inside a URL, e-mail address or handle: the end of that token, else 0. */
static size_t
in_link(const struct scan *sc, size_t a, size_t b)
{
	size_t i = a, j = b, k;

	while (i > 0 && a - i < 256 && sc->s[i - 1] != ' ' && sc->s[i - 1] != '\t' &&
	    sc->s[i - 1] != '\n' && sc->s[i - 1] != '(' && sc->s[i - 1] != '<')
		i--;
	while (j < sc->n && j - b < 256 && sc->s[j] != ' ' && sc->s[j] != '\t' &&
	    sc->s[j] != '\n' && sc->s[j] != ')' && sc->s[j] != '>')
		j++;
	for (k = i; k < j; k++) {
		if (sc->s[k] == '@' || (k + 3 <= j && memcmp(sc->s + k, "://", 3) == 0) ||
		    (k + 4 <= j && (memcmp(sc->s + k, "www.", 4) == 0 ||
		    memcmp(sc->s + k, ".com", 4) == 0 || memcmp(sc->s + k, ".org", 4) == 0)))
			return j > b ? j : b;
	}
	return 0;
}

static int
phrase(struct cand *c, const struct scan *sc, size_t a, size_t b, int type)
{
	c->start = a;
	c->end = b;
	c->type = type;
	return nx_phrase(sc->s + a, b - a, c->value, sizeof(c->value)) >= 0;
}

static int
valuef(struct cand *c, size_t a, size_t b, int type, const char *fmt, ...)
{
	va_list ap;
	int k;

	va_start(ap, fmt);
	k = vsnprintf(c->value, sizeof(c->value), fmt, ap);
	va_end(ap);
	c->start = a;
	c->end = b;
	c->type = type;
	return k >= 0 && (size_t)k < sizeof(c->value);
}

static int
days_in(int m, long y)
{
	static const int dm[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m == 2 && y > 0)
		return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
	return dm[m - 1];
}

/* A date value: YYYY-MM-DD, YYYY-MM, --MM-DD or --MM (y, d may be 0). */
static int
datef(struct cand *c, size_t a, size_t b, long y, int m, long d)
{
	if (m < 1 || m > 12 || d < 0 || d > days_in(m, y) || (y != 0 &&
	    (y < 1000 || y > 2999)))
		return 0;
	if (y && d)
		return valuef(c, a, b, NX_DATE, "%04ld-%02d-%02ld", y, m, d);
	if (y)
		return valuef(c, a, b, NX_DATE, "%04ld-%02d", y, m);
	if (d)
		return valuef(c, a, b, NX_DATE, "--%02d-%02ld", m, d);
	return valuef(c, a, b, NX_DATE, "--%02d", m);
}

/* A clock value, with the zone abbreviation of group tz if it matched. */
static int
clockf(struct cand *c, const struct scan *sc, size_t a, size_t b, long h,
    long mi, long s, int ampm, int tz)
{
	char zone[16] = "";
	size_t zs, zl;

	if (ampm) {
		if (h < 1 || h > 12)
			return 0;
		h %= 12;
		if (ampm == 'p')
			h += 12;
	} else if (h > 23)
		return 0;
	if (tz >= 0 && set(sc, tz)) {
		zs = gs(sc, tz);
		zl = gl(sc, tz);
		while (zl > 0 && !ascii_alpha((unsigned char)sc->s[zs])) {
			zs++;
			zl--;
		}
		snprintf(zone, sizeof(zone), " %.*s", (int)(zl < 8 ? zl : 8), sc->s + zs);
	}
	if (s >= 0)
		return valuef(c, a, b, NX_TIME, "%02ld:%02ld:%02ld%s", h, mi, s, zone);
	return valuef(c, a, b, NX_TIME, "%02ld:%02ld%s", h, mi, zone);
}

static int
ampm_of(const struct scan *sc, int k)
{
	char c = sc->s[gs(sc, k)];

	return c == 'p' || c == 'P' ? 'p' : 'a';
}

/* ---- the recognisers; each fills c and returns 1, or returns 0 ---- */

static int
shape(struct scan *sc, size_t p, struct cand *c)
{
	size_t e;

	if (!run(sc, RX_SHAPE, p))
		return 0;
	e = sc->ov[1];
	if (set(sc, sc->nx->g.phone) || set(sc, sc->nx->g.ver) || set(sc, sc->nx->g.slash)) {
		c->start = p;
		c->end = e;
		c->type = -1;
		return 1;
	}
	if (set(sc, sc->nx->g.iso))
		return datef(c, p, e, gint(sc, sc->nx->g.iy), (int)gint(sc, sc->nx->g.im),
		    gint(sc, sc->nx->g.id)) && gint(sc, sc->nx->g.id) > 0;
	if (set(sc, sc->nx->g.nd)) {
		long a = gint(sc, sc->nx->g.na), b = gint(sc, sc->nx->g.nb), y = gint(sc, sc->nx->g.ny);

		if (a < 1 || b < 1)
			return 0;
		if (a > 12 && b <= 12)
			return datef(c, p, e, y, (int)b, a);
		if (b > 12 && a <= 12)
			return datef(c, p, e, y, (int)a, b);
		if (a == b)
			return datef(c, p, e, y, (int)a, b);
		return a <= 12 && b <= 12 && phrase(c, sc, p, e, NX_DATE);
	}
	if (set(sc, sc->nx->g.clk)) {
		if (sc->s[gs(sc, sc->nx->g.csp)] == '.' && !set(sc, sc->nx->g.cap))
			return 0;	/* 7.30 is a decimal */
		return clockf(c, sc, p, e, gint(sc, sc->nx->g.ch), gint(sc, sc->nx->g.cm),
		    set(sc, sc->nx->g.cs) ? gint(sc, sc->nx->g.cs) : -1,
		    set(sc, sc->nx->g.cap) ? ampm_of(sc, sc->nx->g.cap) : 0, sc->nx->g.ctz);
	}
	if (set(sc, sc->nx->g.hap))
		return clockf(c, sc, p, e, gint(sc, sc->nx->g.hh), 0, -1,
		    ampm_of(sc, sc->nx->g.hp), sc->nx->g.htz);
	if (set(sc, sc->nx->g.dmy))
		return datef(c, p, e, set(sc, sc->nx->g.dy) ? gint(sc, sc->nx->g.dy) : 0,
		    nx_month(sc->s + gs(sc, sc->nx->g.dmon), gl(sc, sc->nx->g.dmon)), gint(sc, sc->nx->g.dd)) &&
		    gint(sc, sc->nx->g.dd) > 0;
	if (set(sc, sc->nx->g.ord))
		return valuef(c, p, e, NX_ORDINAL, "%ld", gint(sc, sc->nx->g.on));
	if (set(sc, sc->nx->g.dec))
		return valuef(c, p, e, NX_DATE, "%.2s%c0s", sc->s + gs(sc, sc->nx->g.dc),
		    sc->s[gs(sc, sc->nx->g.dd2)]);
	if (set(sc, sc->nx->g.dec2)) {
		/* "'90s": only with the apostrophe, which joins the span. */
		char d = sc->s[gs(sc, sc->nx->g.dd3)];

		if (p >= 1 && sc->s[p - 1] == '\'')
			p -= 1;
		else if (p >= 3 && memcmp(sc->s + p - 3, "\xE2\x80\x99", 3) == 0)
			p -= 3;
		else
			return 0;
		return valuef(c, p, e, NX_DATE, "%s%c0s", d <= '1' ? "20" : "19", d);
	}
	if (set(sc, sc->nx->g.yr2)) {
		long y1 = gint(sc, sc->nx->g.y1), y2 = gint(sc, sc->nx->g.y2);

		if (y1 < 1900 || y1 > 2099)
			return 0;
		if (gl(sc, sc->nx->g.y2) == 2) {
			long m = y2;

			y2 += y1 - y1 % 100;
			if (y2 <= y1)
				y2 += 100;
			if (y2 - y1 > 10)	/* "2024-04": a month */
				return sc->s[gs(sc, sc->nx->g.y2) - 1] == '-' &&
				    datef(c, p, e, y1, (int)m, 0);
		}
		if (y2 <= y1 || y2 > 2099)
			return 0;
		return valuef(c, p, e, NX_DATE, "%ld/%ld", y1, y2);
	}
	return 0;
}

/*
 * Is a bare four-digit number at [a, b) a year here?  2 if a cue before
 * it says so ("in 2025"), 1 if it only looks like one, 0 if it is a count.
 * News writes counts of a thousand and more with a comma, so a bare
 * 1900-2099 is taken as a year unless the words around it say otherwise.
 */
static int
year_here(const struct scan *sc, size_t a, size_t b, long v)
{
	size_t ws, we, ns, ne, ps, pe;
	int det;

	if (v < 1000 || v > 2099)
		return 0;
	next_word(sc, b, &ns, &ne);
	prev_word(sc, a, 0, &ws, &we);
	if (b + 1 < sc->n && (sc->s[b] == '\'' || (b + 3 < sc->n &&
	    memcmp(sc->s + b, "\xE2\x80\x99", 3) == 0)) && (sc->s[b + 1] == 's' ||
	    (b + 3 < sc->n && sc->s[b + 3] == 's')))
		return v >= 1900 ? 2 : 0;	/* "2024's" */
	/* A counted noun after it makes it a count: "in 2000 homes". */
	if (ne > ns && nx_inlist(nx_counted, sc->s + ns, ne - ns))
		return 0;
	if (we > ws && nx_inlist(nx_yearcues, sc->s + ws, we - ws))
		return 2;	/* "since 2008 scientists" */
	det = we > ws && nx_inlist(nx_yeardets, sc->s + ws, we - ws);
	if (!det && ne - ns > 3 && sc->s[ns] >= 'a' && sc->s[ns] <= 'z' &&
	    sc->s[ne - 1] == 's' && sc->s[ne - 2] != 's' && sc->s[ne - 2] != 'u' &&
	    sc->s[ne - 2] != 'i')
		return 0;
	if (v < 1900)
		return 0;
	if (a > 0 && sc->s[a - 1] == '(')
		return 2;
	if (we > ws && (nx_eqi(sc->s + ws, we - ws, "to") ||
	    nx_eqi(sc->s + ws, we - ws, "and") || nx_eqi(sc->s + ws, we - ws, "or"))) {
		/* "between 2019 and 2021", "prior to 2004"; not "rose to 2000". */
		if (sc->count > 0 && sc->lasttype == NX_DATE && ws - sc->lastend <= 3)
			return 2;
		prev_word(sc, ws, 0, &ps, &pe);
		return pe > ps && nx_eqi(sc->s + ps, pe - ps, "prior") ? 2 : 0;
	}
	if (we > ws && nx_inlist(nx_qtycues, sc->s + ws, we - ws))
		return 0;
	return det ? 2 : 1;
}

/* Is the number at a an identifier: "No. 10", "page 5", "#1"? */
static int
label_before(const struct scan *sc, size_t a)
{
	size_t ws, we;

	if (a > 0 && sc->s[a - 1] == '#')
		return 1;
	prev_word(sc, a, 1, &ws, &we);
	return we > ws && nx_inlist(nx_labels, sc->s + ws, we - ws);
}

/* A bare number: is it a CARDINAL here (not an identifier, a pronoun...)? */
static int
cardinal_ok(struct scan *sc, size_t a, size_t b, int spelled)
{
	size_t ws, we, ns, ne;

	if (spelled) {
		if (!nx_eqi(sc->s + a, b - a, "one"))
			return 1;
		next_word(sc, b, &ns, &ne);
		if (ne == ns || !(sc->s[ns] >= 'a' && sc->s[ns] <= 'z') ||
		    nx_inlist(nx_one_after, sc->s + ns, ne - ns) ||
		    (ne < sc->n && (sc->s[ne] == '\'' || sc->s[ne] == '-')))
			return 0;
		prev_word(sc, a, 0, &ws, &we);
		return !(we > ws && nx_inlist(nx_one_before, sc->s + ws, we - ws));
	}
	if (label_before(sc, a))
		return 0;
	if (b - a > 1 && sc->s[a] == '0' && ascii_digit((unsigned char)sc->s[a + 1]))
		return 0;	/* "007", "044" */
	prev_word(sc, a, 1, &ws, &we);
	if (we == ws)
		return 1;
	/* "Windows 10", "Boeing 737": a name with a number in it. */
	if (we == back_space(sc->s, a) && has_upper(sc->s + ws, we - ws) &&
	    !initial(sc, ws) && !nx_inlist(nx_capok, sc->s + ws, we - ws) &&
	    nx_month(sc->s + ws, we - ws) == 0 && !headline(sc))
		return 0;
	return 1;
}

/* Format a number, a range of two, with a sign; into v. */
static int
numval(char *v, size_t cap, const struct nx_dec *x1, const struct nx_dec *x2, int neg)
{
	int k;

	if ((k = nx_dec_fmt(x1, neg, v, cap)) < 0)
		return -1;
	if (x2 == NULL)
		return k;
	if ((size_t)k + 2 >= cap)
		return -1;
	v[k++] = '-';
	if (nx_dec_fmt(x2, 0, v + k, cap - (size_t)k) < 0)
		return -1;
	return (int)strlen(v);
}

/* A run of more than twelve digits: one CARDINAL, its digits as the value. */
static int
longrun(const struct scan *sc, size_t p, struct cand *c)
{
	size_t e = p, a;

	while (e < sc->n && ascii_digit((unsigned char)sc->s[e]))
		e++;
	if (e - p <= 12 || (e < sc->n && (ascii_alpha((unsigned char)sc->s[e]) ||
	    sc->s[e] == '.' || sc->s[e] == ',')))
		return 0;
	for (a = p; a + 1 < e && sc->s[a] == '0'; a++)
		;
	c->start = p;
	c->end = e;
	c->type = NX_CARDINAL;
	if (e - a < sizeof(c->value))
		snprintf(c->value, sizeof(c->value), "%.*s", (int)(e - a), sc->s + a);
	else	/* too long to write: the first digits and the count */
		snprintf(c->value, sizeof(c->value), "%.32s...(%zu)",
		    sc->s + a, e - a);
	return 1;
}

static int
number(struct scan *sc, size_t p, struct cand *c)
{
	struct nx_dec x1, x2;
	char v[NUMEX_VALUE];
	const char *code;
	size_t e0, ns1, nl1, ns2 = 0, nl2 = 0, e, vs, vl;
	int sc1, sc2, neg, spelled, range, div, k;
	int32_t cp;
	long iv;

	if (!run(sc, RX_NUM, p))
		return 0;
	e0 = sc->ov[1];
	neg = set(sc, sc->nx->g.sg) && sc->s[p] != '+';
	if (set(sc, sc->nx->g.vg)) {
		vs = gs(sc, sc->nx->g.vg);
		vl = gl(sc, sc->nx->g.vg);
		if (run(sc, RX_SUF, e0) && set(sc, sc->nx->g.ofc))
			return phrase(c, sc, vs, sc->ov[1], NX_MONEY);
		return !neg && phrase(c, sc, vs, vs + vl, NX_CARDINAL);
	}
	spelled = set(sc, sc->nx->g.n3);
	range = set(sc, sc->nx->g.n2);
	ns1 = gs(sc, spelled ? sc->nx->g.n3 : sc->nx->g.n1);
	nl1 = gl(sc, spelled ? sc->nx->g.n3 : sc->nx->g.n1);
	if (range) {
		ns2 = gs(sc, sc->nx->g.n2);
		nl2 = gl(sc, sc->nx->g.n2);
	}
	if (nx_number(sc->s + ns1, nl1, &x1, &sc1) != 0 ||
	    (range && nx_number(sc->s + ns2, nl2, &x2, &sc2) != 0))
		return 0;
	if (range && sc1 == 0 && sc2 > 0 && nx_dec_shift(&x1, sc2) != 0)
		return 0;
	if (numval(v, sizeof(v), &x1, range ? &x2 : NULL, neg) < 0)
		return 0;

	if (run(sc, RX_SUF, e0)) {
		e = sc->ov[1];
		if (set(sc, sc->nx->g.ap) || set(sc, sc->nx->g.oc) || set(sc, sc->nx->g.noon)) {
			if (range || neg || nx_dec_int(&x1, &iv) != 0)
				return 0;
			if (set(sc, sc->nx->g.noon))
				return iv == 12 && valuef(c, p, e, NX_TIME, "12:00");
			if (set(sc, sc->nx->g.oc))
				return iv >= 1 && iv <= 12 &&
				    valuef(c, p, e, NX_TIME, "%02ld:00", iv);
			return clockf(c, sc, p, e, iv, 0, -1, ampm_of(sc, sc->nx->g.ap), -1);
		}
		if (set(sc, sc->nx->g.pct)) {
			if (sc->s[gs(sc, sc->nx->g.pct)] == 'p' || sc->s[gs(sc, sc->nx->g.pct)] == 'P') {
				if (gl(sc, sc->nx->g.pct) > 10 &&
				    nx_eqi(sc->s + gs(sc, sc->nx->g.pct), 10, "percentage"))
					return valuef(c, p, e, NX_PERCENT, "%s pp", v);
			}
			return valuef(c, p, e, NX_PERCENT, "%s%%", v);
		}
		if (set(sc, sc->nx->g.cur)) {
			if ((code = nx_currency(nx_curwords, sc->s + gs(sc, sc->nx->g.cur),
			    gl(sc, sc->nx->g.cur), &div)) == NULL)
				return 0;
			if (div && (nx_dec_shift(&x1, -div) != 0 || (range &&
			    nx_dec_shift(&x2, -div) != 0) || numval(v, sizeof(v),
			    &x1, range ? &x2 : NULL, neg) < 0))
				return 0;
			return valuef(c, p, e, NX_MONEY, "%s %s", v, code);
		}
		if (set(sc, sc->nx->g.unit)) {
			if ((code = nx_unit(sc->s + gs(sc, sc->nx->g.unit), gl(sc, sc->nx->g.unit))) == NULL)
				return 0;
			return valuef(c, p, e, NX_QUANTITY, "%s %s", v, code);
		}
		if (set(sc, sc->nx->g.dur)) {
			if (set(sc, sc->nx->g.old))	/* an age: the number alone */
				return !range && !neg && valuef(c, p, e0, NX_CARDINAL, "%s", v);
			return !neg && phrase(c, sc, p, e, NX_DATE);
		}
		if (set(sc, sc->nx->g.tdur))
			return !neg && phrase(c, sc, p, e, NX_TIME);
		if (set(sc, sc->nx->g.frac)) {
			/* "two-thirds", "one third"; not "3 quarters" or "the 2 third". */
			if ((sc->s[e0] == '-' || spelled) && !range && !neg &&
			    nx_dec_int(&x1, &iv) == 0 &&
			    (k = nx_fraction(sc->s + gs(sc, sc->nx->g.frac), gl(sc, sc->nx->g.frac))) > 0 &&
			    (iv == 1) == (sc->s[e - 1] != 's' && sc->s[e - 1] != 'S'))
				return valuef(c, p, e, NX_CARDINAL, "%ld/%d", iv, k);
		}
	}
	/* A bare number: not glued to a letter ("4G", "3D"). */
	if (e0 < sc->n && (ascii_alpha((unsigned char)sc->s[e0]) ||
	    ((unsigned char)sc->s[e0] >= 0x80 && e0 + 1 <= sc->n &&
	    alnum_before(sc->s, e0 + utf8_decode(sc->s + e0, sc->n - e0, &cp)))))
		return 0;
	k = 0;
	if (!range && !neg && !spelled && sc1 == 0 && nl1 == 4 &&
	    nx_dec_int(&x1, &iv) == 0 && (k = year_here(sc, p, e0, iv)) == 2 &&
	    !label_before(sc, p))
		return valuef(c, p, e0, NX_DATE, "%ld", iv);
	if (!range && sc1 == 0 && !cardinal_ok(sc, set(sc, sc->nx->g.sg) ? p + 1 : p, e0, spelled))
		return 0;
	if (k == 1)
		return valuef(c, p, e0, NX_DATE, "%ld", iv);
	return valuef(c, p, e0, NX_CARDINAL, "%s", v);
}

static int
money(struct scan *sc, size_t p, struct cand *c)
{
	struct nx_dec x1, x2;
	char v[NUMEX_VALUE];
	const char *code;
	int sc1, div, range, k = 0;
	size_t e;

	if (!run(sc, RX_MONEY, p))
		return 0;
	e = sc->ov[1];
	range = set(sc, sc->nx->g.m2);
	if ((code = nx_currency(nx_cursyms, sc->s + gs(sc, sc->nx->g.mcur), gl(sc, sc->nx->g.mcur),
	    &div)) == NULL)
		return 0;
	if (nx_number(sc->s + gs(sc, sc->nx->g.m1), gl(sc, sc->nx->g.m1), &x1, &sc1) != 0 ||
	    (range && nx_number(sc->s + gs(sc, sc->nx->g.m2), gl(sc, sc->nx->g.m2), &x2, &sc1) != 0))
		return 0;
	if (set(sc, sc->nx->g.msc)) {
		struct nx_dec one;

		/* The scale word, read through nx_number on "1 <word>". */
		char t[24];

		snprintf(t, sizeof(t), "1 %.*s", (int)(gl(sc, sc->nx->g.msc) < 16 ? gl(sc, sc->nx->g.msc) : 16),
		    sc->s + gs(sc, sc->nx->g.msc));
		if (nx_number(t, strlen(t), &one, &k) != 0 ||
		    nx_dec_shift(&x1, k) != 0 || (range && nx_dec_shift(&x2, k) != 0))
			return 0;
	}
	if (numval(v, sizeof(v), &x1, range ? &x2 : NULL, 0) < 0)
		return 0;
	return valuef(c, p, e, NX_MONEY, "%s %s", v, code);
}

static int
mdy(struct scan *sc, size_t p, struct cand *c)
{
	size_t e, ws, we, ms, ml;
	int m;

	if (!run(sc, RX_MDY, p))
		return 0;
	e = sc->ov[1];
	ms = gs(sc, sc->nx->g.mon);
	ml = gl(sc, sc->nx->g.mon);
	m = nx_month(sc->s + ms, ml);
	if (set(sc, sc->nx->g.d) || set(sc, sc->nx->g.y)) {
		long d = set(sc, sc->nx->g.d) ? gint(sc, sc->nx->g.d) : 0;

		if (set(sc, sc->nx->g.d) && (d < 1 || d > 31))
			return 0;
		/* A day the calendar does not have ("February 30"): the phrase. */
		return datef(c, p, e, set(sc, sc->nx->g.y) ? gint(sc, sc->nx->g.y) : 0, m, d) ||
		    phrase(c, sc, p, e, NX_DATE);
	}
	/* A month alone: a full name, and a cue before the ones that are also words. */
	if (!nx_inlist(nx_month_full, sc->s + ms, ml))
		return 0;	/* "Jan" alone is a name */
	if (m == 3 || m == 4 || m == 5 || m == 6 || m == 8) {
		prev_word(sc, set(sc, sc->nx->g.wd) ? gs(sc, sc->nx->g.wd) : ms, 0, &ws, &we);
		if (we == ws || !nx_inlist(nx_monthcues, sc->s + ws, we - ws))
			return 0;
	}
	return datef(c, p, e, 0, m, 0);
}

static int
words(struct scan *sc, size_t p, struct cand *c)
{
	char v[NUMEX_VALUE];
	size_t e, ws, we;
	int t;

	if (!run(sc, RX_WORDS, p))
		return 0;
	e = sc->ov[1];
	if (set(sc, sc->nx->g.wnoon))
		return valuef(c, p, e, NX_TIME, "12:00");
	if (set(sc, sc->nx->g.wmid))
		return valuef(c, p, e, NX_TIME, "00:00");
	if (set(sc, sc->nx->g.tp) || set(sc, sc->nx->g.th))
		return phrase(c, sc, p, e, NX_TIME);
	if (set(sc, sc->nx->g.dq) || set(sc, sc->nx->g.dq2)) {
		const char *q = sc->s + gs(sc, set(sc, sc->nx->g.dq) ? sc->nx->g.qn : sc->nx->g.qn2);
		int n = (*q >= '1' && *q <= '4') ? *q - '0' : (*q == 'f' || *q == 'F') ?
		    (q[1] == 'i' || q[1] == 'I' ? 1 : 4) : (*q == 's' || *q == 'S') ? 2 : 3;
		int yg = set(sc, sc->nx->g.dq) ? sc->nx->g.qy : sc->nx->g.qy2;

		if (set(sc, yg))
			return valuef(c, p, e, NX_DATE, "%ld-Q%d", gint(sc, yg), n);
		return valuef(c, p, e, NX_DATE, "Q%d", n);
	}
	if (set(sc, sc->nx->g.dcx)) {
		char qual[8] = "";
		int d;

		if (set(sc, sc->nx->g.dqual))
			snprintf(qual, sizeof(qual), "%.*s ", (int)gl(sc, sc->nx->g.dqual),
			    sc->s + gs(sc, sc->nx->g.dqual));
		for (t = 0; qual[t] != '\0'; t++)
			if (qual[t] >= 'A' && qual[t] <= 'Z')
				qual[t] += 32;
		if (set(sc, sc->nx->g.dcy))
			return valuef(c, p, e, NX_DATE, "%s%.4ss", qual, sc->s + gs(sc, sc->nx->g.dcy));
		if (!set(sc, sc->nx->g.dthe) && !set(sc, sc->nx->g.dap))
			return 0;	/* "his 40s": an age, not a decade */
		d = sc->s[gs(sc, sc->nx->g.dcd)];
		return valuef(c, p, e, NX_DATE, "%s%s%c0s", qual, d <= '1' ? "20" : "19", d);
	}
	if (set(sc, sc->nx->g.vdur) || set(sc, sc->nx->g.adur)) {
		int u = set(sc, sc->nx->g.vdur) ? sc->nx->g.vu : sc->nx->g.au;

		t = (sc->s[gs(sc, u)] == 'h' || sc->s[gs(sc, u)] == 'H' ||
		    nx_eqi(sc->s + gs(sc, u), gl(sc, u) > 6 ? 6 : gl(sc, u), "minute") ||
		    nx_eqi(sc->s + gs(sc, u), gl(sc, u), "minutes")) ? NX_TIME : NX_DATE;
		return phrase(c, sc, p, e, t);
	}
	if (set(sc, sc->nx->g.tdy) && e - p == 5 && sc->s[p + 1] == 'O' && sc->s[p + 4] == 'Y') {
		/* "USA TODAY" is a name; "TODAY" in a headline in capitals is not. */
		prev_word(sc, p, 0, &ws, &we);
		if (we > ws && sc->s[ws] >= 'A' && sc->s[ws] <= 'Z' && !initial(sc, ws) &&
		    !headline(sc))
			return 0;
	}
	if (set(sc, sc->nx->g.bare)) {
		prev_word(sc, p, 0, &ws, &we);
		if (we == ws || !(nx_eqi(sc->s + ws, we - ws, "for") ||
		    nx_eqi(sc->s + ws, we - ws, "in") || nx_eqi(sc->s + ws, we - ws, "over")))
			return 0;
		return phrase(c, sc, p, e, NX_DATE);
	}
	(void)v;
	return phrase(c, sc, p, e, NX_DATE);
}

static int
ordword(struct scan *sc, size_t p, struct cand *c)
{
	size_t e, ws, we, ns, ne;
	int v;

	if (!run(sc, RX_ORDW, p))
		return 0;
	e = sc->ov[1];
	if ((v = nx_ordinal(sc->s + p, e - p)) < 0)
		return 0;
	if (v == 2 && e - p == 6) {
		/* "a second" and "per second" are time, "the second" is an ordinal. */
		prev_word(sc, p, 0, &ws, &we);
		next_word(sc, e, &ns, &ne);
		if (we > ws && (nx_eqi(sc->s + ws, we - ws, "per") ||
		    nx_eqi(sc->s + ws, we - ws, "split") ||
		    nx_eqi(sc->s + ws, we - ws, "every") ||
		    (nx_eqi(sc->s + ws, we - ws, "a") && ne == ns)))
			return 0;
	}
	return valuef(c, p, e, NX_ORDINAL, "%d", v);
}

/* ---- the scan ---- */

enum { A_DIGIT, A_SIGN, A_PAREN, A_MONEY, A_WORD };

/* Try everything that may start at p; keep the longest candidate in best. */
static int
attempt(struct scan *sc, size_t p, int kind, int flags, struct cand *best)
{
	struct cand c;
	size_t link;
	int found = 0;

#define TRY(call) do {							\
	if ((call) && c.end > c.start && (!found || c.end - c.start >	\
	    best->end - best->start)) {					\
		*best = c;						\
		found = 1;						\
	}								\
} while (0)

	switch (kind) {
	case A_DIGIT:
		TRY(longrun(sc, p, &c));
		TRY(shape(sc, p, &c));
		TRY(number(sc, p, &c));
		break;
	case A_SIGN:
		TRY(shape(sc, p, &c));
		TRY(number(sc, p, &c));
		break;
	case A_PAREN:
		TRY(shape(sc, p, &c));
		break;
	case A_MONEY:
		TRY(money(sc, p, &c));
		break;
	default:
		if (flags & F_MONEY)
			TRY(money(sc, p, &c));
		if (flags & F_WORDS)
			TRY(words(sc, p, &c));
		if (flags & F_MDY)
			TRY(mdy(sc, p, &c));
		if (flags & F_NUM)
			TRY(number(sc, p, &c));
		if (flags & F_ORD)
			TRY(ordword(sc, p, &c));
		break;
	}
#undef TRY
	if (found && best->type >= 0 && (link = in_link(sc, best->start, best->end)) > 0) {
		best->end = link;
		best->type = -1;
	}
	return found;
}

static void
emit(struct scan *sc, const struct cand *c)
{
	if (sc->count < sc->max) {
		struct numex_mention *m = &sc->out[sc->count];

		m->start = c->start;
		m->end = c->end;
		m->type = (enum numex_type)c->type;
		memcpy(m->value, c->value, sizeof(m->value));
	}
	sc->count++;
	sc->lastend = c->end;
	sc->lasttype = (enum numex_type)c->type;
}

/* The currency sign starting at s[i], if any: its length. */
static size_t
cursign(const char *s, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)s + i;

	if (u[0] == '$')
		return 1;
	if (u[0] == 0xC2 && i + 1 < n && (u[1] == 0xA3 || u[1] == 0xA5))
		return 2;
	if (u[0] == 0xE2 && i + 2 < n && u[1] == 0x82 && (u[2] == 0xAC ||
	    u[2] == 0xB4 || u[2] == 0xBD || u[2] == 0xB9 || u[2] == 0xA9 ||
	    u[2] == 0xBA || u[2] == 0xAA))
		return 3;
	return 0;
}

static void
scan(struct scan *sc)
{
	const char *s = sc->s;
	size_t n = sc->n, i = 0, j, k;
	struct cand best;
	char low[16];
	int kind, flags;

	memset(&best, 0, sizeof(best));

	while (i < n) {
		unsigned char ch = (unsigned char)s[i];

		kind = -1;
		flags = 0;
		j = i + 1;
		if (ascii_alpha(ch)) {
			for (j = i; j < n && ascii_alpha((unsigned char)s[j]); j++)
				;
			if (i == 0 || !alnum_before(s, i)) {
				if (j - i < sizeof(low)) {
					for (k = i; k < j; k++)
						low[k - i] = (char)(s[k] | 0x20);
					flags = wordset_get(&sc->nx->triggers, low, j - i);
				}
				if (j < n && s[j] == '$' && j - i <= 3)
					flags |= F_MONEY;
				if (flags)
					kind = A_WORD;
			}
		} else if (ascii_digit(ch)) {
			for (j = i; j < n && ascii_digit((unsigned char)s[j]); j++)
				;
			if (i == 0 || (!alnum_before(s, i) && !((s[i - 1] == '-' ||
			    s[i - 1] == '.' || s[i - 1] == ',' || s[i - 1] == '/' ||
			    s[i - 1] == ':') && i >= 2 && alnum_before(s, i - 1))))
				kind = A_DIGIT;
		} else if ((ch == '-' || ch == '+') && i + 1 < n &&
		    ascii_digit((unsigned char)s[i + 1]) && (i == 0 || s[i - 1] == ' ' ||
		    s[i - 1] == '(')) {
			kind = A_SIGN;
		} else if (ch == 0xE2 && i + 3 < n && (unsigned char)s[i + 1] == 0x88 &&
		    (unsigned char)s[i + 2] == 0x92 && ascii_digit((unsigned char)s[i + 3]) &&
		    (i == 0 || s[i - 1] == ' ')) {
			kind = A_SIGN;	/* U+2212 minus */
		} else if (ch == '(' && i + 1 < n && ascii_digit((unsigned char)s[i + 1])) {
			kind = A_PAREN;
		} else if ((k = cursign(s, n, i)) > 0) {
			kind = A_MONEY;
			j = i + k;
		} else if (ch >= 0x80) {
			int32_t cp;

			j = i + utf8_decode(s + i, n - i, &cp);
		}
		if (kind >= 0 && attempt(sc, i, kind, flags, &best) &&
		    best.end > i) {
			if (best.type >= 0)
				emit(sc, &best);
			if (best.end > j)
				j = best.end;
		}
		i = j;
	}
}

size_t
numex_find(struct numex *nx, const char *s, size_t n,
    struct numex_mention *out, size_t max)
{
	struct scan sc;
	size_t i, k;
	int32_t cp;

	if (n == 0)
		return 0;
	/* pcre2 is told the text is valid UTF-8: make it so, byte for byte. */
	if (utf8_check(s, n) != n) {
		buf_clear(&nx->clean);
		buf_append(&nx->clean, s, n);
		for (i = 0; i < n; i += k) {
			k = utf8_decode(nx->clean.data + i, n - i, &cp);
			if (cp == UTF8_BAD)
				nx->clean.data[i] = '?';
		}
		s = nx->clean.data;
	}
	sc.nx = nx;
	sc.ov = pcre2_get_ovector_pointer(nx->md);
	sc.s = s;
	sc.n = n;
	sc.out = out;
	sc.max = out == NULL ? 0 : max;
	sc.count = 0;
	sc.headline = -1;
	sc.lastend = 0;
	sc.lasttype = NX_CARDINAL;
	scan(&sc);
	return sc.count;
}
