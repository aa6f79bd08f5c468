/*
 * synonyms: whether two words can mean the same, by WordNet: each stem
 * has the synonym sets of the two most frequent senses of the lemmas
 * it stems from (compiled in from Debian's wordnet-base by
 * scripts/mkwordnet.sh).  The table is built on first use.
 */
#ifndef NU_SYNONYMS_H
#define NU_SYNONYMS_H
#include <stdint.h>

/* Do the stems (claimwords' hashes) share a synonym set? */
int	synonyms(uint64_t stem_a, uint64_t stem_b);

#endif
