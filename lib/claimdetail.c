#include "claimdetail.h"

void
detail_sep(struct buf *b, size_t base)
{
	if (b->len > base)
		buf_putc(b, ',');
}

void
detail_value(struct buf *b, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] == ',' || s[i] == '>')
			continue;
		else if (s[i] == '\t' || s[i] == '\n' || s[i] == '\r')
			buf_putc(b, ' ');
		else
			buf_putc(b, s[i]);
}
