#include <stdlib.h>
#include <string.h>
#include <err.h>

#include "diag.h"
#include "document.h"
#include "segment.h"
#include "stablesort.h"

void
document_init(struct document *d)
{
	memset(d, 0, sizeof(*d));
	d->id = d->text = "";
}

void
document_reset(struct document *d, const char *id, size_t idlen)
{
	buf_clear(&d->idbuf);
	buf_append(&d->idbuf, id, idlen);
	buf_clear(&d->textbuf);
	buf_clear(&d->keybuf);
	buf_clear(&d->sentbuf);
	buf_clear(&d->entkeys);
	d->id = d->idbuf.data != NULL ? d->idbuf.data : "";
	d->idlen = idlen;
	d->text = "";
	d->len = 0;
	d->nsents = d->nents = d->nquotes = 0;
	d->have = d->from_stream = 0;
	d->text_rebuilt = 0;
}

void
document_free(struct document *d)
{
	buf_free(&d->idbuf);
	buf_free(&d->textbuf);
	buf_free(&d->keybuf);
	buf_free(&d->sentbuf);
	buf_free(&d->entkeys);
	free(d->sents);
	free(d->ents);
	free(d->quotes);
	document_init(d);
}

void
document_set_text(struct document *d, const char *p, size_t n)
{
	buf_clear(&d->textbuf);
	document_append_text(d, p, n);
}

void
document_append_text(struct document *d, const char *p, size_t n)
{
	buf_append(&d->textbuf, p, n);
	d->have |= DL_TEXT;
	d->from_stream |= DL_TEXT;
}

void
document_reserve_text(struct document *d, size_t n)
{
	buf_reserve(&d->textbuf, n);
}

void
document_swap_text(struct document *d, struct buf *b)
{
	struct buf t = d->textbuf;

	d->textbuf = *b;
	*b = t;
	buf_clear(b);
	d->have |= DL_TEXT;
	d->from_stream |= DL_TEXT;
}

/* Grow an array of elements of size sz to hold one more. */
static void *
grow(void *p, size_t *cap, size_t have, size_t sz)
{
	if (have < *cap)
		return p;
	*cap = *cap < 16 ? 16 : *cap * 2;
	if ((p = reallocarray(p, *cap, sz)) == NULL)
		err(EXIT_TROUBLE, NULL);
	return p;
}

/*
 * Sentences read keep their text in sentbuf until document_build() knows
 * whether the document has a text to point into; until then text holds
 * an offset into sentbuf, cast, and is fixed up there.
 */
void
document_add_sentence(struct document *d, const struct sentence *s)
{
	struct sentence *t;
	size_t n = (size_t)(s->end - s->start);

	d->sents = grow(d->sents, &d->sentcap, d->nsents, sizeof(*d->sents));
	t = &d->sents[d->nsents++];
	*t = *s;
	t->text = (const char *)(uintptr_t)d->sentbuf.len;
	/*
	 * Within a text read before it, the sentence will point into that
	 * text (document_build), so its bytes are not kept twice.
	 */
	if (!(d->from_stream & DL_TEXT) || s->end > d->textbuf.len)
		buf_append(&d->sentbuf, s->text, n);
	d->have |= DL_SENTENCES;
	d->from_stream |= DL_SENTENCES;
}

void
document_add_entity(struct document *d, uint64_t start, uint64_t end,
    enum ent_type type, const char *key, size_t keylen)
{
	struct doc_entity *e;

	d->ents = grow(d->ents, &d->entcap, d->nents, sizeof(*d->ents));
	e = &d->ents[d->nents++];
	e->start = start;
	e->end = end;
	e->type = type;
	e->key = (const char *)(uintptr_t)d->keybuf.len;
	e->keylen = keylen;
	e->sent = 0;
	buf_append(&d->keybuf, key, keylen);
	d->have |= DL_ENTITIES;
	d->from_stream |= DL_ENTITIES;
}

void
document_set_entities(struct document *d, const struct doc_entity *v, size_t n)
{
	size_t i;

	d->nents = 0;
	for (i = 0; i < n; i++) {
		d->ents = grow(d->ents, &d->entcap, d->nents, sizeof(*d->ents));
		d->ents[d->nents] = v[i];
		/* An offset into keybuf until all are copied: it may move. */
		d->ents[d->nents].key = (const char *)(uintptr_t)d->keybuf.len;
		buf_append(&d->keybuf, v[i].key, v[i].keylen);
		d->nents++;
	}
	for (i = 0; i < d->nents; i++)
		d->ents[i].key = d->keybuf.data != NULL ?
		    d->keybuf.data + (uintptr_t)d->ents[i].key : "";
	d->have |= DL_ENTITIES;
	d->from_stream &= ~(unsigned)DL_ENTITIES;
}

void
document_swap_entities(struct document *d, struct doc_entity **v, size_t *cap,
    size_t n, struct buf *keys)
{
	struct doc_entity *e = d->ents;
	size_t ecap = d->entcap;
	struct buf k = d->entkeys;

	/* Keys point into keys->data, which moves with the struct unchanged. */
	d->ents = *v;
	d->entcap = *cap;
	d->nents = n;
	d->entkeys = *keys;
	*v = e;
	*cap = ecap;
	*keys = k;
	buf_clear(keys);
	d->have |= DL_ENTITIES;
	d->from_stream &= ~(unsigned)DL_ENTITIES;
}

/* Text from sentence records alone: each at its offsets, the gaps blank. */
static void
rebuild_text(struct document *d)
{
	size_t i, len = 0, n;
	const struct sentence *s;
	char *p;

	for (i = 0; i < d->nsents; i++)
		if (d->sents[i].end > len)
			len = (size_t)d->sents[i].end;
	buf_clear(&d->textbuf);
	buf_reserve(&d->textbuf, len);
	p = d->textbuf.data;
	memset(p, ' ', len);
	for (i = 0; i < d->nsents; i++) {
		s = &d->sents[i];
		n = (size_t)(s->end - s->start);
		memcpy(p + s->start, d->sentbuf.data + (uintptr_t)s->text, n);
		/* A paragraph break shows as a newline in the gap before it. */
		if (i > 0 && s->para != d->sents[i - 1].para &&
		    s->start > d->sents[i - 1].end)
			p[s->start - 1] = '\n';
	}
	d->textbuf.len = len;
	d->text_rebuilt = 1;
	d->have |= DL_TEXT;
}

static void
found(void *ctx, const struct sentence *s)
{
	struct document *d = ctx;
	struct sentence *t;

	d->sents = grow(d->sents, &d->sentcap, d->nsents, sizeof(*d->sents));
	t = &d->sents[d->nsents++];
	*t = *s;
}

static int
by_start(const void *a, const void *b)
{
	const struct doc_entity *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end < y->end ? -1 : x->end > y->end;
}

void
document_add_quote(struct document *d, const struct doc_quote *q)
{
	struct doc_quote *t;

	d->quotes = grow(d->quotes, &d->quotecap, d->nquotes, sizeof(*d->quotes));
	t = &d->quotes[d->nquotes++];
	*t = *q;
	/* Offsets into keybuf until document_build() fixes them up. */
	t->source = (const char *)(uintptr_t)d->keybuf.len;
	buf_append(&d->keybuf, q->source, q->sourcelen);
	t->key = (const char *)(uintptr_t)d->keybuf.len;
	buf_append(&d->keybuf, q->key, q->keylen);
	d->have |= DL_QUOTES;
	d->from_stream |= DL_QUOTES;
}

void
document_put_quote(struct document *d, const struct doc_quote *q)
{
	d->quotes = grow(d->quotes, &d->quotecap, d->nquotes, sizeof(*d->quotes));
	d->quotes[d->nquotes++] = *q;
}

void
document_build(struct document *d, unsigned want, const struct doc_engines *en)
{
	const struct lang *l = en->lang;
	struct tagger *tg = en->tagger;
	struct segmenter sg;
	size_t i, j, fromkeys = 0;

	/* An engine without its pass is a program's mistake: say so, loudly. */
	if ((tg != NULL && en->tag == NULL) ||
	    (en->quoter != NULL && en->quote == NULL))
		errx(EXIT_TROUBLE, "document_build: an engine without its pass");
	if (!(d->have & DL_TEXT) && (d->have & DL_SENTENCES))
		rebuild_text(d);
	d->text = d->textbuf.data != NULL ? d->textbuf.data : "";
	d->len = d->textbuf.len;
	if (d->have & DL_SENTENCES) {
		/* Read sentences point into the text, which holds their bytes. */
		for (i = 0; i < d->nsents; i++)
			if (d->sents[i].end <= d->len)
				d->sents[i].text = d->text + d->sents[i].start;
			else if (d->sentbuf.data != NULL)
				d->sents[i].text = d->sentbuf.data +
				    (uintptr_t)d->sents[i].text;
			else
				d->sents[i].text = "";
	} else if (want & (DL_SENTENCES | DL_ENTITIES)) {
		seg_init(&sg, l, found, d);
		seg_begin(&sg);
		seg_text(&sg, d->text, d->len);
		seg_end(&sg);
		seg_free(&sg);
		for (i = 0; i < d->nsents; i++)
			d->sents[i].text = d->text + d->sents[i].start;
		d->have |= DL_SENTENCES;
	}
	if (d->have & DL_ENTITIES)
		fromkeys = 1;
	else if ((want & DL_ENTITIES) && tg != NULL)
		/* Types decided over the whole document: see entities.h. */
		en->tag(tg, d);
	if (fromkeys) {
		for (i = 0; i < d->nents; i++)
			d->ents[i].key = d->keybuf.data != NULL ?
			    d->keybuf.data + (uintptr_t)d->ents[i].key : "";
		if (d->from_stream & DL_ENTITIES) {
			/* Stably: a span given twice keeps its order. */
			stable_sort(d->ents, d->nents, sizeof(*d->ents), by_start);
			for (i = j = 0; i < d->nents; i++) {
				while (j + 1 < d->nsents &&
				    d->sents[j].end <= d->ents[i].start)
					j++;
				d->ents[i].sent = j;
			}
		}
	}
	if ((d->from_stream & DL_QUOTES) && d->keybuf.data != NULL) {
		for (i = 0; i < d->nquotes; i++) {
			d->quotes[i].source = d->keybuf.data +
			    (uintptr_t)d->quotes[i].source;
			d->quotes[i].key = d->keybuf.data +
			    (uintptr_t)d->quotes[i].key;
		}
	} else if (d->from_stream & DL_QUOTES)
		for (i = 0; i < d->nquotes; i++)
			d->quotes[i].source = d->quotes[i].key = "";
	/* Quotes are computed by find-quotes' engine, which the quoter brings. */
	if (!(d->have & DL_QUOTES) && (want & DL_QUOTES) && en->quoter != NULL) {
		en->quote(en->quoter, d);
		d->have |= DL_QUOTES;
	}
}

size_t
document_sentence_at(const struct document *d, uint64_t off)
{
	size_t lo = 0, hi = d->nsents, mid;

	/* The first sentence that ends after off. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (d->sents[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < d->nsents && d->sents[lo].start <= off)
		return lo;
	return d->nsents;
}

int
document_split_two(const struct document *d, unsigned want,
    const struct doc_engines *en, struct document *a, struct document *b)
{
	size_t i, k;
	uint64_t cut;
	char *p;

	if ((d->from_stream & (DL_SENTENCES | DL_ENTITIES | DL_QUOTES)) ||
	    d->text_rebuilt || d->nsents < 2)
		return 0;
	/* The two parts are its paragraphs, or the two sentences of its one
	 * paragraph ("Rain fell. Rain stopped."). */
	for (k = 1; k < d->nsents && d->sents[k].para == d->sents[0].para; k++)
		continue;
	if (k == d->nsents && d->nsents == 2)
		k = 1;
	else if (k == d->nsents)
		return 0;
	for (i = k; i < d->nsents; i++)
		if (d->sents[i].para != d->sents[k].para)
			return 0;
	cut = d->sents[k].start;
	document_init(a);
	document_reset(a, d->id, d->idlen);
	document_set_text(a, d->text, (size_t)cut);
	document_build(a, want, en);
	document_init(b);
	document_reset(b, d->id, d->idlen);
	document_set_text(b, d->text, d->len);
	/* Spaces keep every offset; newlines keep the paragraph break. */
	p = b->textbuf.data;
	for (i = 0; i < cut; i++)
		if (p[i] != '\n')
			p[i] = ' ';
	document_build(b, want, en);
	return 1;
}
