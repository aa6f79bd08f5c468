#include <string.h>

#include "record.h"

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
