/*
 * entkey: the KEY of a named mention, a canonical spelling that is the
 * same for the usual spelling variants of one name and different for
 * different names, so that mentions link within a document and across
 * documents without merging people.  The name is folded (Unicode
 * compatibility decomposition, diacritics stripped, case folded), then
 * each word of Latin letters is respelt, in this order:
 *
 *	x -> ks, ph -> f, ck -> k, tch -> ch
 *	y -> i, except at the start of a word before a vowel (Yevhen)
 *	h -> g between a vowel, v, r, l, n or m and a vowel (Yevhen, Sybiha)
 *	a final -ev or -ov -> -iv in words of four letters or more (Kiev)
 *	a doubled letter written once (Zelenskyy, Phillips, Odessa)
 *
 * Vowels are kept: Zelensky, Zelenskyy and Zelenskiy all give
 * "zelenski", Yevhen and Yevgen "yevgen", Sybiga and Sybiha "sibiga",
 * Kyiv and Kiev "kiv", but Hall "hal" and Hill "hil", Chan and Chen,
 * Kerry "keri" and Carey "carei" stay apart.  Words in other scripts are
 * kept, case folded.  The words the, of, and, for, de, la, le and del
 * are left out, a possessive 's too, and the rest joined by "-".
 */
#ifndef NU_ENTKEY_H
#define NU_ENTKEY_H
#include <stddef.h>

#include "buf.h"

/* Append the key of the name s[0..n) to out. */
void	entkey_name(struct buf *out, const char *s, size_t n);

/*
 * Do two keys name one entity?  Equal keys do, and a person's key
 * "surname/initial" agrees with the bare "surname" (a document that
 * never gives the first name) but not with another initial.
 */
int	entkey_agree(const char *a, size_t an, const char *b, size_t bn);
/* The length of the part of a key before any "/initial". */
size_t	entkey_base(const char *k, size_t n);

#endif
