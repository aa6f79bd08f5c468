#include <stdlib.h>
#include <string.h>
#include <err.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "diag.h"
#include "qmarks.h"
#include "utf8.h"

/* The marks, by what they can do. */
enum mark {
	MK_NONE,
	MK_DQ,		/* "  opens or closes */
	MK_DDQ,		/* ''  two apostrophes for a double mark (the New York Times' habit) */
	MK_SQ,		/* '  a mark only at a word's edge */
	MK_LDQ,		/* “  opens (English), closes „ (German) */
	MK_RDQ,		/* ”  closes */
	MK_LOW,		/* „  opens */
	MK_LSQ,		/* ‘ */
	MK_RSQ,		/* ’  mostly an apostrophe */
	MK_LGU,		/* « */
	MK_RGU,		/* » */
	MK_LSG,		/* ‹ */
	MK_RSG,		/* › */
	MK_LCJ,		/* 「 */
	MK_RCJ,		/* 」 */
	MK_LCJ2,	/* 『 */
	MK_RCJ2		/* 』 */
};

/* The mark at text[i], and its length in *n. */
static enum mark
mark_at(const char *t, size_t len, size_t i, size_t *n)
{
	unsigned char c = (unsigned char)t[i], c1, c2;

	*n = 1;
	if (c == '"')
		return MK_DQ;
	if (c == '\'') {
		if (i + 1 < len && t[i + 1] == '\'') {
			*n = 2;
			return MK_DDQ;
		}
		return MK_SQ;
	}
	if (c == 0xC2 && i + 1 < len) {
		*n = 2;
		c1 = (unsigned char)t[i + 1];
		return c1 == 0xAB ? MK_LGU : c1 == 0xBB ? MK_RGU : MK_NONE;
	}
	if ((c != 0xE2 && c != 0xE3) || i + 2 >= len)
		return MK_NONE;
	*n = 3;
	c1 = (unsigned char)t[i + 1];
	c2 = (unsigned char)t[i + 2];
	if (c == 0xE3)
		return c1 != 0x80 ? MK_NONE : c2 == 0x8C ? MK_LCJ :
		    c2 == 0x8D ? MK_RCJ : c2 == 0x8E ? MK_LCJ2 :
		    c2 == 0x8F ? MK_RCJ2 : MK_NONE;
	if (c1 != 0x80)
		return MK_NONE;
	switch (c2) {
	case 0x98: return MK_LSQ;
	case 0x99: return MK_RSQ;
	case 0x9C: return MK_LDQ;
	case 0x9D: return MK_RDQ;
	case 0x9E: return MK_LOW;
	case 0xB9: return MK_LSG;
	case 0xBA: return MK_RSG;
	default: return MK_NONE;
	}
}

/*
 * The end of the run from i (before end) of bytes no mark starts with:
 * all but " ' and the lead bytes 0xC2, 0xE2, 0xE3 (every other byte is
 * MK_NONE, one byte long, to mark_at).  With SSE2, sixteen bytes are
 * tested at once for those five; else eight at a time while they are
 * ASCII with neither quote, the news text's common case (an accented
 * letter sends eight bytes to the loop a byte at a time).
 */
static size_t
plain_run(const char *t, size_t i, size_t end)
{
	const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
	uint64_t x, dq, sq;
	size_t stop;
	unsigned char c;

#if defined(__SSE2__)
	const __m128i dq16 = _mm_set1_epi8('"'), sq16 = _mm_set1_epi8('\''),
	    c2 = _mm_set1_epi8((char)0xC2), e2 = _mm_set1_epi8((char)0xE2),
	    fe = _mm_set1_epi8((char)0xFE);
	__m128i v, m;
	unsigned bits;

	while (i + 16 <= end) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
		/* (0xE2 and 0xE3 are 0xE2 with the lowest bit dropped.) */
		m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dq16),
		    _mm_cmpeq_epi8(v, sq16)), _mm_or_si128(_mm_cmpeq_epi8(v, c2),
		    _mm_cmpeq_epi8(_mm_and_si128(v, fe), e2)));
		if ((bits = (unsigned)_mm_movemask_epi8(m)) != 0)
			return i + (size_t)__builtin_ctz(bits);
		i += 16;
	}
#endif
	for (;;) {
		while (i + 8 <= end) {
			memcpy(&x, t + i, 8);
			dq = x ^ (ones * '"');
			sq = x ^ (ones * '\'');
			/* A byte of x is '"' or '\'' or has its top bit. */
			if ((x | ((dq - ones) & ~dq) | ((sq - ones) & ~sq)) & high)
				break;
			i += 8;
		}
		stop = i + 8 < end ? i + 8 : end;
		for (; i < stop; i++) {
			c = (unsigned char)t[i];
			if (c == '"' || c == '\'' || c == 0xC2 || c == 0xE2 ||
			    c == 0xE3)
				return i;
		}
		if (i >= end)
			return end;
	}
}

static int
is_single(enum mark m)
{
	return m == MK_SQ || m == MK_LSQ || m == MK_RSQ;
}

static int
is_wordchar(int32_t cp)
{
	return cp != UTF8_BAD && (utf8_is_letter(cp) || (cp >= '0' && cp <= '9'));
}

/* The character before i (or ' ' at the start). */
static int32_t
before(const char *t, size_t i)
{
	int32_t cp;

	if (i == 0)
		return ' ';
	utf8_decode(t + utf8_back(t, i), i - utf8_back(t, i), &cp);
	return cp;
}

static int32_t
after(const char *t, size_t len, size_t j)
{
	int32_t cp;

	if (j >= len)
		return ' ';
	utf8_decode(t + j, len - j, &cp);
	return cp;
}

/* Can a quotation open here: nothing of a word just before it? */
static int
left_edge(int32_t prev)
{
	return utf8_is_space(prev) || prev == '(' || prev == '[' ||
	    prev == '{' || prev == 0x2014 || prev == 0x2013 || prev == '-' ||
	    prev == '/' || prev == ':' || prev == '\n' || prev == '"' ||
	    prev == 0x201C || prev == 0x00AB || prev == 0x201E;
}

/* Can one close here: no word goes on after it? */
static int
right_edge(int32_t next)
{
	return !is_wordchar(next);
}

/* Does the mark close a quotation opened with o? */
static int
closes(enum mark o, enum mark m)
{
	switch (o) {
	case MK_DQ:	return m == MK_DQ;
	case MK_DDQ:	return m == MK_DDQ;
	case MK_SQ:	return m == MK_SQ;
	case MK_LDQ:	return m == MK_RDQ;
	case MK_RDQ:	return m == MK_RDQ;		/* Swedish ”…” */
	case MK_LOW:	return m == MK_LDQ || m == MK_RDQ;
	case MK_LSQ:	return m == MK_RSQ;
	case MK_LGU:	return m == MK_RGU;
	case MK_LSG:	return m == MK_RSG;
	case MK_LCJ:	return m == MK_RCJ;
	case MK_LCJ2:	return m == MK_RCJ2;
	default:	return 0;
	}
}

/*
 * Does m close a quotation opened with o though of the other style?
 * Texts pasted together mix straight and curly double marks
 * ('"We stay,” he said. "Go."'); a closer of the other style at a word's
 * end closes, where one that opens inside is nested (the callers count).
 */
static int
mixed_close(enum mark o, enum mark m)
{
	return (o == MK_DQ && m == MK_RDQ) || (o == MK_LDQ && m == MK_DQ);
}

/* Does a paragraph opening with m go on a quotation opened with o? */
static int
reopens(enum mark o, enum mark m)
{
	return m == o || (o == MK_DQ && m == MK_LDQ) || (o == MK_LDQ && m == MK_DQ);
}

/* Does it open a quotation of its own (inside one, a nested one)? */
static int
opens(enum mark m)
{
	return m == MK_DQ || m == MK_DDQ || m == MK_LDQ || m == MK_LOW || m == MK_LSQ ||
	    m == MK_SQ || m == MK_LGU || m == MK_LSG || m == MK_LCJ ||
	    m == MK_LCJ2;
}

static void
emit(struct qspans *qs, const char *t, uint64_t open, uint64_t cs,
    uint64_t ce, uint64_t close, int unclosed, int paras)
{
	struct qspan *q;

	/* Spaces and no-break spaces, as in « Oui » (bytes, not characters:
	 * a lone 0xA0 is the end of some other character). */
	for (;;) {
		if (cs < ce && (t[cs] == ' ' || t[cs] == '\t' || t[cs] == '\n' ||
		    t[cs] == '\r'))
			cs++;
		else if (cs + 1 < ce && (unsigned char)t[cs] == 0xC2 &&
		    (unsigned char)t[cs + 1] == 0xA0)
			cs += 2;
		else
			break;
	}
	for (;;) {
		if (ce > cs && (t[ce - 1] == ' ' || t[ce - 1] == '\t' ||
		    t[ce - 1] == '\n' || t[ce - 1] == '\r'))
			ce--;
		else if (ce > cs + 1 && (unsigned char)t[ce - 1] == 0xA0 &&
		    (unsigned char)t[ce - 2] == 0xC2)
			ce -= 2;
		else
			break;
	}
	if (cs >= ce)
		return;
	if (qs->n == qs->cap) {
		qs->cap = qs->cap ? qs->cap * 2 : 16;
		if ((qs->v = reallocarray(qs->v, qs->cap, sizeof(*qs->v))) == NULL)
			err(EXIT_TROUBLE, NULL);
	}
	q = &qs->v[qs->n++];
	q->open = open;
	q->close = close;
	q->start = cs;
	q->end = ce;
	q->unclosed = unclosed;
	q->paras = paras;
}

size_t
qmarks_find(struct qspans *qs, const char *t, size_t len,
    const uint64_t *paras, size_t npara)
{
	size_t i = 0, n, p = 0, k, lim;
	enum mark m, top = MK_NONE;
	uint64_t open = 0, cs = 0, next;
	int inner = 0, np = 0;
	int32_t prev, nx;

	qs->n = 0;
	while (p < npara && paras[p] == 0)
		p++;
	next = p < npara ? paras[p] : len;
	for (;;) {
		/* A paragraph ends: the quotation goes on, or it is closed. */
		if (i >= next) {
			if (top != MK_NONE) {
				k = (size_t)next;
				while (k < len && (t[k] == ' ' || t[k] == '\t' ||
				    t[k] == '\n' || t[k] == '\r'))
					k++;
				if (k < len && next < len && !is_single(top) &&
				    reopens(top, mark_at(t, len, k, &n))) {
					np++;
					/* The reopening mark is not content. */
					if (i < k + n)
						i = k + n;
				} else {
					if (!is_single(top))
						emit(qs, t, open, cs, next, next, 1, np);
					top = MK_NONE;
				}
			}
			if (next >= len)
				break;
			p++;
			next = p < npara ? paras[p] : len;
			if (next < i && i < len) {
				/* Paragraphs skipped by a reopening mark. */
				continue;
			}
			continue;
		}
		/* (A paragraph said to start past the text ends it.) */
		lim = next < len ? (size_t)next : len;
		if ((i = plain_run(t, i, lim)) >= lim) {
			i = (size_t)next;
			continue;
		}
		m = mark_at(t, len, i, &n);
		if (m == MK_NONE) {
			i += n;
			continue;
		}
		prev = before(t, i);
		nx = after(t, len, i + n);
		if (top == MK_NONE) {
			if (m == MK_RDQ && !(left_edge(prev) && is_wordchar(nx)))
				m = MK_NONE;	/* a stray closer */
			else if (is_single(m) && !(m != MK_RSQ && left_edge(prev) &&
			    is_wordchar(nx)))
				m = MK_NONE;	/* an apostrophe */
			else if (m == MK_DQ && utf8_is_space(nx) && !left_edge(prev))
				m = MK_NONE;	/* a closer without an opener */
			else if (!opens(m) && m != MK_RDQ)
				m = MK_NONE;
			/* « Oui » and 「 」 may have a space inside. */
			if (m != MK_NONE && (!utf8_is_space(nx) || m == MK_LGU ||
			    m == MK_LCJ || m == MK_LCJ2) && i + n < len) {
				top = m;
				open = i;
				cs = i + n;
				inner = 0;
				np = 1;
			}
		} else if ((closes(top, m) && (inner == 0 || top == MK_DQ) &&
		    (!is_single(top) || (right_edge(nx) && !utf8_is_space(prev)))) ||
		    (mixed_close(top, m) && inner == 0 && right_edge(nx) &&
		    !utf8_is_space(prev))) {
			/* A straight mark closes "…“…" whatever is open inside. */
			emit(qs, t, open, cs, i, i + n, 0, np);
			top = MK_NONE;
		} else if ((top == MK_LDQ || top == MK_DQ) && m == (top == MK_LDQ ?
		    MK_DQ : MK_LDQ) && left_edge(prev) && is_wordchar(nx)) {
			inner++;	/* the other style opening inside: a nested one */
		} else if ((top == MK_LDQ || top == MK_DQ) && (m == MK_RDQ ||
		    m == MK_DQ) && inner > 0) {
			inner--;
		} else if (top == MK_LDQ && m == MK_LDQ) {
			inner++;	/* “ inside “: a nested one */
		} else if (is_single(top) && m == MK_RSQ && inner > 0) {
			inner--;
		}
		i += n;
	}
	return qs->n;
}

void
qmarks_free(struct qspans *qs)
{
	free(qs->v);
	memset(qs, 0, sizeof(*qs));
}
