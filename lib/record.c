#include <string.h>

#include "out.h"
#include "record.h"
#include "sentence.h"

static int
kind_ok(const char *p, size_t n)
{
	size_t i;

	if (n == 0 || p[0] < 'a' || p[0] > 'z')
		return 0;
	for (i = 1; i < n; i++)
		if (!((p[i] >= 'a' && p[i] <= 'z') || (p[i] >= '0' &&
		    p[i] <= '9') || p[i] == '_' || p[i] == '-'))
			return 0;
	return 1;
}

int
record_number(const struct tsv_field *f, uint64_t *v)
{
	size_t i;
	uint64_t x = 0;

	if (f->n == 0 || f->n > 18)
		return 0;
	for (i = 0; i < f->n; i++) {
		if (f->p[i] < '0' || f->p[i] > '9')
			return 0;
		x = x * 10 + (uint64_t)(f->p[i] - '0');
	}
	*v = x;
	return 1;
}

int
record_sniff(const char *line, size_t n)
{
	struct record r;
	const char *why;

	return record_parse(line, n, &r, &why) == 0;
}

int
record_parse(const char *line, size_t n, struct record *r, const char **why)
{
	r->nfields = tsv_split(line, n, r->f, RECORD_MAXFIELDS);
	if (r->nfields < 4) {
		*why = "malformed record: fewer than 4 fields";
		return -1;
	}
	if (r->nfields > RECORD_MAXFIELDS) {
		*why = "malformed record: too many fields";
		return -1;
	}
	r->kind = r->f[0];
	r->doc = r->f[1];
	if (!kind_ok(r->kind.p, r->kind.n)) {
		*why = "malformed record: KIND is not a lower-case word";
		return -1;
	}
	if (!record_number(&r->f[2], &r->start) || !record_number(&r->f[3], &r->end)) {
		*why = "malformed record: START or END is not a number";
		return -1;
	}
	if (r->start > r->end) {
		*why = "malformed record: START is after END";
		return -1;
	}
	return 0;
}

int
record_is(const struct record *r, const char *kind)
{
	size_t n = strlen(kind);

	return r->kind.n == n && memcmp(r->kind.p, kind, n) == 0;
}

void
record_begin(const char *kind, const char *doc, size_t doclen,
    uint64_t start, uint64_t end)
{
	size_t kl = strlen(kind);
	char *p, *q;

	if (kl + doclen + 3 + 2 * 20 > OUT_ROOM_MAX) {
		out_bytes(kind, kl);
		out_byte('\t');
		out_bytes(doc, doclen);
		out_byte('\t');
		out_uint(start);
		out_byte('\t');
		out_uint(end);
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

void
record_field_uint(uint64_t v)
{
	char *p = out_room(21);

	*p = '\t';
	out_advance(1 + fmt_uint(p + 1, v));
}

void
record_field_text(const char *s, size_t n)
{
	out_byte('\t');
	tsv_put(s, n);
}

void
record_field_raw(const char *s, size_t n)
{
	out_byte('\t');
	out_bytes(s, n);
}

void
record_end(void)
{
	out_end_record();
}

void
record_sentence(const char *doc, size_t doclen, const struct sentence *s)
{
	record_begin("sentence", doc, doclen, s->start, s->end);
	record_field_uint(s->n);
	record_field_uint(s->para);
	record_field_text(s->text, (size_t)(s->end - s->start));
	record_end();
}
