/*
 * ner_model: the entity tagger's model.  Opening it checks the file,
 * sums its dense tables (label transitions, document memory, gazetteer
 * matches, the sentence's ends) into struct ner_model, and ner_wordvec()
 * sums a word's features per slot for the word cache of ner.c.
 */
#include <err.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "ner_int.h"

/* The model file, compiled in by lib/ner_model_data.c. */
extern const unsigned char ner_model_blob[], ner_model_blob_end[];

/* Lane of each model label (and of NER_BOS). */
static const unsigned char lanes[NL + 1] = {
	0, LB(0), LI(0), LL(0), LU(0), LB(1), LI(1), LL(1), LU(1),
	LB(2), LI(2), LL(2), LU(2), LB(3), LI(3), LL(3), LU(3), LBOS
};
#define lane(l)	(lanes[l])

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
void
ner_wordvec(const struct ner_model *m, const struct ner_wordinfo *wi,
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
	ner_wordvec(m, &wi, m->bos);
	ner_boundary(1, &wi);
	ner_wordvec(m, &wi, m->eos);
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
