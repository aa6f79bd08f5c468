#include <stdlib.h>
#include <string.h>
#include <err.h>

#include "diag.h"
#include "docsource.h"
#include "layers.h"
#include "record.h"
#include "segment.h"

/* Buffers of a closed document larger than this are freed, not kept. */
#define KEEP_MAX	(1024 * 1024)

/* The program's records for one anchor, in order, in recs. */
struct chunk {
	size_t		 anchor;
	size_t		 off, len;
};

/*
 * A document with what it takes to write it back: its input lines as
 * read (each with its newline), where its sentences' lines start, and
 * the program's records.
 */
struct dsdoc {
	struct document	 d;		/* first: the program holds &d */
	struct dsdoc	*next;		/* free list */
	struct buf	 before;	/* lines of no document read before it */
	struct buf	 lines;
	size_t		 head;		/* end of its text record's line */
	/*
	 * Each sentence read: where in lines its record starts, and where
	 * the records after it end (comments before the next sentence are
	 * not its).
	 */
	struct group {
		size_t	 start, end;
	}		*groups;
	size_t		 ngroups, groupcap;
	size_t		 lastrec;	/* end in lines of the last record */
	struct buf	 after;		/* comments and blanks after its last record */
	struct buf	 recs;
	struct sink	*rsink;
	struct chunk	*chunks;
	size_t		 nchunks, chunkcap;
	int		 open_chunk;
	size_t		 next_seg;	/* segments written (write_segment) */
	int		 raw;		/* raw text: ends with its input only */
	unsigned	 input;		/* the reader's input it came from */
	const char	*name;		/* that input's name, for messages */
	size_t		 lineno;	/* its first line */
};

struct docsource {
	struct reader	*rd;
	struct sink	*out;
	struct docsource_opts opts;
	struct dsdoc	*cur;		/* the document being read */
	struct dsdoc	*free;
	size_t		 outstanding;	/* handed out, not yet done */
	int		 held;		/* the reader's event is not yet used */
	enum rd_event	 held_ev;
	struct buf	 pending;	/* pass lines inside cur, not yet placed */
	struct buf	 orphans;	/* lines of no document, while docs are out */
	struct buf	 scratch;
	/* stream_raw: the raw document being split */
	struct segmenter sg;
	struct buf	 rawid;
	int		 in_raw;
};

static void	write_segment(struct docsource *, struct dsdoc *, size_t);

static void
grow(void **p, size_t *cap, size_t have, size_t sz)
{
	if (have < *cap)
		return;
	*cap = *cap < 16 ? 16 : *cap * 2;
	if ((*p = reallocarray(*p, *cap, sz)) == NULL)
		err(EXIT_TROUBLE, NULL);
}

/* stream_raw: a sentence found, written at once. */
static void
found(void *ctx, const struct sentence *s)
{
	struct docsource *src = ctx;

	record_sentence(src->out, src->rawid.data, src->rawid.len, s);
}

struct docsource *
docsource_new(struct reader *rd, struct sink *out, const struct docsource_opts *o)
{
	struct docsource *src;

	if ((src = calloc(1, sizeof(*src))) == NULL)
		err(EXIT_TROUBLE, NULL);
	src->rd = rd;
	src->out = out;
	src->opts = *o;
	seg_init(&src->sg, o->engines.lang, found, src);
	return src;
}

static void
dsdoc_free(struct dsdoc *x)
{
	document_free(&x->d);
	buf_free(&x->before);
	buf_free(&x->lines);
	buf_free(&x->after);
	buf_free(&x->recs);
	sink_free(x->rsink);
	free(x->groups);
	free(x->chunks);
	free(x);
}

void
docsource_free(struct docsource *src)
{
	struct dsdoc *x;

	if (src == NULL)
		return;
	if (src->cur != NULL)
		dsdoc_free(src->cur);
	while ((x = src->free) != NULL) {
		src->free = x->next;
		dsdoc_free(x);
	}
	seg_free(&src->sg);
	buf_free(&src->pending);
	buf_free(&src->orphans);
	buf_free(&src->scratch);
	buf_free(&src->rawid);
	free(src);
}

/* The layer a record kind carries, or 0. */
static unsigned
layer_of(const struct record *r)
{
	if (record_is(r, "sentence"))
		return DL_SENTENCES;
	if (record_is(r, "entity"))
		return DL_ENTITIES;
	if (record_is(r, "quote"))
		return DL_QUOTES;
	if (record_is(r, "text"))
		return DL_TEXT;
	return 0;
}

/* Is a line of this layer (0: not a layer's) written at all? */
static int
kept(const struct docsource *src, unsigned layer)
{
	return !src->opts.only || (layer & src->opts.write) != 0;
}

static void
add_line(struct buf *b, const char *line, size_t n)
{
	buf_append(b, line, n);
	buf_putc(b, '\n');
}

/* Lines as read, each with its newline, to the sink. */
static void
write_lines(struct docsource *src, const char *p, size_t n)
{
	const char *nl;

	if (n == 0)
		return;
	if (sink_format(src->out) == SINK_TSV) {
		sink_bytes(src->out, p, n);
		return;
	}
	while (n > 0) {
		nl = memchr(p, '\n', n);
		sink_line(src->out, p, (size_t)(nl - p));
		n -= (size_t)(nl - p) + 1;
		p = nl + 1;
	}
}

/* A line that belongs to no document. */
static void
orphan(struct docsource *src, const char *line, size_t n)
{
	if (src->outstanding > 0 || src->cur != NULL) {
		add_line(&src->orphans, line, n);
		return;
	}
	sink_line(src->out, line, n);
}

static struct dsdoc *
open_doc(struct docsource *src, const char *id, size_t idlen)
{
	struct dsdoc *x;

	if ((x = src->free) != NULL)
		src->free = x->next;
	else {
		if ((x = calloc(1, sizeof(*x))) == NULL)
			err(EXIT_TROUBLE, NULL);
		document_init(&x->d);
		x->rsink = sink_buffer(&x->recs, sink_format(src->out));
	}
	document_reset(&x->d, id, idlen);
	buf_clear(&x->before);
	buf_clear(&x->lines);
	buf_clear(&x->after);
	buf_clear(&x->recs);
	x->head = 0;
	x->ngroups = x->nchunks = 0;
	x->lastrec = 0;
	x->open_chunk = 0;
	x->next_seg = 0;
	x->raw = 0;
	x->input = src->rd->input;
	x->name = src->rd->name;
	x->lineno = src->rd->lineno;
	/* Lines of no document read while others were out go before it. */
	buf_append(&x->before, src->orphans.data, src->orphans.len);
	buf_clear(&src->orphans);
	buf_clear(&src->pending);
	src->cur = x;
	return x;
}

/* The document read is complete: build it and hand it out. */
static struct document *
close_doc(struct docsource *src)
{
	struct dsdoc *x = src->cur;
	struct document *d = &x->d;
	size_t i, k;

	src->cur = NULL;
	buf_append(&x->after, src->pending.data, src->pending.len);
	buf_clear(&src->pending);
	document_build(d, src->opts.want, &src->opts.engines);
	/* Layers read without a text to check them against. */
	for (i = k = 0; i < d->nents; i++)
		if (d->ents[i].end <= d->len)
			d->ents[k++] = d->ents[i];
	if (k < d->nents)
		diag_input(x->name, x->lineno, "%zu entity records beyond the "
		    "end of the document's sentences", d->nents - k);
	d->nents = k;
	for (i = k = 0; i < d->nquotes; i++)
		if (d->quotes[i].end <= d->len &&
		    (d->quotes[i].cue_end == DOC_NONE || d->quotes[i].cue_end <= d->len) &&
		    (d->quotes[i].speaker_end == DOC_NONE ||
		    d->quotes[i].speaker_end <= d->len))
			d->quotes[k++] = d->quotes[i];
	if (k < d->nquotes)
		diag_input(x->name, x->lineno, "%zu quote records beyond the "
		    "end of the document's sentences", d->nquotes - k);
	d->nquotes = k;
	if (d->from_stream & DL_QUOTES)
		for (i = 0; i < d->nquotes; i++) {
			d->quotes[i].first_sent = document_sentence_at(d,
			    d->quotes[i].start);
			d->quotes[i].last_sent = document_sentence_at(d,
			    d->quotes[i].end > d->quotes[i].start ?
			    d->quotes[i].end - 1 : d->quotes[i].start);
		}
	src->outstanding++;
	return d;
}

/*
 * A record's line, after the comments since the last record (they stay
 * in their place); where it starts in lines.
 */
static size_t
keep_record(struct docsource *src, struct dsdoc *x, unsigned layer)
{
	size_t at;

	buf_append(&x->lines, src->pending.data, src->pending.len);
	buf_clear(&src->pending);
	at = x->lines.len;
	if (kept(src, layer))
		add_line(&x->lines, src->rd->line, src->rd->len);
	x->lastrec = x->lines.len;
	return at;
}

/* A record of a layer: parsed into the document, its line kept. */
static void
layer_record(struct docsource *src, struct dsdoc *x, unsigned layer)
{
	struct reader *rd = src->rd;
	const char *why = NULL;
	int rv = 0;
	size_t at, prev = x->lastrec;

	at = keep_record(src, x, layer);
	switch (layer) {
	case DL_SENTENCES:
		if ((rv = layer_sentence(&x->d, &rd->rec, &src->scratch, &why)) == 0) {
			if (x->ngroups > 0)
				x->groups[x->ngroups - 1].end = prev;
			grow((void **)&x->groups, &x->groupcap, x->ngroups,
			    sizeof(*x->groups));
			x->groups[x->ngroups].start = at;
			x->groups[x->ngroups++].end = x->lines.len;
		}
		break;
	case DL_ENTITIES:
		rv = layer_entity(&x->d, &rd->rec, &src->scratch, &why);
		break;
	case DL_QUOTES:
		rv = layer_quote(&x->d, &rd->rec, &src->scratch, &why);
		break;
	default:
		break;
	}
	if (rv != 0)
		diag_input(rd->name, rd->lineno, "%s", why);
}

/* Does the record belong to the document being read? */
static int
same_doc(const struct docsource *src, const struct record *r)
{
	const struct document *d = &src->cur->d;

	return src->cur->input == src->rd->input && r->doc.n == d->idlen &&
	    memcmp(r->doc.p, d->id, d->idlen) == 0;
}

/*
 * One event of the reader.  Returns a document when one is complete;
 * the event that showed it is then held for the next call.
 */
static struct document *
event(struct docsource *src, enum rd_event ev)
{
	struct reader *rd = src->rd;
	struct dsdoc *x = src->cur;
	unsigned layer;

	switch (ev) {
	case RD_EOF:
		return x != NULL ? close_doc(src) : NULL;
	case RD_DOC_BEGIN:
		if (x != NULL)
			break;
		if (src->opts.stream_raw) {
			buf_clear(&src->rawid);
			buf_append(&src->rawid, rd->doc, rd->doclen);
			buf_putc(&src->rawid, '\0');
			src->rawid.len--;
			seg_begin(&src->sg);
			src->in_raw = 1;
		} else {
			x = open_doc(src, rd->doc, rd->doclen);
			x->raw = 1;
			/* A file's text is read into one buffer of its size. */
			document_reserve_text(&x->d, rd->size);
		}
		return NULL;
	case RD_DOC_LINE:
		if (src->in_raw)
			seg_line(&src->sg, rd->line, rd->len);
		else if (x != NULL)
			document_append_text(&x->d, rd->line, rd->len);
		return NULL;
	case RD_DOC_END:
		if (src->in_raw) {
			seg_end(&src->sg);
			src->in_raw = 0;
			sink_end_document(src->out);
			return NULL;
		}
		return x != NULL ? close_doc(src) : NULL;
	case RD_PASS:
		if (x != NULL) {
			if (kept(src, 0))
				add_line(&src->pending, rd->line, rd->len);
		} else if (kept(src, 0))
			orphan(src, rd->line, rd->len);
		return NULL;
	case RD_RECORD:
		layer = layer_of(&rd->rec);
		if (x != NULL && (layer == DL_TEXT || !same_doc(src, &rd->rec)))
			break;
		if (layer == DL_TEXT) {
			x = open_doc(src, rd->rec.doc.p, rd->rec.doc.n);
			if (kept(src, layer))
				add_line(&x->lines, rd->line, rd->len);
			x->head = x->lines.len;
			/* The reader's copy of the body is taken, not copied again. */
			document_swap_text(&x->d, &rd->body);
		} else if (layer != 0) {
			if (x == NULL)
				x = open_doc(src, rd->rec.doc.p, rd->rec.doc.n);
			layer_record(src, x, layer);
		} else if (x != NULL) {
			/* A kind of no layer, of this document: in its place. */
			keep_record(src, x, 0);
		} else if (kept(src, 0))
			orphan(src, rd->line, rd->len);
		return NULL;
	}
	/* This event starts something new: first the document read. */
	src->held = 1;
	src->held_ev = ev;
	return close_doc(src);
}

struct document *
docsource_next(struct docsource *src)
{
	struct document *d;
	enum rd_event ev;

	for (;;) {
		if (src->held) {
			src->held = 0;
			ev = src->held_ev;
		} else {
			/* Before waiting for input, what is written goes out. */
			if (!reader_ready(src->rd, 0)) {
				sink_end_document(src->out);
				/* A document read, then a pause: it is complete. */
				if (src->cur != NULL && !src->cur->raw &&
				    !reader_ready(src->rd, DOCSOURCE_PAUSE_MS))
					return close_doc(src);
			}
			ev = reader_next(src->rd);
		}
		if ((d = event(src, ev)) != NULL)
			return d;
		if (ev == RD_EOF) {
			/* Lines of no document, kept while documents were out. */
			write_lines(src, src->orphans.data, src->orphans.len);
			buf_clear(&src->orphans);
			return NULL;
		}
	}
}

struct sink *
docsource_out(struct docsource *src, struct document *d, size_t i)
{
	struct dsdoc *x = (struct dsdoc *)d;
	struct chunk *c;

	if (i > d->nsents)
		i = d->nsents;
	if (src->opts.in_order) {
		/* Everything before anchor i goes out now, then the records. */
		if (x->next_seg > i + 1)
			errx(EXIT_TROUBLE, "docsource_out: records out of order");
		for (; x->next_seg <= i; x->next_seg++)
			write_segment(src, x, x->next_seg);
		return src->out;
	}
	if (x->open_chunk) {
		c = &x->chunks[x->nchunks - 1];
		if (c->anchor == i)
			return x->rsink;
		c->len = x->recs.len - c->off;
	}
	grow((void **)&x->chunks, &x->chunkcap, x->nchunks, sizeof(*x->chunks));
	c = &x->chunks[x->nchunks++];
	c->anchor = i;
	c->off = x->recs.len;
	c->len = 0;
	x->open_chunk = 1;
	return x->rsink;
}

static int
by_anchor(const void *a, const void *b)
{
	const struct chunk *x = a, *y = b;

	if (x->anchor != y->anchor)
		return x->anchor < y->anchor ? -1 : 1;
	/* Stable: the order they were given in. */
	return x->off < y->off ? -1 : x->off > y->off;
}

/* The program's records for anchor i; *k walks the sorted chunks. */
static void
write_anchor(struct docsource *src, struct dsdoc *x, size_t i, size_t *k)
{
	struct chunk *c;

	for (; *k < x->nchunks && x->chunks[*k].anchor <= i; (*k)++) {
		c = &x->chunks[*k];
		if (c->len > 0)
			sink_bytes(src->out, x->recs.data + c->off, c->len);
	}
}

/*
 * A closed document's buffers are kept for the next one, which saves an
 * allocation per record in a stream of many small documents; a large
 * one's are freed, so one long document does not hold its memory for
 * the rest of the run.
 */
static void
release(struct dsdoc *x)
{
	struct buf *b[] = { &x->before, &x->lines, &x->after, &x->recs };
	size_t i;

	for (i = 0; i < sizeof(b) / sizeof(b[0]); i++)
		if (b[i]->cap > KEEP_MAX)
			buf_free(b[i]);
	if (x->d.textbuf.cap > KEEP_MAX || x->d.sentcap * sizeof(*x->d.sents) >
	    KEEP_MAX || x->d.entcap * sizeof(*x->d.ents) > KEEP_MAX ||
	    x->d.keybuf.cap > KEEP_MAX || x->d.sentbuf.cap > KEEP_MAX ||
	    x->d.entkeys.cap > KEEP_MAX)
		document_free(&x->d);
	if (x->groupcap * sizeof(*x->groups) > KEEP_MAX) {
		free(x->groups);
		x->groups = NULL;
		x->groupcap = 0;
	}
	if (x->chunkcap * sizeof(*x->chunks) > KEEP_MAX) {
		free(x->chunks);
		x->chunks = NULL;
		x->chunkcap = 0;
	}
}

/* Where anchor k's records go in the lines: the last goes after them all. */
static size_t
group_end(const struct dsdoc *x, size_t k)
{
	return k + 1 < x->ngroups ? x->groups[k].end : x->lines.len;
}

/*
 * What comes before the program's records for anchor k: the document's
 * lines and computed sentences from the end of anchor k - 1's.
 */
static void
write_segment(struct docsource *src, struct dsdoc *x, size_t k)
{
	const struct document *d = &x->d;
	const char *L = x->lines.data != NULL ? x->lines.data : "";
	size_t from, to;

	if (k == 0)
		write_lines(src, x->before.data, x->before.len);
	if (x->ngroups > 0 && (d->from_stream & DL_SENTENCES)) {
		/*
		 * Each sentence read and the records after it, then (after
		 * the program's records for it) the comments before the next.
		 */
		if (k > x->ngroups)
			return;
		from = k == 0 ? 0 : group_end(x, k - 1);
		to = k < x->ngroups ? group_end(x, k) : x->lines.len;
		if (from < to)
			write_lines(src, L + from, to - from);
		return;
	}
	/* Sentences computed here come right after the text record. */
	if (k == 0)
		write_lines(src, L, x->head);
	if (k < d->nsents) {
		if ((src->opts.write & DL_SENTENCES) &&
		    !(d->from_stream & DL_SENTENCES))
			record_sentence(src->out, d->id, d->idlen, &d->sents[k]);
	} else if (k == d->nsents)
		write_lines(src, L + x->head, x->lines.len - x->head);
}

void
docsource_done(struct docsource *src, struct document *d)
{
	struct dsdoc *x = (struct dsdoc *)d;
	size_t k = 0;

	if (x->open_chunk)
		x->chunks[x->nchunks - 1].len = x->recs.len -
		    x->chunks[x->nchunks - 1].off;
	if (x->nchunks > 1)
		qsort(x->chunks, x->nchunks, sizeof(*x->chunks), by_anchor);
	/* In order, what came before the last record given is out already. */
	for (; x->next_seg <= d->nsents; x->next_seg++) {
		write_segment(src, x, x->next_seg);
		write_anchor(src, x, x->next_seg, &k);
	}
	write_anchor(src, x, (size_t)-1, &k);
	write_lines(src, x->after.data, x->after.len);
	sink_end_document(src->out);
	src->outstanding--;
	release(x);
	x->next = src->free;
	src->free = x;
}
