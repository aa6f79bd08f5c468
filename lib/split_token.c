/*
 * split_token: the words around a candidate stop, as the judge sees
 * them: the token before it (an abbreviation of the language's list, an
 * initial, a number, a word) and the word after it (its case, quotes
 * and brackets before it, whether it opens sentences).
 */
#include <stdint.h>
#include <string.h>

#include "split_int.h"
#include "split_punct.h"

#if defined(__SSE2__)
#include <emmintrin.h>

static __m128i
load16(const char *p)
{
	return _mm_loadu_si128((const __m128i *)(const void *)p);
}
#endif

void
look_next(const char *t, size_t n, size_t k, struct next *nx)
{
	size_t len, w;
	int32_t cp;
	int upper_inside = 0;
	char enc[4];

	/* Every field but the word, which is read only up to wlen. */
	nx->cls = CC_OTHER;
	nx->quoted = nx->bracketed = nx->inverted = nx->initial = 0;
	nx->wstart = nx->wlen = 0;
	while (k < n) {
		cp = cp_at(t, n, k, &len);
		if (cp == 0xBF || cp == 0xA1) {
			nx->inverted = 1;
			k += len;
			continue;
		}
		if ((cp == '-' || cp == 0x2013 || cp == 0x2014) && k + len < n &&
		    t[k + len] == ' ') {
			/* "Then what?" - asks Smith: a dash does not start a sentence. */
			k = skip_space(t, n, k + len);
			continue;
		}
		if (is_opener(cp))
			nx->quoted = 1;
		else if (is_bracket_open(cp))
			nx->bracketed = 1;
		else
			break;
		k += len;
	}
	if (k >= n)
		return;
	cp = cp_at(t, n, k, &len);
	nx->cls = utf8_class(cp);
	nx->wstart = k;
	if (nx->cls != CC_UPPER && nx->cls != CC_LOWER && nx->cls != CC_LETTER)
		return;
	while (k < n) {
		unsigned char b = (unsigned char)t[k];
#if defined(__SSE2__)
		/* A run of ASCII letters, 16 bytes at a time, while the word has room. */
		if (k + 16 <= n && nx->wlen + 16 < sizeof(nx->word)) {
			__m128i low;
			unsigned upper, alpha = ascii_letters16(t + k, &upper, &low);
			size_t run = (size_t)__builtin_ctz(~alpha | 0x10000);

			_mm_storeu_si128((__m128i *)(void *)(nx->word + nx->wlen), low);
			if (upper & ((1u << run) - 1) & (nx->wlen > 0 ? ~0u : ~1u))
				upper_inside = 1;
			nx->wlen += run;
			k += run;
			if (run == 16)
				continue;
			if (k >= n)
				break;
			b = (unsigned char)t[k];
		}
#endif
		if (b < 0x80) {		/* ASCII fast path */
			if (!ascii_alpha(b))
				break;
			if (b <= 'Z' && nx->wlen > 0)
				upper_inside = 1;
			if (nx->wlen + 1 >= sizeof(nx->word))
				break;
			nx->word[nx->wlen++] = (char)(b | 0x20);
			k++;
			continue;
		}
		cp = cp_at(t, n, k, &len);
		enum cclass c = utf8_class(cp);
		if (c != CC_UPPER && c != CC_LOWER && c != CC_LETTER && c != CC_MARK)
			break;
		if (c == CC_UPPER && nx->wlen > 0)
			upper_inside = 1;
		w = utf8_encode(utf8_tolower(cp), enc);
		if (nx->wlen + w >= sizeof(nx->word))
			break;
		memcpy(nx->word + nx->wlen, enc, w);
		nx->wlen += w;
		k += len;
	}
	if (k < n && t[k] == '.' && utf8_count(nx->word, nx->wlen) == 1)
		nx->initial = 1;
	/* iPhone, eBay: a brand, not a lower-case continuation. */
	if (nx->cls == CC_LOWER && upper_inside)
		nx->cls = CC_UPPER;
}

/* Does the next word look like the start of a sentence, after an abbreviation? */
int
starts_sentence(const struct lang *l, const struct next *nx)
{
	if (nx->inverted || nx->cls == CC_LETTER)
		return 1;
	if (nx->cls != CC_UPPER)
		return 0;
	if (nx->quoted)
		return 1;
	return !nx->initial && wordset_get(&l->starters, nx->word, nx->wlen) != 0;
}

/*
 * After "Acme Corp." or "Dayton, Ohio.": does the next word start a
 * sentence?  Any capitalised word does but a prefix ("Gov."), a
 * continuer ("Chairman", "Thursday") or a ticker ("ACME.N").
 */
int
starts_after_name(const struct lang *l, const char *t, size_t n, size_t k,
    const struct next *nx)
{
	size_t e, upper = 0;

	if (starts_sentence(l, nx))
		return 1;
	/* "DAYTON, Ohio. - The": a dateline; a quote or bracket is no name. */
	if (nx->cls != CC_UPPER || nx->wstart != k)
		return 0;
	for (e = nx->wstart; e < n && (ascii_alpha(t[e]) || (unsigned char)t[e] >= 0x80); e++)
		upper += ascii_upper(t[e]);
	if (wordset_get(&l->prefixes, t + nx->wstart, e - nx->wstart) != 0 ||
	    wordset_get(&l->continuers, nx->word, nx->wlen) != 0)
		return 0;
	if (upper == e - nx->wstart && e + 1 < n && t[e] == '.' &&
	    ascii_upper(t[e + 1]))
		return 0;
	return e - nx->wstart >= 2;	/* not "Wash. I-5" */
}


/*
 * The token that ends just before the stop at i: it starts at *start,
 * after the last white space; its word, without the quotes and brackets
 * that open it and the closing marks that end it, is from *ws to *we.
 */
static inline void
token_bounds(const char *t, size_t i, size_t *start, size_t *ws, size_t *we)
{
	size_t s = i, j, len;
	int32_t cp;

	while (s > 0 && i - s < 128) {
		unsigned char c = (unsigned char)t[s - 1];
#if defined(__SSE2__)
		/* The bytes the fast path below passes, 16 at a time. */
		if (s >= 16 && i - s <= 128 - 16) {
			unsigned stop = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(
			    load16(t + s - 16), _mm_set1_epi8(' ' + 1)));
			if (stop == 0) {
				s -= 16;
				continue;
			}
			s -= 15 - (31 - (size_t)__builtin_clz(stop));
			if (s == 0 || i - s >= 128)
				break;
			c = (unsigned char)t[s - 1];
		}
#endif
		if (c > ' ' && c < 0x80) {	/* ASCII fast path */
			s--;
			continue;
		}
		if (c <= ' ')
			break;
		j = utf8_back(t, s);
		cp = cp_at(t, i, j, &len);
		if (utf8_is_space(cp))
			break;
		s = j;
	}
	*start = s;
	/* Leading quotes and brackets, trailing closers are not the word. */
	while (s < i) {
		cp = cp_at(t, i, s, &len);
		if (!is_opener(cp) && !is_bracket_open(cp))
			break;
		s += len;
	}
	while (i > s) {
		j = utf8_back(t, i);
		cp = cp_at(t, i, j, &len);
		if (!is_closer(cp))
			break;
		i = j;
	}
	*ws = s;
	*we = i;
}

/*
 * The class in the language's prefixes of the word from s to i, as
 * written, in lower case if it is all capitals (MR., ETC. in a headline),
 * or after its last hyphen (ex-Gov.); 0 if it is none.
 */
static inline int
prefix_class(const struct lang *l, const char *t, size_t s, size_t i)
{
	size_t j, hyphen = SIZE_MAX;	/* where the part after it starts, once known */
	int cls;
	char alt[64];

	if ((cls = wordset_get(&l->prefixes, t + s, i - s)) != 0)
		return cls;
	/* MR. or ETC. in a headline: try Mr and etc. */
	if (i - s < sizeof(alt)) {
		size_t k;
		int allcaps = 1;
#if defined(__SSE2__)
		/*
		 * A word of up to 16 bytes, most are, tested at once, and its
		 * last hyphen found so (the loops ended where the word does, a
		 * wrong guess at most words).
		 */
		if (i >= 16 && i - s <= 16) {
			__m128i v = load16(t + i - 16);
			unsigned word = 0xFFFFu << (16 - (i - s));
			unsigned bad = (unsigned)_mm_movemask_epi8(_mm_or_si128(v,
			    _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - 'a'))),
			    _mm_set1_epi8((char)(0x80 + 26)))));
			unsigned dash = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v,
			    _mm_set1_epi8('-'))) & word & 0xFFFF;

			allcaps = (bad & word & 0xFFFF) == 0;
			hyphen = dash == 0 ? s : i - 16 + (32 - (size_t)__builtin_clz(dash));
		} else
#endif
		for (k = s; k < i; k++)
			if ((unsigned char)t[k] >= 0x80 || ascii_lower(t[k]))
				allcaps = 0;
		if (allcaps && i - s > 1) {
			for (k = s; k < i; k++)
				alt[k - s] = ascii_upper(t[k]) ? t[k] + 32 : t[k];
			if ((cls = wordset_get(&l->prefixes, alt, i - s)) != 0)
				return cls;
			alt[0] = t[s];
			if ((cls = wordset_get(&l->prefixes, alt, i - s)) != 0)
				return cls;
		}
	}
	/* ex-Gov. Smith: the part after the last hyphen. */
	if (hyphen != SIZE_MAX)
		j = hyphen;
	else
		for (j = i; j > s; j--)
			if (t[j - 1] == '-')
				break;
	if (j > s && j < i && (cls = wordset_get(&l->prefixes, t + j, i - j)) != 0)
		return cls;
	return 0;
}

/* The kind of token a prefix class makes. */
static enum tokkind
prefix_kind(int cls)
{
	switch (cls) {
	case PFX_NUMERIC:
		return TK_NUMERIC;
	case PFX_MAY_END:
		return TK_MAY_END;
	case PFX_ENDS_NAME:
		return TK_ENDS_NAME;
	default:
		return TK_PREFIX;
	}
}

/* Classify the token that ends just before the stop at i. */
enum tokkind
token_before(const struct lang *l, const char *t, size_t i, size_t *start)
{
	size_t s, j, len, letters = 0, seg = 0, digits = 0, other = 0;
	int32_t cp;
	int dotted = 0, segs_short = 1, cls;

	token_bounds(t, i, start, &s, &i);
	if (s == i)
		return TK_WORD;
	if ((cls = prefix_class(l, t, s, i)) != 0)
		return prefix_kind(cls);

	for (j = s; j < i; j += len) {
		unsigned char b = (unsigned char)t[j];
		if (b < 0x80 && b != '.') {	/* ASCII fast path */
			len = 1;
			if (ascii_alpha(b)) {
				letters++;
				seg++;
			} else if (ascii_digit(b))
				digits++;
			else
				other++;
			continue;
		}
		cp = cp_at(t, i, j, &len);
		if (cp == '.') {
			dotted = 1;
			if (seg == 0 || seg > 3)
				segs_short = 0;
			seg = 0;
		} else if (utf8_is_letter(cp)) {
			letters++;
			seg++;
		} else if (utf8_class(cp) == CC_MARK)
			;
		else if (utf8_class(cp) == CC_DIGIT)
			digits++;
		else
			other++;
	}
	if (seg == 0 || seg > 3)
		segs_short = 0;
	if (letters == 1 && digits == 0 && other == 0 && !dotted)
		return TK_INITIAL;
	if (dotted && segs_short && digits == 0 && other == 0)
		return TK_MAY_END;		/* U.S, e.g, Ph.D */
	if (digits > 0 && letters == 0 && other == 0 && !dotted)
		return TK_NUMBER;
	return TK_WORD;
}

/* As token_before(l, t, n - 1) == TK_PREFIX, without classifying a word that is none. */
int
ends_in_title(const struct lang *l, const char *t, size_t n)
{
	size_t start, s, i;
	int cls;

	if (n <= 1 || t[n - 1] != '.')
		return 0;
	token_bounds(t, n - 1, &start, &s, &i);
	return s < i && (cls = prefix_class(l, t, s, i)) != 0 &&
	    prefix_kind(cls) == TK_PREFIX;
}
