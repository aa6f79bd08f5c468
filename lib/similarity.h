/*
 * similarity: how alike two claims are, as features and as one SCORE.
 * The features are lexical (overlap of words, stems, stem bigrams and
 * trigrams, numbers; IDF-weighted cosine and overlap; the longest common
 * subsequence; length ratio; words a WordNet synonym stands for) and factual (numbers, negations and
 * capitalised names on one side only).  SCORE is a logistic regression
 * over them whose weights tools/fitclaims fits on the MSR paraphrase
 * corpus (lib/data/claims.model, compiled in), so it reads as the
 * probability that the two say the same thing.  sim_align() scores
 * the same pair with the factual features neutral: whether the two are
 * one claim, possibly with a fact changed.
 */
#ifndef NU_SIMILARITY_H
#define NU_SIMILARITY_H
#include <stddef.h>

#include "claims.h"
#include "synonyms.h"

enum sim_feature {
	SF_WORD_F1, SF_STEM_F1, SF_CONTENT_PMIN, SF_CONTENT_PMAX,
	SF_IDF_COS, SF_IDF_OVL_MIN, SF_IDF_OVL_MAX, SF_BI_F1, SF_TRI_F1,
	SF_LCS, SF_LEN_DIFF, SF_LOG_LEN, SF_UNM_IDF_MAX, SF_UNM_IDF_MIN,
	SF_NUM_BOTH, SF_NUM_UNM, SF_NEG_XOR, SF_CAP_UNM,
	SF_QUAD_F1, SF_PFX_F1, SF_EDIT, SF_BI_PMIN, SF_CHAR_F1,
	SF_UNM_MAX, SF_UNM_MIN, SF_CAPNUM_SHARE, SF_SYN_PMIN, SF_SYN_UNM_MAX,
	SF_NFEAT
};

/*
 * The model sees the features and some products of them (how much a
 * length difference matters depends on the overlap): SM_NTERMS terms.
 */
#define SM_NPROD	105
#define SM_NTERMS	(SF_NFEAT + SM_NPROD)
/* The model's terms of features f, into x[SM_NTERMS]. */
void	sim_terms(const double f[SF_NFEAT], double x[SM_NTERMS]);
/* The name of term i ("idf_cos" or "idf_cos*lcs"), in buf. */
const char *sim_term_name(int i, char *buf, size_t len);

/* Reusable scratch space, so comparing pairs allocates nothing. */
struct simwork {
	uint64_t	*a[9], *b[9];
	size_t		 cap[9][2];
	float		*wa, *wb;
	size_t		 wcap[2];
	unsigned	*lcs;
	size_t		 lcscap;
	/* A's lists, kept while one claim is compared with several. */
	const struct claimset *first_set;
	const struct claim *first;
	size_t		 na[9];
	/* The synonym sets of each word of a and of b (synonyms.h). */
	struct syn_range *syn[2];
	size_t		 syncap[2];
	/* IDF of recent stems: a direct-mapped cache of claimidf(). */
	uint64_t	 idf_key[1024];
	float		 idf_val[1024];
	int		 idf_init;
};

void	simwork_free(struct simwork *);
/* The features of claim a of A against claim b of B. */
void	sim_features(struct simwork *, const struct claimset *A,
	    const struct claim *a, const struct claimset *B,
	    const struct claim *b, double f[SF_NFEAT]);
/*
 * The same in two steps, for one claim against several: sim_first()
 * takes a, then each sim_against() compares it with one b.
 */
void	sim_first(struct simwork *, const struct claimset *A, const struct claim *a);
void	sim_against(struct simwork *, const struct claimset *B,
	    const struct claim *b, double f[SF_NFEAT]);
/*
 * The features of a claim of n words (nnum of them numbers) against
 * one with the very same words, without comparing them (what
 * sim_features() gives, but for letter trigrams of marks between words).
 */
void	sim_identical(size_t n, size_t nnum, double f[SF_NFEAT]);
/* The model's probability for features f. */
double	sim_score(const double f[SF_NFEAT]);
/* The same with the factual features as for a pair that agrees. */
double	sim_align(const double f[SF_NFEAT]);
/* The decision threshold chosen by cross-validation. */
double	sim_threshold(void);
const char *sim_feature_name(enum sim_feature);

#endif
