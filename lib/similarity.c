#include <err.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimmodel.h"
#include "diag.h"
#include "similarity.h"
#include "synonyms.h"
#include "utf8.h"

static const char *const names[SF_NFEAT] = {
	"word_f1", "stem_f1", "content_pmin", "content_pmax", "idf_cos",
	"idf_ovl_min", "idf_ovl_max", "bigram_f1", "trigram_f1", "lcs",
	"len_diff", "log_len", "unmatched_idf_max", "unmatched_idf_min",
	"num_both", "num_unmatched", "neg_xor", "cap_unmatched",
	"fourgram_f1", "prefix_f1", "edit", "bigram_pmin", "char_f1",
	"unmatched_max", "unmatched_min", "unmatched_names_share",
	"synonym_pmin", "synonym_unmatched_max"
};

const char *
sim_feature_name(enum sim_feature f)
{
	return names[f];
}

void
simwork_free(struct simwork *w)
{
	int i;

	for (i = 0; i < 9; i++) {
		free(w->a[i]);
		free(w->b[i]);
	}
	free(w->wa);
	free(w->wb);
	free(w->lcs);
	free(w->syn[0]);
	free(w->syn[1]);
	memset(w, 0, sizeof(*w));
}

static void *
need(void *p, size_t *cap, size_t n, size_t sz)
{
	if (n <= *cap)
		return p;
	*cap = n < 32 ? 32 : n * 2;
	if ((p = reallocarray(p, *cap, sz)) == NULL)
		err(EXIT_TROUBLE, NULL);
	return p;
}

/* Sort hashes in place: qsort's comparison calls cost more than the sorting here. */
static void
sort64(uint64_t *v, size_t n)
{
	size_t i, j;
	uint64_t x;

	/* Quicksort down to short runs, median of three, no comparison calls. */
	while (n > 24) {
		uint64_t p, a = v[0], b = v[n / 2], c = v[n - 1];
		size_t lo = 0, hi = n - 1;

		p = a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);
		for (;;) {
			while (v[lo] < p)
				lo++;
			while (v[hi] > p)
				hi--;
			if (lo >= hi)
				break;
			x = v[lo];
			v[lo++] = v[hi];
			v[hi--] = x;
		}
		/* Recurse on the smaller side, loop on the larger. */
		if (hi + 1 < n - hi - 1) {
			sort64(v, hi + 1);
			v += hi + 1;
			n -= hi + 1;
		} else {
			sort64(v + hi + 1, n - hi - 1);
			n = hi + 1;
		}
	}
	for (i = 1; i < n; i++) {
		x = v[i];
		for (j = i; j > 0 && v[j - 1] > x; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

static float
idf_of(struct simwork *w, uint64_t h)
{
	size_t k = (size_t)(h ^ (h >> 29)) & 1023;

	if (!w->idf_init) {
		/* 0 is a key too (numbers), so mark the slots empty by a key no slot maps. */
		for (size_t i = 0; i < 1024; i++)
			w->idf_key[i] = ~(uint64_t)i;
		w->idf_init = 1;
	}
	if (w->idf_key[k] != h) {
		w->idf_key[k] = h;
		w->idf_val[k] = claimidf(h);
	}
	return w->idf_val[k];
}

/* The size of the multiset intersection of two sorted arrays. */
static size_t
common(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	size_t i = 0, j = 0, k = 0;

	while (i < na && j < nb)
		if (a[i] < b[j])
			i++;
		else if (a[i] > b[j])
			j++;
		else {
			k++;
			i++;
			j++;
		}
	return k;
}

static double
f1(size_t k, size_t na, size_t nb)
{
	return na + nb == 0 ? 1.0 : 2.0 * (double)k / (double)(na + nb);
}

enum { L_WORD, L_STEM, L_CONTENT, L_BI, L_TRI, L_NUM, L_QUAD, L_PFX, L_CHAR, L_N };

/* Fill the six sorted lists of one claim; returns their lengths in n. */
static void
lists(struct simwork *w, uint64_t **l, int side, const struct claimset *cs,
    const struct claim *c, size_t n[L_N])
{
	const struct cword *v = cs->words.v + c->w0;
	const char *t = cs->doc->text;
	size_t i, k, j, len;

	for (k = 0; k < L_N; k++) {
		l[k] = need(l[k], &w->cap[k][side], k == L_CHAR ?
		    (size_t)(c->end - c->start) + 1 : c->nw + 1, sizeof(uint64_t));
		n[k] = 0;
	}
	for (i = 0; i < c->nw; i++) {
		l[L_WORD][n[L_WORD]++] = v[i].word;
		l[L_STEM][n[L_STEM]++] = v[i].stem;
		if (!(v[i].flags & CW_STOP))
			l[L_CONTENT][n[L_CONTENT]++] = v[i].stem;
		if (v[i].flags & CW_NUM)
			l[L_NUM][n[L_NUM]++] = v[i].stem;
		if (i + 1 < c->nw)
			l[L_BI][n[L_BI]++] = v[i].stem * 31 + v[i + 1].stem;
		if (i + 2 < c->nw)
			l[L_TRI][n[L_TRI]++] = (v[i].stem * 31 + v[i + 1].stem) *
			    31 + v[i + 2].stem;
		if (i + 3 < c->nw)
			l[L_QUAD][n[L_QUAD]++] = ((v[i].stem * 31 + v[i + 1].stem) *
			    31 + v[i + 2].stem) * 31 + v[i + 3].stem;
		/* The first four letters, case folded: acquired ~ acquisition. */
		len = (size_t)(v[i].end - v[i].start);
		if (!(v[i].flags & (CW_STOP | CW_NUM)) && len >= 4) {
			char p4[4];
			for (j = 0; j < 4; j++)
				p4[j] = ascii_upper(t[v[i].start + j]) ?
				    t[v[i].start + j] + 32 : t[v[i].start + j];
			l[L_PFX][n[L_PFX]++] = cw_hash(p4, 4);
		} else if (!(v[i].flags & CW_STOP))
			l[L_PFX][n[L_PFX]++] = v[i].stem;
	}
	/* Letter trigrams of the claim, spaces and marks dropped. */
	{
		char c3[3] = { 0, 0, 0 };
		int have = 0;
		for (i = (size_t)c->start; i < (size_t)c->end; i++) {
			int ch = (unsigned char)t[i];
			if (!ascii_alpha(ch) && !ascii_digit(ch) && ch < 0x80)
				continue;
			c3[0] = c3[1];
			c3[1] = c3[2];
			c3[2] = (char)(ascii_upper(ch) ? ch + 32 : ch);
			if (++have >= 3)
				l[L_CHAR][n[L_CHAR]++] = cw_hash(c3, 3);
		}
	}
	for (k = 0; k < L_N; k++)
		sort64(l[k], n[k]);
}

/* Is h in the sorted array? */
static int
has(const uint64_t *a, size_t n, uint64_t h)
{
	size_t lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (a[mid] < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && a[lo] == h;
}

/*
 * The longest common subsequence of the stems, over the length of the
 * longer claim.  Quadratic, so for claims over 2000 words each the
 * bag overlap stands in for it (a sentence that long is not prose).
 */
static double
lcs(struct simwork *w, const struct cword *a, size_t na, const struct cword *b,
    size_t nb)
{
	size_t i, j, m = na > nb ? na : nb;
	unsigned *row, diag, up;

	if (m == 0)
		return 1.0;
	if (na > 2000 || nb > 2000)
		return -1;
	w->lcs = need(w->lcs, &w->lcscap, nb + 1, sizeof(unsigned));
	row = w->lcs;
	memset(row, 0, (nb + 1) * sizeof(unsigned));
	for (i = 0; i < na; i++) {
		diag = 0;
		for (j = 0; j < nb; j++) {
			up = row[j + 1];
			if (a[i].stem == b[j].stem)
				row[j + 1] = diag + 1;
			else if (row[j] > row[j + 1])
				row[j + 1] = row[j];
			diag = up;
		}
	}
	return (double)row[nb] / (double)m;
}

/*
 * Word-level edit distance of the stems over the longer length (as
 * TER counts edits, without its shifts); the same limit as lcs().
 */
static double
edit(struct simwork *w, const struct cword *a, size_t na, const struct cword *b,
    size_t nb)
{
	size_t i, j, m = na > nb ? na : nb;
	unsigned *row, diag, up, best;

	if (m == 0)
		return 0;
	if (na > 2000 || nb > 2000)
		return -1;
	w->lcs = need(w->lcs, &w->lcscap, nb + 1, sizeof(unsigned));
	row = w->lcs;
	for (j = 0; j <= nb; j++)
		row[j] = (unsigned)j;
	for (i = 0; i < na; i++) {
		diag = row[0];
		row[0] = (unsigned)i + 1;
		for (j = 0; j < nb; j++) {
			up = row[j + 1];
			best = diag + (a[i].stem != b[j].stem);
			if (up + 1 < best)
				best = up + 1;
			if (row[j] + 1 < best)
				best = row[j] + 1;
			row[j + 1] = best;
			diag = up;
		}
	}
	return (double)row[nb] / (double)m;
}

struct idfsum {
	double	 all, shared, unmatched;
};

/* IDF mass of the content stems of one side, and of those the other has. */
static struct idfsum
idfmass(const struct cword *v, size_t n, const uint64_t *other, size_t no)
{
	struct idfsum s = { 0, 0, 0 };
	size_t i;

	for (i = 0; i < n; i++) {
		if (v[i].flags & CW_STOP)
			continue;
		s.all += v[i].idf;
		if (has(other, no, v[i].stem))
			s.shared += v[i].idf;
		else
			s.unmatched += v[i].idf;
	}
	return s;
}

/* Capitalised words (names, mostly) of one side the other lacks. */
static size_t
caps_unmatched(const struct cword *v, size_t n, const uint64_t *other, size_t no)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if ((v[i].flags & CW_CAP) && !(v[i].flags & CW_STOP) &&
		    !has(other, no, v[i].stem))
			k++;
	return k;
}

static double
idf_cosine(struct simwork *w, const uint64_t *a, size_t na, const uint64_t *b,
    size_t nb)
{
	double dot = 0, xa = 0, xb = 0, wa, wb;
	size_t i = 0, j = 0, ta, tb;
	uint64_t h;

	/* Term frequencies from the sorted runs, weighted by IDF. */
	while (i < na || j < nb) {
		h = i < na && (j >= nb || a[i] <= b[j]) ? a[i] : b[j];
		for (ta = 0; i < na && a[i] == h; i++)
			ta++;
		for (tb = 0; j < nb && b[j] == h; j++)
			tb++;
		wa = ta * (double)idf_of(w, h);
		wb = tb * (double)idf_of(w, h);
		dot += wa * wb;
		xa += wa * wa;
		xb += wb * wb;
	}
	if (xa == 0 || xb == 0)
		return xa == xb ? 1.0 : 0.0;
	return dot / sqrt(xa * xb);
}

static int
negated(const struct cword *v, size_t n)
{
	size_t i;
	int k = 0;

	for (i = 0; i < n; i++)
		if (v[i].flags & CW_NEG)
			k++;
	return k & 1;
}

void
sim_features(struct simwork *w, const struct claimset *A, const struct claim *a,
    const struct claimset *B, const struct claim *b, double f[SF_NFEAT])
{
	sim_first(w, A, a);
	sim_against(w, B, b, f);
}

void
sim_first(struct simwork *w, const struct claimset *A, const struct claim *a)
{
	lists(w, w->a, 0, A, a, w->na);
	w->first_set = A;
	w->first = a;
}

void
sim_against(struct simwork *w, const struct claimset *B, const struct claim *b,
    double f[SF_NFEAT])
{
	const struct claimset *A = w->first_set;
	const struct claim *a = w->first;
	size_t na[L_N], nb[L_N], k, ka, kb, la = a->nw, lb = b->nw;
	const struct cword *va = A->words.v + a->w0, *vb = B->words.v + b->w0;
	struct idfsum sa, sb;
	double x;

	memcpy(na, w->na, sizeof(na));
	lists(w, w->b, 1, B, b, nb);
	f[SF_WORD_F1] = f1(common(w->a[L_WORD], na[L_WORD], w->b[L_WORD],
	    nb[L_WORD]), na[L_WORD], nb[L_WORD]);
	f[SF_STEM_F1] = f1(common(w->a[L_STEM], na[L_STEM], w->b[L_STEM],
	    nb[L_STEM]), na[L_STEM], nb[L_STEM]);
	k = common(w->a[L_CONTENT], na[L_CONTENT], w->b[L_CONTENT], nb[L_CONTENT]);
	{
		double pa = na[L_CONTENT] ? (double)k / na[L_CONTENT] : 1;
		double pb = nb[L_CONTENT] ? (double)k / nb[L_CONTENT] : 1;
		f[SF_CONTENT_PMIN] = pa < pb ? pa : pb;
		f[SF_CONTENT_PMAX] = pa < pb ? pb : pa;
	}
	f[SF_IDF_COS] = idf_cosine(w, w->a[L_CONTENT], na[L_CONTENT],
	    w->b[L_CONTENT], nb[L_CONTENT]);
	sa = idfmass(va, la, w->b[L_STEM], nb[L_STEM]);
	sb = idfmass(vb, lb, w->a[L_STEM], na[L_STEM]);
	{
		double oa = sa.all > 0 ? sa.shared / sa.all : 1;
		double ob = sb.all > 0 ? sb.shared / sb.all : 1;
		f[SF_IDF_OVL_MIN] = oa < ob ? oa : ob;
		f[SF_IDF_OVL_MAX] = oa < ob ? ob : oa;
	}
	f[SF_BI_F1] = f1(common(w->a[L_BI], na[L_BI], w->b[L_BI], nb[L_BI]),
	    na[L_BI], nb[L_BI]);
	f[SF_TRI_F1] = f1(common(w->a[L_TRI], na[L_TRI], w->b[L_TRI], nb[L_TRI]),
	    na[L_TRI], nb[L_TRI]);
	x = lcs(w, va, la, vb, lb);
	f[SF_LCS] = x >= 0 ? x : f[SF_STEM_F1];
	k = la > lb ? la : lb;
	f[SF_LEN_DIFF] = k ? fabs((double)la - (double)lb) / (double)k : 0;
	f[SF_LOG_LEN] = log1p((double)k);
	f[SF_UNM_IDF_MAX] = log1p(sa.unmatched > sb.unmatched ? sa.unmatched : sb.unmatched);
	f[SF_UNM_IDF_MIN] = log1p(sa.unmatched > sb.unmatched ? sb.unmatched : sa.unmatched);
	f[SF_NUM_BOTH] = na[L_NUM] > 0 && nb[L_NUM] > 0;
	k = common(w->a[L_NUM], na[L_NUM], w->b[L_NUM], nb[L_NUM]);
	f[SF_NUM_UNM] = f[SF_NUM_BOTH] ? (double)(na[L_NUM] + nb[L_NUM] - 2 * k) : 0;
	f[SF_NEG_XOR] = negated(va, la) != negated(vb, lb);
	ka = caps_unmatched(va, la, w->b[L_STEM], nb[L_STEM]);
	kb = caps_unmatched(vb, lb, w->a[L_STEM], na[L_STEM]);
	f[SF_CAP_UNM] = log1p((double)(ka + kb));
	f[SF_QUAD_F1] = f1(common(w->a[L_QUAD], na[L_QUAD], w->b[L_QUAD],
	    nb[L_QUAD]), na[L_QUAD], nb[L_QUAD]);
	f[SF_PFX_F1] = f1(common(w->a[L_PFX], na[L_PFX], w->b[L_PFX],
	    nb[L_PFX]), na[L_PFX], nb[L_PFX]);
	x = edit(w, va, la, vb, lb);
	f[SF_EDIT] = x >= 0 ? x : 1 - f[SF_STEM_F1];
	k = common(w->a[L_BI], na[L_BI], w->b[L_BI], nb[L_BI]);
	{
		double pa = na[L_BI] ? (double)k / na[L_BI] : 1;
		double pb = nb[L_BI] ? (double)k / nb[L_BI] : 1;
		f[SF_BI_PMIN] = pa < pb ? pa : pb;
	}
	{
		/* Content words each side lacks, and how many of those are names or numbers. */
		size_t ua = 0, ub = 0, na_ = 0, i;
		for (i = 0; i < la; i++)
			if (!(va[i].flags & CW_STOP) && !has(w->b[L_STEM], nb[L_STEM], va[i].stem)) {
				ua++;
				na_ += (va[i].flags & (CW_CAP | CW_NUM)) != 0;
			}
		for (i = 0; i < lb; i++)
			if (!(vb[i].flags & CW_STOP) && !has(w->a[L_STEM], na[L_STEM], vb[i].stem)) {
				ub++;
				na_ += (vb[i].flags & (CW_CAP | CW_NUM)) != 0;
			}
		f[SF_UNM_MAX] = log1p((double)(ua > ub ? ua : ub));
		f[SF_UNM_MIN] = log1p((double)(ua > ub ? ub : ua));
		f[SF_CAPNUM_SHARE] = ua + ub ? (double)na_ / (double)(ua + ub) : 0;
	}
	{
		/* Content words each side lacks that a WordNet synonym on the other stands for. */
		size_t ca = 0, cb = 0, sa_ = 0, sb_ = 0, ma = 0, mb = 0, i, j;
		struct syn_range *ra, *rb;

		/* Each word's sets looked up once, not once per word it meets. */
		ra = w->syn[0] = need(w->syn[0], &w->syncap[0], la + 1, sizeof(*ra));
		rb = w->syn[1] = need(w->syn[1], &w->syncap[1], lb + 1, sizeof(*rb));
		for (i = 0; i < la; i++)
			if (!(va[i].flags & (CW_STOP | CW_NUM)))
				ra[i] = synonym_range(va[i].stem);
		for (j = 0; j < lb; j++)
			if (!(vb[j].flags & (CW_STOP | CW_NUM)))
				rb[j] = synonym_range(vb[j].stem);
		for (i = 0; i < la; i++) {
			if (va[i].flags & (CW_STOP | CW_NUM))
				continue;
			ca++;
			if (has(w->b[L_STEM], nb[L_STEM], va[i].stem)) {
				ma++;
				continue;
			}
			if (ra[i].lo == ra[i].hi)
				continue;
			for (j = 0; j < lb; j++)
				if (!(vb[j].flags & (CW_STOP | CW_NUM)) &&
				    synonym_ranges_meet(ra[i], rb[j])) {
					sa_++;
					break;
				}
		}
		for (j = 0; j < lb; j++) {
			if (vb[j].flags & (CW_STOP | CW_NUM))
				continue;
			cb++;
			if (has(w->a[L_STEM], na[L_STEM], vb[j].stem)) {
				mb++;
				continue;
			}
			if (rb[j].lo == rb[j].hi)
				continue;
			for (i = 0; i < la; i++)
				if (!(va[i].flags & (CW_STOP | CW_NUM)) &&
				    synonym_ranges_meet(rb[j], ra[i])) {
					sb_++;
					break;
				}
		}
		{
			double pa = ca ? (double)(ma + sa_) / ca : 1;
			double pb = cb ? (double)(mb + sb_) / cb : 1;
			f[SF_SYN_PMIN] = pa < pb ? pa : pb;
		}
		f[SF_SYN_UNM_MAX] = log1p((double)((ca - ma - sa_) > (cb - mb - sb_) ?
		    (ca - ma - sa_) : (cb - mb - sb_)));
	}
	f[SF_CHAR_F1] = f1(common(w->a[L_CHAR], na[L_CHAR], w->b[L_CHAR],
	    nb[L_CHAR]), na[L_CHAR], nb[L_CHAR]);
}

/* The features whose products the model sees: all pairs and squares of these. */
static const enum sim_feature prodf[] = {
	SF_IDF_COS, SF_STEM_F1, SF_LCS, SF_EDIT, SF_UNM_IDF_MAX, SF_LEN_DIFF,
	SF_NUM_UNM, SF_CAP_UNM, SF_UNM_IDF_MIN, SF_BI_F1, SF_CHAR_F1,
	SF_IDF_OVL_MIN, SF_LOG_LEN, SF_NEG_XOR
};

void
sim_terms(const double f[SF_NFEAT], double x[SM_NTERMS])
{
	size_t i, j, k = SF_NFEAT, n = sizeof(prodf) / sizeof(*prodf);

	memcpy(x, f, SF_NFEAT * sizeof(*x));
	for (i = 0; i < n; i++)
		for (j = i; j < n; j++)
			x[k++] = f[prodf[i]] * f[prodf[j]];
}

const char *
sim_term_name(int t, char *buf, size_t len)
{
	size_t i, j, k = SF_NFEAT, n = sizeof(prodf) / sizeof(*prodf);

	if (t < SF_NFEAT)
		return names[t];
	for (i = 0; i < n; i++)
		for (j = i; j < n; j++)
			if (k++ == (size_t)t) {
				snprintf(buf, len, "%s*%s", names[prodf[i]],
				    names[prodf[j]]);
				return buf;
			}
	return "";
}

void
sim_identical(size_t n, size_t nnum, double f[SF_NFEAT])
{
	int i;

	for (i = 0; i < SF_NFEAT; i++)
		f[i] = 0;
	f[SF_WORD_F1] = f[SF_STEM_F1] = f[SF_CONTENT_PMIN] = f[SF_CONTENT_PMAX] = 1;
	f[SF_IDF_COS] = f[SF_IDF_OVL_MIN] = f[SF_IDF_OVL_MAX] = 1;
	f[SF_BI_F1] = f[SF_TRI_F1] = f[SF_QUAD_F1] = f[SF_PFX_F1] = 1;
	f[SF_LCS] = f[SF_BI_PMIN] = f[SF_CHAR_F1] = 1;
	f[SF_LOG_LEN] = log1p((double)n);
	f[SF_NUM_BOTH] = nnum > 0;
	f[SF_SYN_PMIN] = 1;
}

double
sim_score(const double f[SF_NFEAT])
{
	double z = claimmodel_bias, x[SM_NTERMS];
	int i;

	sim_terms(f, x);
	for (i = 0; i < SM_NTERMS; i++)
		if (claimmodel_w[i].sd > 0)
			z += claimmodel_w[i].w * (x[i] - claimmodel_w[i].mean) /
			    claimmodel_w[i].sd;
	return 1.0 / (1.0 + exp(-z));
}

double
sim_align(const double f[SF_NFEAT])
{
	double g[SF_NFEAT];

	memcpy(g, f, sizeof(g));
	g[SF_NUM_UNM] = 0;
	g[SF_NEG_XOR] = 0;
	g[SF_CAP_UNM] = 0;
	return sim_score(g);
}

double
sim_threshold(void)
{
	return claimmodel_threshold;
}
