/*
 * ner_decode: the entity tagger's Viterbi decoder, the best lane path
 * of a sentence's rows under the BILOU constraints, with its SSE2 and
 * AVX2 steps (chosen at run time, as ner_open() found the CPU).
 */
#include <stdint.h>
#include <string.h>

#include "ner_int.h"

#define NEG		(INT32_MIN / 2)

/*
 * The outside lanes' step: best[l], for the lanes l < LI(0) (O, B, U),
 * is the best of sc[p] + T[p][l] over the lanes p of before_out.  With
 * SSE2 it takes lanes 0-7 four at a time and lane 8 alone; the portable
 * loop gives the same numbers.
 */
static void
outside(const int32_t *sc, const int32_t (*T)[NLP], int32_t *best)
{
	size_t k;
	int p;
#if defined(__SSE2__)
	__m128i b0, b1, s, c, gt;
	int32_t b8, c8;

	s = _mm_set1_epi32(sc[0]);
	b0 = _mm_add_epi32(s, _mm_loadu_si128((const __m128i *)T[0]));
	b1 = _mm_add_epi32(s, _mm_loadu_si128((const __m128i *)(T[0] + 4)));
	b8 = sc[0] + T[0][8];
	for (k = 1; k < sizeof(before_out); k++) {
		p = before_out[k];
		s = _mm_set1_epi32(sc[p]);
		c = _mm_add_epi32(s, _mm_loadu_si128((const __m128i *)T[p]));
		gt = _mm_cmpgt_epi32(c, b0);
		b0 = _mm_or_si128(_mm_and_si128(gt, c), _mm_andnot_si128(gt, b0));
		c = _mm_add_epi32(s, _mm_loadu_si128((const __m128i *)(T[p] + 4)));
		gt = _mm_cmpgt_epi32(c, b1);
		b1 = _mm_or_si128(_mm_and_si128(gt, c), _mm_andnot_si128(gt, b1));
		c8 = sc[p] + T[p][8];
		b8 = c8 > b8 ? c8 : b8;
	}
	_mm_storeu_si128((__m128i *)best, b0);
	_mm_storeu_si128((__m128i *)(best + 4), b1);
	best[8] = b8;
#else
	int32_t s, c;
	int l;

	s = sc[0];
	for (l = 0; l < LI(0); l++)
		best[l] = s + T[0][l];
	for (k = 1; k < sizeof(before_out); k++) {
		p = before_out[k];
		s = sc[p];
		for (l = 0; l < LI(0); l++) {
			c = s + T[p][l];
			best[l] = c > best[l] ? c : best[l];
		}
	}
#endif
}

/*
 * Now and then the scores are pulled back near 0: only their
 * differences matter, and a step moves them by far less than NEG / 32.
 */
static void
pull_back(int32_t *sc)
{
	int32_t top = NEG;
	int l;

	for (l = 0; l < NLP; l++)
		top = sc[l] > top ? sc[l] : top;
	for (l = 0; l < NLP; l++)
		sc[l] = sc[l] < NEG / 2 ? NEG : sc[l] - top;
}

#if defined(HAVE_AVX2_TARGET)
/*
 * outside() with lanes 0-7 in one AVX2 vector and vpmaxsd, and lane 8 in
 * a 128-bit one whose lanes 9-11 are written too: inside_avx2(), always
 * run after it, writes those over.  The same numbers.
 */
__attribute__((target("avx2"))) static void
outside_avx2(const int32_t *sc, const int32_t (*T)[NLP], int32_t *best)
{
	__m256i b0, c, s;
	__m128i b8, c8;
	size_t k;
	int p;

	s = _mm256_set1_epi32(sc[0]);
	b0 = _mm256_add_epi32(s, _mm256_loadu_si256((const __m256i *)T[0]));
	b8 = _mm_add_epi32(_mm256_castsi256_si128(s),
	    _mm_loadu_si128((const __m128i *)(T[0] + 8)));
	for (k = 1; k < sizeof(before_out); k++) {
		p = before_out[k];
		s = _mm256_set1_epi32(sc[p]);
		c = _mm256_add_epi32(s, _mm256_loadu_si256((const __m256i *)T[p]));
		b0 = _mm256_max_epi32(b0, c);
		c8 = _mm_add_epi32(_mm256_castsi256_si128(s),
		    _mm_loadu_si128((const __m128i *)(T[p] + 8)));
		b8 = _mm_max_epi32(b8, c8);
	}
	_mm256_storeu_si256((__m256i *)best, b0);
	_mm_storeu_si128((__m128i *)(best + 8), b8);
}

/* The step into the lanes of I and L (9-16), from B or I of their type, as ner_viterbi() takes it. */
__attribute__((target("avx2"))) static void
inside_avx2(const int32_t *sc, const int32_t *inb, const int32_t *ini,
    int32_t *best)
{
	__m256i b, i;

	b = _mm256_add_epi32(_mm256_broadcastsi128_si256(
	    _mm_loadu_si128((const __m128i *)(sc + LB(0)))),
	    _mm256_loadu_si256((const __m256i *)inb));
	i = _mm256_add_epi32(_mm256_broadcastsi128_si256(
	    _mm_loadu_si128((const __m128i *)(sc + LI(0)))),
	    _mm256_loadu_si256((const __m256i *)ini));
	_mm256_storeu_si256((__m256i *)(best + LI(0)), _mm256_max_epi32(b, i));
}

/* sc = best + e, kept in e too: the scores of the step, as ner_viterbi() sums them. */
__attribute__((target("avx2"))) static void
scores_avx2(const int32_t *best, int32_t *e, int32_t *sc)
{
	__m256i x;
	int l;

	for (l = 0; l < NLP; l += 8) {
		x = _mm256_add_epi32(_mm256_loadu_si256((const __m256i *)(best + l)),
		    _mm256_loadu_si256((const __m256i *)(e + l)));
		_mm256_storeu_si256((__m256i *)(sc + l), x);
		_mm256_storeu_si256((__m256i *)(e + l), x);
	}
}

/*
 * ner_viterbi()'s forward steps from row 1 with the three steps above
 * inlined in one loop (a call each cost as much as a step's work).
 */
__attribute__((target("avx2"))) static void
forward_avx2(const struct ner_model *m, struct ner_doc *d, size_t n,
    int32_t *sc, int32_t *best)
{
	size_t i;
	int c;

	for (i = 1; i < n; i++) {
		c = d->cap[i];
		outside_avx2(sc, m->trans[c], best);
		inside_avx2(sc, m->inb[c], m->ini[c], best);
		scores_avx2(best, d->E[i], sc);
		if (i % 16 == 0) {
			pull_back(sc);
			memcpy(d->E[i], sc, NLP * sizeof(*sc));
		}
	}
}
#endif

/*
 * The lane before lane l on the best path, sc being the scores the step
 * into l started from and T its transitions: the argument of the best
 * the forward step took, the first of equals winning as there.
 */
static int
before(const int32_t *sc, const int32_t (*T)[NLP], int l)
{
	int32_t c, best;
	size_t k;
	int p, a;

	if (l < LI(0)) {
		a = 0;
		best = sc[0] + T[0][l];
		for (k = 1; k < sizeof(before_out); k++) {
			p = before_out[k];
			if ((c = sc[p] + T[p][l]) > best) {
				best = c;
				a = p;
			}
		}
		return a;
	}
	/* I and L follow B or I of their type. */
	a = LB(LTYPE(l));
	return sc[LI(LTYPE(l))] + T[LI(LTYPE(l))][l] > sc[a] + T[a][l] ?
	    LI(LTYPE(l)) : a;
}

#if defined(HAVE_AVX2_TARGET)
/*
 * before() for an outside lane with the eight lanes U and L it may
 * follow in one vector: the best of them, then the first lane that
 * has it, so ties go as there.
 */
__attribute__((target("avx2"))) static int
before_avx2(const struct ner_model *m, const int32_t *sc, int cap, int l)
{
	const int32_t (*T)[NLP] = m->trans[cap];
	__m256i c, x;
	int32_t top;

	if (l >= LI(0))
		return before(sc, T, l);
	c = _mm256_inserti128_si256(_mm256_castsi128_si256(
	    _mm_loadu_si128((const __m128i *)(sc + LU(0)))),
	    _mm_loadu_si128((const __m128i *)(sc + LL(0))), 1);
	c = _mm256_add_epi32(c, _mm256_loadu_si256((const __m256i *)m->tout[cap][l]));
	x = _mm256_max_epi32(c, _mm256_permute2x128_si256(c, c, 1));
	x = _mm256_max_epi32(x, _mm256_shuffle_epi32(x, _MM_SHUFFLE(1, 0, 3, 2)));
	x = _mm256_max_epi32(x, _mm256_shuffle_epi32(x, _MM_SHUFFLE(2, 3, 0, 1)));
	top = _mm256_cvtsi256_si32(x);
	if (sc[0] + T[0][l] >= top)
		return 0;
	return before_out[1 + __builtin_ctz((unsigned)_mm256_movemask_ps(
	    _mm256_castsi256_ps(_mm256_cmpeq_epi32(c, _mm256_set1_epi32(top)))))];
}

/* ner_viterbi()'s way back with before_avx2(). */
__attribute__((target("avx2"))) static void
backtrack_avx2(const struct ner_model *m, struct ner_doc *d, size_t n, int a)
{
	size_t i;

	for (i = n; i-- > 0; ) {
		d->lab[i] = (unsigned char)a;
		if (i > 0)
			a = before_avx2(m, d->E[i - 1], d->cap[i], a);
	}
}
#endif

/*
 * Best lane path under the BILOU constraints, into d->lab.  The forward
 * pass keeps only the scores: each step's, the row the next step starts
 * from, is written over E[i] (read for the last time just before), and
 * the way back asks before() of the one lane it follows, instead of
 * keeping the argument of every lane at every step.
 */
void
ner_viterbi(const struct ner_model *m, struct ner_doc *d, size_t n)
{
	int32_t sc[NLP], best[NLP], c;
	int l, t, a;
	size_t i;

	for (l = 0; l < NLP; l++) {
		sc[l] = l >= LI(0) ? NEG :
		    d->E[0][l] + m->trans[d->cap[0]][LBOS][l];
		best[l] = NEG;
	}
	memcpy(d->E[0], sc, sizeof(sc));
#if defined(HAVE_AVX2_TARGET)
	if (m->avx2)
		forward_avx2(m, d, n, sc, best);
	else
#endif
	for (i = 1; i < n; i++) {
		const int32_t (*T)[NLP] = m->trans[d->cap[i]];

		/* O, B and U follow O, U or L. */
		outside(sc, T, best);
		/* I and L follow B or I of their type. */
		for (t = 0; t < NER_NTYPES; t++) {
			for (l = LI(t); l <= LL(t); l += LL(0) - LI(0)) {
				best[l] = sc[LB(t)] + T[LB(t)][l];
				if ((c = sc[LI(t)] + T[LI(t)][l]) > best[l])
					best[l] = c;
			}
		}
		for (l = 0; l < NLP; l++)
			sc[l] = best[l] + d->E[i][l];
		if (i % 16 == 0)
			pull_back(sc);
		memcpy(d->E[i], sc, sizeof(sc));
	}
	/* The last is O, U or L. */
	a = 0;
	for (l = LU(0); l < NL; l++)
		if ((l < LI(0) || l >= LL(0)) && sc[l] > sc[a])
			a = l;
#if defined(HAVE_AVX2_TARGET)
	if (m->avx2) {
		backtrack_avx2(m, d, n, a);
		return;
	}
#endif
	for (i = n; i-- > 0; ) {
		d->lab[i] = (unsigned char)a;
		if (i > 0)
			a = before(d->E[i - 1], m->trans[d->cap[i]], a);
	}
}
