#include <stdlib.h>
#include <string.h>
#include <err.h>

#include "diag.h"
#include "json.h"
#include "kinds.h"
#include "out.h"
#include "record.h"
#include "sink.h"
#include "tsv.h"

struct sink {
	enum sink_format fmt;
	struct buf	*b;		/* NULL: standard output, through out.c */
	int		 unbuffered;

	/* JSON: the record being written. */
	const struct kind *kind;	/* NULL: a kind not in the table */
	size_t		 field;		/* fields written after END */
	int		 in_array;	/* the "fields" array is open */
	struct buf	 json;		/* the object, for standard output */
	/* Sentence records: the starts, ends, numbers and paragraphs written last. */
	struct fmt_run	 start, end, num, para;
};

static struct sink	stdout_sink;

struct sink *
sink_stdout(enum sink_format fmt)
{
	stdout_sink.fmt = fmt;
	return &stdout_sink;
}

struct sink *
sink_buffer(struct buf *b, enum sink_format fmt)
{
	struct sink *s;

	if ((s = calloc(1, sizeof(*s))) == NULL)
		err(EXIT_TROUBLE, NULL);
	s->fmt = fmt;
	s->b = b;
	return s;
}

void
sink_free(struct sink *s)
{
	if (s == NULL)
		return;
	buf_free(&s->json);
	if (s != &stdout_sink)
		free(s);
}

enum sink_format
sink_format(const struct sink *s)
{
	return s->fmt;
}

void
sink_set_unbuffered(struct sink *s, int on)
{
	s->unbuffered = on;
	if (s->b == NULL)
		out_set_unbuffered(on);
}

void
sink_end_document(struct sink *s)
{
	if (s->b == NULL)
		out_end_document();
}

void
sink_flush(struct sink *s)
{
	if (s->b == NULL)
		out_flush();
}

void
sink_close(struct sink *s)
{
	if (s->b == NULL)
		out_close();
}

static void
put(struct sink *s, const void *p, size_t n)
{
	if (s->b != NULL)
		buf_append(s->b, p, n);
	else
		out_bytes(p, n);
}

/* The end of a line of output: a flush under -u. */
static void
end_line(struct sink *s)
{
	if (s->b != NULL)
		buf_putc(s->b, '\n');
	else
		out_end_record();
}

void
sink_bytes(struct sink *s, const char *p, size_t n)
{
	put(s, p, n);
	if (s->unbuffered)
		sink_flush(s);
}

void
sink_text(struct sink *s, const char *str)
{
	put(s, str, strlen(str));
}

/* Where a JSON object is built: the buffer itself, or one for stdout. */
static struct buf *
jbuf(struct sink *s)
{
	return s->b != NULL ? s->b : &s->json;
}

static void
json_begin(struct sink *s, const char *kind, size_t kindlen, const char *doc,
    size_t doclen, uint64_t start, uint64_t end)
{
	struct buf *b = jbuf(s);
	char num[24];

	s->kind = kind_find(kind, kindlen);
	s->field = 0;
	s->in_array = 0;
	buf_append(b, "{\"kind\":", 8);
	json_string(b, kind, kindlen);
	buf_append(b, ",\"doc\":", 7);
	json_string_tsv(b, doc, doclen);
	buf_append(b, ",\"start\":", 9);
	buf_append(b, num, fmt_uint(num, start));
	buf_append(b, ",\"end\":", 7);
	buf_append(b, num, fmt_uint(num, end));
}

/* The name of the next field (or a place in the array); its type. */
static enum kind_ftype
json_key(struct sink *s)
{
	struct buf *b = jbuf(s);
	const struct kind_field *f;

	if (s->kind != NULL && s->field < s->kind->nfields) {
		f = &s->kind->fields[s->field++];
		buf_putc(b, ',');
		json_string(b, f->name, strlen(f->name));
		buf_putc(b, ':');
		return f->type;
	}
	s->field++;
	buf_append(b, s->in_array ? "," : ",\"fields\":[", s->in_array ? 1 : 11);
	s->in_array = 1;
	return KF_TEXT;
}

static void
json_end(struct sink *s)
{
	struct buf *b = jbuf(s);

	if (s->in_array)
		buf_putc(b, ']');
	buf_putc(b, '}');
	if (s->b == NULL) {
		out_bytes(b->data, b->len);
		buf_clear(b);
	}
	end_line(s);
}

static void
tsv_begin(struct sink *s, const char *kind, size_t kl, const char *doc,
    size_t doclen, uint64_t start, uint64_t end)
{
	char num[24];
	char *p, *q;

	if (s->b != NULL || kl + doclen + 3 + 2 * 20 > OUT_ROOM_MAX) {
		put(s, kind, kl);
		put(s, "\t", 1);
		put(s, doc, doclen);
		put(s, "\t", 1);
		put(s, num, fmt_uint(num, start));
		put(s, "\t", 1);
		put(s, num, fmt_uint(num, end));
		return;
	}
	/* Built in place: this runs once per record. */
	p = q = out_room(kl + doclen + 3 + 2 * 20);
	memcpy(q, kind, kl);
	q += kl;
	*q++ = '\t';
	memcpy(q, doc, doclen);
	q += doclen;
	*q++ = '\t';
	q += fmt_uint(q, start);
	*q++ = '\t';
	q += fmt_uint(q, end);
	out_advance((size_t)(q - p));
}

static void
begin(struct sink *s, const char *kind, size_t kl, const char *doc,
    size_t doclen, uint64_t start, uint64_t end)
{
	if (s->fmt == SINK_JSON)
		json_begin(s, kind, kl, doc, doclen, start, end);
	else
		tsv_begin(s, kind, kl, doc, doclen, start, end);
}

void
record_begin(struct sink *s, const char *kind, const char *doc, size_t doclen,
    uint64_t start, uint64_t end)
{
	begin(s, kind, strlen(kind), doc, doclen, start, end);
}

void
record_field_uint(struct sink *s, uint64_t v)
{
	char num[24];
	char *p;

	if (s->fmt == SINK_JSON) {
		json_key(s);
		buf_append(jbuf(s), num, fmt_uint(num, v));
	} else if (s->b != NULL) {
		num[0] = '\t';
		buf_append(s->b, num, 1 + fmt_uint(num + 1, v));
	} else {
		p = out_room(21);
		*p = '\t';
		out_advance(1 + fmt_uint(p + 1, v));
	}
}

void
record_field_none(struct sink *s)
{
	if (s->fmt == SINK_JSON) {
		json_key(s);
		buf_append(jbuf(s), "null", 4);
	} else
		put(s, "\t", 1);
}

void
record_field_text(struct sink *s, const char *p, size_t n)
{
	if (s->fmt == SINK_JSON) {
		json_key(s);
		json_string(jbuf(s), p, n);
	} else if (s->b != NULL) {
		buf_putc(s->b, '\t');
		tsv_escape(s->b, p, n);
	} else {
		out_byte('\t');
		tsv_put(p, n);
	}
}

void
record_field_raw(struct sink *s, const char *p, size_t n)
{
	if (s->fmt == SINK_JSON) {
		/* A number field as a JSON number where it is one. */
		if (json_key(s) == KF_NUMBER && (n == 0 || json_is_number(p, n)))
			buf_append(jbuf(s), n == 0 ? "null" : p, n == 0 ? 4 : n);
		else
			json_string_tsv(jbuf(s), p, n);
	} else {
		put(s, "\t", 1);
		put(s, p, n);
	}
}

void
record_end(struct sink *s)
{
	if (s->fmt == SINK_JSON)
		json_end(s);
	else
		end_line(s);
}

void
record_sentence(struct sink *s, const char *doc, size_t doclen,
    const struct sentence *st)
{
	char *p, *q;

	if (s->fmt != SINK_TSV || s->b != NULL ||
	    doclen + 14 + 4 * 20 > OUT_ROOM_MAX) {
		record_begin(s, "sentence", doc, doclen, st->start, st->end);
		record_field_uint(s, st->n);
		record_field_uint(s, st->para);
		record_field_text(s, st->text, (size_t)(st->end - st->start));
		record_end(s);
		return;
	}
	/* The one record of split-sentences, built in place up to TEXT. */
	p = q = out_room(doclen + 14 + 4 * 20);
	memcpy(q, "sentence\t", 9);
	q += 9;
	memcpy(q, doc, doclen);
	q += doclen;
	*q++ = '\t';
	q += fmt_uint_run(&s->start, q, st->start);
	*q++ = '\t';
	q += fmt_uint_run(&s->end, q, st->end);
	*q++ = '\t';
	q += fmt_uint_run(&s->num, q, st->n);
	*q++ = '\t';
	q += fmt_uint_run(&s->para, q, st->para);
	*q++ = '\t';
	out_advance((size_t)(q - p));
	tsv_put(st->text, (size_t)(st->end - st->start));
	out_end_record();
}

/* A line read, as JSON: what it is, named. */
static void
json_line(struct sink *s, const char *line, size_t n)
{
	struct buf *b = jbuf(s);
	struct record r;
	const char *why, *p, *end, *tab;
	size_t i;

	for (i = 0; i < n; i++)
		if (line[i] != ' ' && line[i] != '\t')
			break;
	if (i == n)
		return;
	if (line[0] == '#' || record_parse(line, n, &r, &why) != 0) {
		buf_append(b, line[0] == '#' ? "{\"comment\":" : "{\"line\":",
		    line[0] == '#' ? 11 : 8);
		json_string(b, line, n);
		s->in_array = 0;
		json_end(s);
		return;
	}
	begin(s, r.kind.p, r.kind.n, r.doc.p, r.doc.n, r.start, r.end);
	/* The fields after END, however many (r.f holds only the first). */
	p = r.f[3].p + r.f[3].n;
	end = line + n;
	while (p < end) {
		p++;
		tab = memchr(p, '\t', (size_t)(end - p));
		if (tab == NULL)
			tab = end;
		record_field_raw(s, p, (size_t)(tab - p));
		p = tab;
	}
	json_end(s);
}

void
sink_line(struct sink *s, const char *line, size_t n)
{
	if (s->fmt == SINK_JSON) {
		json_line(s, line, n);
		return;
	}
	put(s, line, n);
	end_line(s);
}
