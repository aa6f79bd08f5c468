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

/*
 * The functions below answer ASCII inline, from a table, since the
 * judge asks them of nearly every character it looks at and nearly
 * all are ASCII; the *_multi functions answer for the others.
 */
#define MARK_CLOSER	1
#define MARK_OPENER	2
#define MARK_BRACKET	4
extern const unsigned char split_ascii_marks[128];

enum term	term_at_multi(const char *t, size_t n, size_t i, size_t *len);
int		is_closer_multi(int32_t cp);
int		is_opener_multi(int32_t cp);
int		is_bracket_open_multi(int32_t cp);

/* The stop at t[i] and its length in *len (1 for T_NONE on ASCII). */
static inline enum term
term_at(const char *t, size_t n, size_t i, size_t *len)
{
	*len = 1;
	switch (t[i]) {
	case '.':
		return T_DOT;
	case '?':
	case '!':
		return T_QE;
	}
	if ((unsigned char)t[i] < 0x80)
		return T_NONE;
	return term_at_multi(t, n, i, len);
}

/* Closing quotes and brackets, which a stop takes along: " ' ) ] } ” ’ » 」... */
static inline int
is_closer(int32_t cp)
{
	return (uint32_t)cp < 0x80 ? split_ascii_marks[cp] & MARK_CLOSER :
	    is_closer_multi(cp);
}

/* Opening quotes before a word: " ' ` “ ‘ „ « 「... */
static inline int
is_opener(int32_t cp)
{
	return (uint32_t)cp < 0x80 ? (split_ascii_marks[cp] & MARK_OPENER) != 0 :
	    is_opener_multi(cp);
}

/* Opening brackets: ( [ { （ 【 〔. */
static inline int
is_bracket_open(int32_t cp)
{
	return (uint32_t)cp < 0x80 ? (split_ascii_marks[cp] & MARK_BRACKET) != 0 :
	    is_bracket_open_multi(cp);
}

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
