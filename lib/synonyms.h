/*
 * synonyms: whether two words can mean the same, by WordNet: each stem
 * has the synonym sets of the two most frequent senses of the lemmas
 * it stems from, compiled in from Debian's wordnet-base: stemmed at
 * build time (scripts/mkwordnet.sh, tools/mkwordnet.c), so a program
 * only searches the table.
 */
#ifndef NU_SYNONYMS_H
#define NU_SYNONYMS_H
#include <stddef.h>
#include <stdint.h>

/* An entry of the generated table, sorted by stem, then set. */
struct wordnet_syn {
	uint64_t	 stem;		/* claimwords' hash of the stem */
	uint32_t	 set;		/* synset offset * 4 + part of speech */
};

/* Do the stems (claimwords' hashes) share a synonym set? */
int	synonyms(uint64_t stem_a, uint64_t stem_b);

/*
 * The same in two steps, for a word compared with many: the sets of a
 * stem are the table's entries [r.lo, r.hi) (empty when it has none),
 * and two words are synonyms when their ranges share a set.
 */
struct syn_range {
	size_t		 lo, hi;
};
struct syn_range synonym_range(uint64_t stem);
int	synonym_ranges_meet(struct syn_range, struct syn_range);

#endif
