/*
 * segment: a document, fed line by line, cut into paragraphs and
 * sentences.  Memory is bounded by the longest paragraph: each
 * paragraph is split and handed out as soon as the next line shows it
 * has ended.
 *
 * A paragraph ends at a blank line, before an indented line or a list
 * item, and at a line break that is not a wrap inside running text.
 * A line break is a wrap when the next line starts in lower case, when
 * the line ends in a comma, hyphen or dash, or when the document is
 * hard-wrapped (seen from earlier wraps) and the next word would not
 * have fitted on the line; but not before a short lower-case line with
 * no stop after a line ending in a colon, or after another such item (a
 * list: "Bring:" "blankets" "tinned food").
 */
#ifndef NU_SEGMENT_H
#define NU_SEGMENT_H
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "lang.h"
#include "sentence.h"
#include "utf8.h"

/* What the segmenter notes of a line. */
struct seg_line {
	int	 blank;
	int	 indented;
	int	 list;
	const char *text;	/* the line, trailing space trimmed: */
	size_t	 bytes;		/* its length in bytes */
	size_t	 first_word;	/* characters in the first word */
	enum cclass first;	/* class of the first character */
	int32_t	 last;		/* last character */
};

struct segmenter {
	const struct lang *lang;
	sentence_fn	 emit;
	void		*ctx;

	/* private */
	uint64_t	 pos;		/* document offset of the next line */
	uint64_t	 para_off;	/* document offset of para.data[0] */
	struct buf	 para;		/* the paragraph being gathered */
	size_t		 last_line;	/* offset in para of its last line */
	struct seg_line	 last;		/* that line */
	uint64_t	 nsent, npara;
	size_t		 wrap_width;	/* widest wrapped line seen, 0 if none */
	int		 lower_list;	/* the last break began a lower-case list item */
	int		 new_para;
};

void	seg_init(struct segmenter *, const struct lang *, sentence_fn, void *ctx);
/* Start a document: offsets and numbers start again. */
void	seg_begin(struct segmenter *);
/* One line of the document, its terminator included (the last may lack it). */
void	seg_line(struct segmenter *, const char *line, size_t n);
/* A whole document or a piece of one, cut into lines here. */
void	seg_text(struct segmenter *, const char *text, size_t n);
/* End the document: the last paragraph is split and handed out. */
void	seg_end(struct segmenter *);
void	seg_free(struct segmenter *);

#endif
