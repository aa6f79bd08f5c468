/*
 * The splitter looks only at candidate stops (. ? ! … 。 and kin) and,
 * for each, at the token before it and the word after it.  The rules,
 * in the order they are tried, are listed in split-sentences(1).
 */
#include <stdint.h>
#include <string.h>

#include "sentences.h"
#include "utf8.h"

enum term { T_NONE, T_DOT, T_QE, T_ELLIPSIS, T_CJK };

int split_fast_judge = 1;


/* Bytes that may begin a terminator; everything else is skipped fast. */
static const unsigned char may_term[256] = {
	['.'] = 1, ['?'] = 1, ['!'] = 1,
	[0xD8] = 1, [0xDB] = 1, [0xE0] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1,
};

#if defined(__SSE2__)
#include <emmintrin.h>

#define BLOCK		16
#define BLOCK_BIT	1
#define BLOCK_LOOKAHEAD	19	/* block_candidates() reads 3 bytes past it */
#define BLOCK_MASK_TYPE	unsigned long long

static __m128i
in_ascii_range(__m128i v, char lo, char hi)
{
	/* Signed compares: bytes from 0x80 up are negative, never in range. */
	return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8((char)(lo - 1))),
	    _mm_cmplt_epi8(v, _mm_set1_epi8((char)(hi + 1))));
}

/*
 * Bit k set where the byte at p + 2 + k may be a candidate, as
 * candidates8() below, but exact for 0xE2: only the lead of … ‼ ⁇ ⁈ ⁉,
 * not of the curly quotes and dashes news is full of.
 */
static BLOCK_MASK_TYPE
candidates_block(const char *p, int caps, BLOCK_MASK_TYPE *capsmask)
{
	const __m128i *q = (const __m128i *)(const void *)(p + 2);
	__m128i v = _mm_loadu_si128(q);
	__m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(p + 3));
	__m128i v2 = _mm_loadu_si128((const __m128i *)(const void *)(p + 4));
	__m128i m, lead, e2, e2ok;

	m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('!')));
	/* Lead bytes 0xD8..0xEF, 0xE2 only before 80 A6, 80 BC or 81. */
	lead = _mm_and_si128(_mm_cmpeq_epi8(_mm_max_epu8(v,
	    _mm_set1_epi8((char)0xD8)), v), _mm_cmpeq_epi8(_mm_min_epu8(v,
	    _mm_set1_epi8((char)0xEF)), v));
	e2 = _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2));
	e2ok = _mm_or_si128(_mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0x81)),
	    _mm_and_si128(_mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0x80)),
	    _mm_or_si128(_mm_cmpeq_epi8(v2, _mm_set1_epi8((char)0xA6)),
	    _mm_cmpeq_epi8(v2, _mm_set1_epi8((char)0xBC)))));
	m = _mm_or_si128(m, _mm_andnot_si128(_mm_andnot_si128(e2ok, e2), lead));
	*capsmask = 0;
	if (caps) {
		__m128i b1 = _mm_loadu_si128((const __m128i *)(const void *)(p + 1));
		__m128i b2 = _mm_loadu_si128((const __m128i *)(const void *)p);
		__m128i c = _mm_and_si128(_mm_and_si128(
		    in_ascii_range(v, 'A', 'Z'),
		    _mm_cmpeq_epi8(b1, _mm_set1_epi8(' '))),
		    _mm_or_si128(in_ascii_range(b2, 'a', 'z'),
		    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b2, _mm_set1_epi8('"')),
		    _mm_cmpeq_epi8(b2, _mm_set1_epi8(':'))),
		    _mm_cmpeq_epi8(b2, _mm_set1_epi8((char)0x9D)))));
		/* " -- ": a dash that may begin a list item. */
		c = _mm_or_si128(c, _mm_and_si128(_mm_cmpeq_epi8(v,
		    _mm_set1_epi8('-')), _mm_cmpeq_epi8(b1, _mm_set1_epi8(' '))));
		*capsmask = (unsigned)_mm_movemask_epi8(c);
	}
	return (unsigned)_mm_movemask_epi8(m);
}
#else
#define ONES	0x0101010101010101ULL
#define HIGHS	0x8080808080808080ULL

static uint64_t
load8(const char *p)
{
	uint64_t w;

	memcpy(&w, p, 8);
	return w;
}

/* High bit of each byte of w equal to c (a superset when bytes >= 0x80 are near). */
static uint64_t
bytes_eq(uint64_t w, unsigned char c)
{
	uint64_t x = w ^ (ONES * c);

	return (x - ONES) & ~x & HIGHS;
}

/* High bit of each ASCII byte of w in lo..hi. */
static uint64_t
bytes_in(uint64_t w, unsigned char lo, unsigned char hi)
{
	return (w + ONES * (0x80 - lo)) & ~(w + ONES * (0x7F - hi)) & HIGHS;
}

/*
 * Of the eight bytes at p + 2, those that may be candidates: stops,
 * lead bytes of stops in other scripts, and (with caps) a capital after
 * a space after a lower-case letter.  Zero means none is; a set bit may
 * be a false alarm.  p[0] and p[1] give the context.
 */
static uint64_t
candidates8(const char *p, int caps, uint64_t *capsmask)
{
	uint64_t w = load8(p + 2), f;

	/*
	 * Lead bytes that may start a stop of another script: 0xE0 and up
	 * (… 。 ！ ।) and 0xD8..0xDF (؟ ۔).  Continuation bytes and Latin
	 * letters (é is C3 A9) are let through.
	 */
	f = (w & (w << 1) & (w << 2) & HIGHS) |
	    (w & (w << 1) & ~(w << 2) & (w << 3) & (w << 4) & HIGHS) |
	    bytes_eq(w, '.') | bytes_eq(w, '?') | bytes_eq(w, '!');
	if (caps) {
		/*
		 * Exact for a capital after a space; a lower-case letter right
		 * after an invalid lead byte may be missed, which costs only
		 * this heuristic on broken input.
		 */
		uint64_t w1 = load8(p + 1), w0 = load8(p);
		*capsmask = (bytes_in(w, 'A', 'Z') & bytes_eq(w1, ' ') &
		    (bytes_in(w0, 'a', 'z') | bytes_eq(w0, '"') |
		    bytes_eq(w0, ':') | bytes_eq(w0, 0x9D))) |
		    (bytes_eq(w, '-') & bytes_eq(w1, ' '));
	} else
		*capsmask = 0;
	return f;
}

#define BLOCK		8
#define BLOCK_BIT	8
#define BLOCK_LOOKAHEAD	11	/* block_candidates() reads 3 bytes past it */
#define BLOCK_MASK_TYPE	uint64_t
#define candidates_block candidates8
#endif

/*
 * The same (1), capitals (2) and dashes (3): where a sentence may start
 * with no stop before it, after a headline or at a list item.
 */
static const unsigned char may_term_or_cap[256] = {
	['.'] = 1, ['?'] = 1, ['!'] = 1,
	[0xD8] = 1, [0xDB] = 1, [0xE0] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1,
	['A'] = 2, ['B'] = 2, ['C'] = 2, ['D'] = 2, ['E'] = 2, ['F'] = 2,
	['G'] = 2, ['H'] = 2, ['I'] = 2, ['J'] = 2, ['K'] = 2, ['L'] = 2,
	['M'] = 2, ['N'] = 2, ['O'] = 2, ['P'] = 2, ['Q'] = 2, ['R'] = 2,
	['S'] = 2, ['T'] = 2, ['U'] = 2, ['V'] = 2, ['W'] = 2, ['X'] = 2,
	['Y'] = 2, ['Z'] = 2, ['-'] = 3,
};

/* What the scan looks for: the language's openers, and cand[] below. */
struct scan {
	const struct lang *l;
	const unsigned char *cand;
};

/*
 * Is the capital at p, after a space and a byte that is no lower-case
 * letter, worth a look?  Only after a quote that closes a word ("...
 * back" The) or a colon that ends capitals (FIRM: Diane).
 */
static int
after_mark(const unsigned char *p, size_t at)
{
	unsigned char c = p[-2];

	if (c == '"')
		return at >= 3 && (ascii_lower(p[-3]) || ascii_upper(p[-3]) ||
		    (p[-3] >= '0' && p[-3] <= '9'));
	if (c == 0x9D)
		return at >= 5 && p[-3] == 0x80 && p[-4] == 0xE2 &&
		    (ascii_lower(p[-5]) || ascii_upper(p[-5]) ||
		    (p[-5] >= '0' && p[-5] <= '9'));
	if (c == ':')
		return at >= 3 && ascii_upper(p[-3]);
	return 1;
}

/*
 * Is the capital or dash at p worth a look?  A capital after a lower-case
 * letter where an opener's first three letters are; after a quote or a
 * colon as after_mark() says.  A dash before another.  At is p's offset.
 */
static unsigned
caps_candidate(const struct scan *sc, const unsigned char *p, size_t at)
{
	unsigned b = p[1] - 'a', c = p[2] - 'a';
	uint32_t thirds = sc->l->opener_prefix[(p[0] - 'A') & 31][b < 26 ? b : 26];

	if (p[0] == '-')
		return p[1] == '-';
	if (!ascii_lower(p[-2]))
		return (unsigned)after_mark(p, at);
	return (thirds >> (c < 26 ? c : 26)) & 1;
}

/*
 * Candidates among the block of bytes at i, filtered as cand[] says.
 * Stops and capitals are kept apart: capitals are many in news, and
 * mixed in, they made the loop over stops slow.
 */
static BLOCK_MASK_TYPE
block_candidates(const struct scan *sc, const char *t, size_t i)
{
	const unsigned char *u = (const unsigned char *)t + i;
	BLOCK_MASK_TYPE caps, f, keep = 0;

	f = candidates_block(t + i - 2, sc->cand == may_term_or_cap, &caps);
	for (; f != 0; f &= f - 1) {
		size_t k = (size_t)__builtin_ctzll(f) / BLOCK_BIT;
		if (sc->cand[u[k]] == 1)
			keep |= f & -f;
	}
	if (caps == 0)
		return keep;
	for (; caps != 0; caps &= caps - 1) {
		size_t k = (size_t)__builtin_ctzll(caps) / BLOCK_BIT;
		keep |= (caps & -caps) & -(BLOCK_MASK_TYPE)caps_candidate(sc, u + k, i + k);
	}
	return keep;
}

/*
 * The first byte at or after i, before lim, that may be a candidate:
 * where a stop may be.  Blocks of bytes are skipped while none can matter.
 */
static size_t
next_candidate(const struct scan *sc, const char *t, size_t n, size_t i,
    size_t lim)
{
	BLOCK_MASK_TYPE f;

	while (i < lim) {
		if (i < 2 || i + BLOCK_LOOKAHEAD > n || i + BLOCK > lim) {
			if (sc->cand[(unsigned char)t[i]])
				return i;
			i++;
			continue;
		}
		if ((f = block_candidates(sc, t, i)) != 0)
			return i + (size_t)__builtin_ctzll(f) / BLOCK_BIT;
		i += BLOCK;
	}
	return lim;
}

static enum term
term_at(const char *t, size_t n, size_t i, size_t *len)
{
	int32_t cp;

	*len = 1;
	switch (t[i]) {
	case '.':
		return T_DOT;
	case '?':
	case '!':
		return T_QE;
	}
	if ((unsigned char)t[i] < 0x80)
		return T_NONE;
	*len = utf8_decode(t + i, n - i, &cp);
	switch (cp) {
	case 0x2026:			/* … */
		return T_ELLIPSIS;
	case 0x203C: case 0x2047: case 0x2048: case 0x2049:	/* ‼ ⁇ ⁈ ⁉ */
	case 0x061F: case 0x06D4:	/* Arabic ؟, Urdu ۔ */
	case 0x0964: case 0x0965:	/* Devanagari danda । ॥ */
		return T_QE;
	case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF61:	/* 。！？｡ */
		return T_CJK;
	}
	return T_NONE;
}

static int
is_closer(int32_t cp)
{
	switch (cp) {
	case '"': case '\'': case ')': case ']': case '}':
	case 0x2019: case 0x201D: case 0x201C: case 0x2018:	/* ’ ” “ ‘ */
	case 0x00BB: case 0x00AB: case 0x203A: case 0x2039:	/* » « › ‹ */
	case 0x300D: case 0x300F: case 0x3009: case 0x300B:	/* 」 』 〉 》 */
	case 0x3011: case 0x3015: case 0xFF09: case 0xFF63:	/* 】 〕 ） ｣ */
		return 1;
	}
	return 0;
}

static int
is_opener(int32_t cp)
{
	switch (cp) {
	case '"': case '\'': case '`':
	case 0x201C: case 0x2018: case 0x201E: case 0x201A:	/* “ ‘ „ ‚ */
	case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:	/* « » ‹ › */
	case 0x300C: case 0x300E:				/* 「 『 */
		return 1;
	}
	return 0;
}

static int
is_bracket_open(int32_t cp)
{
	return cp == '(' || cp == '[' || cp == '{' || cp == 0xFF08 ||
	    cp == 0x3010 || cp == 0x3014;
}

static int
is_emoji(int32_t cp)
{
	return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 &&
	    cp <= 0x27BF) || cp == 0x200D || cp == 0xFE0F || cp == 0x2B50 ||
	    cp == 0x2B55 || (cp >= 0xE0020 && cp <= 0xE007F);
}

static int
space_at(const char *t, size_t n, size_t i, size_t *len)
{
	int32_t cp;

	if ((unsigned char)t[i] < 0x80) {
		*len = 1;
		return t[i] == ' ' || (t[i] >= '\t' && t[i] <= '\r');
	}
	*len = utf8_decode(t + i, n - i, &cp);
	return utf8_is_space(cp);
}

static size_t
skip_space(const char *t, size_t n, size_t i)
{
	size_t k;

	while (i < n && space_at(t, n, i, &k))
		i += k;
	return i;
}

static int32_t
cp_at(const char *t, size_t n, size_t i, size_t *len)
{
	int32_t cp;

	*len = utf8_decode(t + i, n - i, &cp);
	return cp;
}

/* What follows a candidate stop. */
struct next {
	enum cclass	 cls;		/* of the first letter or sign */
	int		 quoted;	/* an opening quote came first */
	int		 bracketed;	/* an opening bracket came first */
	int		 inverted;	/* ¿ or ¡ */
	int		 initial;	/* one letter and a stop: "J. A. Smith" */
	size_t		 wstart;	/* where the first word begins */
	char		 word[64];	/* lower-cased first word */
	size_t		 wlen;
};

static void
look_next(const char *t, size_t n, size_t k, struct next *nx)
{
	size_t len, w;
	int32_t cp;
	int upper_inside = 0;
	char enc[4];

	memset(nx, 0, sizeof(*nx));
	nx->cls = CC_OTHER;
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
		if (b < 0x80) {		/* ASCII fast path */
			if (!((b | 0x20) >= 'a' && (b | 0x20) <= 'z'))
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
static int
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
static int
starts_after_name(const struct lang *l, const char *t, size_t n, size_t k,
    const struct next *nx)
{
	size_t e, upper = 0;

	if (starts_sentence(l, nx))
		return 1;
	/* "DAYTON, Ohio. - The": a dateline; a quote or bracket is no name. */
	if (nx->cls != CC_UPPER || nx->wstart != k)
		return 0;
	for (e = nx->wstart; e < n && (((t[e] | 0x20) >= 'a' &&
	    (t[e] | 0x20) <= 'z') || (unsigned char)t[e] >= 0x80); e++)
		upper += t[e] >= 'A' && t[e] <= 'Z';
	if (wordset_get(&l->prefixes, t + nx->wstart, e - nx->wstart) != 0 ||
	    wordset_get(&l->continuers, nx->word, nx->wlen) != 0)
		return 0;
	if (upper == e - nx->wstart && e + 1 < n && t[e] == '.' &&
	    t[e + 1] >= 'A' && t[e + 1] <= 'Z')
		return 0;
	return e - nx->wstart >= 2;	/* not "Wash. I-5" */
}

enum tokkind { TK_WORD, TK_PREFIX, TK_NUMERIC, TK_MAY_END, TK_ENDS_NAME, TK_INITIAL,
    TK_NUMBER };

/* Classify the token that ends just before the stop at i. */
static enum tokkind
token_before(const struct lang *l, const char *t, size_t i, size_t *start)
{
	size_t s = i, j, len, letters = 0, seg = 0, digits = 0, other = 0;
	int32_t cp;
	int dotted = 0, segs_short = 1, cls;
	char alt[64];

	while (s > 0 && i - s < 128) {
		unsigned char c = (unsigned char)t[s - 1];
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
	if (s == i)
		return TK_WORD;
	if ((cls = wordset_get(&l->prefixes, t + s, i - s)) != 0)
		goto found;
	/* MR. or ETC. in a headline: try Mr and etc. */
	if (i - s < sizeof(alt)) {
		size_t k;
		int allcaps = 1;
		for (k = s; k < i; k++)
			if ((unsigned char)t[k] >= 0x80 || (t[k] >= 'a' && t[k] <= 'z'))
				allcaps = 0;
		if (allcaps && i - s > 1) {
			for (k = s; k < i; k++)
				alt[k - s] = (t[k] >= 'A' && t[k] <= 'Z') ? t[k] + 32 : t[k];
			if ((cls = wordset_get(&l->prefixes, alt, i - s)) != 0)
				goto found;
			alt[0] = t[s];
			if ((cls = wordset_get(&l->prefixes, alt, i - s)) != 0)
				goto found;
		}
	}
	/* ex-Gov. Smith: the part after the last hyphen. */
	for (j = i; j > s; j--)
		if (t[j - 1] == '-')
			break;
	if (j > s && j < i && (cls = wordset_get(&l->prefixes, t + j, i - j)) != 0)
		goto found;

	for (j = s; j < i; j += len) {
		unsigned char b = (unsigned char)t[j];
		if (b < 0x80 && b != '.') {	/* ASCII fast path */
			len = 1;
			if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
				letters++;
				seg++;
			} else if (b >= '0' && b <= '9')
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
found:
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

struct splitter {
	const struct lang *l;
	const char	*t;
	size_t		 n;
	span_fn		 fn;
	void		*ctx;
	size_t		 s;		/* start of the current sentence */
};

/*
 * A headline run into the text with no stop: "...of the disease
 * Unfortunately, there is".  An opener with a capital starts a sentence
 * after an all-lower-case word; a pronoun or article ("The plan", "It
 * was") also after a capitalised one ("...in Cairo The talks"), and after
 * a headline of one word ("Diet The group").
 */
static int
lost_stop(const struct splitter *sp, size_t i)
{
	const char *t = sp->t;
	size_t n = sp->n, w, p, k;
	char word[16];
	int cls, prev_lower = 1, prev_cap;

	if (i < 2 || t[i - 1] != ' ')
		return 0;
	for (w = i; w < n && w - i < sizeof(word) && ((t[w] | 0x20) >= 'a' &&
	    (t[w] | 0x20) <= 'z'); w++)
		word[w - i] = (char)(t[w] | 0x20);
	for (p = i + 1; p < w; p++)
		if (t[p] < 'a')		/* IT, not It */
			return 0;
	if (w == i || w - i >= sizeof(word) || w + 2 >= n ||
	    (cls = wordset_get(&sp->l->openers, word, w - i)) == 0 ||
	    cls == OPENER_NOT_LAST)
		return 0;
	if (cls != OPENER_ANY_NEXT) {
		/* The next word in lower case, maybe quoted: "The \"grand\" finale". */
		k = w + 1;
		if (t[k] == '"')
			k++;
		else if (k + 3 < n && (unsigned char)t[k] == 0xE2 &&
		    (unsigned char)t[k + 1] == 0x80 && (unsigned char)t[k + 2] == 0x9C)
			k += 3;
		if (t[w] != ' ' || k >= n || !(t[k] >= 'a' && t[k] <= 'z'))
			return 0;
	} else if (!(t[w] == ' ' || t[w] == ','))
		return 0;
	/* The word before, back to a space or the sentence's start. */
	for (p = i - 1; p > sp->s && t[p - 1] != ' '; p--)
		if (!(t[p - 1] >= 'a' && t[p - 1] <= 'z'))
			prev_lower = 0;
	if (p >= i - 1)
		return 0;
	prev_cap = !prev_lower && i - 1 - p >= 2 && t[p] >= 'A' && t[p] <= 'Z';
	for (k = p + 1; prev_cap && k < i - 1; k++)
		if (!(t[k] >= 'a' && t[k] <= 'z'))
			prev_cap = 0;
	/*
	 * After a one-word headline only an article or a pronoun counts:
	 * "After The Debate", "Nothing But the Truth" are titles.
	 */
	if (p == sp->s)
		return prev_cap && i - 1 - p >= 3 && cls == OPENER_LOWER_NEXT;
	if (i < sp->s + 8)
		return 0;
	/* A headline does not end in "and" or "of": those go on. */
	if (prev_lower && wordset_get(&sp->l->openers, t + p, i - 1 - p) ==
	    OPENER_NOT_LAST)
		return 0;
	return prev_lower || (prev_cap && cls == OPENER_LOWER_NEXT);
}

/* Headlines are short: the rules below look no further back than this. */
#define HEADLINE_MAX	300

/*
 * A quoted headline run into the text: ...the cartel. "Prices will
 * not fall" The minister said...  A closing quote right after a word,
 * a quotation of three words or more that opened in this sentence, then
 * a capitalised sentence starter: a new sentence.  Shorter quotations
 * are names ("Earvin "Magic" Johnson").
 */
static int
quote_stop(const struct splitter *sp, size_t i)
{
	const char *t = sp->t;
	size_t n = sp->n, q, o, w, spaces = 0;
	char word[32];
	int curly;

	if (t[i - 2] == '"') {
		q = i - 2;
		curly = 0;
	} else if (i >= 4 && (unsigned char)t[i - 2] == 0x9D &&
	    (unsigned char)t[i - 3] == 0x80 && (unsigned char)t[i - 4] == 0xE2) {
		q = i - 4;
		curly = 1;
	} else
		return 0;
	if (q <= sp->s || !(((t[q - 1] | 0x20) >= 'a' && (t[q - 1] | 0x20) <= 'z') ||
	    (t[q - 1] >= '0' && t[q - 1] <= '9')))
		return 0;
	/* The opening mark, after a space or at the sentence's start, not far back. */
	for (o = q; o > sp->s && q - o < HEADLINE_MAX; o--) {
		if (t[o - 1] == ' ')
			spaces++;
		if (!curly && t[o - 1] == '"')
			break;
		if (curly && o >= sp->s + 3 && (unsigned char)t[o - 3] == 0xE2 &&
		    (unsigned char)t[o - 2] == 0x80 && (unsigned char)t[o - 1] == 0x9C) {
			o -= 2;
			break;
		}
	}
	if (o == sp->s || q - o >= HEADLINE_MAX || spaces < 2)
		return 0;
	o--;				/* the opening mark itself */
	if (o > sp->s && t[o - 1] != ' ')
		return 0;
	for (w = i; w < n && w - i < sizeof(word) && ((t[w] | 0x20) >= 'a' &&
	    (t[w] | 0x20) <= 'z'); w++)
		word[w - i] = (char)(t[w] | 0x20);
	if (w - i < 2 || w - i >= sizeof(word) || !ascii_lower((unsigned char)t[i + 1]))
		return 0;
	return wordset_get(&sp->l->starters, word, w - i) != 0 ||
	    wordset_get(&sp->l->openers, word, w - i) != 0;
}

/* "FCC COUNSEL JOINS FIRM: Diane S. Killory will...": a headline in capitals. */
static int
caps_colon_stop(const struct splitter *sp, size_t i)
{
	const char *t = sp->t;
	size_t k, caps = 0, spaces = 0;

	if (i < sp->s + 8 || i > sp->s + HEADLINE_MAX || i + 1 >= sp->n ||
	    !ascii_lower((unsigned char)t[i + 1]))
		return 0;
	for (k = sp->s; k < i - 2; k++) {
		if (ascii_lower((unsigned char)t[k]) || (unsigned char)t[k] >= 0x80)
			return 0;
		caps += ascii_upper((unsigned char)t[k]);
		spaces += t[k] == ' ';
	}
	return caps >= 6 && spaces >= 2;	/* not a speaker: "JAKE TAPPER: Donald" */
}

/*
 * "...proposals (May 1988): -- Require prompt reports": a list item
 * marked with a double dash, after a colon or after another such item.
 */
static int
dash_item(const struct splitter *sp, size_t i)
{
	const char *t = sp->t;
	size_t n = sp->n, p;

	if (i + 3 >= n || i < sp->s + 2 || t[i + 1] != '-' || t[i + 2] != ' ' ||
	    !ascii_upper((unsigned char)t[i + 3]))
		return 0;
	for (p = i - 1; p > sp->s && t[p - 1] == ' '; p--)
		;
	return t[p - 1] == ':' || (sp->n - sp->s > 3 &&
	    memcmp(t + sp->s, "-- ", 3) == 0);
}

/* A sentence that starts at i with no stop before it: headlines, lists. */
static int
starts_without_stop(const struct splitter *sp, size_t i)
{
	const char *t = sp->t;
	unsigned char before;

	if (t[i] == '-')
		return dash_item(sp, i);
	if (i < 2 || t[i - 1] != ' ')
		return 0;
	before = (unsigned char)t[i - 2];
	if (ascii_lower(before))
		return lost_stop(sp, i);
	if (before == ':')
		return caps_colon_stop(sp, i);
	return quote_stop(sp, i);
}

/* List markers: "1." "1)" "1.)" "a." "a)" "A)" and bullets. */
struct list {
	int	 kind;		/* 0 none, 1 bullet, 2 number, 3 letter */
	int32_t	 bullet;
	long	 next;
	char	 delim[3];
};

static int
is_bullet(int32_t cp)
{
	switch (cp) {
	case 0x2022: case 0x25E6: case 0x25AA: case 0x2023: case 0x2043:
	case 0x25CF: case 0x25CB: case 0x25A0: case 0x25A1: case 0x27A2:
	case 0x25BA: case 0x2713: case 0x2714: case 0x00B7:
	case '-': case '*': case '+':
		return 1;
	}
	return 0;
}

/*
 * Length of a list marker at t[i] (with the spaces after it), or 0.  With
 * expect set, only the marker that continues that list counts; else any
 * marker does and *lst is set up from it.
 */
static size_t
marker_at(const char *t, size_t n, size_t i, struct list *lst, int expect)
{
	size_t j = i, len, d, k;
	int32_t cp;
	long num = 0;
	char delim[3] = { 0 };
	struct list found = { 0, 0, 0, { 0 } };

	if (i >= n)
		return 0;
	cp = cp_at(t, n, i, &len);
	if (is_bullet(cp)) {
		j = i + len;
		/* "-" and "*" need a space after them; "•9." does not. */
		if (j < n && !(t[j] == ' ' || t[j] == '\t') && (cp < 0x80 ||
		    !(t[j] >= '0' && t[j] <= '9')))
			return 0;
		if (j >= n)
			return 0;
		if (expect && (lst->kind != 1 || lst->bullet != cp))
			return 0;
		found.kind = 1;
		found.bullet = cp;
		found.next = 0;
		k = j;
		while (k < n && (t[k] == ' ' || t[k] == '\t'))
			k++;
		/* "• 9. The first item": the number is part of the marker. */
		for (d = k; d < n && d - k < 3 && t[d] >= '0' && t[d] <= '9'; d++)
			;
		if (d > k && d + 1 < n && (t[d] == '.' || t[d] == ')') &&
		    t[d + 1] == ' ')
			j = d + 1;
		goto spaces;
	}
	for (d = i; d < n && d - i < 3 && t[d] >= '0' && t[d] <= '9'; d++)
		num = num * 10 + (t[d] - '0');
	if (d > i) {
		found.kind = 2;
		found.next = num + 1;
		if (expect && (lst->kind != 2 || lst->next != num))
			return 0;
	} else if ((t[i] >= 'a' && t[i] <= 'z') || (t[i] >= 'A' && t[i] <= 'Z')) {
		d = i + 1;
		found.kind = 3;
		found.next = t[i] + 1;
		if (expect && (lst->kind != 3 || lst->next != t[i]))
			return 0;
	} else
		return 0;
	if (d + 1 < n && t[d] == '.' && t[d + 1] == ')') {
		memcpy(delim, ".)", 2);
		j = d + 2;
	} else if (d < n && (t[d] == '.' || t[d] == ')')) {
		delim[0] = t[d];
		j = d + 1;
	} else
		return 0;
	/* "A." is an initial, not a list. */
	if (found.kind == 3 && t[i] <= 'Z' && delim[0] == '.')
		return 0;
	if (expect && strcmp(delim, lst->delim) != 0)
		return 0;
	memcpy(found.delim, delim, sizeof(delim));
spaces:
	if (j >= n || !(t[j] == ' ' || t[j] == '\t'))
		return 0;
	while (j < n && (t[j] == ' ' || t[j] == '\t'))
		j++;
	*lst = found;
	return j - i;
}

int
ends_in_title(const struct lang *l, const char *t, size_t n)
{
	size_t start;

	return n > 1 && t[n - 1] == '.' &&
	    token_before(l, t, n - 1, &start) == TK_PREFIX;
}

size_t
list_marker_len(const char *t, size_t n)
{
	struct list l;

	return marker_at(t, n, 0, &l, 0);
}

/* Position of the next marker continuing the list, after white space, or n. */
static size_t
find_marker(const char *t, size_t n, size_t from, const struct list *lst)
{
	size_t i, len;
	struct list tmp;

	if (lst->kind == 0)
		return n;
	for (i = from; i < n; i++) {
		if (!(t[i] == ' ' || t[i] == '\t' || t[i] == '\n'))
			continue;
		/* Within a line, "- " before a lower-case word is a dash: "for us - this adds". */
		if (lst->kind == 1 && lst->bullet == '-' && t[i] != '\n' &&
		    i + 3 < n && t[i + 1] == '-' && t[i + 2] == ' ' &&
		    !ascii_upper((unsigned char)t[i + 3]) &&
		    !(t[i + 3] >= '0' && t[i + 3] <= '9'))
			continue;
		tmp = *lst;
		len = marker_at(t, n, i + 1, &tmp, 1);
		if (len > 0)
			return i + 1;
	}
	return n;
}


static void
emit(struct splitter *sp, size_t end)
{
	size_t e = end, len;
	int32_t cp;

	/* Trim trailing white space: only white space lies between sentences. */
	while (e > sp->s) {
		size_t j = utf8_back(sp->t, e);
		cp = cp_at(sp->t, e, j, &len);
		if (!utf8_is_space(cp))
			break;
		e = j;
	}
	if (e > sp->s)
		sp->fn(sp->ctx, sp->s, e);
}

/* "...in period. c - Domestic car": a table's footnote, lettered. */
static int
footnote_at(const char *t, size_t n, size_t k)
{
	return k + 3 < n && t[k] >= 'a' && t[k] <= 'z' && t[k + 1] == ' ' &&
	    t[k + 2] == '-' && (t[k + 3] == ' ' || t[k + 3] == '-');
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
	size_t n = sp->n, j = i + 1, k, s;
	unsigned char c;
	int cls, upper_inside = 0;
	size_t digits = 0;

	if (j >= n || (t[i] != '.' && t[i] != '?' && t[i] != '!'))
		return -1;
	c = (unsigned char)t[j];
	/* Not followed by a capital, "https://" or a space: no end. */
	if (t[i] == '.' && ((ascii_lower(c) && c != 'h') ||
	    (c >= '0' && c <= '9') || c == ',')) {
		*resume = j;
		return 0;
	}
	if (c == '"' || c == '\'' || c == ')' || c == ']')
		j++;
	else if (c == 0xE2 && j + 2 < n && (unsigned char)t[j + 1] == 0x80 &&
	    ((unsigned char)t[j + 2] == 0x9D || (unsigned char)t[j + 2] == 0x99))
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
		for (s = k + 1; s < n && ((t[s] | 0x20) >= 'a' && (t[s] | 0x20) <= 'z'); s++)
			upper_inside |= ascii_upper((unsigned char)t[s]);
		if (upper_inside || (s < n && (unsigned char)t[s] >= 0x80) ||
		    footnote_at(t, n, k))
			return -1;
		*end = *resume = j;
		*next = k;
		return 0;
	}
	if (!ascii_upper(c) && !(c == 0xE2 && k + 3 < n &&
	    (unsigned char)t[k + 1] == 0x80 && (unsigned char)t[k + 2] == 0x9C &&
	    ascii_upper((unsigned char)t[k + 3])))
		return -1;		/* neither A nor “A */
	*end = *resume = j;
	*next = k;
	if (t[i] != '.')
		return 1;		/* ? or ! before a capital */
	if (i == 0)
		return -1;
	/* The token before: ASCII letters ending in lower case, or digits, alone. */
	for (s = i; s > 0 && i - s < 64; s--) {
		c = (unsigned char)t[s - 1];
		if (c >= '0' && c <= '9')
			digits++;
		else if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
			break;
	}
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
 * Decide whether the cluster of stops that starts at i ends a sentence.
 * On yes, *end is the end of the sentence and *next where the next one
 * starts.  *resume is where scanning goes on either way.
 */
static int
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
	if (qe > 0 || dots + 3 * ell >= 4)
		return 1;
	if (ell > 0 || dots >= 2)
		/* An ellipsis ends a sentence only before a capital ("I" tells nothing). */
		return !nx.bracketed && (nx.cls == CC_UPPER || nx.cls == CC_LETTER) &&
		    !(nx.wlen == 1 && nx.word[0] == 'i');
	switch (token_before(sp->l, t, i, &tokstart)) {
	case TK_PREFIX:
		return 0;
	case TK_NUMERIC:
		if (nx.cls == CC_DIGIT)
			return 0;
		return 1;
	case TK_MAY_END:
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

void
split_paragraph(const struct lang *l, const char *t, size_t n, span_fn fn,
    void *ctx)
{
	struct splitter sp = { l, t, n, fn, ctx, 0 };
	struct list lst = { 0, 0, 0, { 0 } };
	size_t i, len, mlen, end, next, resume, mpos;
	enum term tt;
	const unsigned char *cand;
	struct scan sc = { l, NULL };

	sp.s = skip_space(t, n, 0);
	i = sp.s;
	if ((mlen = marker_at(t, n, i, &lst, 0)) > 0)
		i += mlen;
	mpos = find_marker(t, n, i, &lst);
	cand = l->openers.count > 0 ? may_term_or_cap : may_term;
	sc.cand = cand;
	while (i < n) {
		i = next_candidate(&sc, t, n, i, mpos < n ? mpos : n);
		if (i >= n)
			break;
		if (cand[(unsigned char)t[i]] >= 2 && i != mpos) {
			if (starts_without_stop(&sp, i)) {
				emit(&sp, i);
				sp.s = i;
			}
			i++;
			continue;
		}
		if (i == mpos) {
			/* The next item of a list starts a sentence, stop or not. */
			emit(&sp, i);
			sp.s = i;
			i += marker_at(t, n, i, &lst, 1);
			mpos = find_marker(t, n, i, &lst);
			continue;
		}
		/* Curly quotes share the lead byte 0xE2 with … and ‼: skip them fast. */
		if ((unsigned char)t[i] == 0xE2 && i + 2 < n &&
		    (unsigned char)t[i + 1] == 0x80 &&
		    (unsigned char)t[i + 2] != 0xA6 && (unsigned char)t[i + 2] != 0xBC) {
			i += 3;
			continue;
		}
		tt = term_at(t, n, i, &len);
		if (tt == T_NONE) {
			i += len;
			continue;
		}
		if (judge(&sp, i, &end, &next, &resume)) {
			emit(&sp, end);
			sp.s = next;
			i = next;
			if (lst.kind != 0 && (mlen = marker_at(t, n, i, &lst, 1)) > 0)
				i += mlen;
			if (mpos < i)
				mpos = find_marker(t, n, i, &lst);
		} else
			i = resume;
	}
	emit(&sp, n);
}
