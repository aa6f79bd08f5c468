/*
 * The engine: the marks give direct quotations (qmarks), the cues near
 * them their attribution; cues elsewhere give reported clauses; a
 * quoted fragment inside a reported clause makes it mixed; the speakers
 * are resolved last (resolve).  Everything works on one array of the
 * document's tokens, so every rule is a look at a few neighbours.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <err.h>
#include <stdio.h>

#include "diag.h"
#include "qengine.h"
#include "quotes.h"
#include "stablesort.h"

struct quoter *
quoter_new(void)
{
	struct quoter *q;

	if ((q = calloc(1, sizeof(*q))) == NULL)
		err(EXIT_TROUBLE, NULL);
	if (cues_load(&q->cues, "en") != 0)
		errx(EXIT_TROUBLE, "no cue lexicon compiled in");
	resolver_init(&q->res, &q->cues);
	return q;
}

void
quoter_free(struct quoter *q)
{
	if (q == NULL)
		return;
	cues_free(&q->cues);
	resolver_free(&q->res);
	tokens_free(&q->tk);
	qmarks_free(&q->qs);
	free(q->t);
	free(q->sfirst);
	free(q->paras);
	free(q->c);
	free(q->ctmp);
	free(q->off);
	free(q->da);
	free(q->dopen);
	free(q->dafter);
	free(q);
}

void
quoter_use_tagger(struct quoter *q, struct tagger *tg)
{
	q->tg = tg;
}

int
quoter_cues_file(struct quoter *q, const char *path, size_t *lineno,
    const char **why)
{
	FILE *fp;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int saved;

	*lineno = 0;
	*why = NULL;
	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	while ((n = getline(&line, &cap, fp)) != -1) {
		++*lineno;
		if (memchr(line, '\0', (size_t)n) != NULL) {
			*why = "a NUL byte";
			break;
		}
		if (cues_add_line(&q->cues, line, (size_t)n, why) != 0)
			break;
	}
	saved = errno;
	if (*why == NULL && ferror(fp)) {
		free(line);
		fclose(fp);
		errno = saved;
		return -1;
	}
	free(line);
	fclose(fp);
	return *why != NULL ? -1 : 0;
}

/*
 * A headline in title case ("Mayor Says Bridge Will Reopen"): a
 * capitalised cue between capitalised words is a cue all the same.
 */
static int
title_case(const struct quoter *q, size_t i)
{
	return i > q->sfirst[q->t[i].sent] && i + 1 < q->nt &&
	    q->t[i + 1].sent == q->t[i].sent && capital(q, i - 1) &&
	    capital(q, i + 1);
}

/*
 * A cue word that is a noun.  "state" and "states" are nouns far more
 * often than cues ("the state
 * constitution", "in her state, ..."): a cue only before "that", a colon
 * or the sentence's end ("the report states that", ", the ad states.").
 */
static int
noun_cue(const struct quoter *q, size_t i)
{
	/* "the audit report states": a cue before another is a noun. */
	if (i + 1 < q->nt && q->t[i + 1].sent == q->t[i].sent &&
	    (q->t[i + 1].cue == CUE_SPEECH || q->t[i + 1].cue == CUE_TELL))
		return 1;
	if (!is(q, i, "state") && !is(q, i, "states"))
		return 0;
	return !(i + 1 < q->nt && q->t[i + 1].sent == q->t[i].sent &&
	    (is(q, i + 1, "that") || punct(q, i + 1, ':') || terminal(q, i + 1)));
}

/*
 * The first token from lo on that starts at or after off, where every
 * one before lo starts before it and the starts are in order:
 * qd_tok_at() galloping from lo.
 */
static size_t
tok_from(const struct quoter *q, size_t lo, uint64_t off)
{
	size_t step = 1, hi, mid;

	if (lo >= q->nt || q->t[lo].start >= off)
		return lo;
	for (;;) {
		hi = lo + step;
		if (hi >= q->nt) {
			hi = q->nt;
			break;
		}
		if (q->t[hi].start >= off)
			break;
		lo = hi;
		step *= 2;
	}
	for (lo++; lo < hi; ) {
		mid = lo + (hi - lo) / 2;
		if (q->t[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * The tokens that lie in an entity: those that start in it and end in
 * it, of the first entity that ends after their start.  Where the
 * tokens and entities come in order and the entities do not overlap,
 * each entity's tokens are found from its start, galloping; else every
 * token looks, walking the entities along.
 */
static void
mark_ents(struct quoter *q, const struct document *d, int sorted)
{
	const struct doc_entity *v = d->ents;
	size_t e, i, prev, ne = d->nents;
	struct qtok *t;

	for (e = 0; sorted && e < ne; e++)
		if (v[e].start > v[e].end || (e > 0 && v[e].start < v[e - 1].end))
			sorted = 0;
	if (!sorted) {
		for (i = e = 0, prev = NONE; i < q->nt; i++) {
			t = &q->t[i];
			while (e < ne && v[e].end <= t->start)
				e++;
			if (e < ne && v[e].start <= t->start && t->end <= v[e].end) {
				t->inent = 1;
				t->etype = (unsigned)v[e].type;
				/* A token of another entity than the one before's. */
				t->efirst = e != prev;
				prev = e;
			} else
				prev = NONE;
		}
		return;
	}
	for (e = i = 0; e < ne; e++) {
		i = tok_from(q, i, v[e].start);
		for (prev = NONE; i < q->nt && q->t[i].start < v[e].end; i++) {
			t = &q->t[i];
			if (t->end > v[e].end)
				continue;
			t->inent = 1;
			t->etype = (unsigned)v[e].type;
			t->efirst = prev == NONE || prev + 1 != i;
			prev = i;
		}
	}
}

/*
 * The tokens within a direct quotation, and its opening mark's: where
 * the marks and tokens come in order, those from its mark's token to
 * the one after (dopen, dafter); else each token looks, walking the
 * quotations along.
 */
static void
mark_spans(struct quoter *q, int sorted)
{
	const struct qspan *span = q->qs.v;
	size_t i, k, nspan = q->qs.n;
	struct qtok *t;

	if (!sorted) {
		for (i = k = 0; i < q->nt; i++) {
			t = &q->t[i];
			while (k < nspan && span[k].close <= t->start)
				k++;
			if (k < nspan && span[k].open <= t->start) {
				t->inspan = 1;
				t->opens = q->dopen[k] == i;
			}
		}
		return;
	}
	for (k = 0; k < nspan; k++)
		for (i = q->dopen[k]; i < q->dafter[k]; i++) {
			q->t[i].inspan = 1;
			q->t[i].opens = i == q->dopen[k];
		}
}

/* Paragraph starts, tokens and their classes, entities and marks. */
static void
prepare(struct quoter *q, const struct document *d)
{
	size_t s, i, k, n, lo = 0;
	int sorted = 1, msorted;
	uint64_t lastpara = 0;
	const struct token *v;

	q->d = d;
	q->nt = q->npara = q->nc = 0;
	q->sfirst = grow(q->sfirst, &q->scap, d->nsents + 1, sizeof(*q->sfirst));
	/* Room for a token in four bytes at once (news text has one in
	 * five): a long document's array is made once, not grown copy by
	 * copy, when shed() freed the last one's.  Only what is used is
	 * touched. */
	q->t = grow(q->t, &q->tcap, d->len / 4 + 16, sizeof(*q->t));
	for (s = 0; s < d->nsents; s++) {
		const struct sentence *st = &d->sents[s];

		if (s == 0 || st->para != lastpara) {
			q->paras = grow(q->paras, &q->pcap, q->npara + 1,
			    sizeof(*q->paras));
			q->paras[q->npara++] = st->start;
			lastpara = st->para;
		}
		q->sfirst[s] = q->nt;
		if (st->end > d->len || st->start > st->end)
			continue;
		/* The tagger's tokens where it kept them: the same split. */
		if (q->tg == NULL ||
		    (v = tagger_kept_tokens(q->tg, d, s, &n)) == NULL) {
			n = tokens_split(&q->tk, d->text + st->start,
			    (size_t)(st->end - st->start));
			v = q->tk.v;
		}
		q->t = grow(q->t, &q->tcap, q->nt + n, sizeof(*q->t));
		/* (The tokens of a sentence are in order; sentences read
		 * from a stream may not be.) */
		if (n > 0 && q->nt > 0 && st->start + v[0].start <
		    q->t[q->nt - 1].start)
			sorted = 0;
		for (i = 0; i < n; i++) {
			uint32_t ts = (uint32_t)(st->start + v[i].start);
			uint32_t te = (uint32_t)(st->start + v[i].end);
			enum cue_class cue = CUE_NONE;
			enum word_class wc = WC_NONE;

			if (v[i].kind == TOK_WORD)
				cue = cues_lookup_at(&q->cues, d->text + ts,
				    (size_t)(te - ts), (size_t)(d->len - ts), &wc);
			/* One store of the whole: bit fields set one by one
			 * are each read back and written. */
			q->t[q->nt++] = (struct qtok){ .start = ts, .end = te,
			    .sent = (uint32_t)s, .kind = (unsigned char)v[i].kind,
			    .wc = (unsigned char)wc, .cue = (unsigned)cue };
		}
	}
	q->sfirst[d->nsents] = q->nt;
	qmarks_find(&q->qs, d->text, d->len, q->paras, q->npara);
	/* One at least, so the arrays below are never of size 0. */
	q->da = grow(q->da, &q->dcap, q->qs.n + 1, sizeof(*q->da));
	q->dopen = reallocarray(q->dopen, q->dcap, sizeof(*q->dopen));
	q->dafter = reallocarray(q->dafter, q->dcap, sizeof(*q->dafter));
	if (q->dopen == NULL || q->dafter == NULL)
		err(EXIT_TROUBLE, NULL);
	/* The marks come in order, so do their tokens where the tokens
	 * do: each is found galloping from the one before. */
	msorted = sorted;
	for (k = 0; k < q->qs.n; k++) {
		const struct qspan *m = &q->qs.v[k];

		if (!msorted || m->open > m->close ||
		    (k > 0 && m->open < q->qs.v[k - 1].close))
			msorted = 0;
		q->dopen[k] = msorted ? tok_from(q, lo, m->open) :
		    qd_tok_at(q, m->open);
		lo = msorted ? q->dopen[k] : 0;
		q->dafter[k] = msorted ? tok_from(q, lo, m->close) :
		    qd_tok_at(q, m->close);
		lo = msorted ? q->dafter[k] : 0;
		q->da[k].ca = q->da[k].sa = NONE;
	}
	mark_ents(q, d, sorted);
	for (i = 0; i < q->nt; i++) {
		struct qtok *t = &q->t[i];

		/* A word of a name is no cue ("Lindmark State University"),
		 * nor a capitalised one inside a sentence. */
		if (t->cue && (t->inent || (capital(q, i) &&
		    i != q->sfirst[t->sent] && !is(q, i, "according") &&
		    !title_case(q, i)) || noun_cue(q, i)))
			t->cue = 0;
	}
	mark_spans(q, msorted);
}

/* Does sentence s hold the punctuation ch in its first few tokens? */
static int
punct_in(const struct quoter *q, size_t s, int ch)
{
	size_t i;

	for (i = q->sfirst[s]; i < q->sfirst[s + 1] && i - q->sfirst[s] < 8; i++)
		if (punct(q, i, ch))
			return 1;
	return 0;
}

/*
 * "Trump and Ruiz have “very different goals,” Lee said": the words of
 * the sentence before the opening mark of a quotation attributed after
 * its close are said too, the quotation a fragment of them.  The token
 * they start at, or NONE when fewer than three words lead in or a cue
 * is among them.
 */
static size_t
lead_in(struct quoter *q, size_t k)
{
	size_t o = q->dopen[k], first, i;
	struct cand tmp;

	if (q->da[k].ca == NONE || q->da[k].ca < q->dafter[k] || o >= q->nt)
		return NONE;
	first = q->sfirst[q->t[o].sent];
	if (k > 0 && q->dafter[k - 1] > first && q->dafter[k - 1] <= o)
		first = q->dafter[k - 1];
	while (first < o && q->t[first].kind == TOK_PUNCT)
		first++;
	for (i = first; i < o; i++)
		if (!FREE(q, i) || q->t[i].cue || according(q, i))
			return NONE;
	if (first >= o || !qr_content(q, first, o, &tmp))
		return NONE;
	return qd_tok_at(q, tmp.start);
}

static int
by_start(const void *x, const void *y)
{
	const struct cand *a = x, *b = y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->end < b->end ? -1 : a->end > b->end;
}

/* Merge the runs c[lo..mid) and c[mid..hi), each in order, stably. */
static void
merge_cands(struct quoter *q, size_t lo, size_t mid, size_t hi)
{
	size_t i = 0, n = mid - lo, j = mid, k = lo;

	q->ctmp = grow(q->ctmp, &q->ctcap, n, sizeof(*q->ctmp));
	memcpy(q->ctmp, q->c + lo, n * sizeof(*q->c));
	while (i < n && j < hi)
		q->c[k++] = by_start(&q->c[j], &q->ctmp[i]) < 0 ? q->c[j++] :
		    q->ctmp[i++];
	while (i < n)
		q->c[k++] = q->ctmp[i++];
}

/*
 * c[lo..hi) by start, stably (as the library's merge sort does).  They
 * are made nearly in order, or in two runs: those are merged, a few out
 * of place moved by insertion, and anything else left to stable_sort
 * (qsort would order candidates with the same span differently on other
 * C libraries).
 */
static void
sort_range(struct quoter *q, size_t lo, size_t hi)
{
	size_t i, j, mid = lo, ndesc = 0, moves = 0, budget = 8 * (hi - lo) + 64;
	struct cand tmp;

	for (i = lo + 1; i < hi; i++)
		if (by_start(&q->c[i - 1], &q->c[i]) > 0 && ndesc++ == 0)
			mid = i;
	if (ndesc == 0)
		return;
	if (ndesc == 1) {
		merge_cands(q, lo, mid, hi);
		return;
	}
	for (i = mid; i < hi; i++) {
		if (by_start(&q->c[i - 1], &q->c[i]) <= 0)
			continue;
		tmp = q->c[i];
		for (j = i; j > lo && by_start(&q->c[j - 1], &tmp) > 0; j--)
			moves++;
		if (moves > budget) {
			stable_sort(q->c + lo, hi - lo, sizeof(*q->c), by_start);
			return;
		}
		memmove(&q->c[j + 1], &q->c[j], (i - j) * sizeof(*q->c));
		q->c[j] = tmp;
	}
}

/*
 * The candidates by start, stably, where c[run..nc) were made after the
 * others (the direct quotations after the reported clauses, whose
 * bounds the quotations moved): each part sorted, then the two merged,
 * which is the same order.  Sorted as one, the quotations would each be
 * moved back past the clauses by insertion, or sent to stable_sort.
 */
static void
sort_cands(struct quoter *q, size_t run)
{
	sort_range(q, 0, run);
	sort_range(q, run, q->nc);
	if (run > 0 && run < q->nc && by_start(&q->c[run - 1], &q->c[run]) > 0)
		merge_cands(q, 0, run, q->nc);
}

/*
 * The first sentence from lo on that ends after off, where every one
 * before lo ends at or before it (and the ends are in order): found
 * galloping from lo, as a quotation's sentences are near the last's.
 */
static size_t
ends_after(const struct document *d, size_t lo, uint64_t off)
{
	size_t n = d->nsents, step = 1, hi, mid;

	if (lo >= n || d->sents[lo].end > off)
		return lo;
	for (;;) {
		hi = lo + step;
		if (hi >= n) {
			hi = n;
			break;
		}
		if (d->sents[hi].end > off)
			break;
		lo = hi;
		step *= 2;
	}
	for (lo++; lo < hi; ) {
		mid = lo + (hi - lo) / 2;
		if (d->sents[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * The sentence that holds off, as document_sentence_at() finds it, with
 * *lo as above (moved to the answer's place, for the next search), or
 * by document_sentence_at() itself when the ends are not in order.
 */
static size_t
sentence_at(const struct document *d, int ordered, size_t *lo, uint64_t off)
{
	if (!ordered)
		return document_sentence_at(d, off);
	*lo = ends_after(d, *lo, off);
	return *lo < d->nsents && d->sents[*lo].start <= off ? *lo : d->nsents;
}

/*
 * The arrays of one document's pass, once it is done: kept for the next
 * document when small (a stream of articles), freed when a long
 * document made them large, so that they are not held through the
 * resolver's tables and the rest of the run.
 */
#define KEEP_MAX	(1024 * 1024)
#define SHED(p, cap)	do {						\
	if ((cap) * sizeof(*(p)) > KEEP_MAX) {				\
		free(p);						\
		(p) = NULL;						\
		(cap) = 0;						\
	}								\
} while (0)

/* All but the candidates and their offsets, which emit() sheds last. */
static void
shed(struct quoter *q)
{
	SHED(q->t, q->tcap);
	SHED(q->sfirst, q->scap);
	SHED(q->paras, q->pcap);
	SHED(q->ctmp, q->ctcap);
	if (q->dcap * (sizeof(*q->da) + sizeof(*q->dopen) +
	    sizeof(*q->dafter)) > KEEP_MAX) {
		free(q->da);
		free(q->dopen);
		free(q->dafter);
		q->da = NULL;
		q->dopen = q->dafter = NULL;
		q->dcap = 0;
	}
	q->nt = q->npara = 0;
}

/*
 * The candidates as d's quotations, then their speakers resolved.  The
 * offsets of their cues and speakers are taken first, so the tokens are
 * shed before the quotations are made, and the candidates before the
 * resolver makes its tables: of a long document, no two of them are
 * held at once.
 */
static void
emit(struct quoter *q, struct document *d)
{
	size_t i, e, first = 0, last, n0 = d->nquotes;
	uint64_t prev = 0, fs, fe;
	int ordered = 1;
	struct doc_quote dq, *p;
	const struct cand *c;
	struct qoff *o;

	q->off = grow(q->off, &q->offcap, q->nc + 1, sizeof(*q->off));
	for (i = 0; i < q->nc; i++) {
		c = &q->c[i];
		o = &q->off[i];
		o->cs = o->ce = o->ss = o->se = ONONE;
		if (c->at.ca != NONE && c->at.ca < q->nt) {
			o->cs = q->t[c->at.ca].start;
			o->ce = q->t[c->at.cb - 1].end;
		}
		if (c->at.sa != NONE && c->at.sa < q->nt) {
			o->ss = q->t[c->at.sa].start;
			o->se = q->t[c->at.sb - 1].end;
		}
	}
	shed(q);
	for (i = 1; i < d->nsents; i++)
		if (d->sents[i].end < d->sents[i - 1].end)
			ordered = 0;
	for (i = 0; i < q->nc; i++) {
		c = &q->c[i];
		o = &q->off[i];
		if (c->drop)
			continue;
		memset(&dq, 0, sizeof(dq));
		dq.start = c->start;
		dq.end = c->end;
		dq.type = c->type;
		dq.cue_start = dq.cue_end = DOC_NONE;
		dq.speaker_start = dq.speaker_end = DOC_NONE;
		dq.source = dq.key = "";
		if (o->cs != ONONE) {
			dq.cue_start = o->cs;
			dq.cue_end = o->ce;
		}
		if (o->ss != ONONE) {
			dq.speaker_start = o->ss;
			dq.speaker_end = o->se;
		}
		/* Quotations come by start: their sentences are searched
		 * on from the one before's. */
		if (dq.start < prev)
			first = 0;
		prev = dq.start;
		dq.first_sent = sentence_at(d, ordered, &first, dq.start);
		last = dq.end > dq.start ? first : 0;
		dq.last_sent = sentence_at(d, ordered, &last, dq.end - 1);
		if (dq.first_sent >= d->nsents)
			dq.first_sent = d->nsents > 0 ? d->nsents - 1 : 0;
		if (dq.last_sent >= d->nsents)
			dq.last_sent = dq.first_sent;
		document_put_quote(d, &dq);
	}
	SHED(q->c, q->ccap);
	SHED(q->off, q->offcap);
	q->nc = 0;
	/* In the quotations' order, as before: "he" is the one resolved last. */
	resolver_begin(&q->res, d, &q->qs);
	for (i = n0; i < d->nquotes; i++) {
		p = &d->quotes[i];
		if (p->speaker_start == DOC_NONE ||
		    (e = resolver_resolve(&q->res, p->speaker_start,
		    p->speaker_end)) == RES_NONE)
			continue;
		resolver_fullest(&q->res, e, &fs, &fe);
		p->source = d->text + fs;
		p->sourcelen = (size_t)(fe - fs);
		p->key = d->ents[e].key;
		p->keylen = d->ents[e].keylen;
	}
}

void
quoter_document(struct quoter *q, struct document *d)
{
	size_t i, k, j, j0, nreported, last = NONE, a;
	uint64_t longest = 0;
	struct cand *c;

	if (d->len == 0 || d->nsents == 0)
		return;
	if (d->len > TMAX) {
		/* Tokens keep their indices in 32 bits; see qengine.h. */
		char *id = strndup(d->id, d->idlen);

		if (id == NULL)
			err(EXIT_TROUBLE, NULL);
		diag_file(id, "document of 4 GiB or more: no quotations searched");
		free(id);
		return;
	}
	prepare(q, d);
	qd_direct(q);
	qd_posts(q);
	for (i = 0; i < q->nt; i++)
		if (FREE(q, i) && !q->t[i].used && (speechcue(q, i) ||
		    according(q, i)))
			qr_reported(q, i);
	for (i = 0; i < d->nsents; i++)
		if (q->sfirst[i + 1] > q->sfirst[i] && punct_in(q, i, ':'))
			ql_label(q, i);
	/* A quoted phrase inside a reported clause: the clause is mixed.
	 * The clauses in order of start, each within its sentence, so a
	 * quotation needs look only at those that start in reach of it. */
	sort_cands(q, q->nc);
	for (j = 0; j < q->nc; j++)
		if (q->c[j].end - q->c[j].start > longest)
			longest = q->c[j].end - q->c[j].start;
	nreported = q->nc;
	for (k = 0, j0 = 0; k < q->qs.n; k++) {
		const struct qspan *s = &q->qs.v[k];
		int inside = 0;

		while (j0 < nreported && q->c[j0].start + longest < s->open)
			j0++;
		for (j = j0; j < nreported && q->c[j].start < s->close; j++) {
			c = &q->c[j];
			if (c->type == QT_DIRECT || c->drop ||
			    s->close <= c->start || s->open >= c->end)
				continue;
			/* The quotation's cue, if any, is the clause's or
			 * comes before it (one taken from the quotation
			 * before): a fragment of the clause. */
			if ((q->da[k].ca == NONE || q->da[k].ca == c->at.ca ||
			    q->t[q->da[k].ca].end <= c->start) &&
			    s->open >= c->start) {
				c->type = QT_MIXED;
				/* The fragment's marks balanced, over the
				 * sentences it runs to when it closes:
				 * 'that he would "go. We must."' */
				if (s->close > c->end && (q->t[q->dafter[k] - 1].sent ==
				    q->t[qd_tok_at(q, c->start)].sent ||
				    !s->unclosed))
					c->end = s->close;
				inside = 1;
			} else if (s->open > c->start)
				c->end = s->open;
			else if (s->close >= c->end || c->end - s->close < 20)
				c->drop = 1;
			else
				c->start = s->close;
		}
		if (inside)
			continue;
		/* An attribute's value in markup: <post author="…">. */
		if (s->open > 0 && q->d->text[s->open - 1] == '=')
			continue;
		if (q->da[k].ca == NONE && q->da[k].sa == NONE &&
		    !qd_sentence_like(q, k) &&
		    !(last != NONE && q->c[last].span == k - 1 && qd_goes_on(q, k)))
			continue;	/* a scare quote or a title */
		/* A phrase quoted inside a clause with no cue of its own
		 * is a scare quote: 'a so-called "deportation force."' */
		if (q->da[k].ca == NONE && qd_embedded(q, k) && qd_nwords(q, k) <
		    SCARE_WORDS + 2)
			continue;
		if (last != NONE && q->c[last].span == k - 1 && qd_goes_on(q, k)) {
			/* “A,” he said, “B.”: one quotation, its cue inside. */
			q->c[last].end = trim_comma(q, s->end);
			q->c[last].span = k;
			continue;
		}
		last = q->nc;
		c = qr_new_cand(q);
		c->start = s->start;
		c->end = trim_comma(q, s->end);
		c->type = QT_DIRECT;
		c->at = q->da[k];
		c->span = k;
		if ((a = lead_in(q, k)) != NONE) {
			c->start = q->t[a].start;
			c->end = s->close;	/* the fragment's marks balanced */
			c->type = QT_MIXED;
		}
	}
	sort_cands(q, nreported);
	qn_run_on(q);
	emit(q, d);
}
