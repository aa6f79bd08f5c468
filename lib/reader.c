#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "diag.h"
#include "linein.h"
#include "reader.h"
#include "tsv.h"
#include "utf8.h"

/* Lines read ahead before the mode is decided, at most... */
#define SNIFF_LINES	64
/* ...and of them, lines that are neither blank nor comments. */
#define SNIFF_VOTES	16
/* A pause in the input this long ends the look-ahead (milliseconds). */
#define SNIFF_PAUSE_MS	500

void
reader_init(struct reader *r, enum rd_mode mode, const char *docid,
    char **operands, int noperands)
{
	static char *dash[] = { "-" };

	memset(r, 0, sizeof(*r));
	r->fd = -1;
	r->given_fd = -1;
	r->mode = mode;
	r->docid = docid;
	if (noperands == 0) {
		operands = dash;
		noperands = 1;
	}
	r->operands = operands;
	r->noperands = noperands;
}

void
reader_init_fd(struct reader *r, enum rd_mode mode, const char *docid, int fd,
    const char *name)
{
	reader_init(r, mode, docid, NULL, 0);
	r->given_name = (char *)(uintptr_t)name;
	r->operands = &r->given_name;
	r->given_fd = fd;
}

void
reader_free(struct reader *r)
{
	if (r->fd > 0 && r->fd != r->given_fd)
		close(r->fd);
	linein_free(&r->in);
	buf_free(&r->held);
	buf_free(&r->body);
	buf_free(&r->docbuf);
}

/* A regular file's size, less what was read of it before (stdin). */
static void
input_size(struct reader *r)
{
	struct stat st;
	off_t at;

	r->size = 0;
	if (fstat(r->fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0)
		return;
	if ((at = lseek(r->fd, 0, SEEK_CUR)) < 0 || at >= st.st_size)
		return;
	if ((uintmax_t)(st.st_size - at) <= SIZE_MAX)
		r->size = (size_t)(st.st_size - at);
}

static int
open_next(struct reader *r)
{
	const char *op;

	while (r->next_operand < r->noperands) {
		op = r->operands[r->next_operand++];
		if (r->given_fd >= 0) {
			r->fd = r->given_fd;
			r->name = op;
		} else if (strcmp(op, "-") == 0) {
			r->fd = STDIN_FILENO;
			r->name = "stdin";
		} else if ((r->fd = open(op, O_RDONLY)) < 0) {
			diag_file(op, "%s", strerror(errno));
			continue;
		} else
			r->name = op;
		linein_open(&r->in, r->fd);
		input_size(r);
		r->input++;
		r->lineno = 0;
		r->warned_utf8 = r->warned_nul = 0;
		r->cur = r->mode;
		buf_clear(&r->docbuf);
		if (r->docid != NULL)
			tsv_escape(&r->docbuf, r->docid, strlen(r->docid));
		else
			tsv_escape(&r->docbuf, op, strlen(op));
		r->doc = r->docbuf.data;
		r->doclen = r->docbuf.len;
		return 1;
	}
	return 0;
}

static void
close_input(struct reader *r)
{
	if (r->in.err != 0)
		diag_file(r->name, "%s", strerror(r->in.err));
	if (r->fd != STDIN_FILENO && r->fd != r->given_fd)
		close(r->fd);
	r->fd = -1;
}

/* Read one physical line into r->line/len, terminator kept. */
static int
fetch_line(struct reader *r)
{
	return linein_next(&r->in, &r->line, &r->len);
}

static void
check_bytes(struct reader *r)
{
	if (!r->warned_nul && memchr(r->line, '\0', r->len) != NULL) {
		diag_input(r->name, r->lineno, "NUL byte");
		r->warned_nul = 1;
	}
	if (!r->warned_utf8 && utf8_check(r->line, r->len) != r->len) {
		diag_input(r->name, r->lineno, "invalid UTF-8");
		r->warned_utf8 = 1;
	}
}

static int
is_blank(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i] != ' ' && p[i] != '\t' && p[i] != '\n' && p[i] != '\r')
			return 0;
	return 1;
}

static size_t
chomp(const char *p, size_t n)
{
	if (n > 0 && p[n - 1] == '\n')
		n--;
	if (n > 0 && p[n - 1] == '\r')
		n--;
	return n;
}

/*
 * Read ahead, keeping the lines, until they show whether this input is
 * a record stream: it is one as soon as at least half of the lines read
 * that are neither blank nor comments parse as records, so one bad line
 * at the top (a header, a broken record, the cut of a chunk) does not
 * turn a stream into raw text; it is raw text when SNIFF_VOTES such
 * lines have shown otherwise, or the input pauses before they come.  Input with comments and nothing else is
 * a stream; blank input is raw text.
 */
static void
decide_mode(struct reader *r)
{
	size_t n, k, votes = 0, records = 0;
	int comments = 0;

	buf_clear(&r->held);
	r->held_pos = r->held_lines = 0;
	for (k = 0; k < SNIFF_LINES; k++) {
		/* A live feed that pauses is not held: what was read decides. */
		if (votes > 0 && !linein_ready(&r->in, SNIFF_PAUSE_MS))
			break;
		if (!fetch_line(r))
			break;
		buf_append(&r->held, &r->len, sizeof(r->len));
		buf_append(&r->held, r->line, r->len);
		r->held_lines++;
		n = chomp(r->line, r->len);
		if (n > 0 && r->line[0] == '#') {
			comments = 1;
			continue;
		}
		if (is_blank(r->line, n))
			continue;
		votes++;
		if (record_sniff(r->line, n))
			records++;
		if (records > 0 && 2 * records >= votes) {
			r->cur = RD_RECORDS;
			return;
		}
		if (votes == SNIFF_VOTES)
			break;
	}
	r->cur = votes == 0 && comments ? RD_RECORDS : RD_RAW;
}

/* Next line, first from the look-ahead, then from the file. */
static int
next_line(struct reader *r)
{
	size_t n;

	if (r->held_lines > 0) {
		memcpy(&n, r->held.data + r->held_pos, sizeof(n));
		r->held_pos += sizeof(n);
		r->line = r->held.data + r->held_pos;
		r->len = n;
		r->held_pos += n;
		r->held_lines--;
	} else {
		if (r->held.len > 0) {
			buf_clear(&r->held);
			r->held_pos = 0;
		}
		if (!fetch_line(r))
			return 0;
	}
	r->lineno++;
	check_bytes(r);
	return 1;
}

static enum rd_event
record_event(struct reader *r)
{
	const char *why;
	size_t n = chomp(r->line, r->len);

	r->len = n;
	if (r->line[0] == '#' || is_blank(r->line, n))
		return RD_PASS;
	if (record_parse(r->line, n, &r->rec, &why) != 0) {
		diag_input(r->name, r->lineno, "%s", why);
		return RD_PASS;
	}
	if (record_is(&r->rec, "text")) {
		if (r->rec.nfields != 5) {
			diag_input(r->name, r->lineno,
			    "malformed text record: %zu fields, expected 5",
			    r->rec.nfields);
			return RD_PASS;
		}
		buf_clear(&r->body);
		tsv_unescape(&r->body, r->rec.f[4].p, r->rec.f[4].n);
		if (r->rec.start != 0 || (r->rec.end != r->body.len &&
		    r->rec.end != 0))
			diag_input(r->name, r->lineno, "text record offsets "
			    "%llu %llu do not match its body of %zu bytes",
			    (unsigned long long)r->rec.start,
			    (unsigned long long)r->rec.end, r->body.len);
	}
	return RD_RECORD;
}

enum rd_event
reader_next(struct reader *r)
{
	if (r->pending) {
		r->pending = 0;
		return RD_DOC_LINE;
	}
	if (r->end_pending) {
		r->end_pending = 0;
		r->in_doc = 0;
		return RD_DOC_END;
	}
	for (;;) {
		if (r->fd < 0) {
			if (!open_next(r))
				return RD_EOF;
			if (r->cur == RD_AUTO)
				decide_mode(r);
		}
		if (!next_line(r)) {
			close_input(r);
			if (r->in_doc) {
				r->in_doc = 0;
				return RD_DOC_END;
			}
			/* An empty file is an empty document, as diff(1) sees one. */
			if (r->cur == RD_RAW && r->lineno == 0) {
				r->in_doc = 1;
				r->end_pending = 1;
				return RD_DOC_BEGIN;
			}
			continue;
		}
		if (r->cur == RD_RECORDS)
			return record_event(r);
		if (!r->in_doc) {
			r->in_doc = 1;
			r->pending = 1;
			return RD_DOC_BEGIN;
		}
		return RD_DOC_LINE;
	}
}

int
reader_ready(struct reader *r, int ms)
{
	if (r->pending || r->held_lines > 0 || r->fd < 0)
		return 1;
	return linein_ready(&r->in, ms);
}
