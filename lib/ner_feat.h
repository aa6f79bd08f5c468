/*
 * ner_feat: the features of the entity tagger and the layout of its
 * model file, shared by lib/ner.c (tagging) and tools/train-ner.c so both
 * hash exactly the same strings.  Not for the programs: they use ner.h.
 *
 * Labels are BILOU over four types: 0 is O, then B I L U of PER, ORG,
 * LOC, MISC.  A token's features fall in slots: the ones it gives to its
 * own label (W, and FIRST when it opens the sentence) and the ones it
 * gives to the labels of its neighbours two and one before (N2, N1: it
 * is their next word) and after (P1, P2).  Slot features depend on the
 * word's bytes and the all-caps-sentence flag only, so a tagger can cache
 * them per word.  The rest are small dense tables: label transitions
 * (with the current word's capitalisation), gazetteer matches, and the
 * document memory (how the same capitalised word was tagged before).
 */
#ifndef NU_NER_FEAT_H
#define NU_NER_FEAT_H
#include <stddef.h>
#include <stdint.h>

#define NER_NTYPES	4
#define NER_NLABELS	(1 + 4 * NER_NTYPES)
#define NER_LABEL(type, pos)	(1 + 4 * (type) + (pos))
#define NER_LTYPE(l)	(((l) - 1) / 4)
#define NER_LPOS(l)	(((l) - 1) % 4)
enum { NER_B, NER_I, NER_L, NER_U };
#define NER_BOS		NER_NLABELS	/* "previous label" of the first token */

enum { SLOT_P2, SLOT_P1, SLOT_W, SLOT_N1, SLOT_N2, SLOT_FIRST, NER_NSLOT };
#define NER_MAXF	16	/* features per slot */
#define NER_MAXW	64	/* bytes of a word that features look at */

/* Capitalisation classes. */
enum {
	CAP_PUNCT, CAP_DIGITS, CAP_ALNUM, CAP_LOWER, CAP_INIT, CAP_ALLCAP,
	CAP_SINGLE, CAP_MIXED, CAP_CASELESS, CAP_CAPSENT, CAP_BOS, CAP_EOS,
	NER_NCAP
};

/* Gazetteer classes (bits of a gazetteer entry). */
#define GZ_COMMON	0x01	/* a lower-case dictionary word */
#define GZ_PROPER	0x02	/* a capitalised dictionary word */
#define GZ_COUNTRY	0x04
#define GZ_REGION	0x08
#define GZ_CITY		0x10
#define GZ_LANG		0x20
#define GZ_PREFIX	0x80	/* some longer entry starts with this */
#define NER_NGAZ	4	/* the phrase classes, COUNTRY to LANG */
#define NER_GAZMAX	6	/* words in the longest phrase matched */

/* Document memory values. */
#define NER_NDOC	(2 + NER_NTYPES)	/* unseen, seen as O, seen as a type */

/* Dense feature templates. */
enum { D_TRANS = 1, D_PREVCAP, D_DOC, D_GAZ };

struct ner_wordinfo {
	uint64_t	f[NER_NSLOT][NER_MAXF];
	unsigned char	nf[NER_NSLOT];
	unsigned char	cap;	/* CAP_* */
	unsigned char	gaz;	/* GZ_COMMON, GZ_PROPER */
	uint32_t	gazall;	/* all the bits of the word's own entry */
	unsigned char	upper;	/* has an upper-case letter */
	uint64_t	lower;	/* hash of the lower-cased word */
};

/* A gazetteer: 1 << bits pairs of little-endian uint32 (key, class bits), key 0 empty. */
struct ner_gaz {
	const unsigned char	*tab;
	uint64_t		 mask;
};

/*
 * Word clusters (lib/data/clusters.txt, compiled in): lower-cased words
 * sorted by their bytes, and each one's cluster.
 */
extern const char *const ner_cluster_word[];
extern const unsigned short ner_cluster_id[];
extern const size_t ner_ncluster_words;
/* The cluster of a lower-cased word + 1, or 0 if it has none. */
int		ner_cluster(const char *low, size_t n);

uint64_t	ner_hash(const char *s, size_t n, uint64_t seed);
uint64_t	ner_fdense(int tmpl, int a, int b, int c);
/* The phrase hash of words with lower-case hashes h[0..n). */
uint64_t	ner_phrase(const uint64_t *h, size_t n);
uint32_t	ner_gaz_get(const struct ner_gaz *, uint64_t phrase);

/* The features of the word w[0..n); capsent: the sentence is in capitals. */
void	ner_word(const struct ner_gaz *, const char *w, size_t n, int capsent,
	    struct ner_wordinfo *);
/* The features of the sentence boundaries (eos 0: before, 1: after). */
void	ner_boundary(int eos, struct ner_wordinfo *);
/* Is the sentence of these tokens set in capitals (a headline)? */
struct tokens;
int	ner_capsent(const char *s, const struct tokens *);
/*
 * Longest gazetteer phrases over words with lower-case hashes h[0..n)
 * and single-word entries one[0..n) (gazall): pos[i * NER_NGAZ + c] is
 * 0, or 1 + NER_B/I/L/U for class c.
 */
void	ner_gaz_match(const struct ner_gaz *, const uint64_t *h,
	    const uint32_t *one, size_t n, unsigned char *pos);

/*
 * The model file, little-endian: the header; 1 << fbits feature entries
 * of three uint32 (key, label mask, offset of the first weight); 1 << gbits
 * gazetteer entries (key, bits); npool int16 weights, one per mask bit.
 * Keys are the high 32 bits of a hash (0 becomes 1), buckets its low bits.
 */
#define NER_MAGIC	0x314d524eU	/* "NRM1" */
#define NER_FEATVER	5		/* change with any feature change */
struct ner_header {
	uint32_t	magic, featver, nlabels, fbits, gbits, npool, pad[2];
};

/* Does the document memory keep words of this capitalisation? */
static inline int
ner_docword(int cap)
{
	return cap == CAP_INIT || cap == CAP_ALLCAP || cap == CAP_SINGLE ||
	    cap == CAP_MIXED || cap == CAP_CAPSENT;
}

static inline uint32_t
ner_u32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

static inline uint32_t
ner_key(uint64_t h)
{
	uint32_t k = (uint32_t)(h >> 32);

	return k ? k : 1;
}

#endif
