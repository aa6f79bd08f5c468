#include <string.h>

#include "segment.h"
#include "sentences.h"
#include "utf8.h"

/* Lines longer than this are paragraphs of their own, never wrapped text. */
#define WRAP_MAX	100
#define WRAP_MIN	40
/* A line this short or shorter may be an item of a list. */
#define ITEM_MAX	40


static void
inspect(const char *p, size_t n, struct seg_line *li)
{
	size_t i = 0, e = n, len, k;
	int32_t cp;

	memset(li, 0, sizeof(*li));
	while (e > 0) {
		k = utf8_back(p, e);
		utf8_decode(p + k, e - k, &cp);
		if (!utf8_is_space(cp))
			break;
		e = k;
	}
	if (e == 0) {
		li->blank = 1;
		return;
	}
	utf8_decode(p + utf8_back(p, e), e - utf8_back(p, e), &li->last);
	len = utf8_decode(p, n, &cp);
	if (utf8_is_space(cp)) {
		li->indented = 1;
		while (i < e) {
			len = utf8_decode(p + i, e - i, &cp);
			if (!utf8_is_space(cp))
				break;
			i += len;
		}
	}
	li->list = list_marker_len(p + i, e - i) > 0;
	utf8_decode(p + i, e - i, &cp);
	li->first = utf8_class(cp);
	for (k = i; k < e; k += len) {
		len = utf8_decode(p + k, e - k, &cp);
		if (utf8_is_space(cp))
			break;
		li->first_word++;
	}
	li->text = p;
	li->bytes = e;
}

/* Length in characters, counted only when a wrap is in question. */
static size_t
chars(const struct seg_line *li)
{
	/* Only short lines can be wrapped text: spare counting long ones. */
	return li->bytes > 4 * WRAP_MAX ? li->bytes : utf8_count(li->text, li->bytes);
}

void
seg_init(struct segmenter *sg, const struct lang *l, sentence_fn fn, void *ctx)
{
	memset(sg, 0, sizeof(*sg));
	sg->lang = l;
	sg->emit = fn;
	sg->ctx = ctx;
}

void
seg_begin(struct segmenter *sg)
{
	sg->pos = 0;
	sg->nsent = sg->npara = 0;
	sg->wrap_width = 0;
	sg->lower_list = 0;
	buf_clear(&sg->para);
}

static void
span(void *ctx, size_t start, size_t end)
{
	struct segmenter *sg = ctx;
	struct sentence s;

	s.start = sg->para_off + start;
	s.end = sg->para_off + end;
	s.n = ++sg->nsent;
	s.para = sg->npara;
	s.text = sg->para.data + start;
	sg->emit(sg->ctx, &s);
}

static void
flush(struct segmenter *sg)
{
	if (sg->para.len == 0)
		return;
	sg->npara++;
	split_paragraph(sg->lang, sg->para.data, sg->para.len, span, sg);
	buf_clear(&sg->para);
}

static int
soft_end(int32_t c)
{
	return c == ',' || c == '-' || c == 0x2013 || c == 0x2014 ||
	    c == '(' || c == '/' || c == '&';
}

/* Does the line end in a letter or a digit, with no stop or comma? */
static int
bare_end(const struct seg_line *li)
{
	enum cclass c = utf8_class(li->last);

	return c == CC_LOWER || c == CC_UPPER || c == CC_LETTER || c == CC_DIGIT;
}

/*
 * A list of lower-case items, one per line with no stops, after a line
 * ending in a colon: "Bring:" "blankets" "tinned food".  Each line is
 * short; a long one after the colon is wrapped text.
 */
static int
lower_item(const struct segmenter *sg, const struct seg_line *a,
    const struct seg_line *b)
{
	size_t w = b->bytes;

	if (!bare_end(b) || chars(b) > ITEM_MAX)
		return 0;
	/* "the bridge is safe and": a line ending in "and" or "of" goes on. */
	while (w > 0 && b->text[w - 1] != ' ')
		w--;
	if (wordset_get(&sg->lang->openers, b->text + w, b->bytes - w) ==
	    OPENER_NOT_LAST)
		return 0;
	if (a->last == ':')
		return 1;
	return sg->lower_list && bare_end(a) && chars(a) <= ITEM_MAX;
}

/* Is the break between the paragraph's last line and this one a wrap? */
static int
is_wrap(struct segmenter *sg, const struct seg_line *a, const struct seg_line *b)
{
	size_t ac;

	if (b->first == CC_LOWER && lower_item(sg, a, b)) {
		sg->lower_list = 1;
		return 0;
	}
	sg->lower_list = 0;
	if (b->first == CC_LOWER) {
		ac = chars(a);
		if (ac >= WRAP_MIN && ac <= WRAP_MAX && ac > sg->wrap_width)
			sg->wrap_width = ac;
		return 1;
	}
	if (soft_end(a->last) || (a->last == '.' &&
	    ends_in_title(sg->lang, a->text, a->bytes)))
		return 1;
	/* Hard-wrapped text: would the next word have fitted on this line? */
	if (sg->wrap_width > 0 && (ac = chars(a)) <= WRAP_MAX &&
	    ac + 1 + b->first_word > sg->wrap_width) {
		if (ac > sg->wrap_width)
			sg->wrap_width = ac;
		return 1;
	}
	return 0;
}

void
seg_line(struct segmenter *sg, const char *line, size_t n)
{
	struct seg_line li;

	inspect(line, n, &li);
	if (sg->para.len > 0) {
		/* The paragraph's last line, as inspected when it came. */
		sg->last.text = sg->para.data + sg->last_line;
		if (li.blank || li.indented || li.list || !is_wrap(sg, &sg->last, &li))
			flush(sg);
	}
	if (!li.blank) {
		if (sg->para.len == 0)
			sg->para_off = sg->pos;
		sg->last_line = sg->para.len;
		sg->last = li;
		buf_append(&sg->para, line, n);
	}
	sg->pos += n;
}

void
seg_text(struct segmenter *sg, const char *text, size_t n)
{
	const char *nl;
	size_t len;

	while (n > 0) {
		nl = memchr(text, '\n', n);
		len = nl ? (size_t)(nl - text) + 1 : n;
		seg_line(sg, text, len);
		text += len;
		n -= len;
	}
}

void
seg_end(struct segmenter *sg)
{
	flush(sg);
}

void
seg_free(struct segmenter *sg)
{
	buf_free(&sg->para);
}
