#include <err.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bytehash.h"
#include "diag.h"
#include "ner.h"
#include "ner_feat.h"
#include "tokens.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
/*
 * GCC and Clang build a function for AVX2 on any x86, used where the CPU
 * has it (CFLAGS=-DNER_NO_AVX2 leaves it out, to test the SSE2 path).
 */
#if defined(__SSE2__) && defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__)) && \
    !defined(NER_NO_AVX2)
#define HAVE_AVX2_TARGET
#include <immintrin.h>
#endif

#define NL		NER_NLABELS
#define NLP		24	/* rows padded so loops vectorise */
#define CACHE_BITS	15		/* words whose features are kept */
#define CACHE_WORD	32		/* longest word kept, bytes */
#define NEG		(INT32_MIN / 2)

#if defined(__GNUC__)
#define PREFETCH(p)	__builtin_prefetch(p)
#else
#define PREFETCH(p)	((void)(p))
#endif

/* The model file, compiled in by lib/ner_model_data.c. */
extern const unsigned char ner_model_blob[], ner_model_blob_end[];

struct ner_model {
	const unsigned char	*ftab, *pool;
	uint64_t		 fmask;
	uint32_t		 npool;
	struct ner_gaz		 gaz;
	/* Dense tables, summed from the model at load time. */
	int32_t	trans[NER_NCAP][NL + 1][NLP];	/* label pair, current word's cap */
	int32_t	doc[NER_NDOC][NER_NCAP][2][NLP];	/* memory, cap, common word */
	int32_t	gazw[NER_NGAZ][5][NER_NCAP][NLP];	/* class, BILOU position, cap */
	int32_t	bos[NER_NSLOT][NLP], eos[NER_NSLOT][NLP];
	int	avx2;	/* the CPU has AVX2: outside_avx2(), inside_avx2() */
	/* trans[c][p][l] for the lanes l of I and L (9-16) from the B and the I of their type. */
	int32_t	inb[NER_NCAP][8], ini[NER_NCAP][8];
	/* trans[c][before_out[1 + k]][l] for the outside lanes l: the
	 * column before_avx2() adds to the scores of lanes U and L. */
	int32_t	tout[NER_NCAP][9][8];
};

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

struct ner_doc {
	const struct ner_model	*m;
	struct tokens		 tok;
	struct centry		*cache;
	/* The words of this sentence that have no cache entry of their own
	 * (too long, or their set full of this sentence's words). */
	struct centry		*spill;
	size_t			 nspill, spillcap;
	uint64_t		 clock0;	/* d->clock when the sentence began */
	uint64_t		*tag;
	uint64_t		*used, clock;	/* use stamps: 64 bits never wrap */
	/* Document memory: lower-case word hash -> NER_NDOC value. */
	struct dslot {
		uint64_t	key;
		uint32_t	gen;
		unsigned char	val;
	}			*mem;
	size_t			 memcap, memcount;
	uint32_t		 gen;
	/* Per sentence, grown to the longest. */
	size_t			 room;
	int32_t			(*E)[NLP];
	uint64_t		*hash;
	unsigned char		*cap, *common, *gpos, *lab;
	uint64_t		*lower;
	uint32_t		*gazall;
	uint32_t		*ent;	/* each token's entry: a cache slot, or SPILL + spill index */
	const struct centry	**ep;	/* the same as pointers, once d->spill stays put */
};

#define SPILL	((uint32_t)1 << CACHE_BITS)

static const char *const typenames[] = { "PER", "ORG", "LOC", "MISC" };

/*
 * Inside the tagger labels live in lanes ordered so the Viterbi step
 * works on runs: O, the four B, the four U (the "outside" labels, lanes
 * 0-8), the four I, the four L.  Lanes 17-23 are padding.
 */
#define LB(t)	(1 + (t))
#define LU(t)	(5 + (t))
#define LI(t)	(9 + (t))
#define LL(t)	(13 + (t))
#define LTYPE(x)	(((x) - 1) % 4)
#define LBOS	NL	/* the "previous lane" of the first token */

/* Lane of each model label (and of NER_BOS). */
static const unsigned char lanes[NL + 1] = {
	0, LB(0), LI(0), LL(0), LU(0), LB(1), LI(1), LL(1), LU(1),
	LB(2), LI(2), LL(2), LU(2), LB(3), LI(3), LL(3), LU(3), LBOS
};
#define lane(l)	(lanes[l])

/* The lanes that may precede O, B or U, in the order ties are broken. */
static const unsigned char before_out[1 + 2 * NER_NTYPES] = {
	0, LU(0), LU(1), LU(2), LU(3), LL(0), LL(1), LL(2), LL(3)
};

const char *
ner_type_name(enum ner_type t)
{
	return (unsigned)t < NER_NTYPES ? typenames[t] : "?";
}

/* A little-endian int16 of the model file. */
static int16_t
i16(const unsigned char *p)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	int16_t v;

	memcpy(&v, p, 2);
	return v;
#else
	return (int16_t)(uint16_t)(p[0] | p[1] << 8);
#endif
}

/* The table entry of feature h, or NULL. */
static const unsigned char *
findfeat(const struct ner_model *m, uint64_t h)
{
	uint64_t j;
	uint32_t key = ner_key(h), k;
	const unsigned char *e;

	for (j = h & m->fmask; ; j = (j + 1) & m->fmask) {
		e = m->ftab + 12 * j;
		if ((k = ner_u32(e)) == 0)
			return NULL;
		if (k == key)
			return e;
	}
}

/* Add the weights of table entry e to v, by lane. */
static void
addentry(const struct ner_model *m, const unsigned char *e, int32_t *v)
{
	uint32_t mask, off;
	int b;

	if (e == NULL)
		return;
	mask = ner_u32(e + 4);
	off = ner_u32(e + 8);
	/* A step a weight, not a bit: a feature has few labels. */
	for (; mask != 0; mask &= mask - 1) {
#if defined(__GNUC__)
		b = __builtin_ctz(mask);
#else
		for (b = 0; !(mask >> b & 1); b++)
			;
#endif
		v[lane(b)] += i16(m->pool + 2 * (size_t)off++);
	}
}

static void
addfeat(const struct ner_model *m, uint64_t h, int32_t *v)
{
	addentry(m, findfeat(m, h), v);
}

/*
 * Sum a word's features per slot.  The lookups are cache misses, so
 * fetch all table slots first, then all weights, then add.
 */
static void
wordvec(const struct ner_model *m, const struct ner_wordinfo *wi,
    int32_t v[NER_NSLOT][NLP])
{
	const unsigned char *e[NER_NSLOT][NER_MAXF];
	int s, i;

	memset(v, 0, sizeof(int32_t) * NER_NSLOT * NLP);
	for (s = 0; s < NER_NSLOT; s++)
		for (i = 0; i < wi->nf[s]; i++)
			PREFETCH(m->ftab + 12 * (wi->f[s][i] & m->fmask));
	for (s = 0; s < NER_NSLOT; s++)
		for (i = 0; i < wi->nf[s]; i++)
			if ((e[s][i] = findfeat(m, wi->f[s][i])) != NULL)
				PREFETCH(m->pool + 2 * (size_t)ner_u32(e[s][i] + 8));
	for (s = 0; s < NER_NSLOT; s++)
		for (i = 0; i < wi->nf[s]; i++)
			addentry(m, e[s][i], v[s]);
}

static int
popcount(uint32_t x)
{
	int n = 0;

	for (; x; x &= x - 1)
		n++;
	return n;
}

struct ner_model *
ner_open(const void *blob, size_t n)
{
	const unsigned char *b = blob;
	struct ner_model *m;
	struct ner_wordinfo wi;
	uint32_t fbits, gbits, npool, mask, off;
	uint64_t j, need, empty;
	int c, p, l, d, x;

	if (n < sizeof(struct ner_header) || ner_u32(b) != NER_MAGIC ||
	    ner_u32(b + 4) != NER_FEATVER || ner_u32(b + 8) != NL)
		return NULL;
	fbits = ner_u32(b + 12);
	gbits = ner_u32(b + 16);
	npool = ner_u32(b + 20);
	if (fbits > 30 || gbits > 30)
		return NULL;
	need = sizeof(struct ner_header) + 12 * ((uint64_t)1 << fbits) +
	    8 * ((uint64_t)1 << gbits) + 2 * (uint64_t)npool;
	if (need > n)
		return NULL;
	if ((m = calloc(1, sizeof(*m))) == NULL)
		err(EXIT_TROUBLE, NULL);
	m->ftab = b + sizeof(struct ner_header);
	m->fmask = ((uint64_t)1 << fbits) - 1;
	m->gaz.tab = m->ftab + 12 * ((uint64_t)1 << fbits);
	m->gaz.mask = ((uint64_t)1 << gbits) - 1;
	m->pool = m->gaz.tab + 8 * ((uint64_t)1 << gbits);
	m->npool = npool;
#if defined(HAVE_AVX2_TARGET)
	__builtin_cpu_init();
	m->avx2 = __builtin_cpu_supports("avx2") != 0;
#endif

	/* Every weight a feature points at must lie in the pool, and both
	 * tables need an empty slot to end their probes. */
	for (j = 0, empty = 0; j <= m->fmask; j++) {
		const unsigned char *e = m->ftab + 12 * j;

		mask = ner_u32(e + 4);
		off = ner_u32(e + 8);
		if (ner_u32(e) == 0) {
			empty++;
			continue;
		}
		if ((mask >> NL) != 0 ||
		    (uint64_t)off + (uint64_t)popcount(mask) > npool)
			goto bad;
	}
	if (empty == 0)
		goto bad;
	for (j = 0, empty = 0; j <= m->gaz.mask; j++)
		empty += ner_u32(m->gaz.tab + 8 * j) == 0;
	if (empty == 0)
		goto bad;

	for (c = 0; c < NER_NCAP; c++)
		for (p = 0; p <= NL; p++) {
			addfeat(m, ner_fdense(D_TRANS, p, 0, 0),
			    m->trans[c][lane(p)]);
			addfeat(m, ner_fdense(D_PREVCAP, p, c, 0),
			    m->trans[c][lane(p)]);
		}
	for (d = 0; d < NER_NDOC; d++)
		for (c = 0; c < NER_NCAP; c++)
			for (x = 0; x < 2; x++)
				addfeat(m, ner_fdense(D_DOC, d, c, x),
				    m->doc[d][c][x]);
	for (l = 0; l < NER_NGAZ; l++)
		for (p = 1; p < 5; p++)
			for (c = 0; c < NER_NCAP; c++)
				addfeat(m, ner_fdense(D_GAZ, l, p, c),
				    m->gazw[l][p][c]);
	for (c = 0; c < NER_NCAP; c++)
		for (x = 0; x < 8; x++) {
			m->inb[c][x] = m->trans[c][LB(x % 4)][LI(0) + x];
			m->ini[c][x] = m->trans[c][LI(x % 4)][LI(0) + x];
			for (l = 0; l < LI(0); l++)
				m->tout[c][l][x] = m->trans[c][before_out[1 + x]][l];
		}
	ner_boundary(0, &wi);
	wordvec(m, &wi, m->bos);
	ner_boundary(1, &wi);
	wordvec(m, &wi, m->eos);
	return m;
bad:
	free(m);
	return NULL;
}

struct ner_model *
ner_load(void)
{
	return ner_open(ner_model_blob,
	    (size_t)(ner_model_blob_end - ner_model_blob));
}

void
ner_free(struct ner_model *m)
{
	free(m);
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
	wordvec(d->m, &wi, v);
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

/* The step into the lanes of I and L (9-16), from B or I of their type, as viterbi() takes it. */
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

/* sc = best + e, kept in e too: the scores of the step, as viterbi() sums them. */
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
 * viterbi()'s forward steps from row 1 with the three steps above
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

/* viterbi()'s way back with before_avx2(). */
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
static void
viterbi(const struct ner_model *m, struct ner_doc *d, size_t n)
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
	}
	/* The entries as pointers, now that d->spill stays put. */
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

	viterbi(m, d, nt);

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
