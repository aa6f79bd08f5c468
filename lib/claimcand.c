#include <err.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "claimcand.h"
#include "claimframe.h"
#include "diag.h"
#include "entkey.h"
#include "similarity.h"

#define RARE		16	/* a term in more claims of B than this is not rare */
#define CANDIDATES	10	/* claims of B compared in full with each of A */

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

/*
 * Sort the postings by term, keeping claim order within a term: they
 * are added in claim order, so a stable sort by term alone gives
 * (term, claim) order.  Least significant byte first, one counting pass
 * per byte of the term, skipping bytes all terms share: linear, where
 * qsort's comparisons cost a tenth of the whole diff.
 */
static void
radix_sort(struct posting *v, size_t n)
{
	struct posting *tmp, *from = v, *to;
	size_t count[256], i, sum, c;
	int shift;

	if ((tmp = reallocarray(NULL, n, sizeof(*tmp))) == NULL)
		err(EXIT_TROUBLE, NULL);
	to = tmp;
	for (shift = 0; shift < 64; shift += 8) {
		memset(count, 0, sizeof(count));
		for (i = 0; i < n; i++)
			count[(from[i].term >> shift) & 0xff]++;
		if (count[(from[0].term >> shift) & 0xff] == n)
			continue;
		for (i = 0, sum = 0; i < 256; i++) {
			c = count[i];
			count[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			to[count[(from[i].term >> shift) & 0xff]++] = from[i];
		to = from;
		from = from == v ? tmp : v;
	}
	if (from != v)
		memcpy(v, from, n * sizeof(*v));
	free(tmp);
}

/* Sort the postings and drop repeats of a term in one claim. */
static void
index_sort(struct index *ix)
{
	size_t i, k;

	if (ix->n == 0)
		return;
	radix_sort(ix->v, ix->n);
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


struct state {
	const struct claimset *A, *B;
	struct index	 ix;
	double		*acc;		/* per claim of B */
	size_t		*touched, ntouched;
	struct cm_cands *out;
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
	double f[SF_NFEAT];
	struct cm_cand *cd;
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
		st->out->v = grow(st->out->v, &st->out->cap, st->out->n,
		    sizeof(*st->out->v));
		cd = &st->out->v[st->out->n++];
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
		cd->frame = frame_shared(st->A, c, st->B, &st->B->v[cd->b],
		    NULL, NULL);
		if (cd->frame)
			cd->align = (1 + cd->align) / 2;
		cd->score = sim_score(f);
		cd->stemf1 = f[SF_STEM_F1];
		cd->close = f[SF_STEM_F1] >= 0.5;
	}
	for (i = 0; i < st->ntouched; i++)
		st->acc[st->touched[i]] = 0;
}


void
cm_candidates(const struct claimset *A, const struct claimset *B,
    struct cm_cands *out)
{
	struct state st;
	size_t i;

	memset(&st, 0, sizeof(st));
	st.A = A;
	st.B = B;
	st.out = out;
	index_build(&st.ix, B);
	for (i = 0; i < B->n; i++)
		index_add(&st.skel, skeleton(B, &B->v[i]), i);
	index_sort(&st.skel);
	st.acc = calloc(B->n + 1, sizeof(*st.acc));
	st.touched = calloc(B->n + 1, sizeof(*st.touched));
	if (st.acc == NULL || st.touched == NULL)
		err(EXIT_TROUBLE, NULL);
	for (i = 0; i < A->n; i++)
		candidates(&st, i);
	free(st.ix.v);
	free(st.skel.v);
	free(st.acc);
	free(st.touched);
	simwork_free(&st.sw);
}

void
cm_cands_free(struct cm_cands *cs)
{
	free(cs->v);
	memset(cs, 0, sizeof(*cs));
}
