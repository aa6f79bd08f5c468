/*
 * reader: the operands of a program (files like cat(1), "-" for
 * standard input) turned into a sequence of events.  Each input is
 * either raw text, which is one document, or a record stream; its
 * first lines decide (see decide_mode), unless forced.
 */
#ifndef NU_READER_H
#define NU_READER_H
#include <stdio.h>

#include "buf.h"
#include "linein.h"
#include "record.h"

enum rd_mode {
	RD_AUTO,
	RD_RAW,		/* every input is raw text */
	RD_RECORDS	/* every input is a record stream */
};

enum rd_event {
	RD_EOF,		/* no more input */
	RD_DOC_BEGIN,	/* a raw-text document starts: doc, doclen */
	RD_DOC_LINE,	/* a line of it, terminator included: line, len */
	RD_DOC_END,
	RD_RECORD,	/* a well-formed record: rec, line, len; for text, body */
	RD_PASS		/* a comment, blank or malformed line: pass it on as is */
};

struct reader {
	/* settings */
	enum rd_mode	 mode;
	const char	*docid;		/* -d: the id of raw-text documents */
	char	       **operands;
	int		 noperands;

	/* the current event */
	const char	*name;		/* input name for messages */
	unsigned	 input;		/* counts the inputs opened */
	size_t		 lineno;
	const char	*line;
	size_t		 len;
	const char	*doc;		/* escaped document id */
	size_t		 doclen;
	size_t		 size;		/* the input's bytes from where it was
					   opened, if a regular file; else 0 */
	struct record	 rec;
	struct buf	 body;		/* unescaped body of a text record */

	/* private */
	int		 next_operand;
	int		 given_fd;	/* reader_init_fd(): read this, or -1 */
	char		*given_name;
	int		 fd;		/* -1 between inputs */
	struct linein	 in;
	enum rd_mode	 cur;
	int		 in_doc, pending, end_pending, warned_utf8, warned_nul;
	struct buf	 held;		/* lines read while deciding the mode */
	size_t		 held_pos, held_lines;
	struct buf	 docbuf;
};

void		reader_init(struct reader *, enum rd_mode, const char *docid,
		    char **operands, int noperands);
/* One input that is already open (tests, fuzzing), named name in messages and as DOC. */
void		reader_init_fd(struct reader *, enum rd_mode, const char *docid,
		    int fd, const char *name);
enum rd_event	reader_next(struct reader *);
void		reader_free(struct reader *);
/*
 * Is the next event there without waiting (a whole line read ahead, an
 * input that has bytes, an end)?  Waits up to ms milliseconds for one.
 */
int		reader_ready(struct reader *, int ms);

#endif
