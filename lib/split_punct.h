/*
 * split_punct: the marks the sentence splitter knows, for its own files.
 * Stops of every script (term_at), closing and opening quotes and
 * brackets, emoji; and, for the rules that look at bytes rather than
 * characters, the UTF-8 bytes of the curly quotes and of ... and !!
 * (they share their first two bytes), named once here.
 */
#ifndef NU_SPLIT_PUNCT_H
#define NU_SPLIT_PUNCT_H
#include <stddef.h>
#include <stdint.h>

/* What a stop is: . | ? ! and kin | an ellipsis | a CJK full stop. */
enum term { T_NONE, T_DOT, T_QE, T_ELLIPSIS, T_CJK };

/* The stop at t[i] and its length in *len (1 for T_NONE on ASCII). */
enum term	term_at(const char *t, size_t n, size_t i, size_t *len);
/* Closing quotes and brackets, which a stop takes along: " ' ) ] } ” ’ » 」... */
int		is_closer(int32_t cp);
/* Opening quotes before a word: " ' ` “ ‘ „ « 「... */
int		is_opener(int32_t cp);
int		is_bracket_open(int32_t cp);
int		is_emoji(int32_t cp);

/*
 * General Punctuation in UTF-8: E2 80 xx for “ ” ‘ ’ … ‼ (and the
 * dashes), E2 81 xx for ⁇ ⁈ ⁉.
 */
#define U8_PUNCT_LEAD	0xE2
#define U8_PUNCT_MID	0x80
#define U8_PUNCT_MID2	0x81	/* ⁇ ⁈ ⁉ */
#define U8_LDQUO_END	0x9C	/* “ */
#define U8_RDQUO_END	0x9D	/* ” */
#define U8_RSQUO_END	0x99	/* ’ */
#define U8_ELLIPSIS_END	0xA6	/* … */
#define U8_DEXCL_END	0xBC	/* ‼ */

/* Is p (3 bytes readable) the General Punctuation mark ending in last? */
static inline int
u8_punct(const char *p, unsigned char last)
{
	return (unsigned char)p[0] == U8_PUNCT_LEAD &&
	    (unsigned char)p[1] == U8_PUNCT_MID && (unsigned char)p[2] == last;
}

#endif
