/*
 * split_judge: at a candidate stop, does a sentence end?  The token
 * before the stop (an abbreviation, an initial, a number, a word), the
 * word after it, and the marks around it decide, in the order
 * split-sentences(1) lists.  judge_fast() decides the common cases
 * early, and the unit tests prove it decides as the full rules do.
 */
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "split_int.h"
#include "split_punct.h"

int split_fast_judge = 1;

#define GLUED_MAX	256

/* "end.Next": a stop with no space after it that still ends a sentence. */
static int
glued_boundary(const struct lang *l, const char *t, size_t n, size_t i)
{
	size_t len, len2, s, e, j;
	int32_t prev, c1, c2;
	enum cclass pc;

	if (i == 0 || i + 2 >= n)
		return 0;
	prev = cp_at(t, n, utf8_back(t, i), &len);
	pc = utf8_class(prev);
	if (pc != CC_LOWER && pc != CC_DIGIT)
		return 0;
	/* "...for Russia.https://t.co/x": a link pasted after the stop. */
	if ((n - i > 8 && memcmp(t + i + 1, "https://", 8) == 0) ||
	    (n - i > 7 && memcmp(t + i + 1, "http://", 7) == 0))
		return pc == CC_LOWER;
	c1 = cp_at(t, n, i + 1, &len);
	/* A letter of several bytes can end the text: no second one to read. */
	if (i + 1 + len >= n)
		return 0;
	c2 = cp_at(t, n, i + 1 + len, &len2);
	if (utf8_class(c1) != CC_UPPER || utf8_class(c2) != CC_LOWER)
		return 0;
	if (token_before(l, t, i, &s) != TK_WORD || i - s < 2)
		return 0;
	/*
	 * Not inside an address: user@host.Name, http://a.B, www.X.  A run
	 * of more than GLUED_MAX bytes with no space is no pair of words,
	 * and looking to its end from every stop in it would be quadratic.
	 */
	for (e = i; e < n && !space_at(t, n, e, &len); e += len)
		if (e - i > GLUED_MAX)
			return 0;
	for (j = s; j < e; j++)
		if (t[j] == '@' || t[j] == '/' || t[j] == '\\')
			return 0;
	if (e - s >= 4 && memcmp(t + s, "www.", 4) == 0)
		return 0;
	/* Minutes.March.zip: another inner dot makes it a name, not two sentences. */
	for (j = i + 1; j + 1 < e; j++)
		if (t[j] == '.' && !space_at(t, n, j + 1, &len) && t[j + 1] != '"')
			return 0;
	return 1;
}
/* "...in period. c - Domestic car": a table's footnote, lettered. */
static int
footnote_at(const char *t, size_t n, size_t k)
{
	return k + 3 < n && ascii_lower(t[k]) && t[k + 1] == ' ' &&
	    t[k + 2] == '-' && (t[k + 3] == ' ' || t[k + 3] == '-');
}

#if defined(__SSE2__)
/* The bits set in x < 2^16, in plain C: without -mpopcnt __builtin_popcount is a call. */
static size_t
bits16(unsigned x)
{
	x -= (x >> 1) & 0x5555;
	x = (x & 0x3333) + ((x >> 2) & 0x3333);
	x = (x + (x >> 4)) & 0x0F0F;
	return (x + (x >> 8)) & 0x1F;
}
#endif

/*
 * Where the run of ASCII letters and digits that ends just before i
 * begins, no further back than lo, and in *digits how many digits it
 * holds.  With SSE2 the 16 bytes before i at once, where the run is
 * shorter: a loop that ends where the word does is a wrong guess at
 * nearly every stop.
 */
static size_t
word_run_before(const char *t, size_t i, size_t lo, size_t *digits)
{
	size_t s, d = 0;

#if defined(__SSE2__)
	if (i >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i - 16));
		__m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v,
		    _mm_set1_epi8((char)(0x80 - '0'))), _mm_set1_epi8((char)(0x80 + 10)));
		/* | 0x20 takes A-Z to a-z, and nothing else there. */
		__m128i alpha = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v,
		    _mm_set1_epi8(0x20)), _mm_set1_epi8((char)(0x80 - 'a'))),
		    _mm_set1_epi8((char)(0x80 + 26)));
		unsigned other = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(digit,
		    alpha)) & 0xFFFF;
		unsigned top;

		if (other != 0) {
			top = 31 - (unsigned)__builtin_clz(other);
			*digits = bits16((unsigned)_mm_movemask_epi8(digit) >>
			    (top + 1));
			return i - 16 + top + 1;
		}
	}
#endif
	for (s = i; s > lo; s--) {
		unsigned w = ascii_word_class[(unsigned char)t[s - 1]];
		if (w == 0)
			break;
		d += w & ASCII_WC_DIGIT;
	}
	*digits = d;
	return s;
}

/*
 * The common cases, decided without the general machinery: a lone stop
 * glued to a number, a lower-case word or a comma ("5.2", "example.org");
 * a stop, maybe a closing mark, and the end of the paragraph; or the same
 * and one space before an ASCII word.  Returns -1 where it cannot tell;
 * else what judge() would, with the same *end, *next and *resume.
 */
static int
judge_fast(const struct splitter *sp, size_t i, size_t *end, size_t *next,
    size_t *resume)
{
	const char *t = sp->t;
	size_t n = sp->n, j = i + 1, k, s, lo, digits;
	unsigned char c;
	int cls, upper_inside = 0;

	if (j >= n || (t[i] != '.' && t[i] != '?' && t[i] != '!'))
		return -1;
	c = (unsigned char)t[j];
	/* Not followed by a capital, "https://" or a space: no end. */
	if (t[i] == '.' && ((ascii_lower(c) && c != 'h') ||
	    ascii_digit(c) || c == ',')) {
		*resume = j;
		return 0;
	}
	if (c == '"' || c == '\'' || c == ')' || c == ']')
		j++;
	else if (j + 2 < n && (u8_punct(t + j, U8_RDQUO_END) ||
	    u8_punct(t + j, U8_RSQUO_END)))
		j += 3;			/* ” ’ */
	for (k = j; k < n && (t[k] == ' ' || t[k] == '\n' || t[k] == '\t' ||
	    t[k] == '\r'); k++)
		;
	if (k == n) {			/* the end of the paragraph */
		*end = *resume = j;
		*next = n;
		return 1;
	}
	if (k != j + 1 || t[j] != ' ')
		return -1;
	c = (unsigned char)t[k];
	if (ascii_lower(c)) {
		/* A lower-case word goes on the sentence, unless it is an iPhone. */
		for (s = k + 1; s < n && ascii_alpha(t[s]); s++)
			upper_inside |= ascii_upper((unsigned char)t[s]);
		if (upper_inside || (s < n && (unsigned char)t[s] >= 0x80) ||
		    footnote_at(t, n, k))
			return -1;
		*end = *resume = j;
		*next = k;
		return 0;
	}
	if (!ascii_upper(c) && !(k + 3 < n && u8_punct(t + k, U8_LDQUO_END) &&
	    ascii_upper((unsigned char)t[k + 3])))
		return -1;		/* neither A nor “A */
	*end = *resume = j;
	*next = k;
	if (t[i] != '.')
		return 1;		/* ? or ! before a capital */
	if (i == 0)
		return -1;
	/*
	 * The token before: ASCII letters ending in lower case, or digits,
	 * alone; looked at no further back than 64 bytes, lo.
	 */
	lo = i > 64 ? i - 64 : 0;
	s = word_run_before(t, i, lo, &digits);
	if (s == i || (s > 0 && (unsigned char)t[s - 1] > ' '))
		return -1;
	if (digits > 0) {
		/* A year or an amount; list numbers and ordinals go the long way. */
		if (digits != i - s || digits <= 2 ||
		    (sp->l->flags & LANG_ORDINAL_DOT))
			return -1;
		return 1;
	}
	if (!ascii_lower((unsigned char)t[i - 1]) || i - s < 2)
		return -1;		/* MR. and initials: the long way */
	cls = wordset_get(&sp->l->prefixes, t + s, i - s);
	if (cls == 0 || cls == PFX_NUMERIC)
		return 1;
	if (cls == PFX_MAY_END || cls == PFX_ENDS_NAME)
		return -1;
	return 0;
}

/*
 * The token before the stop at i, looking back no further than the
 * sentence's start: after "store.Mr" ended a sentence at the first stop,
 * the token is "Mr", a title.
 */
static enum tokkind
token_in_sentence(const struct splitter *sp, size_t i, size_t *start)
{
	enum tokkind k = token_before(sp->l, sp->t + sp->s, i - sp->s, start);

	*start += sp->s;
	return k;
}

/* Does only white space, quotes or brackets lie between the sentence's start and i? */
static int
opens_sentence(const struct splitter *sp, size_t i)
{
	size_t k, len;
	int32_t cp;

	for (k = sp->s; k < i; k += len) {
		cp = cp_at(sp->t, i, k, &len);
		if (!is_opener(cp) && !is_bracket_open(cp) && !utf8_is_space(cp))
			return 0;
	}
	return 1;
}

/* Is the token from s to the stop at i "a.m" or "p.m" (any case) after a number? */
static int
time_of_day(const char *t, size_t s, size_t i)
{
	return i - s == 3 && ((t[s] | 0x20) == 'a' || (t[s] | 0x20) == 'p') &&
	    t[s + 1] == '.' && (t[s + 2] | 0x20) == 'm' && s >= 2 &&
	    t[s - 1] == ' ' && ascii_digit(t[s - 2]);
}

/*
 * After "6 P.M." or "5 p.m.": does the next word start a sentence?  A
 * sentence opener does, as after any abbreviation; so do "I" and a
 * title with its stop ("Mr. Lee"), which a time does not run into.
 */
static int
ends_time(const struct lang *l, const char *t, size_t n, const struct next *nx)
{
	size_t e;

	if (nx->cls != CC_UPPER || nx->initial)
		return 0;
	if (nx->wlen == 1 && nx->word[0] == 'i')
		return 1;
	for (e = nx->wstart; e < n && ascii_alpha(t[e]); e++)
		;
	return e < n && t[e] == '.' && e > nx->wstart &&
	    wordset_get(&l->prefixes, t + nx->wstart, e - nx->wstart) == PFX_ALWAYS;
}

/*
 * Decide whether the cluster of stops that starts at i ends a sentence.
 * On yes, *end is the end of the sentence and *next where the next one
 * starts.  *resume is where scanning goes on either way.
 */
int
judge(struct splitter *sp, size_t i, size_t *end,
    size_t *next, size_t *resume)
{
	const char *t = sp->t;
	size_t n = sp->n, j = i, len, k, tokstart;
	int dots = 0, qe = 0, ell = 0, cjk = 0, progress;
	int32_t cp;
	enum term tt;
	struct next nx;
	int fast;

	if (split_fast_judge && (fast = judge_fast(sp, i, end, next, resume)) >= 0)
		return fast;
	/* The cluster: stops, spaced dots, closing marks, more stops. */
	do {
		progress = 0;
		while (j < n && (tt = term_at(t, n, j, &len)) != T_NONE) {
			if (tt == T_DOT)
				dots++;
			else if (tt == T_ELLIPSIS)
				ell++;
			else if (tt == T_CJK)
				cjk++;
			else
				qe++;
			j += len;
			progress = 1;
			/* ". . ." */
			if (tt == T_DOT && j + 1 < n && t[j] == ' ' &&
			    t[j + 1] == '.' && (dots > 1 || (j + 3 < n &&
			    t[j + 2] == ' ' && t[j + 3] == '.')))
				j++;
		}
		while (j < n) {
			cp = cp_at(t, n, j, &len);
			if (!is_closer(cp)) {
				/* « Oui. » : a space, then the closing mark. */
				if ((sp->l->flags & LANG_SPACED_CLOSE) &&
				    (cp == ' ' || cp == 0xA0 || cp == 0x202F)) {
					size_t l2;
					int32_t c2;
					if (j + len < n) {
						c2 = cp_at(t, n, j + len, &l2);
						if (c2 == 0xBB || c2 == 0x203A) {
							j += len + l2;
							progress = 1;
							continue;
						}
					}
				}
				break;
			}
			j += len;
			progress = 1;
		}
	} while (progress && j < n && term_at(t, n, j, &len) != T_NONE);
	*resume = j;
	*end = j;

	if (cjk > 0 && dots == 0) {
		*next = skip_space(t, n, j);
		return 1;
	}
	if (j >= n) {
		*next = n;
		return 1;
	}
	if (!space_at(t, n, j, &len)) {
		/* Glued to what follows: only "end.Next" ends a sentence. */
		if (dots == 1 && qe == 0 && ell == 0 && j == i + 1 &&
		    glued_boundary(sp->l, t, n, i)) {
			*next = j;
			return 1;
		}
		return 0;
	}
	k = skip_space(t, n, j);
	if (k >= n) {
		*next = n;
		return 1;
	}
	/* "We won! 🎉 Next..." keeps the emoji. */
	cp = cp_at(t, n, k, &len);
	if (is_emoji(cp)) {
		size_t m = k;
		while (m < n && is_emoji(cp_at(t, n, m, &len)))
			m += len;
		if (m >= n || space_at(t, n, m, &len)) {
			size_t k2 = skip_space(t, n, m);
			look_next(t, n, k2, &nx);
			if (k2 < n && nx.cls != CC_LOWER) {
				*end = m;
				*next = k2;
				return 1;
			}
		}
	}
	look_next(t, n, k, &nx);
	*next = k;
	if (nx.cls == CC_LOWER)
		return footnote_at(t, n, k);
	/* ". . . And then": an ellipsis that opens a sentence belongs to it. */
	if (qe == 0 && (ell > 0 || dots >= 2) && opens_sentence(sp, i))
		return 0;
	if (qe > 0 || dots + 3 * ell >= 4)
		return 1;
	if (ell > 0 || dots >= 2)
		/* An ellipsis ends a sentence only before a capital ("I" tells nothing). */
		return !nx.bracketed && (nx.cls == CC_UPPER || nx.cls == CC_LETTER) &&
		    !(nx.wlen == 1 && nx.word[0] == 'i');
	switch (token_in_sentence(sp, i, &tokstart)) {
	case TK_PREFIX:
		return 0;
	case TK_NUMERIC:
		if (nx.cls == CC_DIGIT)
			return 0;
		return 1;
	case TK_MAY_END:
		if (time_of_day(t, tokstart, i) && ends_time(sp->l, t, n, &nx))
			return 1;
		return starts_sentence(sp->l, &nx);
	case TK_INITIAL:
		return starts_sentence(sp->l, &nx);
	case TK_ENDS_NAME:
		/* "Fla. Democrats want...": first in its sentence, it ends no name. */
		if (tokstart <= sp->s)
			return starts_sentence(sp->l, &nx);
		return starts_after_name(sp->l, t, n, *next, &nx);
	case TK_NUMBER:
		/* "five steps: 1. Consider...": a list number, not an end. */
		if (i - tokstart <= 2 && (tokstart == sp->s || (tokstart >= 2 &&
		    t[tokstart - 2] == ':')))
			return 0;
		if (sp->l->flags & LANG_ORDINAL_DOT)
			return starts_sentence(sp->l, &nx);
		return 1;
	case TK_WORD:
		break;
	}
	return 1;
}
