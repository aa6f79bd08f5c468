/*
 * Sentence boundaries: the case files (tests/boundaries, one .tsv per topic) and the
 * round-trip property on every raw fixture: sentences and the white
 * space between them give back the document byte for byte.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "lang.h"
#include "segment.h"
#include "sentences.h"
#include "tsv.h"
#include "unit.h"
#include "utf8.h"

#define MAXSENT 64

struct got {
	size_t		 n;
	struct sentence	 s[MAXSENT];
	struct buf	 text[MAXSENT];
	int		 overflow;
};

static void
collect(void *ctx, const struct sentence *s)
{
	struct got *g = ctx;

	if (g->n == MAXSENT) {
		g->overflow = 1;
		return;
	}
	g->s[g->n] = *s;
	buf_clear(&g->text[g->n]);
	buf_append(&g->text[g->n], s->text, (size_t)(s->end - s->start));
	g->n++;
}

static struct lang *
get_lang(const char *code)
{
	static struct lang langs[16];
	static int nlangs;
	int i;

	for (i = 0; i < nlangs; i++)
		if (strcmp(langs[i].code, code) == 0)
			return &langs[i];
	if (nlangs == 16 || lang_load(&langs[nlangs], code) != 0)
		return NULL;
	return &langs[nlangs++];
}

static void
split(const struct lang *l, const char *text, size_t n, struct got *g)
{
	struct segmenter sg;

	g->n = 0;
	g->overflow = 0;
	seg_init(&sg, l, collect, g);
	seg_begin(&sg);
	seg_text(&sg, text, n);
	seg_end(&sg);
	seg_free(&sg);
}

static int
all_space(const char *p, size_t n)
{
	size_t i = 0, k;
	int32_t cp;

	while (i < n) {
		k = utf8_decode(p + i, n - i, &cp);
		if (!utf8_is_space(cp))
			return 0;
		i += k;
	}
	return 1;
}

/* Sentences tile the document with only white space between them. */
static int
tiles(const char *text, size_t n, const struct got *g)
{
	uint64_t pos = 0;
	size_t i;

	for (i = 0; i < g->n; i++) {
		const struct sentence *s = &g->s[i];
		size_t len = (size_t)(s->end - s->start);
		if (s->start < pos || s->end <= s->start || s->end > n)
			return 0;
		if (!all_space(text + pos, (size_t)(s->start - pos)))
			return 0;
		if (memcmp(text + s->start, g->text[i].data, len) != 0)
			return 0;
		if (all_space(text + s->start, 1) || all_space(text + s->end - 1, 1))
			return 0;
		if (s->n != i + 1)
			return 0;
		pos = s->end;
	}
	return all_space(text + pos, n - pos);
}

static void
run_case(const char *file, size_t lineno, char *line, struct got *g)
{
	struct tsv_field f[MAXSENT + 1];
	struct buf in = { 0 }, field = { 0 };
	size_t nf, i, k, expect_start[MAXSENT], expect_len[MAXSENT];
	struct lang *l;
	char name[512], code[8];
	int ok;

	nf = tsv_split(line, strlen(line), f, MAXSENT + 1);
	snprintf(name, sizeof(name), "%s:%zu", file, lineno);
	if (nf < 2 || nf > MAXSENT + 1 || f[0].n >= sizeof(code)) {
		CHECK(name, 0);
		return;
	}
	memcpy(code, f[0].p, f[0].n);
	code[f[0].n] = '\0';
	if ((l = get_lang(code)) == NULL) {
		CHECK(name, 0);
		return;
	}
	for (i = 1; i < nf; i++) {
		int glued = f[i].n >= 2 && f[i].p[0] == '\\' && f[i].p[1] == '0';
		buf_clear(&field);
		/* "\0" first: no gap at all before this sentence. */
		tsv_unescape(&field, f[i].p + 2 * glued, f[i].n - 2 * glued);
		/* Leading white space is the gap before the sentence. */
		for (k = 0; k < field.len && all_space(field.data + k, 1); k++)
			;
		if (k == 0 && i > 1 && !glued)
			buf_putc(&in, ' ');
		buf_append(&in, field.data, k);
		expect_start[i - 1] = in.len;
		expect_len[i - 1] = field.len - k;
		buf_append(&in, field.data + k, field.len - k);
	}
	split(l, in.data, in.len, g);
	ok = !g->overflow && g->n == nf - 1 && tiles(in.data, in.len, g);
	for (i = 0; ok && i < g->n; i++)
		ok = g->s[i].start == expect_start[i] &&
		    g->s[i].end - g->s[i].start == expect_len[i];
	CHECK(name, ok);
	if (!ok) {
		for (i = 0; i < g->n; i++)
			printf("    got: %.*s\n", (int)g->text[i].len, g->text[i].data);
		for (i = 1; i < nf; i++)
			printf("   want: %.*s\n", (int)f[i].n, f[i].p);
	}
	buf_free(&in);
	buf_free(&field);
}

static void
case_file(const char *path, struct got *g)
{
	FILE *fp;
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t n;

	if ((fp = fopen(path, "r")) == NULL) {
		CHECK(path, 0);
		return;
	}
	while ((n = getline(&line, &cap, fp)) > 0) {
		lineno++;
		if (line[n - 1] == '\n')
			line[--n] = '\0';
		if (n == 0 || line[0] == '#')
			continue;
		run_case(path, lineno, line, g);
	}
	free(line);
	fclose(fp);
}

static void
roundtrip_file(const char *path)
{
	FILE *fp;
	struct buf b = { 0 };
	char chunk[65536], name[512];
	size_t n;
	struct got *g;
	struct lang *l = get_lang("en");

	if ((fp = fopen(path, "r")) == NULL) {
		CHECK(path, 0);
		return;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		buf_append(&b, chunk, n);
	fclose(fp);
	/* Large fixtures have more sentences than the collector keeps: split per paragraph. */
	g = calloc(1, sizeof(*g));
	split(l, b.data ? b.data : "", b.len, g);
	snprintf(name, sizeof(name), "round-trip %s", path);
	CHECK(name, g->overflow || tiles(b.data ? b.data : "", b.len, g));
	for (n = 0; n < MAXSENT; n++)
		buf_free(&g->text[n]);
	free(g);
	buf_free(&b);
}

static void
paragraphs(struct got *g)
{
	const char *t = "One.\n\nTwo.\n  Three.\n- Four\nFive and\nsix.";
	struct lang *l = get_lang("en");

	split(l, t, strlen(t), g);
	CHECK("paragraph numbers", g->n == 5 && g->s[0].para == 1 &&
	    g->s[1].para == 2 && g->s[2].para == 3 && g->s[3].para == 4 &&
	    g->s[4].para == 5 && g->text[4].len == 13);
	split(l, "", 0, g);
	CHECK("empty document has no sentence", g->n == 0);
	split(l, " \n\t\r\n", 5, g);
	CHECK("white space only has no sentence", g->n == 0);
}

/*
 * The shortcut in the splitter for common stops must decide as the full
 * rules do: split random news-like text both ways and compare.
 */
static void
fast_judge_agrees(void)
{
	static const char *const words[] = { "the", "said", "Mr.", "U.S.",
	    "Corp.", "Calif.", "a.m.", "1996.", "5.2", "12.", "He", "It",
	    "\u201cWe", "won.\u201d", "what?", "No!", "etc.", "e.g.", "J.",
	    "example.org", "end.Next", "x", "-", "...", "\u2026", "(see", "it)",
	    "\"Yes.\"", "iPhone", "Inc.", "There", "after", ",", "a", "Jan.",
	    "3.", "b", "St.", "Ltd.", "Thursday", "Chairman", "London." };
	struct buf text = { 0 };
	struct got *a = calloc(1, sizeof(*a)), *b = calloc(1, sizeof(*b));
	struct lang *l = get_lang("en");
	unsigned seed = 3;
	size_t trial, k, i, wrong = 0;

	for (trial = 0; trial < 3000; trial++) {
		buf_clear(&text);
		for (k = 0; k < 2 + trial % 40; k++) {
			seed = seed * 1103515245u + 12345u;
			if (k > 0)
				buf_putc(&text, (seed >> 28) == 0 ? '\n' : ' ');
			i = (seed >> 12) % (sizeof(words) / sizeof(words[0]));
			buf_append(&text, words[i], strlen(words[i]));
		}
		split_fast_judge = 1;
		split(l, text.data, text.len, a);
		split_fast_judge = 0;
		split(l, text.data, text.len, b);
		split_fast_judge = 1;
		if (a->n != b->n)
			wrong++;
		else
			for (i = 0; i < a->n; i++)
				if (a->s[i].start != b->s[i].start ||
				    a->s[i].end != b->s[i].end) {
					wrong++;
					break;
				}
	}
	CHECK("the fast judge agrees with the rules on 3000 texts", wrong == 0);
	for (k = 0; k < MAXSENT; k++) {
		buf_free(&a->text[k]);
		buf_free(&b->text[k]);
	}
	free(a);
	free(b);
	buf_free(&text);
}

void
test_sentences(int argc, char **argv)
{
	struct got *g = calloc(1, sizeof(*g));
	int i;
	size_t k;

	paragraphs(g);
	fast_judge_agrees();
	for (i = 0; i < argc; i++) {
		size_t len = strlen(argv[i]);
		if (len > 4 && strcmp(argv[i] + len - 4, ".tsv") == 0)
			case_file(argv[i], g);
		else
			roundtrip_file(argv[i]);
	}
	for (k = 0; k < MAXSENT; k++)
		buf_free(&g->text[k]);
	free(g);
}
