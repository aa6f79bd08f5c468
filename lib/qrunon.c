/*
 * qrunon: a direct quotation with no attribution of its own that comes
 * right after another quotation goes on it, as a reader takes it:
 * "“A,” he said. “B.”", "She said that A. “B.”", "…, saying that A.¶“B.”"
 * are one quotation each, from the first one's start to the last close.
 * Runs on the candidates in order of start, after every rule has made
 * its own.
 */
#include "qengine.h"

/* The paragraph token i lies in. */
static uint64_t
para_of(const struct quoter *q, size_t i)
{
	return q->d->sents[q->t[i].sent].para;
}

/*
 * Does the direct quotation c go on p, the candidate before it?  Its
 * attribution is not its own (none, or a cue and speaker before p's
 * end), and
 * nothing stands between them but marks, stops and p's own attribution
 * sentence ("“A,” Lee said on Sunday. “B.”"), in one paragraph or at
 * the opening of the next.
 */
static int
goes_on(const struct quoter *q, const struct cand *p, const struct cand *c)
{
	size_t i, o, e, s;

	/* A mark never closed is no evidence of where a quotation runs. */
	if (c->type != QT_DIRECT || c->span == NONE || p->end > c->start ||
	    q->qs.v[c->span].unclosed)
		return 0;
	o = q->dopen[c->span];
	if (o >= q->nt || o == 0)
		return 0;
	if (c->at.ca != NONE && !(c->at.ca == p->at.ca && c->at.sa == p->at.sa) &&
	    q->t[c->at.ca].start >= p->end)
		return 0;
	/* A speaker of its own: a name opening the next sentence. */
	if (c->at.sa != NONE && c->at.sa != p->at.sa &&
	    q->t[c->at.sa].start >= p->end)
		return 0;
	e = qd_tok_at(q, p->end);
	if (e >= o || e == 0)
		return 0;
	s = q->t[o].sent;
	if (para_of(q, o) != para_of(q, e - 1) && !(q->sfirst[s] == o &&
	    s > 0 && q->d->sents[s - 1].para == para_of(q, e - 1)))
		return 0;
	for (i = e; i < o; i++) {
		if (q->t[i].kind == TOK_PUNCT && !q->t[i].cue)
			continue;
		if (p->at.ca == NONE || p->at.ca < e || q->t[i].sent !=
		    q->t[p->at.ca].sent)
			return 0;
		if (q->t[i].cue && FREE(q, i) && !within(i, p->at.ca, p->at.cb))
			return 0;
	}
	return 1;
}

void
qn_run_on(struct quoter *q)
{
	size_t i, prev = NONE;
	struct cand *c, *p;

	for (i = 0; i < q->nc; i++) {
		c = &q->c[i];
		if (c->drop)
			continue;
		if (prev != NONE && goes_on(q, p = &q->c[prev], c)) {
			p->end = c->end;
			if (p->type == QT_INDIRECT)
				p->type = QT_MIXED;
			c->drop = 1;
			continue;
		}
		prev = i;
	}
}
