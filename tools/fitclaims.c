/*
 * fitclaims: fit the SCORE model of lib/similarity.h, and the stem
 * frequencies it weighs words by.
 *
 *	fitclaims -i msrp-train.txt sts.tsv... > lib/data/claims-idf.txt
 *	fitclaims -m msrp-train.txt > lib/data/claims.model
 *	fitclaims -e msrp-train.txt	10-fold CV accuracy and F1 only
 *	fitclaims -p sts.tsv		Pearson of SCORE with the gold scores
 *
 * MSRP lines are "QUALITY<TAB>ID1<TAB>ID2<TAB>S1<TAB>S2" after a header;
 * STS lines carry the score in field 5 and the sentences in 6 and 7.
 * The model is an L2-regularised logistic regression fitted by Newton's
 * method; the penalty and the threshold are chosen by 10-fold
 * cross-validation on the training file alone (folds by line number, so
 * the result is the same on every run).
 */
#include <err.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "claims.h"
#include "document.h"
#include "entities.h"
#include "lang.h"
#include "similarity.h"

#define NT	SM_NTERMS
#define NF	(NT + 1)	/* the features and the bias */
#define FOLDS	10

struct example {
	double	 x[NF];
	double	 y;		/* 0/1, or the STS score */
};

static struct tagger *tg;
static struct doc_engines en;
static struct document da, db;
static struct claimset ca, cb;
static struct simwork sw;

static void
features(const char *s1, size_t n1, const char *s2, size_t n2, double *x)
{
	document_reset(&da, "a", 1);
	document_set_text(&da, s1, n1);
	document_build(&da, DL_TEXT | DL_SENTENCES | DL_ENTITIES, &en);
	document_reset(&db, "b", 1);
	document_set_text(&db, s2, n2);
	document_build(&db, DL_TEXT | DL_SENTENCES | DL_ENTITIES, &en);
	claimset_text(&ca, &da);
	claimset_text(&cb, &db);
	double f[NT];

	sim_features(&sw, &ca, &ca.v[0], &cb, &cb.v[0], f);
	sim_terms(f, x);
	x[NT] = 1;
}

/* Split line at TABs into at most max fields (NUL-terminating each). */
static size_t
fields(char *line, char **f, size_t max)
{
	size_t n = 0;
	char *p;

	line[strcspn(line, "\r\n")] = '\0';
	for (p = line; n < max; n++) {
		f[n] = p;
		if ((p = strchr(p, '\t')) == NULL)
			return n + 1;
		*p++ = '\0';
	}
	return n;
}

/* Read examples: MSRP (msrp = 1) or STS pairs. */
static struct example *
readpairs(const char *path, int msrp, size_t *np)
{
	FILE *fp;
	char *line = NULL, *f[8] = { 0 };
	size_t cap = 0, n = 0, ecap = 0, nf;
	struct example *v = NULL;
	int first = 1;

	if ((fp = fopen(path, "r")) == NULL)
		err(2, "%s", path);
	while (getline(&line, &cap, fp) > 0) {
		nf = fields(line, f, 8);
		if (msrp && first) {
			first = 0;
			continue;
		}
		if (nf < (msrp ? 5u : 7u))
			continue;
		if (n == ecap) {
			ecap = ecap ? 2 * ecap : 1024;
			if ((v = reallocarray(v, ecap, sizeof(*v))) == NULL)
				err(2, NULL);
		}
		if (msrp) {
			v[n].y = atoi(f[0]) != 0;
			features(f[3], strlen(f[3]), f[4], strlen(f[4]), v[n].x);
		} else {
			v[n].y = atof(f[4]);
			features(f[5], strlen(f[5]), f[6], strlen(f[6]), v[n].x);
		}
		n++;
	}
	free(line);
	fclose(fp);
	*np = n;
	return v;
}

struct model {
	double	 mean[NF], sd[NF], w[NF];
};

/* Solve a x = b in place (Gaussian elimination, partial pivoting). */
static void
solve(double a[NF][NF], double *b)
{
	int i, j, k, p;
	double t;

	for (i = 0; i < NF; i++) {
		for (p = i, k = i + 1; k < NF; k++)
			if (fabs(a[k][i]) > fabs(a[p][i]))
				p = k;
		for (k = 0; k < NF; k++) {
			t = a[i][k]; a[i][k] = a[p][k]; a[p][k] = t;
		}
		t = b[i]; b[i] = b[p]; b[p] = t;
		for (k = i + 1; k < NF; k++) {
			t = a[k][i] / a[i][i];
			for (j = i; j < NF; j++)
				a[k][j] -= t * a[i][j];
			b[k] -= t * b[i];
		}
	}
	for (i = NF - 1; i >= 0; i--) {
		for (j = i + 1; j < NF; j++)
			b[i] -= a[i][j] * b[j];
		b[i] /= a[i][i];
	}
}

static void
standard(const struct model *m, const double *x, double *z)
{
	int j;

	for (j = 0; j < NT; j++)
		z[j] = m->sd[j] > 0 ? (x[j] - m->mean[j]) / m->sd[j] : 0;
	z[NT] = 1;
}

static double
predict(const struct model *m, const double *x)
{
	double z[NF], s = 0;
	int j;

	standard(m, x, z);
	for (j = 0; j < NF; j++)
		s += m->w[j] * z[j];
	return 1 / (1 + exp(-s));
}

/* Fit on the examples whose index mod FOLDS is not skip (-1: all). */
static void
fit(struct model *m, const struct example *v, size_t n, int skip, double lambda)
{
	double h[NF][NF], g[NF], z[NF], p, cnt = 0;
	size_t i;
	int j, k, it;

	memset(m, 0, sizeof(*m));
	for (i = 0; i < n; i++) {
		if ((int)(i % FOLDS) == skip)
			continue;
		cnt++;
		for (j = 0; j < NT; j++) {
			m->mean[j] += v[i].x[j];
			m->sd[j] += v[i].x[j] * v[i].x[j];
		}
	}
	for (j = 0; j < NT; j++) {
		m->mean[j] /= cnt;
		m->sd[j] = sqrt(fmax(m->sd[j] / cnt - m->mean[j] * m->mean[j], 0));
	}
	for (it = 0; it < 10; it++) {
		memset(h, 0, sizeof(h));
		memset(g, 0, sizeof(g));
		for (i = 0; i < n; i++) {
			if ((int)(i % FOLDS) == skip)
				continue;
			standard(m, v[i].x, z);
			p = predict(m, v[i].x);
			for (j = 0; j < NF; j++) {
				g[j] += (v[i].y - p) * z[j];
				for (k = 0; k < NF; k++)
					h[j][k] += p * (1 - p) * z[j] * z[k];
			}
		}
		for (j = 0; j < NT; j++) {	/* no penalty on the bias */
			g[j] -= lambda * m->w[j];
			h[j][j] += lambda;
		}
		h[NT][NT] += 1e-9;
		solve(h, g);
		for (j = 0; j < NF; j++)
			m->w[j] += g[j];
	}
}

struct cvres {
	double	 acc, f1, thr, lambda;
};

/* Cross-validated probabilities for one penalty. */
static void
cvprob(const struct example *v, size_t n, double lambda, double *prob)
{
	struct model m;
	size_t i;
	int k;

	for (k = 0; k < FOLDS; k++) {
		fit(&m, v, n, k, lambda);
		for (i = k; i < n; i += FOLDS)
			prob[i] = predict(&m, v[i].x);
	}
}

static void
score(const struct example *v, size_t n, const double *prob, double thr,
    double *acc, double *f)
{
	size_t i, tp = 0, fp = 0, fn = 0, ok = 0;
	int yes;

	for (i = 0; i < n; i++) {
		yes = prob[i] >= thr;
		ok += yes == (v[i].y > 0.5);
		tp += yes && v[i].y > 0.5;
		fp += yes && v[i].y < 0.5;
		fn += !yes && v[i].y > 0.5;
	}
	*acc = (double)ok / n;
	*f = tp ? 2.0 * tp / (2.0 * tp + fp + fn) : 0;
}

/*
 * The penalty and threshold with the best CV accuracy.  The threshold
 * is chosen on the out-of-fold probabilities of all folds together,
 * then the accuracy reported is of a nested choice: each fold's
 * threshold picked on the other nine, so the figure is not flattered
 * by the choice.
 */
static struct cvres
crossvalidate(const struct example *v, size_t n)
{
	static const double lambdas[] = { 0.01, 0.1, 1, 10, 100 };
	struct cvres best = { 0, 0, 0.5, 1 };
	double *prob, acc, f, t, bt, ba, a2, f2;
	size_t i, l, ok, tp, fp, fn;
	int k, yes;

	if ((prob = calloc(n, sizeof(*prob))) == NULL)
		err(2, NULL);
	for (l = 0; l < sizeof(lambdas) / sizeof(*lambdas); l++) {
		cvprob(v, n, lambdas[l], prob);
		/* Nested: per fold, the threshold best on the other folds. */
		ok = tp = fp = fn = 0;
		for (k = 0; k < FOLDS; k++) {
			bt = 0.5;
			ba = -1;
			for (t = 0.30; t <= 0.701; t += 0.01) {
				size_t good = 0, cnt = 0;
				for (i = 0; i < n; i++) {
					if ((int)(i % FOLDS) == k)
						continue;
					cnt++;
					good += (prob[i] >= t) == (v[i].y > 0.5);
				}
				if ((double)good / cnt > ba) {
					ba = (double)good / cnt;
					bt = t;
				}
			}
			for (i = k; i < n; i += FOLDS) {
				yes = prob[i] >= bt;
				ok += yes == (v[i].y > 0.5);
				tp += yes && v[i].y > 0.5;
				fp += yes && v[i].y < 0.5;
				fn += !yes && v[i].y > 0.5;
			}
		}
		acc = (double)ok / n;
		f = 2.0 * tp / (2.0 * tp + fp + fn);
		fprintf(stderr, "lambda %g: CV accuracy %.4f F1 %.4f\n",
		    lambdas[l], acc, f);
		if (acc > best.acc) {
			best.acc = acc;
			best.f1 = f;
			best.lambda = lambdas[l];
			/* The threshold for the final model: best on all folds. */
			ba = -1;
			for (t = 0.30; t <= 0.701; t += 0.01) {
				score(v, n, prob, t, &a2, &f2);
				if (a2 > ba) {
					ba = a2;
					best.thr = t;
				}
			}
		}
	}
	free(prob);
	return best;
}

static void
usage(void)
{
	fprintf(stderr, "usage: fitclaims -e | -m msrp-train.txt\n"
	    "       fitclaims -i msrp-train.txt [sts.tsv ...]\n"
	    "       fitclaims -p sts.tsv\n");
	exit(2);
}

/* Document frequencies of stems over every sentence of the files. */
static int
cmph(const void *x, const void *y)
{
	uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;

	return a < b ? -1 : a > b;
}

static void
idf(int argc, char **argv)
{
	uint64_t *t = NULL;
	size_t tcap = 0, nt = 0, i, j, k, docs = 0, nf, cap = 0, first;
	FILE *fp;
	char *line = NULL, *f[8] = { 0 };
	int a, msrp;

	for (a = 0; a < argc; a++) {
		msrp = strstr(argv[a], "msr") != NULL;
		if ((fp = fopen(argv[a], "r")) == NULL)
			err(2, "%s", argv[a]);
		while (getline(&line, &cap, fp) > 0) {
			nf = fields(line, f, 8);
			if (nf < (msrp ? 5u : 7u) || (msrp && strcmp(f[0], "Quality") == 0))
				continue;
			for (k = 0; k < 2; k++) {
				const char *s = msrp ? f[3 + k] : f[5 + k];
				document_reset(&da, "a", 1);
				document_set_text(&da, s, strlen(s));
				document_build(&da, DL_TEXT | DL_SENTENCES, &en);
				claimset_text(&ca, &da);
				docs++;
				first = nt;
				for (i = 0; i < ca.words.n; i++) {
					if (ca.words.v[i].flags & CW_NUM)
						continue;
					if (nt == tcap) {
						tcap = tcap ? 2 * tcap : 4096;
						if ((t = reallocarray(t, tcap, sizeof(*t))) == NULL)
							err(2, NULL);
					}
					t[nt++] = ca.words.v[i].stem;
				}
				/* Once per sentence. */
				qsort(t + first, nt - first, sizeof(*t), cmph);
				for (i = j = first; i < nt; i++)
					if (i == first || t[i] != t[i - 1])
						t[j++] = t[i];
				nt = j;
			}
		}
		fclose(fp);
	}
	qsort(t, nt, sizeof(*t), cmph);
	printf("# Generated by tools/fitclaims -i: sentences counted, then the\n"
	    "# hash of each stem seen in at least 3 of them and its count.\n");
	printf("docs\t%zu\n", docs);
	for (i = 0; i < nt; i = j) {
		for (j = i; j < nt && t[j] == t[i]; j++)
			;
		if (j - i >= 3)
			printf("%016llx\t%zu\n", (unsigned long long)t[i], j - i);
	}
	free(line);
	free(t);
}

int
main(int argc, char *argv[])
{
	struct example *v;
	size_t n, i;
	struct cvres r;
	struct model m;
	int c, mode = 0, j;
	char nm[80];

	while ((c = getopt(argc, argv, "empi")) != -1)
		switch (c) {
		case 'e': case 'm': case 'p': case 'i':
			mode = c;
			break;
		default:
			usage();
		}
	argc -= optind;
	argv += optind;
	if (mode == 0 || argc < 1)
		usage();
	tg = tagger_new();
	static struct lang lg;
	lang_load_or_exit(&lg, "en");
	en.lang = &lg;
	en.tagger = tg;
	en.tag = tagger_document;
	document_init(&da);
	document_init(&db);
	claimset_init(&ca);
	claimset_init(&cb);
	if (mode == 'i') {
		idf(argc, argv);
		return 0;
	}
	if (mode == 'p') {
		double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0, p;
		v = readpairs(argv[0], 0, &n);
		for (i = 0; i < n; i++) {
			p = sim_score(v[i].x);	/* the first terms are the features */
			sx += p; sy += v[i].y;
			sxx += p * p; syy += v[i].y * v[i].y; sxy += p * v[i].y;
		}
		printf("%zu pairs, Pearson %.4f\n", n, (n * sxy - sx * sy) /
		    sqrt((n * sxx - sx * sx) * (n * syy - sy * sy)));
		free(v);
		return 0;
	}
	v = readpairs(argv[0], 1, &n);
	r = crossvalidate(v, n);
	printf("# %zu pairs, 10-fold CV accuracy %.4f F1 %.4f (lambda %g, threshold %.2f)\n",
	    n, r.acc, r.f1, r.lambda, r.thr);
	if (mode == 'e')
		return 0;
	fit(&m, v, n, -1, r.lambda);
	printf("# Generated by tools/fitclaims -m from the MSR paraphrase training set.\n");
	printf("bias\t%.6f\nthreshold\t%.2f\n", m.w[NT], r.thr);
	for (j = 0; j < NT; j++)
		printf("%s\t%.6f\t%.6f\t%.6f\n", sim_term_name(j, nm, sizeof(nm)), m.mean[j],
		    m.sd[j], m.w[j]);
	return 0;
}
