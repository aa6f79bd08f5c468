/*
 * entkey: the KEY of a named mention, the same for spelling variants of
 * one name, so that mentions link within a document and across
 * documents.  The name is folded (Unicode compatibility decomposition,
 * diacritics stripped, case folded), then each word of Latin letters is
 * reduced to a consonant skeleton that absorbs the usual transliteration
 * variants:
 *
 *	c k q -> k	g h -> g	i j y -> i	v w -> v	ph -> f
 *
 * vowels after the first letter are dropped and doubled letters merged,
 * so Zelensky, Zelenskyy and Zelenskiy all give "zlnsk", Yevhen and
 * Yevgen "ivgn", Kyiv and Kiev "kv".  Words in other scripts are kept,
 * case folded.  The words the, of, and, for, de, la, le and del are left
 * out, and the rest joined by "-".
 */
#ifndef NU_ENTKEY_H
#define NU_ENTKEY_H
#include <stddef.h>

#include "buf.h"

/* Append the key of the name s[0..n) to out. */
void	entkey_name(struct buf *out, const char *s, size_t n);

#endif
