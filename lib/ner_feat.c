#include <stdint.h>
#include <string.h>

#include "ner_feat.h"
#include "tokens.h"
#include "utf8.h"

#if defined(__GNUC__)
#define PREFETCH(p)	__builtin_prefetch(p)
#else
#define PREFETCH(p)	((void)(p))
#endif

/* Slot templates: each feature hashes its template, its slot and a string. */
enum {
	T_BIAS = 1, T_WORD, T_CAPSWORD, T_LOWER, T_SHAPE, T_SSHAPE, T_PRE,
	T_SUF, T_CAPGAZ, T_CAP, T_FIRST, T_CLUSTER
};

int
ner_cluster(const char *low, size_t n)
{
	size_t lo = 0, hi = ner_ncluster_words, mid, i;
	const unsigned char *w, *l = (const unsigned char *)low;
	int c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		/* memcmp() order, a shorter word first, in one pass. */
		w = (const unsigned char *)ner_cluster_word[mid];
		for (i = 0; i < n && w[i] != '\0' && w[i] == l[i]; i++)
			;
		if (i == n)
			c = w[i] != '\0';
		else if (w[i] == '\0')
			c = -1;
		else
			c = w[i] < l[i] ? -1 : 1;
		if (c == 0)
			return ner_cluster_id[mid] + 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static uint64_t
fmix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h;
}

uint64_t
ner_hash(const char *s, size_t n, uint64_t seed)
{
	uint64_t h = 1469598103934665603ULL ^ (seed * 0x9E3779B97F4A7C15ULL);
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return fmix(h ^ n);
}

uint64_t
ner_fdense(int tmpl, int a, int b, int c)
{
	uint64_t h = (uint64_t)tmpl << 48 | (uint64_t)(a & 0xFFFF) << 32 |
	    (uint64_t)(b & 0xFFFF) << 16 | (uint64_t)(c & 0xFFFF);

	return fmix(h ^ 0x5bd1e9955bd1e995ULL);
}

uint64_t
ner_phrase(const uint64_t *h, size_t n)
{
	uint64_t p = 0x2545F4914F6CDD1DULL;
	size_t i;

	for (i = 0; i < n; i++)
		p = fmix(p * 31 + h[i]);
	return p;
}

uint32_t
ner_gaz_get(const struct ner_gaz *g, uint64_t phrase)
{
	uint64_t j;
	uint32_t key = ner_key(phrase);

	if (g == NULL || g->tab == NULL)
		return 0;
	for (j = phrase & g->mask; ; j = (j + 1) & g->mask) {
		uint32_t k = ner_u32(g->tab + 8 * j);

		if (k == 0)
			return 0;
		if (k == key)
			return ner_u32(g->tab + 8 * j + 4);
	}
}

static void
add(struct ner_wordinfo *wi, int slot, int tmpl, const char *s, size_t n)
{
	if (wi->nf[slot] < NER_MAXF)
		wi->f[slot][wi->nf[slot]++] = ner_hash(s, n,
		    (uint64_t)tmpl << 8 | (uint64_t)slot);
}

static void
addc(struct ner_wordinfo *wi, int slot, int tmpl, int a, int b)
{
	char v[2];

	v[0] = (char)a;
	v[1] = (char)b;
	add(wi, slot, tmpl, v, 2);
}

void
ner_word(const struct ner_gaz *g, const char *w, size_t n, int capsent,
    struct ner_wordinfo *wi)
{
	char low[4 * NER_MAXW + 4], shape[NER_MAXW + 1], sshape[NER_MAXW + 1];
	size_t ofs[NER_MAXW + 1];	/* byte offset in low of each character */
	size_t i, k, nc = 0, nl = 0, ns = 0, nss = 0, run = 0;
	size_t nup = 0, nlow = 0, ncaseless = 0, ndig = 0;
	int firstup = 0, cap, p, cl;
	int32_t cp;
	enum cclass c;
	char sc, last = 0;
	uint64_t lh;

	if (n > NER_MAXW)
		n = NER_MAXW;
	for (i = 0; i < n; i += k) {
		k = utf8_decode(w + i, n - i, &cp);
		c = utf8_class(cp);
		ofs[nc++] = nl;
		if (cp == UTF8_BAD)
			low[nl++] = w[i];
		else
			nl += utf8_encode(utf8_tolower(cp), low + nl);
		switch (c) {
		case CC_UPPER:
			sc = 'X';
			if (nup + nlow + ncaseless == 0)
				firstup = 1;
			nup++;
			break;
		case CC_LOWER:
			sc = 'x';
			nlow++;
			break;
		case CC_LETTER:
			sc = 'L';
			ncaseless++;
			break;
		case CC_DIGIT:
			sc = 'd';
			ndig++;
			break;
		case CC_MARK:
			continue;
		default:
			sc = cp >= 0x21 && cp < 0x7F ? (char)cp : '*';
			break;
		}
		run = sc == last ? run + 1 : 1;
		if (run <= 3)
			shape[ns++] = sc;
		if (run == 1)
			sshape[nss++] = sc;
		last = sc;
	}
	ofs[nc] = nl;

	if (nup + nlow + ncaseless == 0)
		cap = ndig ? CAP_DIGITS : CAP_PUNCT;
	else if (capsent)
		cap = CAP_CAPSENT;
	else if (ndig)
		cap = CAP_ALNUM;
	else if (ncaseless && !nup && !nlow)
		cap = CAP_CASELESS;
	else if (nup == 0)
		cap = CAP_LOWER;
	else if (nlow == 0)
		cap = nup == 1 ? CAP_SINGLE : CAP_ALLCAP;
	else if (firstup && nup == 1)
		cap = CAP_INIT;
	else
		cap = CAP_MIXED;

	memset(wi->nf, 0, sizeof(wi->nf));
	lh = ner_hash(low, nl, 0);
	wi->lower = lh;
	wi->cap = (unsigned char)cap;
	wi->upper = nup > 0;
	wi->gazall = ner_gaz_get(g, ner_phrase(&lh, 1));
	wi->gaz = (unsigned char)(wi->gazall & (GZ_COMMON | GZ_PROPER));

	/* The word's own label. */
	add(wi, SLOT_W, T_BIAS, "", 0);
	if (capsent)
		add(wi, SLOT_W, T_CAPSWORD, low, nl);
	else {
		add(wi, SLOT_W, T_WORD, w, n);
		add(wi, SLOT_W, T_SHAPE, shape, ns);
	}
	add(wi, SLOT_W, T_LOWER, low, nl);
	add(wi, SLOT_W, T_SSHAPE, sshape, nss);
	for (p = 1; p <= 4 && (size_t)p < nc; p++) {
		add(wi, SLOT_W, T_PRE + 16 * p, low, ofs[p]);
		add(wi, SLOT_W, T_SUF + 16 * p, low + ofs[nc - p],
		    nl - ofs[nc - p]);
	}
	addc(wi, SLOT_W, T_CAPGAZ, cap, wi->gaz);
	/* Its cluster, learnt from unlabelled text: names unseen in training. */
	cl = ner_cluster(low, nl);
	addc(wi, SLOT_W, T_CLUSTER, cl & 0xFF, cl >> 8);
	addc(wi, SLOT_W, T_CLUSTER + 16, cl & 0xFF, (cl >> 8) | (cap << 4));

	/* As the first word of the sentence. */
	addc(wi, SLOT_FIRST, T_CAPGAZ, cap, wi->gaz);
	add(wi, SLOT_FIRST, T_LOWER, low, nl);

	/* As a neighbour. */
	add(wi, SLOT_P1, T_LOWER, low, nl);
	addc(wi, SLOT_P1, T_CAP, cap, 0);
	add(wi, SLOT_P1, T_SSHAPE, sshape, nss);
	addc(wi, SLOT_P1, T_CLUSTER, cl & 0xFF, cl >> 8);
	add(wi, SLOT_P2, T_LOWER, low, nl);
	addc(wi, SLOT_P2, T_CAP, cap, 0);
	add(wi, SLOT_N1, T_LOWER, low, nl);
	addc(wi, SLOT_N1, T_CAP, cap, 0);
	add(wi, SLOT_N1, T_SSHAPE, sshape, nss);
	addc(wi, SLOT_N1, T_CLUSTER, cl & 0xFF, cl >> 8);
	add(wi, SLOT_N2, T_LOWER, low, nl);
	addc(wi, SLOT_N2, T_CAP, cap, 0);
}

void
ner_boundary(int eos, struct ner_wordinfo *wi)
{
	const char *w = eos ? "</s>" : "<s>";
	int s;

	memset(wi->nf, 0, sizeof(wi->nf));
	wi->cap = eos ? CAP_EOS : CAP_BOS;
	wi->gaz = 0;
	wi->gazall = 0;
	wi->upper = 0;
	wi->lower = 0;
	for (s = 0; s < NER_NSLOT; s++) {
		if (s == SLOT_W || s == SLOT_FIRST)
			continue;
		add(wi, s, T_LOWER, w, strlen(w));
		addc(wi, s, T_CAP, wi->cap, 0);
	}
}

int
ner_capsent(const char *s, const struct tokens *t)
{
	size_t i, j, k, nup = 0;
	int32_t cp;
	enum cclass c;

	for (i = 0; i < t->n; i++) {
		if (t->v[i].kind == TOK_PUNCT)
			continue;
		for (j = t->v[i].start; j < t->v[i].end; j += k) {
			k = utf8_decode(s + j, t->v[i].end - j, &cp);
			c = utf8_class(cp);
			if (c == CC_LOWER)
				return 0;
			nup += c == CC_UPPER;
		}
	}
	return nup >= 4;
}

void
ner_gaz_match(const struct ner_gaz *g, const uint64_t *h,
    const uint32_t *one, size_t n, unsigned char *pos)
{
	size_t i, k, best, j;
	uint32_t bits, bestbits;
	int c;

	memset(pos, 0, n * NER_NGAZ);
	if (g == NULL || g->tab == NULL)
		return;
	/* Fetch the table slots of the two-word candidates first. */
	for (i = 0; i + 1 < n; i++)
		if (one[i] & GZ_PREFIX)
			PREFETCH(g->tab + 8 * (ner_phrase(h + i, 2) & g->mask));
	for (i = 0; i < n; i += best ? best : 1) {
		best = 0;
		/* Most words start no phrase and are none: the loop below would find nothing. */
		if (!(one[i] & (GZ_PREFIX | GZ_COUNTRY | GZ_REGION | GZ_CITY | GZ_LANG)))
			continue;
		bestbits = 0;
		for (k = 1; k <= NER_GAZMAX && i + k <= n; k++) {
			bits = k == 1 ? one[i] :
			    ner_gaz_get(g, ner_phrase(h + i, k));
			if (bits & (GZ_COUNTRY | GZ_REGION | GZ_CITY | GZ_LANG)) {
				best = k;
				bestbits = bits;
			}
			if (!(bits & GZ_PREFIX))
				break;
		}
		for (c = 0; bestbits != 0 && c < NER_NGAZ; c++) {
			if (!(bestbits & (GZ_COUNTRY << c)))
				continue;
			for (j = 0; j < best; j++)
				pos[(i + j) * NER_NGAZ + c] = (unsigned char)(1 +
				    (best == 1 ? NER_U : j == 0 ? NER_B :
				    j + 1 == best ? NER_L : NER_I));
		}
	}
}
