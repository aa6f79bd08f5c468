#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "lang.h"
#include "wordlists.h"

static const struct {
	const char	*code;
	unsigned	 flags;
} known[] = {
	{ "en", 0 },
	{ "de", LANG_ORDINAL_DOT },
	{ "fr", LANG_SPACED_CLOSE },
	{ "es", 0 },
	{ "it", 0 },
	{ "nl", 0 },
	{ "pt", 0 },
	{ "ru", 0 },
	{ "uk", 0 },
};

const char *
lang_known(void)
{
	return "en de fr es it nl pt ru uk";
}

static int
is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* The markers of a prefix list, and the classes they give. */
static const struct {
	const char	*name;
	int		 cls;
} markers[] = {
	{ "#NUMERIC_ONLY#", PFX_NUMERIC },
	{ "#MAY_END#", PFX_MAY_END },
	{ "#ENDS_NAME#", PFX_ENDS_NAME },
};

/* Append n bytes of s to a message, or all of it if n is 0; keep a NUL after. */
static void
why_put(struct buf *why, const char *s, size_t n)
{
	buf_append(why, s, n ? n : strlen(s));
	buf_putc(why, '\0');
	why->len--;
}

/*
 * One line of a prefix list: "WORD [#MARKER#]".  Anything else after
 * the word is refused (-1, the reason in why), so that a misspelt
 * marker is not taken silently for a title.
 */
static int
add_prefix_line(struct lang *l, const char *p, size_t n, struct buf *why)
{
	size_t w = 0, m, i;
	int cls = PFX_ALWAYS;

	while (n > 0 && is_ws(*p)) {
		p++;
		n--;
	}
	while (n > 0 && is_ws(p[n - 1]))
		n--;
	if (n == 0 || p[0] == '#')
		return 0;
	while (w < n && !is_ws(p[w]))
		w++;
	for (m = w; m < n && is_ws(p[m]); m++)
		;
	if (m < n) {
		for (i = 0; i < sizeof(markers) / sizeof(markers[0]); i++)
			if (n - m == strlen(markers[i].name) &&
			    memcmp(p + m, markers[i].name, n - m) == 0)
				break;
		if (i == sizeof(markers) / sizeof(markers[0])) {
			buf_clear(why);
			why_put(why, "unknown marker \"", 16);
			why_put(why, p + m, n - m);
			why_put(why, "\" after the word; the markers are", 0);
			for (i = 0; i < sizeof(markers) / sizeof(markers[0]); i++) {
				why_put(why, " ", 1);
				why_put(why, markers[i].name, 0);
			}
			why_put(why, " (or none)", 0);
			return -1;
		}
		cls = markers[i].cls;
	}
	/* A final stop in the list is forgiven: "Mr." means "Mr". */
	if (w > 1 && p[w - 1] == '.')
		w--;
	wordset_add(&l->prefixes, p, w, cls);
	return 0;
}

/* A word, optionally followed by #ANY_NEXT#, #LOWER_PREV# or #NOT_LAST#. */
static void
add_word(struct wordset *ws, const char *p)
{
	size_t len = strlen(p), w;
	int cls = OPENER_LOWER_NEXT;

	while (len > 0 && is_ws(p[len - 1]))
		len--;
	for (w = 0; w < len && !is_ws(p[w]); w++)
		;
	if (w == 0 || p[0] == '#')
		return;
	if (len >= w + 10 && memcmp(p + len - 10, "#ANY_NEXT#", 10) == 0)
		cls = OPENER_ANY_NEXT;
	else if (len >= w + 12 && memcmp(p + len - 12, "#LOWER_PREV#", 12) == 0)
		cls = OPENER_LOWER_PREV;
	else if (len >= w + 10 && memcmp(p + len - 10, "#NOT_LAST#", 10) == 0)
		cls = OPENER_NOT_LAST;
	wordset_add(ws, p, w, cls);
}

/* Letter index of c for opener_prefix: a..z, or 26 for anything else. */
static unsigned
letter_index(int c)
{
	c |= 0x20;
	return c >= 'a' && c <= 'z' ? (unsigned)(c - 'a') : 26;
}

/* Note an opener's first three letters, so most capitals are passed over fast. */
static void
add_opener_prefix(struct lang *l, const char *p)
{
	unsigned a, b, c;

	if (strstr(p, "#NOT_LAST#") != NULL || (a = letter_index(p[0])) == 26)
		return;
	b = letter_index(p[1]);
	c = b == 26 ? 26 : letter_index(p[2]);
	/* A word of one or two letters may be followed by anything. */
	l->opener_prefix[a][b] |= c == 26 || b == 26 ? 0xFFFFFFFFu : 1u << c;
}

int
lang_load(struct lang *l, const char *code)
{
	size_t i;
	const struct wordlist *w;
	const char *const *line;
	struct buf why = { NULL, 0, 0 };

	memset(l, 0, sizeof(*l));
	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (strcmp(known[i].code, code) == 0)
			break;
	if (i == sizeof(known) / sizeof(known[0]))
		return -1;
	l->code = known[i].code;
	l->flags = known[i].flags;
	for (w = wordlists; w->lang != NULL; w++) {
		if (strcmp(w->lang, code) != 0)
			continue;
		for (line = w->lines; *line != NULL; line++) {
			if (strcmp(w->kind, "nonbreaking") == 0) {
				/* A bad built-in list is a build mistake: every test fails on it. */
				if (add_prefix_line(l, *line, strlen(*line), &why) != 0)
					errx(EXIT_TROUBLE, "lib/data/nonbreaking/%s.txt: %s",
					    code, why.data);
			}
			else if (strcmp(w->kind, "openers") == 0) {
				add_word(&l->openers, *line);
				add_opener_prefix(l, *line);
			}
			else if (strcmp(w->kind, "continuers") == 0)
				add_word(&l->continuers, *line);
			else if (strcmp(w->kind, "starters") == 0)
				add_word(&l->starters, *line);
			/* Other kinds (cues, speakers) are find-quotes' own. */
		}
	}
	return 0;
}

void
lang_load_or_exit(struct lang *l, const char *code)
{
	if (lang_load(l, code) != 0)
		errx(EXIT_TROUBLE, "unknown language: %s (known: %s)", code, lang_known());
}

int
lang_add_prefix_file(struct lang *l, const char *path, size_t *lineno,
    struct buf *why)
{
	FILE *fp;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int rc = 0, saved;

	buf_clear(why);
	*lineno = 0;
	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	while (rc == 0 && (n = getline(&line, &cap, fp)) > 0) {
		++*lineno;
		rc = add_prefix_line(l, line, (size_t)n - (line[n - 1] == '\n'), why);
	}
	saved = errno;
	if (rc == 0 && ferror(fp))
		rc = -1;
	free(line);
	fclose(fp);
	errno = saved;
	return rc;
}

void
lang_free(struct lang *l)
{
	wordset_free(&l->prefixes);
	wordset_free(&l->starters);
	wordset_free(&l->openers);
	wordset_free(&l->continuers);
}
