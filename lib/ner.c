/*
 * ner: tagging a sentence with the entity tagger.  Per document, the
 * memory of how each capitalised word was tagged, and a cache of each
 * word's summed features; per sentence, the rows of scores, the decoder
 * (ner_decode.c) and the mentions read off its labels.
 */
#include <err.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bytehash.h"
#include "diag.h"
#include "ner_int.h"

#define CACHE_BITS	15		/* words whose features are kept */
#define CACHE_WORD	32		/* longest word kept, bytes */

/*
 * A word's summed slot weights (saturated), in a four-way cache whose
 * tags (the word's hash, 0 for none) and use stamps sit apart, so a
 * lookup reads one line before it touches an entry.
 */
#define WAYS	4
struct centry {
	uint64_t	lower;
	uint32_t	len, gazall;
	unsigned char	capsent, cap, gaz;
	char		word[CACHE_WORD];
	int16_t		v[NER_NSLOT][NLP];	/* from byte 64 */
};

#define SPILL	((uint32_t)1 << CACHE_BITS)

static const char *const typenames[] = { "PER", "ORG", "LOC", "MISC" };

const char *
ner_type_name(enum ner_type t)
{
	return (unsigned)t < NER_NTYPES ? typenames[t] : "?";
}

struct ner_doc *
ner_doc_new(const struct ner_model *m)
{
	struct ner_doc *d;

	if ((d = calloc(1, sizeof(*d))) == NULL ||
	    (d->cache = calloc((size_t)1 << CACHE_BITS, sizeof(*d->cache))) == NULL ||
	    (d->tag = calloc((size_t)1 << CACHE_BITS, sizeof(*d->tag))) == NULL ||
	    (d->used = calloc((size_t)1 << CACHE_BITS, sizeof(*d->used))) == NULL)
		err(EXIT_TROUBLE, NULL);
	d->m = m;
	d->gen = 1;
	return d;
}

void
ner_doc_reset(struct ner_doc *d)
{
	d->memcount = 0;
	if (++d->gen == 0) {
		/* After 2^32 documents, really clear the slots. */
		if (d->mem != NULL)
			memset(d->mem, 0, d->memcap * sizeof(*d->mem));
		d->gen = 1;
	}
}

void
ner_doc_free(struct ner_doc *d)
{
	if (d == NULL)
		return;
	tokens_free(&d->tok);
	free(d->cache);
	free(d->tag);
	free(d->used);
	free(d->mem);
	free(d->E);
	free(d->cap);
	free(d->common);
	free(d->gpos);
	free(d->lab);
	free(d->lower);
	free(d->gazall);
	free(d->hash);
	free(d->ent);
	free(d->ep);
	free(d->spill);
	free(d);
}

static struct dslot *
memfind(struct ner_doc *d, uint64_t key)
{
	size_t j;

	if (d->memcap == 0)
		return NULL;
	for (j = key & (d->memcap - 1); d->mem[j].gen == d->gen;
	    j = (j + 1) & (d->memcap - 1))
		if (d->mem[j].key == key)
			return &d->mem[j];
	return &d->mem[j];	/* an empty slot */
}

static int
memget(struct ner_doc *d, uint64_t key)
{
	struct dslot *s = memfind(d, key);

	return s != NULL && s->gen == d->gen ? s->val : 0;
}

static void
memput(struct ner_doc *d, uint64_t key, int val)
{
	struct dslot *s, *old;
	size_t oldcap, i;

	if ((d->memcount + 1) * 2 > d->memcap) {
		old = d->mem;
		oldcap = d->memcap;
		d->memcap = oldcap ? oldcap * 2 : 256;
		if ((d->mem = calloc(d->memcap, sizeof(*d->mem))) == NULL)
			err(EXIT_TROUBLE, NULL);
		for (i = 0; i < oldcap; i++)
			if (old[i].gen == d->gen) {
				s = memfind(d, old[i].key);
				*s = old[i];
			}
		free(old);
	}
	s = memfind(d, key);
	if (s->gen != d->gen) {
		s->gen = d->gen;
		s->key = key;
		s->val = 0;
		d->memcount++;
	}
	/* An entity type, once seen, stays; O only fills an empty slot. */
	if (val > 1 || s->val == 0)
		s->val = (unsigned char)val;
}

static void *
regrow(void *p, size_t n, size_t size)
{
	if ((p = reallocarray(p, n, size)) == NULL)
		err(EXIT_TROUBLE, NULL);
	return p;
}

static void
room(struct ner_doc *d, size_t n)
{
	if (n <= d->room)
		return;
	n = n < 64 ? 64 : n + n / 2;
	d->E = regrow(d->E, n, sizeof(*d->E));
	d->cap = regrow(d->cap, n, 1);
	d->common = regrow(d->common, n, 1);
	d->gpos = regrow(d->gpos, n, NER_NGAZ);
	d->lab = regrow(d->lab, n, 1);
	d->lower = regrow(d->lower, n, sizeof(*d->lower));
	d->gazall = regrow(d->gazall, n, sizeof(*d->gazall));
	d->hash = regrow(d->hash, n, sizeof(*d->hash));
	d->ent = regrow(d->ent, n, sizeof(*d->ent));
	d->ep = regrow(d->ep, n, sizeof(*d->ep));
	d->room = n;
}

/* The first slot of the set of hash h. */
static size_t
cacheset(uint64_t h)
{
	return WAYS * (h & (((size_t)1 << CACHE_BITS) / WAYS - 1));
}

/*
 * The cache slot of word w (hash h, never 0) if the cache holds it, its
 * use stamped, or UINT32_MAX.  Inline: most words are found, and the
 * miss below needs a large frame.
 */
static inline uint32_t
lookup_hit(struct ner_doc *d, const char *w, size_t n, int capsent,
    uint64_t h)
{
	const struct centry *e;
	size_t set = cacheset(h), k;

	if (n > CACHE_WORD)
		return UINT32_MAX;
	for (k = set; k < set + WAYS; k++)
		if (d->tag[k] == h) {
			e = &d->cache[k];
			if (e->len == n && e->capsent == capsent &&
			    bytehash_equal(e->word, w, n)) {
				d->used[k] = d->clock;
				return (uint32_t)k;
			}
		}
	return UINT32_MAX;
}

/*
 * The entry of word w that lookup_hit() did not find: its cache slot, or
 * SPILL + its place in d->spill.  An entry a word of this sentence uses
 * is not replaced before the sentence is summed (ner_tag_tokens reads
 * them all then): a word whose set holds only such entries, or too long
 * a word, gets one of the sentence's own.
 */
static uint32_t
lookup_miss(struct ner_doc *d, const char *w, size_t n, int capsent,
    uint64_t h)
{
	struct centry *e;
	struct ner_wordinfo wi;
	int32_t v[NER_NSLOT][NLP];
	size_t set, k, old;
	uint32_t idx;
	int l;

	old = SIZE_MAX;
	if (n <= CACHE_WORD) {
		/* The least recently used of the set makes room. */
		set = cacheset(h);
		old = set;
		for (k = set + 1; k < set + WAYS; k++)
			if (d->used[k] < d->used[old])
				old = k;
		if (d->used[old] > d->clock0)
			old = SIZE_MAX;	/* all four are this sentence's */
	}
	if (old != SIZE_MAX) {
		/* Replace the least recently used. */
		d->tag[old] = h;
		d->used[old] = d->clock;
		e = &d->cache[old];
		memcpy(e->word, w, n);
		idx = (uint32_t)old;
	} else {
		if (d->nspill == d->spillcap) {
			d->spillcap = d->spillcap ? 2 * d->spillcap : 16;
			d->spill = regrow(d->spill, d->spillcap, sizeof(*d->spill));
		}
		idx = SPILL + (uint32_t)d->nspill;
		e = &d->spill[d->nspill++];
	}
	ner_word(&d->m->gaz, w, n, capsent, &wi);
	ner_wordvec(d->m, &wi, v);
	for (k = 0; k < NER_NSLOT; k++)
		for (l = 0; l < NLP; l++) {
			/* Saturated; as a min and a max, so the loop vectorises. */
			int32_t x = v[k][l];

			x = x < INT16_MAX ? x : INT16_MAX;
			x = x > -INT16_MAX ? x : -INT16_MAX;
			e->v[k][l] = (int16_t)x;
		}
	e->len = (uint32_t)n;
	e->capsent = (unsigned char)capsent;
	e->cap = wi.cap;
	e->gaz = wi.gaz;
	e->gazall = wi.gazall;
	e->lower = wi.lower;
	return idx;
}

static const struct centry *
entry(const struct ner_doc *d, uint32_t idx)
{
	return idx < SPILL ? &d->cache[idx] : &d->spill[idx - SPILL];
}

/*
 * The row of a word inside the sentence: its own weights and its four
 * neighbours'.  With SSE2, pmaddwd by ones on two rows interleaved adds
 * them lane by lane into 32 bits: eight lanes of two rows in four
 * instructions, where widening each row alone takes more.  The portable
 * loop gives the same numbers.
 */
static void
vsum5(int32_t *restrict a, const int16_t *w, const int16_t *p1,
    const int16_t *p2, const int16_t *n1, const int16_t *n2)
{
#if defined(__SSE2__)
	const __m128i one = _mm_set1_epi16(1), zero = _mm_setzero_si128();
	__m128i x, y, z, lo, hi;
	int l;

	for (l = 0; l < NLP; l += 8) {
		x = _mm_loadu_si128((const __m128i *)(w + l));
		y = _mm_loadu_si128((const __m128i *)(p1 + l));
		lo = _mm_madd_epi16(_mm_unpacklo_epi16(x, y), one);
		hi = _mm_madd_epi16(_mm_unpackhi_epi16(x, y), one);
		x = _mm_loadu_si128((const __m128i *)(p2 + l));
		y = _mm_loadu_si128((const __m128i *)(n1 + l));
		lo = _mm_add_epi32(lo, _mm_madd_epi16(_mm_unpacklo_epi16(x, y), one));
		hi = _mm_add_epi32(hi, _mm_madd_epi16(_mm_unpackhi_epi16(x, y), one));
		z = _mm_loadu_si128((const __m128i *)(n2 + l));
		lo = _mm_add_epi32(lo, _mm_madd_epi16(_mm_unpacklo_epi16(z, zero), one));
		hi = _mm_add_epi32(hi, _mm_madd_epi16(_mm_unpackhi_epi16(z, zero), one));
		_mm_storeu_si128((__m128i *)(a + l), lo);
		_mm_storeu_si128((__m128i *)(a + l + 4), hi);
	}
#else
	int l;

	for (l = 0; l < NLP; l++)
		a[l] = (int32_t)w[l] + p1[l] + p2[l] + n1[l] + n2[l];
#endif
}


static void
vadd(int32_t *restrict a, const int16_t *restrict b)
{
	int l;

	for (l = 0; l < NLP; l++)
		a[l] += b[l];
}

static void
vset(int32_t *restrict a, const int16_t *restrict b)
{
	int l;

	for (l = 0; l < NLP; l++)
		a[l] = b[l];
}

static void
vadd32(int32_t *restrict a, const int32_t *restrict b)
{
	int l;

	for (l = 0; l < NLP; l++)
		a[l] += b[l];
}

/*
 * Each row at once: the word's own weights and those it has as the next
 * or previous word of its neighbours, the sentence's ends standing in
 * for the neighbours the first and last two words lack.
 */
static void
rows(const struct ner_model *m, int32_t (*E)[NLP], const struct centry **ep,
    size_t nt)
{
	size_t j;

	for (j = 2; j + 2 < nt; j++)
		vsum5(E[j], ep[j]->v[SLOT_W], ep[j - 1]->v[SLOT_P1],
		    ep[j - 2]->v[SLOT_P2], ep[j + 1]->v[SLOT_N1],
		    ep[j + 2]->v[SLOT_N2]);
	for (j = 0; j < nt; j++) {
		if (j >= 2 && j + 2 < nt) {
			j = nt - 3;	/* done above */
			continue;
		}
		vset(E[j], ep[j]->v[SLOT_W]);
		if (j == 0)
			vadd(E[0], ep[0]->v[SLOT_FIRST]);
		if (j >= 1)
			vadd(E[j], ep[j - 1]->v[SLOT_P1]);
		else
			vadd32(E[j], m->bos[SLOT_P1]);
		if (j >= 2)
			vadd(E[j], ep[j - 2]->v[SLOT_P2]);
		else
			vadd32(E[j], m->bos[SLOT_P2]);
		if (j + 1 < nt)
			vadd(E[j], ep[j + 1]->v[SLOT_N1]);
		else
			vadd32(E[j], m->eos[SLOT_N1]);
		if (j + 2 < nt)
			vadd(E[j], ep[j + 2]->v[SLOT_N2]);
		else
			vadd32(E[j], m->eos[SLOT_N2]);
	}
}

#if defined(HAVE_AVX2_TARGET)
/* rows() widening eight lanes of each row at once: the same numbers. */
__attribute__((target("avx2"))) static void
rows_avx2(const struct ner_model *m, int32_t (*E)[NLP],
    const struct centry **ep, size_t nt)
{
	__m256i x;
	size_t j;
	int l;

#define W16(p)	_mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(p)))
#define W32(p)	_mm256_loadu_si256((const __m256i *)(p))
	for (j = 2; j + 2 < nt; j++)
		for (l = 0; l < NLP; l += 8) {
			x = _mm256_add_epi32(W16(ep[j]->v[SLOT_W] + l),
			    W16(ep[j - 1]->v[SLOT_P1] + l));
			x = _mm256_add_epi32(x, W16(ep[j - 2]->v[SLOT_P2] + l));
			x = _mm256_add_epi32(x, W16(ep[j + 1]->v[SLOT_N1] + l));
			x = _mm256_add_epi32(x, W16(ep[j + 2]->v[SLOT_N2] + l));
			_mm256_storeu_si256((__m256i *)(E[j] + l), x);
		}
	for (j = 0; j < nt; j++) {
		if (j >= 2 && j + 2 < nt) {
			j = nt - 3;	/* done above */
			continue;
		}
		for (l = 0; l < NLP; l += 8) {
			x = W16(ep[j]->v[SLOT_W] + l);
			if (j == 0)
				x = _mm256_add_epi32(x, W16(ep[0]->v[SLOT_FIRST] + l));
			x = _mm256_add_epi32(x, j >= 1 ? W16(ep[j - 1]->v[SLOT_P1] + l) :
			    W32(m->bos[SLOT_P1] + l));
			x = _mm256_add_epi32(x, j >= 2 ? W16(ep[j - 2]->v[SLOT_P2] + l) :
			    W32(m->bos[SLOT_P2] + l));
			x = _mm256_add_epi32(x, j + 1 < nt ?
			    W16(ep[j + 1]->v[SLOT_N1] + l) : W32(m->eos[SLOT_N1] + l));
			x = _mm256_add_epi32(x, j + 2 < nt ?
			    W16(ep[j + 2]->v[SLOT_N2] + l) : W32(m->eos[SLOT_N2] + l));
			_mm256_storeu_si256((__m256i *)(E[j] + l), x);
		}
	}
#undef W16
#undef W32
}
#endif


size_t
ner_tag(const struct ner_model *m, struct ner_doc *d, const char *s,
    size_t n, struct ner_mention *out, size_t max)
{
	tokens_split(&d->tok, s, n);
	return ner_tag_tokens(m, d, s, &d->tok, out, max);
}

size_t
ner_tag_tokens(const struct ner_model *m, struct ner_doc *d, const char *s,
    const struct tokens *tok, struct ner_mention *out, size_t max)
{
	const struct centry *e;
	const struct token *tk;
	size_t nt, i, j, k = 0;
	int capsent, c, dv, l;

	if ((nt = tok->n) == 0)
		return 0;
	room(d, nt);
	tk = tok->v;
	capsent = ner_capsent(s, tok);
	/* Hash the words and fetch their cache tags, then their entries,
	 * ahead of use: the cache is larger than the CPU's. */
	for (j = 0; j < nt; j++) {
		/* The cache's own key, not a feature hash: any hash will do. */
		d->hash[j] = bytehash(s + tk[j].start, tk[j].end - tk[j].start,
		    (uint64_t)capsent + 1) | (uint64_t)1 << 63;
		PREFETCH(&d->tag[cacheset(d->hash[j])]);
	}
	for (j = 0; j < nt; j++) {
		size_t set = cacheset(d->hash[j]), w, b;

		for (w = set; w < set + WAYS; w++)
			if (d->tag[w] == d->hash[j])
				for (b = 0; b < sizeof(struct centry); b += 64)
					PREFETCH((const char *)&d->cache[w] + b);
	}
	d->clock0 = d->clock;
	d->nspill = 0;
	for (j = 0; j < nt; j++) {
		d->clock++;
		if ((d->ent[j] = lookup_hit(d, s + tk[j].start,
		    tk[j].end - tk[j].start, capsent, d->hash[j])) == UINT32_MAX)
			d->ent[j] = lookup_miss(d, s + tk[j].start,
			    tk[j].end - tk[j].start, capsent, d->hash[j]);
		e = entry(d, d->ent[j]);
		d->cap[j] = e->cap;
		d->common[j] = (e->gaz & GZ_COMMON) != 0;
		d->lower[j] = e->lower;
		d->gazall[j] = e->gazall;
		d->ep[j] = e;
	}
	/* A spill entry may have moved as d->spill grew: the entries as
	 * pointers again, now that it stays put (few sentences spill). */
	if (d->nspill > 0)
		for (j = 0; j < nt; j++)
			d->ep[j] = entry(d, d->ent[j]);
#if defined(HAVE_AVX2_TARGET)
	if (m->avx2)
		rows_avx2(m, d->E, d->ep, nt);
	else
#endif
		rows(m, d->E, d->ep, nt);

	ner_gaz_match(&m->gaz, d->lower, d->gazall, nt, d->gpos);
	for (i = 0; i < nt; i++) {
		uint32_t any;

		/* Most words are in no phrase: one test for the four classes. */
		memcpy(&any, d->gpos + i * NER_NGAZ, sizeof(any));
		for (c = 0; any != 0 && c < NER_NGAZ; c++)
			if (d->gpos[i * NER_NGAZ + c])
				vadd32(d->E[i],
				    m->gazw[c][d->gpos[i * NER_NGAZ + c]][d->cap[i]]);
		if (ner_docword(d->cap[i]) && (dv = memget(d, d->lower[i])) != 0)
			vadd32(d->E[i], m->doc[dv][d->cap[i]][d->common[i]]);
	}

	ner_viterbi(m, d, nt);

	for (i = 0; i < nt; i++) {
		l = d->lab[i];
		if (ner_docword(d->cap[i]))
			memput(d, d->lower[i], l ? 2 + LTYPE(l) : 1);
		if (l == 0 || l >= LI(0))
			continue;	/* mentions open at B or U */
		for (j = i; l < LU(0) && j + 1 < nt && d->lab[j] < LL(0); j++)
			;
		if (k < max) {
			out[k].start = tk[i].start;
			out[k].end = tk[j].end;
			out[k].type = (enum ner_type)LTYPE(l);
		}
		k++;
	}
	return k;
}
