#include <string.h>

#include "json.h"
#include "tsv.h"
#include "utf8.h"

static void
put_escaped(struct buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i = 0, run, len;
	unsigned char c;
	int32_t cp;

	while (i < n) {
		/* A run of valid UTF-8 with nothing to escape, copied whole. */
		for (run = i; run < n; run++) {
			c = (unsigned char)s[run];
			if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80)
				break;
		}
		buf_append(b, s + i, run - i);
		if ((i = run) == n)
			break;
		c = (unsigned char)s[i];
		if (c >= 0x80) {
			len = utf8_decode(s + i, n - i, &cp);
			if (cp == UTF8_BAD)
				buf_append(b, "\\ufffd", 6);
			else
				buf_append(b, s + i, len);
			i += len;
			continue;
		}
		buf_putc(b, '\\');
		switch (c) {
		case '"':
		case '\\':
			buf_putc(b, c);
			break;
		case '\n':
			buf_putc(b, 'n');
			break;
		case '\t':
			buf_putc(b, 't');
			break;
		case '\r':
			buf_putc(b, 'r');
			break;
		default:
			buf_append(b, "u00", 3);
			buf_putc(b, hex[c >> 4]);
			buf_putc(b, hex[c & 15]);
			break;
		}
		i++;
	}
}

void
json_string(struct buf *b, const char *s, size_t n)
{
	buf_putc(b, '"');
	put_escaped(b, s, n);
	buf_putc(b, '"');
}

void
json_string_tsv(struct buf *b, const char *s, size_t n)
{
	struct buf raw = { 0 };

	if (memchr(s, '\\', n) == NULL) {
		json_string(b, s, n);
		return;
	}
	tsv_unescape(&raw, s, n);
	json_string(b, raw.data != NULL ? raw.data : "", raw.len);
	buf_free(&raw);
}

static size_t
digits(const char *s, size_t i, size_t n)
{
	size_t k = i;

	while (k < n && s[k] >= '0' && s[k] <= '9')
		k++;
	return k - i;
}

int
json_is_number(const char *s, size_t n)
{
	size_t i = 0, d;

	if (i < n && s[i] == '-')
		i++;
	if ((d = digits(s, i, n)) == 0 || (d > 1 && s[i] == '0'))
		return 0;
	i += d;
	if (i < n && s[i] == '.') {
		if ((d = digits(s, ++i, n)) == 0)
			return 0;
		i += d;
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		if ((d = digits(s, i, n)) == 0)
			return 0;
		i += d;
	}
	return i == n;
}
