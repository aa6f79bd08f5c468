/*
 * ner_int: what the files of the entity tagger share; private to the
 * ner_*.c files (the programs use ner.h).  Where each part lives:
 *
 *   ner_model.c   the model: opened, checked, its dense tables summed,
 *                 and a word's features summed per slot
 *   ner.c         tagging a sentence: the per-document memory, the word
 *                 cache, the rows of scores, the mentions read off
 *   ner_decode.c  the Viterbi decoder, with its SSE2 and AVX2 steps
 */
#ifndef NU_NER_INT_H
#define NU_NER_INT_H
#include <stddef.h>
#include <stdint.h>

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

#if defined(__GNUC__)
#define PREFETCH(p)	__builtin_prefetch(p)
#else
#define PREFETCH(p)	((void)(p))
#endif

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

/* The cache entry of a word: ner.c's own. */
struct centry;

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

/* The lanes that may precede O, B or U, in the order ties are broken. */
static const unsigned char before_out[1 + 2 * NER_NTYPES] = {
	0, LU(0), LU(1), LU(2), LU(3), LL(0), LL(1), LL(2), LL(3)
};

/* ner_model.c: the summed slot weights of a word's features. */
void	ner_wordvec(const struct ner_model *, const struct ner_wordinfo *,
	    int32_t [NER_NSLOT][NLP]);
/* ner_decode.c: the best lane path of the sentence's n rows, into d->lab. */
void	ner_viterbi(const struct ner_model *, struct ner_doc *, size_t);
#endif
