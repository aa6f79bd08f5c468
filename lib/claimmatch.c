#include <err.h>
#include <stdlib.h>
#include <string.h>

#include "claimalign.h"
#include "claimcand.h"
#include "claimjudge.h"
#include "claimmatch.h"
#include "diag.h"
#include "similarity.h"

#define NEAR_SAME	0.8	/* stem F1 of a near-identical pair (auto mode) */

const char *
cm_status_name(enum cm_status s)
{
	static const char *const n[] = { "same", "reworded", "conflict", "only" };

	return n[s];
}

void
cm_result_init(struct cm_result *r)
{
	memset(r, 0, sizeof(*r));
}

void
cm_result_free(struct cm_result *r)
{
	free(r->v);
	buf_free(&r->text);
	memset(r, 0, sizeof(*r));
}

static struct cm_pair *
new_pair(struct cm_result *r)
{
	struct cm_pair *p;

	if (r->n == r->cap) {
		r->cap = r->cap < 64 ? 64 : r->cap * 2;
		if ((r->v = reallocarray(r->v, r->cap, sizeof(*r->v))) == NULL)
			err(EXIT_TROUBLE, NULL);
	}
	p = &r->v[r->n++];
	memset(p, 0, sizeof(*p));
	return p;
}

/* Auto: versions when most claims of the shorter have a near-identical twin. */
static enum cm_mode
choose_mode(const struct cm_cands *cs, size_t na, size_t nb)
{
	unsigned char *seen;
	size_t i, nsame = 0, small = na < nb ? na : nb;

	if ((seen = calloc(nb + 1, 1)) == NULL)
		err(EXIT_TROUBLE, NULL);
	for (i = 0; i < cs->n; i++)
		if (cs->v[i].stemf1 >= NEAR_SAME && !seen[cs->v[i].b]) {
			seen[cs->v[i].b] = 1;
			nsame++;
		}
	free(seen);
	return small > 0 && 2 * nsame >= small ? CM_VERSIONS : CM_OUTLETS;
}

void
claimmatch(const struct claimset *A, const struct claimset *B,
    const struct cm_opts *o, struct cm_result *r)
{
	struct cm_cands cs = { NULL, 0, 0 };
	size_t i, k, *ma, *mb, *pick;
	int *moved;
	double thr = o->threshold >= 0 ? o->threshold : CM_ALIGN;
	struct cm_pair *p;

	r->n = 0;
	buf_clear(&r->text);
	ma = malloc((A->n + 1) * sizeof(*ma));
	pick = malloc((A->n + 1) * sizeof(*pick));
	moved = malloc((A->n + 1) * sizeof(*moved));
	mb = malloc((B->n + 1) * sizeof(*mb));
	if (ma == NULL || mb == NULL || pick == NULL || moved == NULL)
		err(EXIT_TROUBLE, NULL);
	cm_candidates(A, B, &cs);
	r->mode = o->mode == CM_AUTO ? choose_mode(&cs, A->n, B->n) : o->mode;
	for (i = k = 0; i < cs.n; i++)
		if (cs.v[i].align >= thr)
			cs.v[k++] = cs.v[i];
	cs.n = k;
	cm_align(&cs, r->mode, A->n, B->n, ma, mb, pick, moved);

	/* A's claims in order, each judged against its counterpart. */
	for (i = 0; i < A->n; i++) {
		p = new_pair(r);
		p->a = i;
		p->b = ma[i];
		if (p->b == CM_NONE) {
			p->status = CS_ONLY;
			continue;
		}
		p->score = cs.v[pick[i]].score;
		p->close = cs.v[pick[i]].close;
		p->moved = moved[i];
		cm_judge(A, B, o, r, p);
		/*
		 * Versions: a pair that aligns in order but that the model
		 * does not call one claim, with no fact to tie it, is a
		 * sentence deleted and another inserted in its place.  Two
		 * outlets' retellings score low by nature; a shared frame
		 * is one act in other words.
		 */
		if (r->mode == CM_VERSIONS && p->facts == 0 &&
		    !cs.v[pick[i]].frame && p->score < sim_threshold()) {
			r->text.len = p->detail;
			mb[p->b] = CM_NONE;
			p->b = CM_NONE;
			p->status = CS_ONLY;
			p->score = 0;
		}
	}
	/* Then B's unmatched. */
	for (i = 0; i < B->n; i++) {
		if (mb[i] != CM_NONE)
			continue;
		p = new_pair(r);
		p->a = CM_NONE;
		p->b = i;
		p->status = CS_ONLY;
	}
	cm_cands_free(&cs);
	free(ma);
	free(mb);
	free(pick);
	free(moved);
}
