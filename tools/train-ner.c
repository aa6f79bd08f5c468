/*
 * train-ner: train the entity tagger of lib/ner*.c, an averaged structured
 * perceptron over BILOU labels with Viterbi decoding, and write its model
 * file (format in lib/ner_feat.h).
 *
 * Each FILE may carry a weight, FILE:W, that scales its updates (noisy
 * data counts less).  A file with no MISC tag at all is taken to have
 * left MISC names untagged: there, O tokens may be O or MISC, and the
 * gold path is the best one that agrees with the tags it does have.  A
 * file with no document markers is one document per sentence.
 */
#include <err.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ner_feat.h"
#include "nerdata.h"
#include "tokens.h"

#define NL	NER_NLABELS

/* Weights, one row of NL labels per feature. */
static uint64_t	*rowhash;
static float	*W;		/* current weights */
static double	*U;		/* sum of c * update, for averaging */
static unsigned char *rowdense;
static size_t	 nrows, rowcap;
static uint64_t	*mkey;		/* feature hash -> row + 1 */
static uint32_t	*mval;
static size_t	 mcap;
static double	 C = 1;		/* instances seen, for averaging */

/* Training tokens and sentences. */
struct ttok {
	uint32_t	foff;
	uint16_t	nf;
	unsigned char	cap, common, gold, docw;
	uint64_t	lower;
};
struct tsent {
	size_t	t0, n;
	float	wt;
	int	partial;
};
struct tdoc {
	size_t	s0, n;
};
static struct ttok	*toks;
static size_t		 ntoks, tokcap;
static uint32_t		*feats;
static size_t		 nfeats, featcap;
static struct tsent	*sents;
static size_t		 nsents, sentcap;
static struct tdoc	*docs;
static size_t		 ndocs, doccap;

static uint32_t	transrow[NL + 1], prevcaprow[NL + 1][NER_NCAP];
static uint32_t	docrow[NER_NDOC][NER_NCAP][2];

static struct ner_gaz	 gaz;
static unsigned char	*gaztab;

static void *
grow(void *p, size_t *cap, size_t need, size_t size)
{
	size_t n = *cap;

	if (need <= n)
		return p;
	while (n < need)
		n = n ? n * 2 : 1024;
	if ((p = reallocarray(p, n, size)) == NULL)
		err(2, NULL);
	*cap = n;
	return p;
}

static uint32_t
rowid(uint64_t h, int dense)
{
	size_t j, i, oldcap;
	uint64_t *ok;
	uint32_t *ov;

	if ((nrows + 1) * 2 > mcap) {
		ok = mkey;
		ov = mval;
		oldcap = mcap;
		mcap = mcap ? mcap * 2 : 1 << 20;
		if ((mkey = calloc(mcap, sizeof(*mkey))) == NULL ||
		    (mval = calloc(mcap, sizeof(*mval))) == NULL)
			err(2, NULL);
		for (i = 0; i < oldcap; i++) {
			if (ov[i] == 0)
				continue;
			for (j = ok[i] & (mcap - 1); mval[j]; j = (j + 1) & (mcap - 1))
				;
			mkey[j] = ok[i];
			mval[j] = ov[i];
		}
		free(ok);
		free(ov);
	}
	for (j = h & (mcap - 1); mval[j]; j = (j + 1) & (mcap - 1))
		if (mkey[j] == h)
			return mval[j] - 1;
	if (nrows + 1 > rowcap) {
		size_t cap = rowcap;

		rowhash = grow(rowhash, &cap, nrows + 1, sizeof(*rowhash));
		cap = rowcap;
		rowdense = grow(rowdense, &cap, nrows + 1, 1);
		cap = rowcap;
		W = grow(W, &cap, nrows + 1, NL * sizeof(*W));
		cap = rowcap;
		U = grow(U, &cap, nrows + 1, NL * sizeof(*U));
		rowcap = cap;
	}
	rowhash[nrows] = h;
	rowdense[nrows] = (unsigned char)dense;
	memset(W + nrows * NL, 0, NL * sizeof(*W));
	memset(U + nrows * NL, 0, NL * sizeof(*U));
	mkey[j] = h;
	mval[j] = (uint32_t)++nrows;
	return (uint32_t)(nrows - 1);
}

/* Gazetteer: phrase hash -> class bits, in the model file's layout. */
static uint64_t	*gkey;
static uint32_t	*gbits;
static size_t	 gcount, gcap;

static void
gazput(uint64_t h, uint32_t bits)
{
	size_t j;

	for (j = h & (gcap - 1); gkey[j] && gkey[j] != h; j = (j + 1) & (gcap - 1))
		;
	if (gkey[j] == 0) {
		gkey[j] = h;
		gcount++;
		if (gcount * 4 > gcap * 3)
			errx(2, "gazetteer too large");
	}
	gbits[j] |= bits;
}

static void
put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

static unsigned gazbitsn;

static void
loadgaz(const char *dir)
{
	static const struct {
		const char	*file;
		uint32_t	 bits;
	} lists[] = {
		{ "common.txt", GZ_COMMON }, { "proper.txt", GZ_PROPER },
		{ "country.txt", GZ_COUNTRY }, { "region.txt", GZ_REGION },
		{ "city.txt", GZ_CITY }, { "lang.txt", GZ_LANG },
	};
	struct tokens tk = { 0 };
	struct ner_wordinfo wi;
	uint64_t h[NER_GAZMAX];
	char path[PATH_MAX], *line = NULL;
	size_t linecap = 0, i, k, j, gsize;
	ssize_t len;
	FILE *fp;

	gcap = 1 << 18;
	if ((gkey = calloc(gcap, sizeof(*gkey))) == NULL ||
	    (gbits = calloc(gcap, sizeof(*gbits))) == NULL)
		err(2, NULL);
	for (i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, lists[i].file);
		if ((fp = fopen(path, "r")) == NULL)
			err(2, "%s", path);
		while ((len = getline(&line, &linecap, fp)) != -1) {
			while (len > 0 && (line[len - 1] == '\n' ||
			    line[len - 1] == '\r'))
				line[--len] = '\0';
			tokens_split(&tk, line, (size_t)len);
			if (tk.n == 0 || tk.n > NER_GAZMAX)
				continue;
			if (lists[i].bits & (GZ_COMMON | GZ_PROPER) && tk.n != 1)
				continue;
			for (k = 0; k < tk.n; k++) {
				ner_word(NULL, line + tk.v[k].start,
				    tk.v[k].end - tk.v[k].start, 0, &wi);
				h[k] = wi.lower;
			}
			gazput(ner_phrase(h, tk.n), lists[i].bits);
			for (k = 1; k < tk.n; k++)
				gazput(ner_phrase(h, k), GZ_PREFIX);
		}
		fclose(fp);
	}
	free(line);
	tokens_free(&tk);

	for (gazbitsn = 4; ((size_t)1 << gazbitsn) < gcount * 2; gazbitsn++)
		;
	gsize = (size_t)1 << gazbitsn;
	if ((gaztab = calloc(gsize, 8)) == NULL)
		err(2, NULL);
	for (i = 0; i < gcap; i++) {
		if (gkey[i] == 0)
			continue;
		for (j = gkey[i] & (gsize - 1); gaztab[8 * j] | gaztab[8 * j + 1] |
		    gaztab[8 * j + 2] | gaztab[8 * j + 3]; j = (j + 1) & (gsize - 1))
			;
		put32(gaztab + 8 * j, ner_key(gkey[i]));
		put32(gaztab + 8 * j + 4, gbits[i]);
	}
	gaz.tab = gaztab;
	gaz.mask = gsize - 1;
	free(gkey);
	free(gbits);
	fprintf(stderr, "train-ner: gazetteer: %zu entries, %zu slots\n",
	    gcount, gsize);
}

static void
addrow(uint64_t h)
{
	feats = grow(feats, &featcap, nfeats + 1, sizeof(*feats));
	feats[nfeats++] = rowid(h, 0);
}

static void
addslot(const struct ner_wordinfo *wi, int slot)
{
	int k;

	for (k = 0; k < wi->nf[slot]; k++)
		addrow(wi->f[slot][k]);
}

/*
 * WikiANN makes one name of "Atlantic City , New Jersey" and keeps
 * brackets and quotes inside names; CoNLL and the text we tag do not.
 * Split chunks at such marks, which become O.
 */
static void
splitchunks(struct nsent *ns)
{
	static const char *const marks[] = {
		",", "(", ")", ":", ";", "\"", "``", "''", "/", "!", "?",
		"...", "[", "]", "|",
	};
	struct nchunk *out = NULL;
	size_t nout = 0, cap = 0, c, g, k, start;
	int split;

	for (c = 0; c < ns->nchunk; c++) {
		start = ns->chunk[c].start;
		for (g = ns->chunk[c].start; g <= ns->chunk[c].end; g++) {
			split = g == ns->chunk[c].end;
			for (k = 0; !split && k < sizeof(marks) / sizeof(marks[0]); k++)
				split = ns->tend[g] - ns->tstart[g] == strlen(marks[k]) &&
				    memcmp(ns->text.data + ns->tstart[g], marks[k],
				    strlen(marks[k])) == 0;
			if (!split)
				continue;
			if (g > start) {
				out = grow(out, &cap, nout + 1, sizeof(*out));
				out[nout].start = start;
				out[nout].end = g;
				out[nout++].type = ns->chunk[c].type;
			}
			start = g + 1;
		}
	}
	free(ns->chunk);
	ns->chunk = out;
	ns->nchunk = ns->chunkcap = nout;
	ns->chunkcap = cap;
}

/* Turn a read sentence into training tokens. */
static void
addsent(struct nsent *ns, struct tokens *tk, float wt)
{
	static struct ner_wordinfo *wi;
	static size_t wicap;
	static unsigned char *gpos;
	static size_t gposcap;
	static uint64_t *low;
	static uint32_t *one;
	static size_t lowcap, onecap;
	struct ner_wordinfo bos, eos;
	const char *s = ns->text.data;
	size_t n, i, j, g, c;
	int capsent, p;

	n = tokens_split(tk, s, ns->text.len);
	if (n == 0)
		return;
	wi = grow(wi, &wicap, n, sizeof(*wi));
	gpos = grow(gpos, &gposcap, n * NER_NGAZ, 1);
	low = grow(low, &lowcap, n, sizeof(*low));
	one = grow(one, &onecap, n, sizeof(*one));
	capsent = ner_capsent(s, tk);
	for (i = 0; i < n; i++) {
		ner_word(&gaz, s + tk->v[i].start, tk->v[i].end - tk->v[i].start,
		    capsent, &wi[i]);
		low[i] = wi[i].lower;
		one[i] = wi[i].gazall;
	}
	ner_boundary(0, &bos);
	ner_boundary(1, &eos);
	ner_gaz_match(&gaz, low, one, n, gpos);

	sents = grow(sents, &sentcap, nsents + 1, sizeof(*sents));
	sents[nsents].t0 = ntoks;
	sents[nsents].n = n;
	sents[nsents].wt = wt;
	sents[nsents].partial = 0;
	nsents++;
	toks = grow(toks, &tokcap, ntoks + n, sizeof(*toks));
	for (i = 0; i < n; i++) {
		struct ttok *t = &toks[ntoks + i];

		t->foff = (uint32_t)nfeats;
		addslot(&wi[i], SLOT_W);
		if (i == 0)
			addslot(&wi[i], SLOT_FIRST);
		addslot(i >= 1 ? &wi[i - 1] : &bos, SLOT_P1);
		addslot(i >= 2 ? &wi[i - 2] : &bos, SLOT_P2);
		addslot(i + 1 < n ? &wi[i + 1] : &eos, SLOT_N1);
		addslot(i + 2 < n ? &wi[i + 2] : &eos, SLOT_N2);
		for (c = 0; c < NER_NGAZ; c++)
			if ((p = gpos[i * NER_NGAZ + c]) != 0) {
				feats = grow(feats, &featcap, nfeats + 1,
				    sizeof(*feats));
				feats[nfeats++] = rowid(ner_fdense(D_GAZ, (int)c,
				    p, wi[i].cap), 1);
			}
		t->nf = (uint16_t)(nfeats - t->foff);
		t->cap = wi[i].cap;
		t->common = (wi[i].gaz & GZ_COMMON) != 0;
		t->docw = (unsigned char)ner_docword(wi[i].cap);
		t->lower = wi[i].lower;
		t->gold = 0;
	}
	/* Gold labels: project the chunks of the data's tokens onto ours. */
	for (c = 0; c < ns->nchunk; c++) {
		size_t a = SIZE_MAX, b = 0;
		int type = ns->chunk[c].type;

		if (type == NT_OTHER)
			continue;
		for (i = 0; i < n; i++) {
			for (g = 0; g < ns->ntok && ns->tend[g] <= tk->v[i].start; g++)
				;
			if (g >= ns->chunk[c].start && g < ns->chunk[c].end) {
				if (a == SIZE_MAX)
					a = i;
				b = i + 1;
			}
		}
		if (a == SIZE_MAX)
			continue;
		for (j = a; j < b; j++)
			toks[ntoks + j].gold = (unsigned char)NER_LABEL(type,
			    b - a == 1 ? NER_U : j == a ? NER_B :
			    j + 1 == b ? NER_L : NER_I);
	}
	ntoks += n;
}

static void
readfile(const char *arg)
{
	char *path, *colon, *end;
	float wt = 1;
	struct nsent ns = { 0 };
	struct tokens tk = { 0 };
	size_t s0 = nsents, i, docstart;
	int anydoc = 0, anymisc = 0;
	FILE *fp;

	if ((path = strdup(arg)) == NULL)
		err(2, NULL);
	if ((colon = strrchr(path, ':')) != NULL) {
		errno = 0;
		wt = strtof(colon + 1, &end);
		if (errno || *end != '\0' || end == colon + 1 || wt <= 0)
			errx(2, "%s: bad weight", arg);
		*colon = '\0';
	}
	if ((fp = fopen(path, "r")) == NULL)
		err(2, "%s", path);
	docstart = nsents;
	while (nerdata_read(fp, &ns)) {
		if (ns.newdoc) {
			anydoc = 1;
			if (nsents > docstart) {
				docs = grow(docs, &doccap, ndocs + 1, sizeof(*docs));
				docs[ndocs].s0 = docstart;
				docs[ndocs++].n = nsents - docstart;
			}
			docstart = nsents;
		}
		anymisc |= ns.hasmisc;
		splitchunks(&ns);
		addsent(&ns, &tk, wt);
	}
	if (ferror(fp))
		err(2, "%s", path);
	fclose(fp);
	if (anydoc) {
		if (nsents > docstart) {
			docs = grow(docs, &doccap, ndocs + 1, sizeof(*docs));
			docs[ndocs].s0 = docstart;
			docs[ndocs++].n = nsents - docstart;
		}
	} else {
		for (i = s0; i < nsents; i++) {
			docs = grow(docs, &doccap, ndocs + 1, sizeof(*docs));
			docs[ndocs].s0 = i;
			docs[ndocs++].n = 1;
		}
	}
	for (i = s0; i < nsents; i++)
		sents[i].partial = !anymisc;
	fprintf(stderr, "train-ner: %s: %zu sentences, weight %g%s%s\n", path,
	    nsents - s0, (double)wt, anymisc ? "" : ", MISC untagged",
	    anydoc ? "" : ", a document per sentence");
	nerdata_free(&ns);
	tokens_free(&tk);
	free(path);
}

/* Document memory while training, as in lib/ner.c. */
static uint64_t	*dkey;
static unsigned char *dval;
static size_t	 dcap, dcount;

static void
docreset(void)
{
	if (dcount)
		memset(dval, 0, dcap);
	dcount = 0;
}

static int
docget(uint64_t k)
{
	size_t j;

	for (j = k & (dcap - 1); dval[j]; j = (j + 1) & (dcap - 1))
		if (dkey[j] == k)
			return dval[j];
	return 0;
}

static void
docput(uint64_t k, int v)
{
	size_t j;

	for (j = k & (dcap - 1); dval[j]; j = (j + 1) & (dcap - 1))
		if (dkey[j] == k) {
			if (v > 1)
				dval[j] = (unsigned char)v;
			return;
		}
	if (++dcount * 2 > dcap)
		errx(2, "document too long");
	dkey[j] = k;
	dval[j] = (unsigned char)v;
}

static float	*E;
static size_t	 Ecap;
static unsigned char *bp, *pred, *gold;
static size_t	 bpcap, predcap, goldcap;
static int32_t	*dvrow;
static size_t	 dvcap;

static float
tr(int p, int l, int cap)
{
	return W[(size_t)transrow[p] * NL + l] +
	    W[(size_t)prevcaprow[p][cap] * NL + l];
}

static int
allowed(int l, const struct ttok *t, int partial)
{
	if (!partial)
		return 1;
	if (t->gold != 0)
		return l == t->gold;
	return l == 0 || NER_LTYPE(l) == NT_MISC;
}

/* Best BILOU path; restricted to allowed labels if restrict is set. */
static void
viterbi(const struct tsent *s, int restrict_, unsigned char *out)
{
	const struct ttok *t = toks + s->t0;
	float sc[NL], ns[NL], best, v;
	const float neg = -1e30f;
	int l, p, arg, lp, pp;
	size_t i;

	for (l = 0; l < NL; l++) {
		lp = l == 0 ? NER_B : NER_LPOS(l);
		sc[l] = (lp == NER_I || lp == NER_L ||
		    (restrict_ && !allowed(l, &t[0], 1))) ? neg :
		    E[l] + tr(NER_BOS, l, t[0].cap);
	}
	for (i = 1; i < s->n; i++) {
		for (l = 0; l < NL; l++) {
			lp = l == 0 ? NER_B : NER_LPOS(l);
			best = neg;
			arg = 0;
			if (!restrict_ || allowed(l, &t[i], 1)) {
				for (p = 0; p < NL; p++) {
					pp = p == 0 ? NER_U : NER_LPOS(p);
					if (lp == NER_I || lp == NER_L) {
						if (p == 0 || NER_LTYPE(p) != NER_LTYPE(l) ||
						    (pp != NER_B && pp != NER_I))
							continue;
					} else if (pp == NER_B || pp == NER_I)
						continue;
					if (sc[p] <= neg / 2)
						continue;
					v = sc[p] + tr(p, l, t[i].cap);
					if (best <= neg / 2 || v > best) {
						best = v;
						arg = p;
					}
				}
			}
			ns[l] = best <= neg / 2 ? neg : best + E[i * NL + l];
			bp[i * NL + l] = (unsigned char)arg;
		}
		memcpy(sc, ns, sizeof(sc));
	}
	arg = -1;
	for (l = 0; l < NL; l++) {
		lp = l == 0 ? NER_U : NER_LPOS(l);
		if ((lp == NER_L || lp == NER_U) && sc[l] > neg / 2 &&
		    (arg < 0 || sc[l] > sc[arg]))
			arg = l;
	}
	if (arg < 0)
		arg = 0;
	for (i = s->n; i-- > 0; ) {
		out[i] = (unsigned char)arg;
		if (i > 0)
			arg = bp[i * NL + arg];
	}
}

static void
upd(uint32_t r, int l, float d)
{
	W[(size_t)r * NL + l] += d;
	U[(size_t)r * NL + l] += C * d;
}

static size_t
trainsent(const struct tsent *s)
{
	const struct ttok *t = toks + s->t0;
	size_t i, k, err = 0;
	int l, dv, g, p, gp, pp;
	float *e;

	E = grow(E, &Ecap, s->n * NL, sizeof(*E));
	bp = grow(bp, &bpcap, s->n * NL, 1);
	pred = grow(pred, &predcap, s->n, 1);
	gold = grow(gold, &goldcap, s->n, 1);
	dvrow = grow(dvrow, &dvcap, s->n, sizeof(*dvrow));
	for (i = 0; i < s->n; i++) {
		e = E + i * NL;
		memset(e, 0, NL * sizeof(*e));
		for (k = 0; k < t[i].nf; k++) {
			const float *w = W + (size_t)feats[t[i].foff + k] * NL;

			for (l = 0; l < NL; l++)
				e[l] += w[l];
		}
		dvrow[i] = -1;
		if (t[i].docw && (dv = docget(t[i].lower)) != 0) {
			const float *w;

			dvrow[i] = (int32_t)docrow[dv][t[i].cap][t[i].common];
			w = W + (size_t)dvrow[i] * NL;
			for (l = 0; l < NL; l++)
				e[l] += w[l];
		}
	}
	viterbi(s, 0, pred);
	if (s->partial)
		viterbi(s, 1, gold);
	else
		for (i = 0; i < s->n; i++)
			gold[i] = t[i].gold;
	for (i = 0; i < s->n; i++) {
		g = gold[i];
		p = pred[i];
		gp = i ? gold[i - 1] : NER_BOS;
		pp = i ? pred[i - 1] : NER_BOS;
		if (g != p) {
			err++;
			for (k = 0; k < t[i].nf; k++) {
				upd(feats[t[i].foff + k], g, s->wt);
				upd(feats[t[i].foff + k], p, -s->wt);
			}
			if (dvrow[i] >= 0) {
				upd((uint32_t)dvrow[i], g, s->wt);
				upd((uint32_t)dvrow[i], p, -s->wt);
			}
		}
		if (g != p || gp != pp) {
			upd(transrow[gp], g, s->wt);
			upd(prevcaprow[gp][t[i].cap], g, s->wt);
			upd(transrow[pp], p, -s->wt);
			upd(prevcaprow[pp][t[i].cap], p, -s->wt);
		}
	}
	C++;
	for (i = 0; i < s->n; i++)
		if (t[i].docw)
			docput(t[i].lower, pred[i] ? 2 + NER_LTYPE(pred[i]) : 1);
	return err;
}

static uint64_t rng = 0x9E3779B97F4A7C15ULL;

static uint64_t
rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void
train(int epochs)
{
	size_t *order, i, j, k, tmp, errs, maxdoc = 0;
	int ep;

	if ((order = calloc(ndocs, sizeof(*order))) == NULL)
		err(2, NULL);
	for (i = 0; i < ndocs; i++) {
		order[i] = i;
		for (j = 0, k = 0; j < docs[i].n; j++)
			k += sents[docs[i].s0 + j].n;
		if (k > maxdoc)
			maxdoc = k;
	}
	for (dcap = 64; dcap < maxdoc * 2 + 2; dcap *= 2)
		;
	if ((dkey = calloc(dcap, sizeof(*dkey))) == NULL ||
	    (dval = calloc(dcap, 1)) == NULL)
		err(2, NULL);
	for (ep = 0; ep < epochs; ep++) {
		for (i = ndocs; i > 1; i--) {
			j = rnd() % i;
			tmp = order[i - 1];
			order[i - 1] = order[j];
			order[j] = tmp;
		}
		errs = 0;
		for (i = 0; i < ndocs; i++) {
			docreset();
			for (j = 0; j < docs[order[i]].n; j++)
				errs += trainsent(&sents[docs[order[i]].s0 + j]);
		}
		fprintf(stderr, "train-ner: epoch %d: %zu token errors (%.2f%%)\n",
		    ep + 1, errs, 100.0 * (double)errs / (double)ntoks);
	}
	free(order);
}

static void
writemodel(const char *path, double prune, double qmax)
{
	double maxabs = 0, a, scale;
	size_t r, kept = 0, npool = 0, fsize, j, collide = 0;
	unsigned fbits;
	unsigned char *ftab, *pool, hdr[sizeof(struct ner_header)];
	int16_t q[NL];
	uint32_t mask;
	int l, nz;
	FILE *fp;

	for (r = 0; r < nrows; r++)
		for (l = 0; l < NL; l++) {
			a = fabs(W[r * NL + l] - U[r * NL + l] / C);
			if (a > maxabs)
				maxabs = a;
		}
	scale = maxabs > 0 ? qmax / maxabs : 1;
	/* First pass: count what survives pruning. */
	for (r = 0; r < nrows; r++) {
		for (l = 0, nz = 0; l < NL; l++) {
			a = (W[r * NL + l] - U[r * NL + l] / C) * scale;
			if (fabs(a) >= prune || (rowdense[r] && fabs(a) >= 0.5))
				nz++;
		}
		if (nz) {
			kept++;
			npool += (size_t)nz;
		}
	}
	for (fbits = 4; ((size_t)1 << fbits) * 3 < kept * 4; fbits++)
		;
	fsize = (size_t)1 << fbits;
	if ((ftab = calloc(fsize, 12)) == NULL ||
	    (pool = calloc(npool ? npool : 1, 2)) == NULL)
		err(2, NULL);
	npool = 0;
	for (r = 0; r < nrows; r++) {
		mask = 0;
		nz = 0;
		for (l = 0; l < NL; l++) {
			a = (W[r * NL + l] - U[r * NL + l] / C) * scale;
			if (fabs(a) >= prune || (rowdense[r] && fabs(a) >= 0.5)) {
				mask |= 1U << l;
				q[nz++] = (int16_t)lrint(a);
			}
		}
		if (mask == 0)
			continue;
		for (j = rowhash[r] & (fsize - 1); ner_u32(ftab + 12 * j) != 0;
		    j = (j + 1) & (fsize - 1))
			if (ner_u32(ftab + 12 * j) == ner_key(rowhash[r]))
				collide++;
		put32(ftab + 12 * j, ner_key(rowhash[r]));
		put32(ftab + 12 * j + 4, mask);
		put32(ftab + 12 * j + 8, (uint32_t)npool);
		for (l = 0; l < nz; l++) {
			pool[2 * npool] = (unsigned char)((uint16_t)q[l] & 0xFF);
			pool[2 * npool + 1] = (unsigned char)((uint16_t)q[l] >> 8);
			npool++;
		}
	}
	memset(hdr, 0, sizeof(hdr));
	put32(hdr, NER_MAGIC);
	put32(hdr + 4, NER_FEATVER);
	put32(hdr + 8, NL);
	put32(hdr + 12, fbits);
	put32(hdr + 16, gazbitsn);
	put32(hdr + 20, (uint32_t)npool);
	if ((fp = fopen(path, "wb")) == NULL)
		err(2, "%s", path);
	fwrite(hdr, 1, sizeof(hdr), fp);
	fwrite(ftab, 12, fsize, fp);
	fwrite(gaztab, 8, (size_t)1 << gazbitsn, fp);
	fwrite(pool, 2, npool, fp);
	if (fflush(fp) == EOF || ferror(fp) || fclose(fp) == EOF)
		err(2, "%s", path);
	fprintf(stderr, "train-ner: %s: %zu of %zu features, %zu weights, "
	    "%zu key clashes, %.1f MB\n", path, kept, nrows, npool, collide,
	    (double)(sizeof(hdr) + 12 * fsize + 8 * ((size_t)1 << gazbitsn) +
	    2 * npool) / 1e6);
	free(ftab);
	free(pool);
}

static void
usage(void)
{
	fprintf(stderr, "usage: train-ner [-e epochs] [-g gazdir] [-p prune] "
	    "[-s seed] -o model file[:weight] ...\n");
	exit(2);
}

int
main(int argc, char *argv[])
{
	const char *out = NULL, *gazdir = "lib/data/gaz", *errstr;
	int ch, epochs = 12, i, c, d, x;
	double prune = 0.5, qmax = 4095;

	while ((ch = getopt(argc, argv, "e:g:o:p:q:s:")) != -1) {
		switch (ch) {
		case 'e':
			epochs = (int)strtonum(optarg, 1, 1000, &errstr);
			if (errstr)
				errx(2, "-e %s: %s", optarg, errstr);
			break;
		case 'g':
			gazdir = optarg;
			break;
		case 'o':
			out = optarg;
			break;
		case 'p':
			prune = strtod(optarg, NULL);
			break;
		case 'q':
			qmax = strtod(optarg, NULL);
			if (qmax < 1 || qmax > 32767)
				errx(2, "-q %s: out of range", optarg);
			break;
		case 's':
			rng ^= (uint64_t)strtonum(optarg, 0, INT_MAX, &errstr) *
			    0x2545F4914F6CDD1DULL;
			if (errstr)
				errx(2, "-s %s: %s", optarg, errstr);
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (out == NULL || argc == 0)
		usage();

	for (i = 0; i <= NL; i++) {
		transrow[i] = rowid(ner_fdense(D_TRANS, i, 0, 0), 1);
		for (c = 0; c < NER_NCAP; c++)
			prevcaprow[i][c] = rowid(ner_fdense(D_PREVCAP, i, c, 0), 1);
	}
	for (d = 0; d < NER_NDOC; d++)
		for (c = 0; c < NER_NCAP; c++)
			for (x = 0; x < 2; x++)
				docrow[d][c][x] = rowid(ner_fdense(D_DOC, d, c, x), 1);
	loadgaz(gazdir);
	for (i = 0; i < argc; i++)
		readfile(argv[i]);
	fprintf(stderr, "train-ner: %zu documents, %zu sentences, %zu tokens, "
	    "%zu features\n", ndocs, nsents, ntoks, nrows);
	train(epochs);
	writemodel(out, prune, qmax);
	return 0;
}
