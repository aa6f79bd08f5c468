/*
 * antonyms: whether two words are opposites, by WordNet: the pairs of
 * one-word lemmas an antonym pointer joins (open and close, win and
 * lose, rise and fall), each with its regular inflections and the
 * irregular forms of WordNet's exception lists (opened, won, rose,
 * fell), compiled in from Debian's wordnet-base at build time
 * (scripts/mkantonyms.sh, tools/mkwordnet.c -a).  Words, not stems: a
 * stem would give "election" the antonyms of "elect".
 */
#ifndef NU_ANTONYMS_H
#define NU_ANTONYMS_H
#include <stdint.h>

/* An entry of the generated table: a pair of word hashes, lo < hi, sorted. */
struct wordnet_ant {
	uint64_t	 lo, hi;	/* claimwords' hashes of the folded words */
};

/* Are the words (claimwords' hashes, cword.word) antonyms, in either order? */
int	antonyms(uint64_t word_a, uint64_t word_b);

#endif
