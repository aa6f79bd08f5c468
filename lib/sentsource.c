#include <string.h>

#include "buf.h"
#include "diag.h"
#include "record.h"
#include "sentsource.h"
#include "tsv.h"

struct source {
	const struct ss_handler *h;
	void		*ctx;
	struct segmenter sg;
	/* A text record held back until we know whether sentences follow it. */
	int		 held;
	struct buf	 held_line, held_body, held_doc;
	struct buf	 doc;		/* escaped id of the current document */
	struct buf	 text;		/* an unescaped sentence record's TEXT */
};

static void
found(void *ctx, const struct sentence *s)
{
	struct source *src = ctx;

	src->h->sentence(src->ctx, s, 1);
}

/* Announce a document unless it is the current one. */
static void
document(struct source *src, const char *id, size_t n, int fresh)
{
	if (!fresh && src->doc.len == n && (n == 0 ||
	    memcmp(src->doc.data, id, n) == 0))
		return;
	buf_clear(&src->doc);
	buf_append(&src->doc, id, n);
	/* The copy: id may point into a line the reader will reuse. */
	src->h->document(src->ctx, src->doc.data ? src->doc.data : "", n);
}

/* The held text record had no sentence records after it: split it here. */
static void
split_held(struct source *src)
{
	if (!src->held)
		return;
	src->held = 0;
	src->h->pass(src->ctx, src->held_line.data, src->held_line.len);
	document(src, src->held_doc.data, src->held_doc.len, 1);
	seg_begin(&src->sg);
	seg_text(&src->sg, src->held_body.data, src->held_body.len);
	seg_end(&src->sg);
	src->h->end(src->ctx);
}

static void
hold(struct source *src, const struct reader *rd)
{
	src->held = 1;
	buf_clear(&src->held_line);
	buf_append(&src->held_line, rd->line, rd->len);
	buf_clear(&src->held_body);
	buf_append(&src->held_body, rd->body.data, rd->body.len);
	buf_clear(&src->held_doc);
	buf_append(&src->held_doc, rd->rec.doc.p, rd->rec.doc.n);
}

static void
sentence_record(struct source *src, const struct reader *rd)
{
	const struct record *r = &rd->rec;
	struct sentence s;
	int fresh = 0;

	if (src->held && r->doc.n == src->held_doc.len &&
	    memcmp(r->doc.p, src->held_doc.data, r->doc.n) == 0) {
		/* The stream brings its own sentences: use them. */
		src->held = 0;
		src->h->pass(src->ctx, src->held_line.data, src->held_line.len);
		fresh = 1;
	} else
		split_held(src);
	src->h->pass(src->ctx, rd->line, rd->len);
	if (r->nfields != 7) {
		diag_input(rd->name, rd->lineno, "malformed sentence record: "
		    "%zu fields, expected 7", r->nfields);
		return;
	}
	document(src, r->doc.p, r->doc.n, fresh);
	buf_clear(&src->text);
	tsv_unescape(&src->text, r->f[6].p, r->f[6].n);
	s.start = r->start;
	s.end = r->start + src->text.len;
	if (!record_number(&r->f[4], &s.n))
		s.n = 0;
	if (!record_number(&r->f[5], &s.para))
		s.para = 0;
	s.text = src->text.data ? src->text.data : "";
	src->h->sentence(src->ctx, &s, 0);
}

void
sentsource_run(struct reader *rd, const struct lang *l,
    const struct ss_handler *h, void *ctx)
{
	struct source src;
	enum rd_event ev;

	memset(&src, 0, sizeof(src));
	src.h = h;
	src.ctx = ctx;
	seg_init(&src.sg, l, found, &src);
	while ((ev = reader_next(rd)) != RD_EOF) {
		switch (ev) {
		case RD_DOC_BEGIN:
			split_held(&src);
			document(&src, rd->doc, rd->doclen, 1);
			seg_begin(&src.sg);
			break;
		case RD_DOC_LINE:
			seg_line(&src.sg, rd->line, rd->len);
			break;
		case RD_DOC_END:
			seg_end(&src.sg);
			h->end(ctx);
			break;
		case RD_RECORD:
			if (record_is(&rd->rec, "sentence")) {
				sentence_record(&src, rd);
				break;
			}
			split_held(&src);
			if (record_is(&rd->rec, "text"))
				hold(&src, rd);
			else
				h->pass(ctx, rd->line, rd->len);
			break;
		case RD_PASS:
			split_held(&src);
			h->pass(ctx, rd->line, rd->len);
			break;
		case RD_EOF:
			break;
		}
	}
	split_held(&src);
	seg_free(&src.sg);
	buf_free(&src.held_line);
	buf_free(&src.held_body);
	buf_free(&src.held_doc);
	buf_free(&src.doc);
	buf_free(&src.text);
}
