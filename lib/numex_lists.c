/*
 * numex_lists: the word lists of lib/data/numex/, compiled in by
 * scripts/mkwordlists.sh, found once per struct numex.  Plain lists are
 * used where they are (NULL-terminated arrays of the generated file);
 * the currency and unit tables (lines "WORD<TAB>VALUE[<TAB>FLAGS]") are
 * parsed into arrays here.  A list missing from the build, or an entry
 * the code could not use, is an error at numex_new(), not a silent skip.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numex_int.h"
#include "wordlists.h"

/* nx_currency() and nx_unit() compare the words within a buffer of 64 bytes. */
#define TABLE_WORD_MAX	59

static const char *const *
find(const char *name)
{
	const char *const *w = wordlist_find("numex", name);

	if (w == NULL)
		fprintf(stderr, "numex: the word list numex/%s.txt is missing "
		    "from this build\n", name);
	return w;
}

static size_t
count(const char *const *w)
{
	size_t n = 0;

	while (w[n] != NULL)
		n++;
	return n;
}

/* A plain list, each entry at most max bytes (0: any). */
static int
plain(const char *const **out, const char *name, size_t max)
{
	const char *const *w;
	size_t i;

	if ((w = find(name)) == NULL)
		return -1;
	for (i = 0; max > 0 && w[i] != NULL; i++)
		if (strlen(w[i]) > max) {
			fprintf(stderr, "numex: numex/%s.txt: \"%s\": longer than "
			    "%zu bytes\n", name, w[i], max);
			return -1;
		}
	*out = w;
	return 0;
}

/*
 * Split the entries of a table into a copy at *mem: word, value, flags.
 * Calls back one entry at a time; -1 on a malformed entry.
 */
static int
table(const char *name, char **mem, size_t *n,
    int (*put)(void *, size_t, const char *, const char *, int, int), void *arg)
{
	const char *const *w;
	size_t i, len = 0;
	char *p, *val, *fl, *f;
	int cs, div;

	if ((w = find(name)) == NULL)
		return -1;
	*n = count(w);
	for (i = 0; i < *n; i++)
		len += strlen(w[i]) + 1;
	if ((*mem = malloc(len + 1)) == NULL) {
		fprintf(stderr, "numex: out of memory\n");
		return -1;
	}
	for (p = *mem, i = 0; i < *n; i++) {
		memcpy(p, w[i], strlen(w[i]) + 1);
		cs = div = 0;
		if ((val = strchr(p, '\t')) == NULL || val == p) {
			fprintf(stderr, "numex: numex/%s.txt: \"%s\": not WORD<TAB>VALUE\n",
			    name, w[i]);
			return -1;
		}
		*val++ = '\0';
		if ((fl = strchr(val, '\t')) != NULL) {
			*fl++ = '\0';
			while ((f = strsep(&fl, ",")) != NULL) {
				if (strcmp(f, "case") == 0)
					cs = 1;
				else if (strcmp(f, "cents") == 0)
					div = 2;
				else {
					fprintf(stderr, "numex: numex/%s.txt: \"%s\": "
					    "unknown flag \"%s\"\n", name, p, f);
					return -1;
				}
			}
		}
		if (*val == '\0' || strlen(p) > TABLE_WORD_MAX) {
			fprintf(stderr, "numex: numex/%s.txt: \"%s\": %s\n", name, p,
			    *val == '\0' ? "no value" : "word too long");
			return -1;
		}
		if (put(arg, i, p, val, cs, div) != 0) {
			fprintf(stderr, "numex: numex/%s.txt: \"%s\": flag \"cents\" "
			    "is for currencies\n", name, p);
			return -1;
		}
		p += strlen(w[i]) + 1;
	}
	return 0;
}

static int
put_cur(void *arg, size_t i, const char *w, const char *v, int cs, int div)
{
	struct nx_cur *t = arg;

	t[i].w = w;
	t[i].code = v;
	t[i].cs = cs;
	t[i].div = div;
	return 0;
}

static int
put_unit(void *arg, size_t i, const char *w, const char *v, int cs, int div)
{
	struct nx_unit *t = arg;

	t[i].w = w;
	t[i].sym = v;
	t[i].cs = cs;
	return div ? -1 : 0;
}

/* A table of currencies into *out, NULL-terminated. */
static int
curtable(struct nx_cur **out, const char *name, char **mem)
{
	const char *const *w;
	size_t n;

	if ((w = find(name)) == NULL)
		return -1;
	if ((*out = calloc(count(w) + 1, sizeof(**out))) == NULL) {
		fprintf(stderr, "numex: out of memory\n");
		return -1;
	}
	return table(name, mem, &n, put_cur, *out);
}

int
nx_lists_load(struct nx_lists *l)
{
	const char *const *w;
	size_t n;

	if (plain(&l->month_full, "month-full", NX_TRIGGER_MAX) != 0 ||
	    plain(&l->month_abbr, "month-abbr", NX_TRIGGER_MAX) != 0 ||
	    plain(&l->weekdays, "weekdays", NX_TRIGGER_MAX - 1) != 0 ||
	    plain(&l->tzones, "tzones", 0) != 0 ||
	    plain(&l->labels, "labels", 0) != 0 ||
	    plain(&l->yearcues, "yearcues", 0) != 0 ||
	    plain(&l->yeardets, "yeardets", 0) != 0 ||
	    plain(&l->qtycues, "qtycues", 0) != 0 ||
	    plain(&l->monthcues, "monthcues", 0) != 0 ||
	    plain(&l->one_before, "one-before", 0) != 0 ||
	    plain(&l->one_after, "one-after", 0) != 0 ||
	    plain(&l->capok, "capok", 0) != 0 ||
	    plain(&l->counted, "counted", 0) != 0 ||
	    plain(&l->trig_num, "trigger-num", NX_TRIGGER_MAX) != 0 ||
	    plain(&l->trig_tens, "trigger-tens", NX_TRIGGER_MAX) != 0 ||
	    plain(&l->trig_ord, "trigger-ord", NX_TRIGGER_MAX) != 0 ||
	    plain(&l->trig_words, "trigger-words", NX_TRIGGER_MAX) != 0 ||
	    plain(&l->trig_codes, "trigger-codes", NX_TRIGGER_MAX) != 0)
		return -1;
	/* The month is the line number. */
	if (count(l->month_full) != 12 || count(l->month_abbr) != 12) {
		fprintf(stderr, "numex: numex/month-full.txt and month-abbr.txt "
		    "need twelve months each\n");
		return -1;
	}
	if (curtable(&l->curwords, "curwords", &l->mem[0]) != 0 ||
	    curtable(&l->cursyms, "cursyms", &l->mem[1]) != 0)
		return -1;
	if ((w = find("units")) == NULL)
		return -1;
	if ((l->units = calloc(count(w) + 1, sizeof(*l->units))) == NULL) {
		fprintf(stderr, "numex: out of memory\n");
		return -1;
	}
	return table("units", &l->mem[2], &n, put_unit, l->units);
}

void
nx_lists_free(struct nx_lists *l)
{
	size_t i;

	free(l->curwords);
	free(l->cursyms);
	free(l->units);
	for (i = 0; i < sizeof(l->mem) / sizeof(l->mem[0]); i++)
		free(l->mem[i]);
	memset(l, 0, sizeof(*l));
}
