#include <string.h>

#include "entities.h"
#include "layers.h"
#include "tsv.h"

/* Within the text, where the document has one of its own. */
static int
in_text(const struct document *d, const struct record *r, const char **why)
{
	if ((d->from_stream & DL_TEXT) && r->end > d->textbuf.len) {
		*why = "offsets beyond the end of the document's text";
		return 0;
	}
	return 1;
}

int
layer_sentence(struct document *d, const struct record *r, struct buf *scratch,
    const char **why)
{
	struct sentence s;

	if (r->nfields != 7) {
		*why = "malformed sentence record: expected 7 fields";
		return -1;
	}
	if (!record_number(&r->f[4], &s.n) || !record_number(&r->f[5], &s.para)) {
		*why = "malformed sentence record: N or PARA is not a number";
		return -1;
	}
	buf_clear(scratch);
	tsv_unescape(scratch, r->f[6].p, r->f[6].n);
	if (scratch->len != r->end - r->start) {
		*why = "malformed sentence record: TEXT is not END - START bytes";
		return -1;
	}
	if (!in_text(d, r, why))
		return -1;
	/*
	 * The layers (entities' sentence, quotes' anchors, a text rebuilt
	 * from sentences) hold sentences in order and apart; one that goes
	 * back over the last is passed on, not made part of the document.
	 */
	if (d->nsents > 0 && r->start < d->sents[d->nsents - 1].end) {
		*why = "sentence record out of order: it starts before the end of the one before";
		return -1;
	}
	s.start = r->start;
	s.end = r->end;
	s.text = scratch->data != NULL ? scratch->data : "";
	document_add_sentence(d, &s);
	return 0;
}

int
layer_entity(struct document *d, const struct record *r, struct buf *scratch,
    const char **why)
{
	int type;
	size_t textlen;

	if (r->nfields != 7) {
		*why = "malformed entity record: expected 7 fields";
		return -1;
	}
	if ((type = ent_type_parse(r->f[4].p, r->f[4].n)) < 0) {
		*why = "malformed entity record: unknown TYPE";
		return -1;
	}
	buf_clear(scratch);
	tsv_unescape(scratch, r->f[5].p, r->f[5].n);
	textlen = scratch->len;
	if (textlen != r->end - r->start) {
		*why = "malformed entity record: TEXT is not END - START bytes";
		return -1;
	}
	if (!in_text(d, r, why))
		return -1;
	buf_clear(scratch);
	tsv_unescape(scratch, r->f[6].p, r->f[6].n);
	document_add_entity(d, r->start, r->end, (enum ent_type)type,
	    scratch->data != NULL ? scratch->data : "", scratch->len);
	return 0;
}

/* An offset field: a number, or empty for none. */
static int
offset(const struct tsv_field *f, uint64_t *v)
{
	if (f->n == 0) {
		*v = DOC_NONE;
		return 1;
	}
	return record_number(f, v);
}

int
layer_quote(struct document *d, const struct record *r, struct buf *scratch,
    const char **why)
{
	static const char *types[] = { "direct", "indirect", "mixed" };
	struct doc_quote q;
	size_t i, srclen;

	if (r->nfields != 14) {
		*why = "malformed quote record: expected 14 fields";
		return -1;
	}
	memset(&q, 0, sizeof(q));
	for (i = 0; i < 3; i++)
		if (r->f[4].n == strlen(types[i]) &&
		    memcmp(r->f[4].p, types[i], r->f[4].n) == 0)
			break;
	if (i == 3) {
		*why = "malformed quote record: TYPE is not direct, indirect or mixed";
		return -1;
	}
	q.type = (enum quote_type)i;
	if (!offset(&r->f[10], &q.cue_start) || !offset(&r->f[11], &q.cue_end) ||
	    !offset(&r->f[12], &q.speaker_start) ||
	    !offset(&r->f[13], &q.speaker_end)) {
		*why = "malformed quote record: an offset is not a number";
		return -1;
	}
	if ((q.cue_start == DOC_NONE) != (q.cue_end == DOC_NONE) ||
	    (q.speaker_start == DOC_NONE) != (q.speaker_end == DOC_NONE) ||
	    (q.cue_start != DOC_NONE && q.cue_start > q.cue_end) ||
	    (q.speaker_start != DOC_NONE && q.speaker_start > q.speaker_end)) {
		*why = "malformed quote record: a START is after its END";
		return -1;
	}
	if (!in_text(d, r, why) || ((d->from_stream & DL_TEXT) &&
	    ((q.cue_end != DOC_NONE && q.cue_end > d->textbuf.len) ||
	    (q.speaker_end != DOC_NONE && q.speaker_end > d->textbuf.len)))) {
		*why = "offsets beyond the end of the document's text";
		return -1;
	}
	q.start = r->start;
	q.end = r->end;
	/* SOURCE then KEY, one after the other in scratch. */
	buf_clear(scratch);
	tsv_unescape(scratch, r->f[7].p, r->f[7].n);
	srclen = scratch->len;
	tsv_unescape(scratch, r->f[8].p, r->f[8].n);
	q.source = scratch->data != NULL ? scratch->data : "";
	q.sourcelen = srclen;
	q.key = q.source + srclen;
	q.keylen = scratch->len - srclen;
	document_add_quote(d, &q);
	return 0;
}
