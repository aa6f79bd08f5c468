/*
 * numex_pat: the patterns of numex.  Each is a source below that calls
 * the definitions every pattern shares (put_defs: number words, scales,
 * months, weekdays, zones, currencies, units, the last four from the
 * lists of lib/data/numex/), which are written out in line (expand);
 * compiled anchored, in UTF mode, JIT where pcre2 has it, once per
 * struct numex.  Group numbers are looked up by
 * name once (groups), so the recognisers read nx->g.NAME.
 */
#include <err.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "numex_int.h"

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

/*
 * Longest first, then in strcmp order; a word given twice (as it may
 * be, once case-sensitive) in the order given: a and b point into the
 * same array of words, so the addresses are that order.
 */
static int
bylen(const void *a, const void *b)
{
	const char *const *pa = *(const char *const *const *)a;
	const char *const *pb = *(const char *const *const *)b;
	size_t la = strlen(*pa), lb = strlen(*pb);
	int c;

	if (la != lb)
		return la > lb ? -1 : 1;
	if ((c = strcmp(*pa, *pb)) != 0)
		return c;
	return pa < pb ? -1 : pa > pb;
}

/*
 * An alternation of words, longest first, each case-sensitive or not;
 * order (if not NULL) gets the index in w of each word, in that order.
 */
static void
put_alt(struct buf *b, const char **w, const int *cs, size_t n, size_t *order)
{
	const char ***v;
	size_t i, j;

	if ((v = calloc(n, sizeof(*v))) == NULL)
		err(EXIT_TROUBLE, NULL);
	for (i = 0; i < n; i++)
		v[i] = &w[i];
	qsort(v, n, sizeof(*v), bylen);
	buf_putc(b, '(');
	buf_putc(b, '?');
	buf_putc(b, ':');
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_putc(b, '|');
		j = (size_t)(v[i] - w);
		if (order != NULL)
			order[i] = j;
		puts_buf(b, cs[j] ? "(?-i:" : "(?:");
		put_lit(b, w[j]);
		buf_putc(b, ')');
	}
	buf_putc(b, ')');
	free(v);
}

/*
 * The words of a NULL-terminated table of currencies or units as one
 * alternation: each entry of size bytes has its word (const char *) at
 * woff and its case flag (int) at csoff.  The words go into fw too, in
 * the alternation's order, for numex_fast.c.
 */
static void
put_table(struct buf *b, const void *table, size_t size, size_t woff,
    size_t csoff, struct nx_fwtab *fw)
{
	const char *e = table, **w, *word;
	size_t n, i, *order;
	int *cs;

	for (n = 0;; n++) {
		memcpy(&word, e + n * size + woff, sizeof(word));
		if (word == NULL)
			break;
	}
	if ((w = calloc(n + 1, sizeof(*w))) == NULL ||
	    (cs = calloc(n + 1, sizeof(*cs))) == NULL)
		err(EXIT_TROUBLE, NULL);
	for (i = 0; i < n; i++) {
		memcpy(&w[i], e + i * size + woff, sizeof(w[i]));
		memcpy(&cs[i], e + i * size + csoff, sizeof(cs[i]));
	}
	if ((order = calloc(n + 1, sizeof(*order))) == NULL)
		err(EXIT_TROUBLE, NULL);
	put_alt(b, w, cs, n, order);
	free(fw->v);
	if ((fw->v = calloc(n + 1, sizeof(*fw->v))) == NULL)
		err(EXIT_TROUBLE, NULL);
	for (i = 0; i < n; i++) {
		fw->v[i].w = w[order[i]];
		fw->v[i].len = strlen(w[order[i]]);
		fw->v[i].cs = cs[order[i]];
	}
	fw->n = n;
	free(order);
	free(w);
	free(cs);
}

#define put_cur(b, t, fw)	put_table((b), (t), sizeof(struct nx_cur), \
	    offsetof(struct nx_cur, w), offsetof(struct nx_cur, cs), (fw))
#define put_units(b, t, fw)	put_table((b), (t), sizeof(struct nx_unit), \
	    offsetof(struct nx_unit, w), offsetof(struct nx_unit, cs), (fw))

/*
 * The index of fw by first byte.  0, or -1 if a word is one the matchers
 * of numex_fast.c do not model: a space at either end or two together,
 * more than 65535 words, or (in any case) K or long s, the two characters
 * beyond ASCII that fold to ASCII letters.
 */
static int
fw_index(struct nx_fwtab *fw)
{
	size_t i, total = 0;
	uint32_t k;
	int c;

	free(fw->idx);
	fw->idx = NULL;
	if (fw->n > 65535)
		return -1;
	for (i = 0; i < fw->n; i++) {
		const char *w = fw->v[i].w;
		size_t len = fw->v[i].len;

		if (len == 0 || w[0] == ' ' || (w[0] >= '\t' && w[0] <= '\r') ||
		    w[len - 1] == ' ' ||
		    strstr(w, "  ") != NULL || (!fw->v[i].cs &&
		    (strstr(w, "\xE2\x84\xAA") != NULL || strstr(w, "\xC5\xBF") != NULL)))
			return -1;
	}
	/* Each ASCII byte's words, in order: counted, then placed. */
	for (c = 0; c < 128; c++) {
		fw->off[c] = (uint32_t)total;
		for (i = 0; i < fw->n; i++) {
			int f = (unsigned char)fw->v[i].w[0];

			if (f == c || (!fw->v[i].cs && f < 128 && ascii_alpha(f) &&
			    (f | 0x20) == (c | 0x20)))
				total++;
		}
	}
	fw->off[128] = (uint32_t)total;
	if ((fw->idx = calloc(total + 1, sizeof(*fw->idx))) == NULL)
		err(EXIT_TROUBLE, NULL);
	for (c = 0, k = 0; c < 128; c++)
		for (i = 0; i < fw->n; i++) {
			int f = (unsigned char)fw->v[i].w[0];

			if (f == c || (!fw->v[i].cs && f < 128 && ascii_alpha(f) &&
			    (f | 0x20) == (c | 0x20)))
				fw->idx[k++] = (uint16_t)i;
		}
	return 0;
}

/* Month names, capitalised or in capitals; abbreviations take an optional full stop. */
static void
put_months(struct buf *b, const struct nx_lists *l)
{
	char up[16];
	size_t i, k;

	puts_buf(b, "(?<month>(?-i:(?:");
	for (i = 0; l->month_full[i] != NULL; i++) {
		for (k = 0; l->month_full[i][k] != '\0' && k < 15; k++)
			up[k] = (char)(l->month_full[i][k] & ~0x20);
		up[k] = '\0';
		if (i > 0)
			buf_putc(b, '|');
		puts_buf(b, l->month_full[i]);
		buf_putc(b, '|');
		puts_buf(b, up);
	}
	puts_buf(b, ")(?&NL)|(?:Sept|SEPT");
	for (i = 0; l->month_abbr[i] != NULL; i++) {
		if (strcmp(l->month_abbr[i], "May") == 0)
			continue;
		for (k = 0; l->month_abbr[i][k] != '\0'; k++)
			up[k] = (char)(l->month_abbr[i][k] & ~0x20);
		up[k] = '\0';
		buf_putc(b, '|');
		puts_buf(b, l->month_abbr[i]);
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
put_defs(struct buf *b, struct numex *nx)
{
	const struct nx_lists *l = &nx->l;

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
	put_months(b, l);
	put_list(b, "weekday", l->weekdays, 0);
	puts_buf(b, "(?<tz>(?&S)");
	put_list(b, "tzname", l->tzones, 1);
	puts_buf(b, "(?&NW))");
	puts_buf(b, "(?<curw>");
	put_cur(b, l->curwords, &nx->curw);
	puts_buf(b, ")(?<cursym>");
	{
		struct nx_fwtab syms = { NULL, 0, NULL, { 0 } };

		put_cur(b, l->cursyms, &syms);
		free(syms.v);
	}
	puts_buf(b, ")(?<unitw>");
	put_units(b, l->units, &nx->unitw);
	puts_buf(b, ")(?<ordw>(?:(?:(?&tens)(?:-|(?&S)))?(?:first|second|third|fourth"
	    "|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth"
	    "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
	    "|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth"
	    "|seventieth|eightieth|ninetieth|hundredth|thousandth|millionth)"
	    "(?&NL))"
	    ")");
}

/*
 * numex_fast.c answers for src_num, src_suf and src_mdy, for src_words at
 * a weekday and src_shape's no at a digit, by hand: a change here needs
 * its change there (tests/unit/test_numex.c compares the two), as do
 * nx_follow and nx_judge below.
 */

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

/*
 * After an article the patterns go on only with these words (all of them
 * followed by a space, a hyphen or no letter in the patterns): "the" in
 * th, dq, dcx, rel, edge, dayrel and wkend of src_words (a digit or an
 * apostrophe of dcx is let through by the scan itself); "a" and "an" in
 * vdur and adur of src_words, and vg, spelled and u999 of src_num.
 */
const struct nx_follow nx_follow[] = {
	{ "the", "past", F_WORDS }, { "the", "last", F_WORDS },
	{ "the", "next", F_WORDS }, { "the", "previous", F_WORDS },
	{ "the", "coming", F_WORDS }, { "the", "first", F_WORDS },
	{ "the", "second", F_WORDS }, { "the", "third", F_WORDS },
	{ "the", "fourth", F_WORDS }, { "the", "early", F_WORDS },
	{ "the", "mid", F_WORDS }, { "the", "late", F_WORDS },
	{ "the", "this", F_WORDS }, { "the", "following", F_WORDS },
	{ "the", "same", F_WORDS }, { "the", "current", F_WORDS },
	{ "the", "end", F_WORDS }, { "the", "start", F_WORDS },
	{ "the", "beginning", F_WORDS }, { "the", "middle", F_WORDS },
	{ "the", "turn", F_WORDS }, { "the", "day", F_WORDS },
	{ "the", "weekend", F_WORDS },
	{ "a", "few", F_WORDS | F_NUM }, { "a", "couple", F_WORDS },
	{ "a", "hundred", F_NUM }, { "a", "thousand", F_NUM },
	{ "a", "million", F_NUM }, { "a", "billion", F_NUM },
	{ "a", "trillion", F_NUM }, { "a", "dozen", F_NUM },
	{ "a", "day", F_WORDS }, { "a", "week", F_WORDS },
	{ "a", "month", F_WORDS }, { "a", "year", F_WORDS },
	{ "a", "decade", F_WORDS }, { "a", "hour", F_WORDS },
	{ "a", "minute", F_WORDS },
	{ NULL, NULL, 0 }
};

/*
 * Other trigger words that start no phrase of src_words alone, only one
 * with a word after them (after one to three spaces; "early", "late" and
 * "mid" also after a hyphen, and "Q" before a digit, which the scan lets
 * through): the words, as nx_follow is for the articles, taken from the
 * alternatives each trigger may start (and "several" from vg of src_num).
 * Lower case; months and weekdays are the lists' (nx_judge_lists).
 */
#define W_SPELLED "one two three four five six seven eight nine ten eleven " \
	"twelve thirteen fourteen fifteen sixteen seventeen eighteen " \
	"nineteen twenty thirty forty fifty sixty seventy eighty ninety a an "
#define W_TH	"hours hour minutes minute few several couple " W_SPELLED
#define W_REL	"few couple day days week weeks weekend weekends month months " \
	"year years decade decades century centuries summer winter spring " \
	"autumn fall season quarter " W_SPELLED
#define W_RELW	"the last next this past coming previous following same current "

const struct nx_judge nx_judge[] = {
	{ "this", "morning afternoon evening night " W_REL, 1, F_WORDS },
	{ "first", W_TH "fiscal quarter", 0, F_WORDS },
	{ "second third fourth", "fiscal quarter", 0, F_WORDS },
	{ "last", "night " W_TH W_REL, 1, F_WORDS },
	{ "next past coming previous", W_TH W_REL, 1, F_WORDS },
	{ "following same current", W_REL, 1, F_WORDS },
	{ "several many", "days weeks months years decades hours minutes "
	    "dozen hundred thousand million billion", 0, F_WORDS | F_NUM },
	{ "early late", W_RELW, 2, F_WORDS },
	{ "mid", "the", 2, F_WORDS },
	{ "earlier later", W_RELW, 0, F_WORDS },
	{ "recent", "days weeks months years decades", 0, F_WORDS },
	{ "end start beginning middle turn", "of", 0, F_WORDS },
	{ "spring summer autumn winter fall", "of", 0, F_WORDS },
	{ "day", "before after", 0, F_WORDS },
	{ NULL, NULL, 0, 0 }
};

static int
group(const struct numex *nx, int r, const char *name)
{
	int k = pcre2_substring_number_from_name(nx->rx[r], (PCRE2_SPTR)name);

	if (k < 0)
		errx(EXIT_TROUBLE, "numex: no group %s in the patterns", name);
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

/*
 * The definitions are written in line where they are called, not called
 * as subroutines: a match then costs pcre2 no capture slots for them (it
 * clears every slot of a pattern each time it runs) and no calls.  Each
 * (?&name) becomes (?i:body), as a call takes the options of its
 * definition and pcre2 lets the match backtrack into it; a named group
 * inside a body (tzname) loses its name, as the recognisers read only the
 * groups of the sources.
 */
struct def {
	const char	*name, *body;
	size_t		 nlen, blen;
};

/* The ']' that ends the class opened at s[i], or n - 1; a ']' first (after '^') is a member. */
static size_t
class_end(const char *s, size_t n, size_t i)
{
	i++;
	if (i < n && s[i] == '^')
		i++;
	if (i < n && s[i] == ']')
		i++;
	for (; i < n && s[i] != ']'; i++)
		if (s[i] == '\\')
			i++;
	return i < n ? i : n - 1;
}

/* The ')' that closes the group opened at s[i], or n. */
static size_t
closing(const char *s, size_t n, size_t i)
{
	size_t depth = 0;

	for (; i < n; i++) {
		if (s[i] == '\\')
			i++;
		else if (s[i] == '[')
			i = class_end(s, n, i);
		else if (s[i] == '(')
			depth++;
		else if (s[i] == ')' && --depth == 0)
			return i;
	}
	return n;
}

/* The named groups of the (?(DEFINE)...) block that starts d. */
static size_t
parse_defs(const char *d, size_t n, struct def *v, size_t max)
{
	static const char open[] = "(?i)(?(DEFINE)";
	size_t i = sizeof(open) - 1, e, k = 0, j;

	if (n < i || memcmp(d, open, i) != 0)
		errx(EXIT_TROUBLE, "numex: the definitions do not start with %s", open);
	n = closing(d, n, 4);
	while (i < n) {
		if (d[i] != '(' || i + 3 >= n || d[i + 1] != '?' || d[i + 2] != '<' ||
		    (e = closing(d, n, i)) >= n || k == max)
			errx(EXIT_TROUBLE, "numex: definition %zu is not a named group", k);
		for (j = i + 3; j < e && d[j] != '>'; j++)
			;
		v[k].name = d + i + 3;
		v[k].nlen = j - (i + 3);
		v[k].body = d + j + 1;
		v[k].blen = e - (j + 1);
		k++;
		i = e + 1;
	}
	return k;
}

/* s[0..n) into b with every call of a definition written out; body: s is one. */
static void
expand(struct buf *b, const char *s, size_t n, const struct def *v,
    size_t nv, int body, int depth)
{
	size_t i, j, e, k;

	if (depth > 16)
		errx(EXIT_TROUBLE, "numex: the definitions call each other too deep");
	for (i = 0; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n) {
			buf_append(b, s + i, 2);
			i++;
		} else if (s[i] == '[') {
			e = class_end(s, n, i);
			buf_append(b, s + i, e - i + 1);
			i = e;
		} else if (s[i] == '(' && i + 3 < n && s[i + 1] == '?' && s[i + 2] == '&') {
			for (j = i + 3; j < n && s[j] != ')'; j++)
				;
			for (k = 0; k < nv && (v[k].nlen != j - (i + 3) ||
			    memcmp(v[k].name, s + i + 3, v[k].nlen) != 0); k++)
				;
			if (k == nv)
				errx(EXIT_TROUBLE, "numex: no definition of %.*s",
				    (int)(j - (i + 3)), s + i + 3);
			puts_buf(b, "(?i:");
			expand(b, v[k].body, v[k].blen, v, nv, 1, depth + 1);
			buf_putc(b, ')');
			i = j;
		} else if (body && s[i] == '(' && i + 3 < n && s[i + 1] == '?' &&
		    s[i + 2] == '<' && s[i + 3] != '=' && s[i + 3] != '!') {
			for (j = i + 3; j < n && s[j] != '>'; j++)
				;
			puts_buf(b, "(?:");
			i = j;
		} else
			buf_putc(b, (unsigned char)s[i]);
	}
}

int
nx_patterns(struct numex *nx)
{
	static const char *const srcs[RX_N] = {
		src_shape, src_num, src_suf, src_money, src_mdy, src_words, src_ordw
	};
	struct buf d = { NULL, 0, 0 }, b = { NULL, 0, 0 };
	struct def v[64];
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE off;
	size_t nv;
	int i, err;

	put_defs(&d, nx);
	nv = parse_defs(d.data, d.len, v, sizeof(v) / sizeof(v[0]));
	for (i = 0; i < RX_N; i++) {
		buf_clear(&b);
		puts_buf(&b, "(?i)(?:");
		expand(&b, srcs[i], strlen(srcs[i]), v, nv, 0, 0);
		buf_putc(&b, ')');
		nx->rx[i] = pcre2_compile((PCRE2_SPTR)b.data, b.len, PCRE2_UTF |
		    PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK, &err, &off, NULL);
		if (nx->rx[i] == NULL) {
			pcre2_get_error_message(err, msg, sizeof(msg));
			fprintf(stderr, "numex: pattern %d at %zu: %s\n", i,
			    (size_t)off, (char *)msg);
			buf_free(&b);
			buf_free(&d);
			return -1;
		}
		/*
		 * Without JIT (not built in) the interpreter gives the same
		 * results; with it, nx_run() calls the JIT code directly.
		 */
		nx->jit[i] = pcre2_jit_compile(nx->rx[i], PCRE2_JIT_COMPLETE) == 0;
		if (i == RX_WORDS) {
			/* Kept: the unit tests take their words from it. */
			buf_putc(&b, '\0');
			if ((nx->words_text = strdup(b.data)) == NULL)
				errx(EXIT_TROUBLE, "numex: out of memory");
		}
	}
	buf_free(&b);
	buf_free(&d);
	groups(nx);
	nx->fast = fw_index(&nx->curw) == 0 && fw_index(&nx->unitw) == 0;
	for (i = 0; i < RX_N; i++) {
		pcre2_pattern_info(nx->rx[i], PCRE2_INFO_CAPTURECOUNT, &nx->ncap[i]);
		if ((i == RX_NUM || i == RX_SUF || i == RX_WORDS || i == RX_MDY) &&
		    nx->ncap[i] > NX_FAST_CAP)
			nx->fast = 0;
	}
	return 0;
}
