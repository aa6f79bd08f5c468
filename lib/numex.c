/*
 * numex: number, date and time mentions by pcre2 patterns.
 *
 * A cheap byte scan finds the places where a mention may start (a digit
 * that does not follow a letter, a currency sign, or a word from a small
 * table of trigger words); most of a news sentence is skipped without
 * running any pattern, and after the commonest trigger words the word
 * that follows rules most patterns out (after_article, after_trigger,
 * after_weekday).  At each such place the patterns that can start there
 * are run anchored (JIT-compiled once, one match data reused), or
 * answered by hand where numex_fast.c can, C code checks the context and
 * computes the value, and the longest candidate wins; scanning goes on
 * after it.  This file is the entry points and that scan; numex_int.h
 * says where the rest lives.
 */
#include <err.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "numex_int.h"
#include "tokens.h"

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

/*
 * The index of a word's first three letters (or fewer; ASCII letters,
 * any case) in nx->tri: each letter 1 to 26, none 0.
 */
static inline unsigned
tri_index(const char *w, size_t n)
{
	unsigned a = ((unsigned char)w[0] | 0x20) - 'a' + 1;
	unsigned b = n > 1 ? ((unsigned char)w[1] | 0x20) - 'a' + 1 : 0;
	unsigned c = n > 2 ? ((unsigned char)w[2] | 0x20) - 'a' + 1 : 0;

	return (a * 27 + b) * 27 + c;
}

/*
 * What a byte may start, for the scan: most bytes (spaces, punctuation)
 * start nothing and cost one look-up.
 */
enum { SC_NONE, SC_LETTER, SC_DIGIT, SC_SIGN, SC_PAREN, SC_DOLLAR, SC_HIGH };

static void
scan_classes(struct numex *nx)
{
	int c;

	for (c = 0; c < 256; c++)
		nx->cls[c] = c >= 0x80 ? SC_HIGH : ascii_alpha(c) ? SC_LETTER :
		    ascii_digit(c) ? SC_DIGIT : c == '-' || c == '+' ? SC_SIGN :
		    c == '(' ? SC_PAREN : c == '$' ? SC_DOLLAR : SC_NONE;
}

/* Add a trigger word, lower-cased, with flags f (added to what it has). */
static void
wt_add(struct numex *nx, const char *w, int f)
{
	char low[NX_TRIGGER_MAX + 1] = { 0 };
	size_t n = strlen(w), i;

	if (n > NX_TRIGGER_MAX)
		return;	/* the scan never looks longer words up */
	for (i = 0; i < n; i++)
		low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
	wordset_add(&nx->triggers, low, n, wordset_get(&nx->triggers, low, n) | f);
	for (i = 0; i < n && ascii_lower(low[i]); i++)
		;
	if (n > 0 && i == n)	/* the scan looks up words of ASCII letters only */
		nx->tri[tri_index(low, n) >> 3] |= (unsigned char)(1 << (tri_index(low, n) & 7));
}

static void
wt_list(struct numex *nx, const char *const *list, int f)
{
	for (; *list != NULL; list++)
		wt_add(nx, *list, f);
}

/*
 * The trigger words: the scan tries the word patterns only at these
 * (lib/data/numex/trigger-*.txt, the month lists and the weekdays with
 * their plurals), so most words of a sentence cost one set look-up.
 */
static void
triggers(struct numex *nx)
{
	const struct nx_lists *l = &nx->l;
	size_t i;

	wt_list(nx, l->trig_num, F_NUM);
	wt_list(nx, l->trig_tens, F_NUM | F_ORD);
	wt_list(nx, l->trig_ord, F_ORD);
	wt_list(nx, l->month_full, F_MDY);
	wt_list(nx, l->month_abbr, F_MDY);
	wt_add(nx, "sept", F_MDY);
	wt_list(nx, l->weekdays, F_MDY | F_WORDS | F_WDAY);
	for (i = 0; l->weekdays[i] != NULL; i++) {
		char pl[NX_TRIGGER_MAX + 2];

		snprintf(pl, sizeof(pl), "%ss", l->weekdays[i]);
		wt_add(nx, pl, F_MDY | F_WORDS | F_WDAY);
	}
	wt_list(nx, l->trig_words, F_WORDS);
	wt_list(nx, l->trig_codes, F_MONEY);
}

/*
 * The lists the rules of context ask about, each a set of lower-case
 * words: nx_inset() compares in any case, as nx_eqi() does.
 */
static int
sets(struct numex *nx)
{
	const struct nx_lists *l = &nx->l;
	const char *const *lists[NXS_N];
	char low[NXS_WORD_MAX];
	const char *const *w;
	size_t n, i;
	int k;

	lists[NXS_COUNTED] = l->counted;
	lists[NXS_YEARCUES] = l->yearcues;
	lists[NXS_YEARDETS] = l->yeardets;
	lists[NXS_QTYCUES] = l->qtycues;
	lists[NXS_LABELS] = l->labels;
	lists[NXS_ONE_AFTER] = l->one_after;
	lists[NXS_ONE_BEFORE] = l->one_before;
	lists[NXS_CAPOK] = l->capok;
	lists[NXS_MONTH_FULL] = l->month_full;
	lists[NXS_MONTHCUES] = l->monthcues;
	for (k = 0; k < NXS_N; k++)
		for (w = lists[k]; *w != NULL; w++) {
			if ((n = strlen(*w)) > NXS_WORD_MAX || n == 0) {
				fprintf(stderr, "numex: \"%s\": a context word "
				    "of %zu bytes (1 to %d)\n", *w, n, NXS_WORD_MAX);
				return -1;
			}
			for (i = 0; i < n; i++)
				low[i] = (char)((*w)[i] >= 'A' && (*w)[i] <= 'Z' ?
				    (*w)[i] + 32 : (*w)[i]);
			wordset_add(&nx->sets[k], low, n, 1);
		}
	return 0;
}

/*
 * The words after an article (nx_follow): class bits 0-7 the patterns
 * they let run after "the", bits 8-15 after "a" or "an".
 */
static void
follow(struct numex *nx)
{
	const struct nx_follow *f;
	size_t n;
	int sh;

	for (f = nx_follow; f->word != NULL; f++) {
		if ((n = strlen(f->word)) > NX_TRIGGER_MAX)
			errx(EXIT_TROUBLE, "numex: \"%s\" after an article: "
			    "longer than %d bytes", f->word, NX_TRIGGER_MAX);
		sh = f->article[0] == 't' ? 0 : 8;
		wordset_add_static(&nx->follow, f->word, n,
		    wordset_get(&nx->follow, f->word, n) | f->flags << sh);
	}
}

/* Add the words of a space-separated list to set with class bit (or'ed in). */
static void
judge_words(struct wordset *set, const char *list, int bit)
{
	char low[NX_TRIGGER_MAX + 1];
	size_t n, i;

	while (*list != '\0') {
		for (n = 0; list[n] != '\0' && list[n] != ' '; n++)
			;
		if (n > NX_TRIGGER_MAX)
			errx(EXIT_TROUBLE, "numex: \"%.*s\" after a trigger: "
			    "longer than %d bytes", (int)n, list, NX_TRIGGER_MAX);
		for (i = 0; i < n; i++)
			low[i] = (char)(list[i] >= 'A' && list[i] <= 'Z' ? list[i] + 32 : list[i]);
		if (n > 0)
			wordset_add(set, low, n, wordset_get(set, low, n) | bit);
		list += n;
		while (*list == ' ')
			list++;
	}
}

static void
judge_list(struct wordset *set, const char *const *list, int bit)
{
	for (; *list != NULL; list++)
		judge_words(set, *list, bit);
}

/*
 * The trigger words of nx_judge: judged gets each trigger with its
 * entry's index + 1, judgew each word with bit k for entry k.
 */
static void
judge(struct numex *nx)
{
	const struct nx_judge *e;
	int k;

	for (e = nx_judge, k = 0; e->triggers != NULL; e++, k++) {
		const char *t = e->triggers;
		size_t n;

		if (k >= 30)
			errx(EXIT_TROUBLE, "numex: more than 30 entries in nx_judge");
		while (*t != '\0') {
			for (n = 0; t[n] != '\0' && t[n] != ' '; n++)
				;
			wordset_add(&nx->judged, t, n, k + 1);
			t += n;
			while (*t == ' ')
				t++;
		}
		judge_words(&nx->judgew, e->words, 1 << k);
		if (e->lists >= 1) {
			judge_list(&nx->judgew, nx->l.month_full, 1 << k);
			judge_list(&nx->judgew, nx->l.month_abbr, 1 << k);
			judge_words(&nx->judgew, "sept", 1 << k);
		}
		if (e->lists == 1)
			judge_list(&nx->judgew, nx->l.weekdays, 1 << k);
	}
}

struct numex *
numex_new(void)
{
	struct numex *nx;

	if ((nx = calloc(1, sizeof(*nx))) == NULL) {
		fprintf(stderr, "numex: out of memory\n");
		return NULL;
	}
	if (nx_lists_load(&nx->l) != 0 || nx_patterns(nx) != 0) {
		numex_free(nx);
		return NULL;
	}
	nx->md = pcre2_match_data_create(160, NULL);
	nx->mctx = pcre2_match_context_create(NULL);
	nx->jstack = pcre2_jit_stack_create(32 * 1024, 512 * 1024, NULL);
	if (nx->md == NULL || nx->mctx == NULL || nx->jstack == NULL) {
		fprintf(stderr, "numex: out of memory\n");
		numex_free(nx);
		return NULL;
	}
	pcre2_jit_stack_assign(nx->mctx, NULL, nx->jstack);
	scan_classes(nx);
	if (sets(nx) != 0) {
		numex_free(nx);
		return NULL;
	}
	triggers(nx);
	follow(nx);
	judge(nx);
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
	wordset_free(&nx->follow);
	wordset_free(&nx->judged);
	free(nx->words_text);
	wordset_free(&nx->judgew);
	free(nx->curw.v);
	free(nx->curw.idx);
	free(nx->unitw.v);
	free(nx->unitw.idx);
	for (i = 0; i < NXS_N; i++)
		wordset_free(&nx->sets[i]);
	nx_lists_free(&nx->l);
	free(nx);
}

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
		TRY(nx_longrun(sc, p, &c));
		TRY(nx_shape(sc, p, &c));
		TRY(nx_numberat(sc, p, &c));
		break;
	case A_SIGN:
		TRY(nx_shape(sc, p, &c));
		TRY(nx_numberat(sc, p, &c));
		break;
	case A_PAREN:
		TRY(nx_shape(sc, p, &c));
		break;
	case A_MONEY:
		TRY(nx_money(sc, p, &c));
		break;
	default:
		if (flags & F_MONEY)
			TRY(nx_money(sc, p, &c));
		if (flags & F_WORDS)
			TRY(nx_words(sc, p, &c));
		if (flags & F_MDY)
			TRY(nx_mdy(sc, p, &c));
		if (flags & F_NUM)
			TRY(nx_numberat(sc, p, &c));
		if (flags & F_ORD)
			TRY(nx_ordword(sc, p, &c));
		break;
	}
#undef TRY
	if (found && best->type >= 0 && (link = nx_in_link(sc, best->start, best->end)) > 0) {
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

/*
 * Does s[0..n) (a byte beyond ASCII) start a character that no pattern
 * takes for a letter, so that the ASCII word before it ends there: the
 * spaces and punctuation news puts after a word.  (Not just any non-
 * letter: long s and the Kelvin sign match s and k in any case.)
 */
static int
ends_word(const char *s, size_t n)
{
	int32_t cp;

	utf8_decode(s, n, &cp);
	return cp == 0xA0 || cp == 0x2009 || cp == 0x202F || cp == 0x2013 ||
	    cp == 0x2014 || cp == 0x2018 || cp == 0x2019 || cp == 0x201C ||
	    cp == 0x201D || cp == 0x2026;
}

/*
 * "the", "a" and "an" are the commonest trigger words, and a pattern
 * rarely matches there.  Which of flags f may still match at the article
 * s[i..j) (ASCII letters), judged by the word after it: where the patterns
 * need one of nx_follow's words after one to three spaces, a plain ASCII
 * word not among them rules them out.  Anything else (no article, a
 * space or letter beyond ASCII, a digit or an apostrophe after "the",
 * as dcx starts) is left to the patterns.
 */
static int
after_article(const struct scan *sc, size_t i, size_t j, int f)
{
	const char *s = sc->s;
	size_t n = sc->n, k, e, sp, w;
	char low[NX_TRIGGER_MAX + 1];
	int sh, judged, c;

	w = j - i;
	if (sc->nx->nofollow)
		return f;
	if (w == 3 && (s[i] | 0x20) == 't' && (s[i + 1] | 0x20) == 'h' &&
	    (s[i + 2] | 0x20) == 'e') {
		sh = 0;
		judged = F_WORDS;
	} else if ((w == 1 || (w == 2 && (s[i + 1] | 0x20) == 'n')) &&
	    (s[i] | 0x20) == 'a') {
		sh = 8;
		judged = F_WORDS | F_NUM;
	} else
		return f;
	for (k = j, sp = 0; k < n && sp <= 3 && ascii_space((unsigned char)s[k]); k++)
		sp++;
	if (sp > 3)
		return f & ~judged;	/* the patterns take 1 to 3 */
	if (k < n && (unsigned char)s[k] >= 0x80)
		return f;
	if (sp == 0 || k == n)
		return f & ~judged;
	c = (unsigned char)s[k];
	if (sh == 0 && (ascii_digit(c) || c == '\''))
		return f;
	if (!ascii_alpha(c))
		return f & ~judged;
	for (e = k; e < n && ascii_alpha((unsigned char)s[e]); e++)
		;
	if (e < n && (unsigned char)s[e] >= 0x80 && !ends_word(s + e, n - e))
		return f;
	if (e - k > NX_TRIGGER_MAX)
		return f & ~judged;	/* follow() keeps no longer word */
	for (w = k; w < e; w++)
		low[w - k] = (char)(s[w] | 0x20);
	return f & ~(judged & ~(wordset_get(&sc->nx->follow, low, e - k) >> sh));
}

/*
 * The same for the other trigger words of nx_judge (low[0..j-i) is the
 * word, lower-cased): where the word after it cannot continue a phrase,
 * the entry's flags are ruled out.  Left to the patterns: a hyphen or a
 * digit right after the word, a digit or an apostrophe after the spaces,
 * and any character beyond ASCII; "Q" before 1 to 4 (a quarter).
 */
static int
after_trigger(const struct scan *sc, size_t i, size_t j, const char *low, int f)
{
	const char *s = sc->s;
	size_t n = sc->n, k, e, sp, w;
	char next[NX_TRIGGER_MAX + 1];
	int entry, c, judged;

	if (sc->nx->nofollow)
		return f;
	if (j - i == 1 && low[0] == 'q')
		return s[i] == 'Q' && j < n && s[j] >= '1' && s[j] <= '4' ? f :
		    f & ~F_WORDS;
	if ((entry = wordset_get(&sc->nx->judged, low, j - i)) == 0)
		return f;
	judged = nx_judge[entry - 1].flags;
	for (k = j, sp = 0; k < n && sp <= 3 && ascii_space((unsigned char)s[k]); k++)
		sp++;
	if (k == n || sp > 3)
		return f & ~judged;	/* the patterns take 1 to 3 spaces */
	c = (unsigned char)s[k];
	if (c >= 0x80 || ascii_digit(c) || (sp == 0 && c == '-') ||
	    (sp > 0 && c == '\''))
		return f;
	if (sp == 0 || !ascii_alpha(c))
		return f & ~judged;
	for (e = k; e < n && ascii_alpha((unsigned char)s[e]); e++)
		;
	if (e < n && (unsigned char)s[e] >= 0x80 && !ends_word(s + e, n - e))
		return f;
	if (e - k > NX_TRIGGER_MAX)
		return f & ~judged;	/* judge() keeps no longer word */
	for (w = k; w < e; w++)
		next[w - k] = (char)(s[w] | 0x20);
	if (wordset_get(&sc->nx->judgew, next, e - k) & (1 << (entry - 1)))
		return f;
	return f & ~judged;
}

/*
 * src_mdy at a weekday s[i..j) (with its "s"): only "Tuesday, April 22",
 * the weekday then maybe a comma, one to three spaces and a month, which
 * starts with a capital (months are matched in their case).  Rules F_MDY
 * out where that cannot follow; a character beyond ASCII is left to the
 * pattern.
 */
static int
after_weekday(const struct scan *sc, size_t j, int f)
{
	const char *s = sc->s;
	size_t n = sc->n, k = j, sp = 0;
	int c;

	if (sc->nx->nofollow || !(f & F_WDAY))
		return f;
	if (k < n && s[k] == ',')
		k++;
	for (; k < n && sp <= 3 && ascii_space((unsigned char)s[k]); k++)
		sp++;
	if (k == n || sp == 0 || sp > 3)
		return (k < n && (unsigned char)s[k] >= 0x80) ? f : f & ~F_MDY;
	c = (unsigned char)s[k];
	if (c >= 0x80 || strchr("JFMASOND", c) != NULL)
		return f;
	return f & ~F_MDY;
}

static void
scan(struct scan *sc)
{
	const char *s = sc->s;
	const struct numex *nx = sc->nx;
	size_t n = sc->n, i = 0, j, k;
	struct cand best;
	char low[NX_TRIGGER_MAX + 1];
	int kind, flags;

	memset(&best, 0, sizeof(best));

	while (i < n) {
		unsigned char ch = (unsigned char)s[i];

		kind = -1;
		flags = 0;
		j = i + 1;
		switch (nx->cls[ch]) {
		case SC_NONE:
			i++;
			continue;
		case SC_LETTER:
			j = tokens_alnum_end(s, j, n, 0);
			if (i > 0 && nx_alnum_before(s, i))
				break;
			if (j - i < sizeof(low) &&
			    wordset_may_have(&nx->triggers, s[i] | 0x20, s[j - 1] | 0x20, j - i) &&
			    (k = tri_index(s + i, j - i), nx->tri[k >> 3] & (1 << (k & 7)))) {
				for (k = i; k < j; k++)
					low[k - i] = (char)(s[k] | 0x20);
				flags = wordset_get(&nx->triggers, low, j - i);
				if (flags & (F_WORDS | F_NUM)) {
					flags = after_article(sc, i, j, flags);
					flags = after_trigger(sc, i, j, low, flags);
				}
				flags = after_weekday(sc, j, flags);
			}
			if (j < n && s[j] == '$' && j - i <= 3)
				flags |= F_MONEY;
			if (flags)
				kind = A_WORD;
			break;
		case SC_DIGIT:
			for (j = i; j < n && ascii_digit((unsigned char)s[j]); j++)
				;
			if (i == 0 || (!nx_alnum_before(s, i) && !((s[i - 1] == '-' ||
			    s[i - 1] == '.' || s[i - 1] == ',' || s[i - 1] == '/' ||
			    s[i - 1] == ':') && i >= 2 && nx_alnum_before(s, i - 1))))
				kind = A_DIGIT;
			break;
		case SC_SIGN:
			if (i + 1 < n && ascii_digit((unsigned char)s[i + 1]) &&
			    (i == 0 || s[i - 1] == ' ' || s[i - 1] == '('))
				kind = A_SIGN;
			break;
		case SC_PAREN:
			if (i + 1 < n && ascii_digit((unsigned char)s[i + 1]))
				kind = A_PAREN;
			break;
		case SC_DOLLAR:
			kind = A_MONEY;
			break;
		default:
			if (ch == 0xE2 && i + 3 < n && (unsigned char)s[i + 1] == 0x88 &&
			    (unsigned char)s[i + 2] == 0x92 && ascii_digit((unsigned char)s[i + 3]) &&
			    (i == 0 || s[i - 1] == ' ')) {
				kind = A_SIGN;	/* U+2212 minus */
			} else if ((k = cursign(s, n, i)) > 0) {
				kind = A_MONEY;
				j = i + k;
			} else {
				int32_t cp;

				j = i + utf8_decode(s + i, n - i, &cp);
			}
			break;
		}
		if (kind >= 0 && attempt(sc, i, kind, flags, &best) &&
		    best.end > i) {
			if (best.type >= 0)
				emit(sc, &best);
			if (best.end > j)
				j = best.end;
		}
		/*
		 * A word or number is mostly followed by a space, which
		 * starts nothing and leaves no state: step over it here
		 * rather than by another turn of the loop.
		 */
		i = j < n && s[j] == ' ' ? j + 1 : j;
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

