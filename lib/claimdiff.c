#include <stdio.h>
#include <string.h>

#include "claimdiff.h"
#include "claims.h"
#include "worddiff.h"

static struct cd_field
text(const char *p, size_t n)
{
	struct cd_field f = { p, n, 0, 0, 0 };

	return f;
}

static struct cd_field
num(uint64_t v)
{
	struct cd_field f = { "", 0, 0, 1, v };

	return f;
}

static struct cd_field
id(const struct document *d)
{
	struct cd_field f = { d->id, d->idlen, 1, 0, 0 };

	return f;
}

static const struct cd_field none = { NULL, 0, 0, 0, 0 };

static void
claim_record(cd_emit emit, void *ctx, const struct claimset *X, size_t x,
    const struct claimset *Y, size_t y, enum cm_status st, double score,
    const char *detail, size_t detaillen, int of_b, size_t sent)
{
	struct cd_record r;

	r.of_b = of_b;
	r.sent = sent;
	const struct claim *c = &X->v[x], *o = y != CM_NONE ? &Y->v[y] : NULL;
	const char *name = cm_status_name(st);
	static char sc[16];

	r.kind = "claim";
	r.f[0] = id(X->doc);
	r.f[1] = num(c->start);
	r.f[2] = num(c->end);
	r.f[3] = text(name, strlen(name));
	if (o != NULL) {
		snprintf(sc, sizeof(sc), "%.3f", score);
		r.f[4] = id(Y->doc);
		r.f[5] = num(o->start);
		r.f[6] = num(o->end);
		r.f[7] = text(sc, strlen(sc));
		r.f[8] = text(detail != NULL ? detail : "", detaillen);
		r.f[10] = text(Y->doc->text + o->start, (size_t)(o->end - o->start));
	} else {
		r.f[4] = r.f[5] = r.f[6] = r.f[7] = r.f[8] = r.f[10] = none;
	}
	r.f[9] = text(X->doc->text + c->start, (size_t)(c->end - c->start));
	r.f[7].number = 0;	/* SCORE is written as it is, three decimals */
	r.f[7].escaped = o != NULL;
	r.nf = 11;
	emit(ctx, &r);
}

void
claimdiff(const struct document *a, const struct document *b,
    const struct cd_opts *o, cd_emit emit, void *ctx, struct cd_counts *n)
{
	struct claimset A, B;
	struct cm_result res;
	const struct cm_pair *p;
	struct buf wd = { NULL, 0, 0 };
	struct cd_record r;
	size_t i;

	memset(n, 0, sizeof(*n));
	claimset_init(&A);
	claimset_init(&B);
	claimset_build(&A, a);
	claimset_build(&B, b);
	cm_result_init(&res);
	claimmatch(&A, &B, &o->match, &res);
	n->mode = res.mode;
	for (i = 0; i < res.n; i++) {
		p = &res.v[i];
		switch (p->status) {
		case CS_SAME: n->same++; break;
		case CS_REWORDED: n->reworded++; break;
		case CS_CONFLICT: n->conflict++; break;
		case CS_ONLY:
			if (p->a != CM_NONE)
				n->only_a++;
			else
				n->only_b++;
			break;
		}
		if (emit == NULL || (o->conflicts_only && p->status != CS_CONFLICT))
			continue;
		if (p->a == CM_NONE) {
			claim_record(emit, ctx, &B, p->b, &A, CM_NONE, CS_ONLY, 0,
			    NULL, 0, 1, B.v[p->b].sent);
			continue;
		}
		claim_record(emit, ctx, &A, p->a, &B, p->b, p->status, p->score,
		    res.text.data != NULL ? res.text.data + p->detail : "",
		    p->detaillen, 0, A.v[p->a].sent);
		if (p->b == CM_NONE)
			continue;
		if (o->words && p->status != CS_SAME) {
			worddiff(&A, &A.v[p->a], &B, &B.v[p->b], &wd);
			r.kind = "worddiff";
			r.of_b = 0;
			r.sent = A.v[p->a].sent;
			r.f[0] = id(a);
			r.f[1] = num(A.v[p->a].start);
			r.f[2] = num(A.v[p->a].end);
			r.f[3] = id(b);
			r.f[4] = num(B.v[p->b].start);
			r.f[5] = num(B.v[p->b].end);
			r.f[6] = text(wd.data != NULL ? wd.data : "", wd.len);
			r.nf = 7;
			emit(ctx, &r);
		}
		claim_record(emit, ctx, &B, p->b, &A, p->a, p->status, p->score,
		    res.text.data != NULL ? res.text.data + p->rdetail : "",
		    p->rdetaillen, 0, A.v[p->a].sent);
	}
	buf_free(&wd);
	cm_result_free(&res);
	claimset_free(&A);
	claimset_free(&B);
}
