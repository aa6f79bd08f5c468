#include <err.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "claimframe.h"
#include "claimmatch.h"
#include "diag.h"
#include "entkey.h"
#include "factdiff.h"
#include "similarity.h"
#include "typodist.h"
#include "utf8.h"

#define RARE		16	/* a term in more claims of B than this is not rare */
#define CANDIDATES	10	/* claims of B compared in full with each of A */
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

static void *
grow(void *p, size_t *cap, size_t n, size_t sz)
{
	if (n < *cap)
		return p;
	*cap = *cap < 64 ? 64 : *cap * 2;
	if ((p = reallocarray(p, *cap, sz)) == NULL)
		err(EXIT_TROUBLE, NULL);
	return p;
}

struct posting {
	uint64_t	 term;
	size_t		 claim;
};

static int
by_term(const void *x, const void *y)
{
	const struct posting *a = x, *b = y;

	if (a->term != b->term)
		return a->term < b->term ? -1 : 1;
	return a->claim < b->claim ? -1 : a->claim > b->claim;
}

/*
 * Entity keys index apart from words: the same bytes are not the same
 * term.  A person is indexed by surname alone, so "Ferreira" finds
 * "ferreira/n".
 */
static uint64_t
key_term(const struct claim_ent *e)
{
	return cw_hash(e->key, entkey_base(e->key, e->keylen)) ^
	    0x9e3779b97f4a7c15ULL;
}

struct index {
	struct posting	*v;
	size_t		 n, cap;
};

static void
index_add(struct index *ix, uint64_t term, size_t claim)
{
	ix->v = grow(ix->v, &ix->cap, ix->n, sizeof(*ix->v));
	ix->v[ix->n].term = term;
	ix->v[ix->n++].claim = claim;
}

/* Sort the postings and drop repeats of a term in one claim. */
static void
index_sort(struct index *ix)
{
	size_t i, k;

	if (ix->n == 0)
		return;
	qsort(ix->v, ix->n, sizeof(*ix->v), by_term);
	for (i = k = 0; i < ix->n; i++)
		if (k == 0 || ix->v[i].term != ix->v[k - 1].term ||
		    ix->v[i].claim != ix->v[k - 1].claim)
			ix->v[k++] = ix->v[i];
	ix->n = k;
}

static void
index_build(struct index *ix, const struct claimset *B)
{
	size_t i, j;
	const struct claim *c;

	for (i = 0; i < B->n; i++) {
		c = &B->v[i];
		for (j = c->w0; j < c->w0 + c->nw; j++)
			if (!(B->words.v[j].flags & CW_STOP))
				index_add(ix, B->words.v[j].stem, i);
		for (j = c->e0; j < c->e0 + c->ne; j++)
			index_add(ix, key_term(&B->ents[j]), i);
	}
	index_sort(ix);
}

/* The run of postings of term, as [*lo, return). */
static size_t
index_find(const struct index *ix, uint64_t term, size_t *lo_out)
{
	size_t lo = 0, hi = ix->n, mid, end;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (ix->v[mid].term < term)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (end = lo; end < ix->n && ix->v[end].term == term; end++)
		if (end - lo > RARE)
			break;
	*lo_out = lo;
	return end;
}

struct cand {
	size_t		 a, b;
	double		 align, score, stemf1;
	int		 close;		/* stem F1 at least 0.5 */
};

struct state {
	const struct claimset *A, *B;
	struct index	 ix;
	double		*acc;		/* per claim of B */
	size_t		*touched, ntouched;
	struct cand	*c;
	size_t		 nc, ccap;
	struct simwork	 sw;
	struct index	 skel;		/* B's claims by skeleton */
	int		 sw_first;	/* sim_first() done for this claim of A */
};

#define TWINS	3	/* claims of B with a's skeleton always compared */

/*
 * The skeleton of a claim: its words but its numbers, in order.  In
 * templated or repeated text no word is rare, but a claim's twin in
 * another version has its skeleton (a number edited or not).
 */
static uint64_t
skeleton(const struct claimset *cs, const struct claim *c)
{
	uint64_t h = 1469598103934665603ULL;
	size_t i;

	for (i = c->w0; i < c->w0 + c->nw; i++)
		if (!(cs->words.v[i].flags & CW_NUM))
			h = (h ^ cs->words.v[i].word) * 1099511628211ULL;
	return h;
}

static void
touch(struct state *st, size_t b, double w)
{
	if (st->acc[b] == 0)
		st->touched[st->ntouched++] = b;
	st->acc[b] += w;
}

static void
lookup(struct state *st, uint64_t term, double w)
{
	size_t lo, hi, i;

	hi = index_find(&st->ix, term, &lo);
	if (hi - lo > RARE || hi == lo)
		return;
	/* A term in one claim of B says more than one in sixteen. */
	w *= 1 + log((double)RARE / (double)(hi - lo));
	for (i = lo; i < hi; i++)
		touch(st, st->ix.v[i].claim, w);
}

/*
 * The claims of B with a's skeleton nearest to where a would be in B
 * if the documents were in step, at most TWINS: first, whatever the
 * rare words say.
 */
static void
twins(struct state *st, size_t a)
{
	uint64_t h = skeleton(st->A, &st->A->v[a]);
	size_t lo = 0, hi = st->skel.n, mid, first, end, at, l, r, k;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (st->skel.v[mid].term < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	first = lo;
	for (hi = st->skel.n; lo < hi;) {
		mid = lo + (hi - lo) / 2;
		if (st->skel.v[mid].term <= h)
			lo = mid + 1;
		else
			hi = mid;
	}
	end = lo;
	if (first == end)
		return;
	/* The run is in B's order: start at the expected place and widen. */
	at = (size_t)((double)a * (double)st->B->n / (double)(st->A->n ? st->A->n : 1));
	for (lo = first, hi = end; lo < hi;) {
		mid = lo + (hi - lo) / 2;
		if (st->skel.v[mid].claim < at)
			lo = mid + 1;
		else
			hi = mid;
	}
	l = lo;
	r = lo;
	for (k = 0; k < TWINS && (l > first || r < end); k++) {
		if (r < end && (l == first || st->skel.v[r].claim - at <=
		    at - st->skel.v[l - 1].claim))
			touch(st, st->skel.v[r++].claim, 1e6);
		else
			touch(st, st->skel.v[--l].claim, 1e6);
	}
}

static size_t
numbers(const struct claimset *cs, const struct claim *c)
{
	size_t i, k = 0;

	for (i = c->w0; i < c->w0 + c->nw; i++)
		k += (cs->words.v[i].flags & CW_NUM) != 0;
	return k;
}

static int
same_words(const struct claimset *A, const struct claim *a,
    const struct claimset *B, const struct claim *b)
{
	size_t i;

	if (a->nw != b->nw)
		return 0;
	for (i = 0; i < a->nw; i++)
		if (A->words.v[a->w0 + i].word != B->words.v[b->w0 + i].word)
			return 0;
	return 1;
}

/* The candidates of claim a: the B claims sharing most rare weight. */
static void
candidates(struct state *st, size_t a)
{
	const struct claim *c = &st->A->v[a];
	const struct cword *w;
	size_t i, j, best, k;
	double f[SF_NFEAT], t;
	struct cand *cd;
	int identical = 0;

	st->ntouched = 0;
	st->sw_first = 0;
	twins(st, a);
	/*
	 * A twin with the very same words is the counterpart: the rest
	 * need not be compared (most claims of two versions are such).
	 */
	if (st->ntouched > 0 && same_words(st->A, c, st->B, &st->B->v[st->touched[0]])) {
		identical = 1;
		goto select;
	}
	for (i = c->w0; i < c->w0 + c->nw; i++) {
		w = &st->A->words.v[i];
		if (w->flags & CW_STOP)
			continue;
		/* A word repeated in the claim counts once. */
		for (j = c->w0; j < i && st->A->words.v[j].stem != w->stem; j++)
			;
		if (j == i)
			lookup(st, w->stem, w->idf > 0.1 ? w->idf : 0.1);
	}
	for (i = c->e0; i < c->e0 + c->ne; i++)
		lookup(st, key_term(&st->A->ents[i]), 3.0);
select:
	/* Partial selection of the CANDIDATES heaviest. */
	for (k = 0; k < CANDIDATES && k < st->ntouched; k++) {
		best = k;
		for (i = k + 1; i < st->ntouched; i++)
			if (st->acc[st->touched[i]] > st->acc[st->touched[best]] ||
			    (st->acc[st->touched[i]] == st->acc[st->touched[best]] &&
			    st->touched[i] < st->touched[best]))
				best = i;
		j = st->touched[k];
		st->touched[k] = st->touched[best];
		st->touched[best] = j;
		if (identical && same_words(st->A, c, st->B,
		    &st->B->v[st->touched[k]]))
			sim_identical(c->nw, numbers(st->A, c), f);
		else {
			if (!st->sw_first) {
				sim_first(&st->sw, st->A, c);
				st->sw_first = 1;
			}
			sim_against(&st->sw, st->B, &st->B->v[st->touched[k]], f);
		}
		st->c = grow(st->c, &st->ccap, st->nc, sizeof(*st->c));
		cd = &st->c[st->nc++];
		cd->a = a;
		cd->b = st->touched[k];
		/*
		 * The model was fitted on pairs already alike (MSRP's were
		 * picked for overlap), so on unrelated pairs it can score
		 * high, and it calls a claim retold at another length a
		 * different one; alignment leans on the shared rare words.
		 */
		cd->align = (sim_align(f) + 2 * f[SF_IDF_COS]) / 3;
		/*
		 * One predicate of a class and a rare argument shared: the
		 * same act told with other words or another agent ("denied"
		 * and "dismissal of"), which the lexical scores undersell.
		 */
		if (frame_shared(st->A, c, st->B, &st->B->v[cd->b], NULL, NULL))
			cd->align = (1 + cd->align) / 2;
		cd->score = sim_score(f);
		cd->stemf1 = f[SF_STEM_F1];
		cd->close = f[SF_STEM_F1] >= 0.5;
	}
	for (i = 0; i < st->ntouched; i++)
		st->acc[st->touched[i]] = 0;
	(void)t;
}

static int
by_align(const void *x, const void *y)
{
	const struct cand *a = x, *b = y;

	if (a->align != b->align)
		return a->align > b->align ? -1 : 1;
	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return a->b < b->b ? -1 : a->b > b->b;
}

static int
by_a_bdesc(const void *x, const void *y)
{
	const struct cand *a = x, *b = y;

	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return a->b > b->b ? -1 : a->b < b->b;
}

/* Greedy one-to-one over the candidates (sorted by align): the best first. */
static void
greedy(struct cand *c, size_t n, size_t *ma, size_t *mb, size_t *pick, int *moved,
    int mark)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (ma[c[i].a] != CM_NONE || mb[c[i].b] != CM_NONE)
			continue;
		ma[c[i].a] = c[i].b;
		mb[c[i].b] = c[i].a;
		pick[c[i].a] = i;
		moved[c[i].a] = mark;
	}
}

/*
 * The heaviest chain of candidates increasing in both a and b (a
 * weighted longest increasing subsequence over B's index, with a
 * Fenwick tree of prefix maxima): diff(1)'s alignment over pairs.
 */
static void
chain(struct cand *c, size_t n, size_t nb, size_t *ma, size_t *mb, size_t *pick)
{
	double *tv, *dp, best;
	size_t *ti, *prev, i, j, bi, top = CM_NONE;
	double topv = 0;

	if (n == 0)
		return;
	qsort(c, n, sizeof(*c), by_a_bdesc);
	tv = calloc(nb + 1, sizeof(*tv));
	ti = calloc(nb + 1, sizeof(*ti));
	dp = calloc(n + 1, sizeof(*dp));
	prev = calloc(n + 1, sizeof(*prev));
	if (tv == NULL || ti == NULL || dp == NULL || prev == NULL)
		err(EXIT_TROUBLE, NULL);
	for (i = 0; i <= nb; i++)
		ti[i] = CM_NONE;
	for (i = 0; i < n; i++) {
		/* Max over b' < b: Fenwick positions 1..b. */
		best = 0;
		bi = CM_NONE;
		for (j = c[i].b; j > 0; j -= j & -j)
			if (tv[j] > best) {
				best = tv[j];
				bi = ti[j];
			}
		dp[i] = best + c[i].align;
		prev[i] = bi;
		if (dp[i] > topv) {
			topv = dp[i];
			top = i;
		}
		for (j = c[i].b + 1; j <= nb; j += j & -j)
			if (dp[i] > tv[j]) {
				tv[j] = dp[i];
				ti[j] = i;
			}
	}
	for (i = top; i != CM_NONE; i = prev[i]) {
		ma[c[i].a] = c[i].b;
		mb[c[i].b] = c[i].a;
		pick[c[i].a] = i;
	}
	free(tv);
	free(ti);
	free(dp);
	free(prev);
}

/*
 * Do the quoted words of the two differ?  Both must quote something;
 * the words outside the quotation marks do not count.
 */
static int
quote_differs(const struct claimset *A, const struct claim *a,
    const struct claimset *B, const struct claim *b)
{
	size_t i = a->w0, j = b->w0, ea = a->w0 + a->nw, eb = b->w0 + b->nw;
	int qa = 0, qb = 0;

	for (;;) {
		while (i < ea && !(A->words.v[i].flags & CW_QUOTED))
			i++;
		while (j < eb && !(B->words.v[j].flags & CW_QUOTED))
			j++;
		if (i == ea || j == eb)
			break;
		qa = qb = 1;
		if (A->words.v[i].word != B->words.v[j].word)
			return 1;
		i++, j++;
	}
	while (i < ea && !(A->words.v[i].flags & CW_QUOTED))
		i++;
	while (j < eb && !(B->words.v[j].flags & CW_QUOTED))
		j++;
	qa |= i < ea;
	qb |= j < eb;
	return qa && qb && (i < ea || j < eb);
}

/* The numbers of the two, in order, are the same? */
static int
same_numbers(const struct claimset *A, const struct claim *a,
    const struct claimset *B, const struct claim *b)
{
	size_t i = a->w0, j = b->w0, ea = a->w0 + a->nw, eb = b->w0 + b->nw;

	for (;; i++, j++) {
		while (i < ea && !(A->words.v[i].flags & CW_NUM))
			i++;
		while (j < eb && !(B->words.v[j].flags & CW_NUM))
			j++;
		if (i == ea || j == eb)
			return i == ea && j == eb;
		if (A->words.v[i].word != B->words.v[j].word)
			return 0;
	}
}

/* Same words (or a typo apart, which never changes a number)? */
static int
near_same(const struct claimset *A, const struct claim *a,
    const struct claimset *B, const struct claim *b, size_t typo)
{
	size_t i;

	if (!same_numbers(A, a, B, b))
		return 0;
	if (a->nw == b->nw) {
		for (i = 0; i < a->nw; i++)
			if (A->words.v[a->w0 + i].word != B->words.v[b->w0 + i].word)
				break;
		if (i == a->nw)
			return 1;
	}
	return typo_distance(A->doc->text + a->start, (size_t)(a->end - a->start),
	    B->doc->text + b->start, (size_t)(b->end - b->start), typo) <= typo;
}

static void
judge(const struct claimset *A, const struct claimset *B, const struct cm_opts *o,
    struct cm_result *r, struct cm_pair *p)
{
	const struct claim *a = &A->v[p->a], *b = &B->v[p->b];
	int same;

	p->detail = r->text.len;
	p->facts = factdiff(A, a, B, b, p->close, &r->text);
	same = near_same(A, a, B, b, o->typo);
	p->quote_wording = !same && a->quoted && b->quoted &&
	    quote_differs(A, a, B, b);
	if (p->quote_wording) {
		if (r->text.len > p->detail)
			buf_putc(&r->text, ',');
		buf_append(&r->text, "quote-wording", 13);
	}
	if (p->moved) {
		if (r->text.len > p->detail)
			buf_putc(&r->text, ',');
		buf_append(&r->text, "moved", 5);
	}
	p->detaillen = r->text.len - p->detail;
	p->rdetail = r->text.len;
	factdiff(B, b, A, a, p->close, &r->text);
	if (p->quote_wording) {
		if (r->text.len > p->rdetail)
			buf_putc(&r->text, ',');
		buf_append(&r->text, "quote-wording", 13);
	}
	if (p->moved) {
		if (r->text.len > p->rdetail)
			buf_putc(&r->text, ',');
		buf_append(&r->text, "moved", 5);
	}
	p->rdetaillen = r->text.len - p->rdetail;
	p->status = p->facts ? CS_CONFLICT : same ? CS_SAME : CS_REWORDED;
}

void
claimmatch(const struct claimset *A, const struct claimset *B,
    const struct cm_opts *o, struct cm_result *r)
{
	struct state st;
	size_t i, k, nsame = 0, *ma, *mb, *pick, small;
	int *moved;
	double thr = o->threshold >= 0 ? o->threshold : CM_ALIGN;
	struct cm_pair *p;
	unsigned char *seen;

	memset(&st, 0, sizeof(st));
	st.A = A;
	st.B = B;
	r->n = 0;
	buf_clear(&r->text);
	index_build(&st.ix, B);
	for (i = 0; i < B->n; i++)
		index_add(&st.skel, skeleton(B, &B->v[i]), i);
	index_sort(&st.skel);
	st.acc = calloc(B->n + 1, sizeof(*st.acc));
	st.touched = calloc(B->n + 1, sizeof(*st.touched));
	ma = malloc((A->n + 1) * sizeof(*ma));
	pick = malloc((A->n + 1) * sizeof(*pick));
	moved = calloc(A->n + 1, sizeof(*moved));
	mb = malloc((B->n + 1) * sizeof(*mb));
	seen = calloc(B->n + 1, 1);
	if (st.acc == NULL || st.touched == NULL || ma == NULL || mb == NULL ||
	    pick == NULL || moved == NULL || seen == NULL)
		err(EXIT_TROUBLE, NULL);
	for (i = 0; i < A->n; i++)
		candidates(&st, i);

	/* Auto: versions when most claims have a near-identical twin. */
	r->mode = o->mode;
	if (r->mode == CM_AUTO) {
		for (i = 0; i < st.nc; i++)
			if (st.c[i].stemf1 >= NEAR_SAME && !seen[st.c[i].b]) {
				seen[st.c[i].b] = 1;
				nsame++;
			}
		small = A->n < B->n ? A->n : B->n;
		r->mode = small > 0 && 2 * nsame >= small ? CM_VERSIONS : CM_OUTLETS;
	}
	for (i = k = 0; i < st.nc; i++)
		if (st.c[i].align >= thr)
			st.c[k++] = st.c[i];
	st.nc = k;
	for (i = 0; i < A->n; i++)
		ma[i] = pick[i] = CM_NONE;
	for (i = 0; i < B->n; i++)
		mb[i] = CM_NONE;
	if (r->mode == CM_VERSIONS) {
		chain(st.c, st.nc, B->n, ma, mb, pick);
		/* What aligns out of order has moved; pick indexes st.c as sorted now. */
		{
			size_t *order = malloc((st.nc + 1) * sizeof(*order));
			struct cand *copy = malloc((st.nc + 1) * sizeof(*copy));
			if (order == NULL || copy == NULL)
				err(EXIT_TROUBLE, NULL);
			if (st.nc > 0)
				memcpy(copy, st.c, st.nc * sizeof(*copy));
			for (i = 0; i < A->n; i++)
				if (pick[i] != CM_NONE)
					copy[pick[i]].align = 2;	/* chained: keep */
			if (st.nc > 0)
				qsort(copy, st.nc, sizeof(*copy), by_align);
			for (i = 0; i < A->n; i++)
				pick[i] = CM_NONE;
			for (i = 0; i < st.nc; i++)
				if (copy[i].align == 2 && ma[copy[i].a] == copy[i].b)
					pick[copy[i].a] = i;
			greedy(copy, st.nc, ma, mb, pick, moved, 1);
			free(st.c);
			st.c = copy;
			free(order);
		}
	} else {
		if (st.nc > 0)
			qsort(st.c, st.nc, sizeof(*st.c), by_align);
		greedy(st.c, st.nc, ma, mb, pick, moved, 0);
	}

	for (i = 0; i < A->n; i++) {
		r->v = grow(r->v, &r->cap, r->n, sizeof(*r->v));
		p = &r->v[r->n++];
		memset(p, 0, sizeof(*p));
		p->a = i;
		p->b = ma[i];
		if (p->b == CM_NONE) {
			p->status = CS_ONLY;
			continue;
		}
		p->score = st.c[pick[i]].score;
		p->close = st.c[pick[i]].close;
		p->moved = moved[i];
		judge(A, B, o, r, p);
	}
	for (i = 0; i < B->n; i++) {
		if (mb[i] != CM_NONE)
			continue;
		r->v = grow(r->v, &r->cap, r->n, sizeof(*r->v));
		p = &r->v[r->n++];
		memset(p, 0, sizeof(*p));
		p->a = CM_NONE;
		p->b = i;
		p->status = CS_ONLY;
	}
	free(st.ix.v);
	free(st.skel.v);
	free(st.acc);
	free(st.touched);
	free(st.c);
	simwork_free(&st.sw);
	free(ma);
	free(mb);
	free(pick);
	free(moved);
	free(seen);
}
