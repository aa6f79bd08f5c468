/*
 * qmarks: the quotation marks of a document and how they pair.  Curly
 * and straight double marks, « », ‹ ›, „ “ (German), 「 」 and 『 』, and
 * single marks ‘ ’ and ' where they stand at a word's edge (an
 * apostrophe inside or at the end of a word, as in don't or Zelenskyy's,
 * is not a mark).  Marks inside an open quotation are part of it.
 * Straight and curly double marks mixed in one text pair across styles:
 * a closer of the other style at a word's end closes ('"A,” he said'),
 * an opener of the other style nests.  A
 * quotation left open at a paragraph's end goes on when the next
 * paragraph opens with a mark (the news habit for long quotes), and is
 * closed at the paragraph's end otherwise.  Linear in the text.
 */
#ifndef NU_QMARKS_H
#define NU_QMARKS_H
#include <stddef.h>
#include <stdint.h>

struct qspan {
	uint64_t	 open, close;	/* the opening mark, and the end of the closing one */
	uint64_t	 start, end;	/* the content, spaces trimmed */
	int		 unclosed;	/* no closing mark: ended at a paragraph's end */
	int		 paras;		/* paragraphs it runs over, from 1 */
};

struct qspans {
	struct qspan	*v;
	size_t		 n, cap;
};

/*
 * Replace the contents of qs by the quotations of text[0..len), in
 * order; paras holds the offsets where paragraphs start (npara of
 * them, ascending; the first may be 0 or be left out).
 */
size_t	qmarks_find(struct qspans *qs, const char *text, size_t len,
	    const uint64_t *paras, size_t npara);
void	qmarks_free(struct qspans *qs);

#endif
