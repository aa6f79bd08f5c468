/*
 * mkclusters: word clusters for the entity tagger, learnt from unlabelled
 * text, so that a name never seen in training looks like the names seen
 * in the same contexts.
 *
 *	mkclusters [-k clusters] [-v words] file ... > clusters.txt
 *
 * Reads the text of the files (JSON Lines: every "text" value; *.iob2:
 * the "# text = " lines; other files of the entities data: the first
 * column, "en:" dropped, a blank line between sentences; anything else:
 * each line), splits it into tokens as the tagger does and lower-cases
 * the words as ner_feat.c does.  The words seen five times or more, at
 * most -v of them (default 40000; make uses 20000) by frequency, each
 * get a vector: the positive pointwise mutual information of each of the
 * 300 most frequent words as its left or right neighbour, normalised.
 * k-means on the cosine (-k, default 256; 12 rounds, started from words
 * spread over the frequency ranking, so the result is deterministic)
 * gives each word its cluster.  Writes "word<TAB>cluster" lines sorted
 * by the bytes of the word (LC_ALL=C).
 */
#include <err.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "tokens.h"
#include "utf8.h"
#include "wordset.h"

#define NCTX	300
#define DIM	(2 * NCTX)
#define MINFREQ	5
#define ROUNDS	12

struct vocab {
	struct wordset	 ids;		/* word -> id + 1 */
	char		**word;
	size_t		*len, *freq;
	size_t		 n, cap;
	int32_t		*seq;		/* ids, -1 between units */
	size_t		 nseq, seqcap;
	struct tokens	 tok;
	struct buf	 low;
};

static void
push(struct vocab *v, int32_t id)
{
	if (v->nseq == v->seqcap) {
		v->seqcap = v->seqcap ? v->seqcap * 2 : 1 << 20;
		if ((v->seq = reallocarray(v->seq, v->seqcap, sizeof(*v->seq))) == NULL)
			err(2, NULL);
	}
	v->seq[v->nseq++] = id;
}

/* The tokens of one unit of text, as ids; words only, others break nothing. */
static void
unit(struct vocab *v, const char *s, size_t n)
{
	size_t i, j, k;
	int32_t cp;
	int id;
	char enc[4];

	tokens_split(&v->tok, s, n);
	for (i = 0; i < v->tok.n; i++) {
		const struct token *t = &v->tok.v[i];
		if (t->kind != TOK_WORD) {
			push(v, -2);	/* a token we do not count */
			continue;
		}
		buf_clear(&v->low);
		for (j = t->start; j < t->end && j - t->start < 64; j += k) {
			k = utf8_decode(s + j, t->end - j, &cp);
			if (cp == UTF8_BAD)
				buf_putc(&v->low, s[j]);
			else
				buf_append(&v->low, enc, utf8_encode(utf8_tolower(cp), enc));
		}
		if ((id = wordset_get(&v->ids, v->low.data, v->low.len)) == 0) {
			if (v->n == v->cap) {
				v->cap = v->cap ? v->cap * 2 : 4096;
				if ((v->word = reallocarray(v->word, v->cap, sizeof(*v->word))) == NULL ||
				    (v->len = reallocarray(v->len, v->cap, sizeof(*v->len))) == NULL ||
				    (v->freq = reallocarray(v->freq, v->cap, sizeof(*v->freq))) == NULL)
					err(2, NULL);
			}
			if ((v->word[v->n] = malloc(v->low.len + 1)) == NULL)
				err(2, NULL);
			memcpy(v->word[v->n], v->low.data, v->low.len);
			v->word[v->n][v->low.len] = '\0';
			v->len[v->n] = v->low.len;
			v->freq[v->n] = 0;
			wordset_add(&v->ids, v->low.data, v->low.len, id = (int)++v->n);
		}
		v->freq[id - 1]++;
		push(v, id - 1);
	}
	push(v, -1);
}

/* A JSON string at p (after its opening quote), unescaped into b; returns the end. */
static const char *
json_string(const char *p, const char *end, struct buf *b)
{
	buf_clear(b);
	while (p < end && *p != '"') {
		if (*p == '\\' && p + 1 < end) {
			p++;
			switch (*p) {
			case 'n': case 'r': case 't':
				buf_putc(b, ' ');
				break;
			case 'u':
				/* Rare in this data: a space keeps words apart. */
				buf_putc(b, ' ');
				p += p + 4 < end ? 4 : 0;
				break;
			default:
				buf_putc(b, *p);
			}
			p++;
			continue;
		}
		buf_putc(b, *p++);
	}
	return p;
}

static int
ends(const char *s, const char *suf)
{
	size_t n = strlen(s), m = strlen(suf);

	return n >= m && strcmp(s + n - m, suf) == 0;
}

static void
readfile(struct vocab *v, const char *path)
{
	FILE *fp;
	char *line = NULL, *p;
	size_t cap = 0;
	ssize_t n;
	struct buf b = { 0 }, sent = { 0 };
	int json = ends(path, ".jsonl"), iob2 = ends(path, ".iob2");
	int conll = !json && !iob2 && strstr(path, "entities/") != NULL;

	if ((fp = fopen(path, "r")) == NULL)
		err(2, "%s", path);
	while ((n = getline(&line, &cap, fp)) > 0) {
		if (line[n - 1] == '\n')
			line[--n] = '\0';
		if (json) {
			const char *q = line, *end = line + n;
			while ((q = strstr(q, "\"text\": \"")) != NULL) {
				q = json_string(q + 9, end, &b);
				unit(v, b.data != NULL ? b.data : "", b.len);
			}
		} else if (iob2) {
			if (strncmp(line, "# text = ", 9) == 0)
				unit(v, line + 9, (size_t)n - 9);
		} else if (conll) {
			if (n == 0 || strncmp(line, "-DOCSTART-", 10) == 0) {
				if (sent.len > 0)
					unit(v, sent.data, sent.len);
				buf_clear(&sent);
				continue;
			}
			p = strncmp(line, "en:", 3) == 0 ? line + 3 : line;
			p[strcspn(p, " \t")] = '\0';
			if (sent.len > 0)
				buf_putc(&sent, ' ');
			buf_append(&sent, p, strlen(p));
		} else
			unit(v, line, (size_t)n);
	}
	if (sent.len > 0)
		unit(v, sent.data, sent.len);
	if (ferror(fp))
		err(2, "%s", path);
	fclose(fp);
	free(line);
	buf_free(&b);
	buf_free(&sent);
}

static struct vocab *sortv;

/* By frequency, then by bytes: a ranking that does not depend on the input's order. */
static int
by_freq(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;

	if (sortv->freq[a] != sortv->freq[b])
		return sortv->freq[a] > sortv->freq[b] ? -1 : 1;
	return strcmp(sortv->word[a], sortv->word[b]);
}

static int
by_word(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;

	return strcmp(sortv->word[a], sortv->word[b]);
}

static int
by_u64(const void *x, const void *y)
{
	uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;

	return a < b ? -1 : a > b;
}

/* The fixed random sign of context dimension c in projected dimension j. */

int
main(int argc, char *argv[])
{
	struct vocab v = { 0 };
	size_t *order, *rank, i, j, c, nv, k = 256, maxv = 40000, npairs = 0;
	uint64_t *pairs;
	float *vec, *cent, *csum;
	size_t *assign, *csize, ctxfreq[2 * NCTX] = { 0 }, total = 0;
	const char *errstr;
	int ch, r;

	while ((ch = getopt(argc, argv, "k:v:")) != -1) {
		switch (ch) {
		case 'k':
			k = (size_t)strtonum(optarg, 2, 4096, &errstr);
			if (errstr)
				errx(2, "-k %s: %s", optarg, errstr);
			break;
		case 'v':
			maxv = (size_t)strtonum(optarg, 100, 10000000, &errstr);
			if (errstr)
				errx(2, "-v %s: %s", optarg, errstr);
			break;
		default:
			fprintf(stderr, "usage: mkclusters [-k clusters] [-v words] file ...\n");
			return 2;
		}
	}
	argc -= optind;
	argv += optind;
	for (r = 0; r < argc; r++)
		readfile(&v, argv[r]);
	if (v.n == 0)
		errx(1, "no words");
	sortv = &v;
	if ((order = reallocarray(NULL, v.n, sizeof(*order))) == NULL ||
	    (rank = reallocarray(NULL, v.n, sizeof(*rank))) == NULL)
		err(2, NULL);
	for (i = 0; i < v.n; i++)
		order[i] = i;
	qsort(order, v.n, sizeof(*order), by_freq);
	for (i = 0; i < v.n; i++)
		rank[order[i]] = i;
	for (nv = 0; nv < v.n && nv < maxv && v.freq[order[nv]] >= MINFREQ; nv++)
		;
	if (nv < k)
		errx(1, "only %zu words seen %d times", nv, MINFREQ);
	fprintf(stderr, "mkclusters: %zu tokens, %zu words, %zu clustered\n",
	    v.nseq, v.n, nv);

	/* (word rank, context) pairs, counted by sorting. */
	if ((pairs = reallocarray(NULL, 4 * v.nseq, sizeof(*pairs))) == NULL)
		err(2, NULL);
	for (i = 0; i < v.nseq; i++) {
		int32_t w = v.seq[i];
		if (w < 0 || rank[w] >= nv)
			continue;
		if (i > 0 && v.seq[i - 1] >= 0 && rank[v.seq[i - 1]] < NCTX) {
			c = rank[v.seq[i - 1]];
			pairs[npairs++] = (uint64_t)rank[w] << 16 | c;
		}
		if (i + 1 < v.nseq && v.seq[i + 1] >= 0 && rank[v.seq[i + 1]] < NCTX) {
			c = NCTX + rank[v.seq[i + 1]];
			pairs[npairs++] = (uint64_t)rank[w] << 16 | c;
		}
	}
	qsort(pairs, npairs, sizeof(*pairs), by_u64);
	for (i = 0; i < npairs; i++) {
		ctxfreq[pairs[i] & 0xFFFF]++;
		total++;
	}
	if ((vec = calloc(nv * DIM, sizeof(*vec))) == NULL)
		err(2, NULL);
	for (i = 0; i < npairs; i = j) {
		size_t w = (size_t)(pairs[i] >> 16), cx = (size_t)(pairs[i] & 0xFFFF);
		size_t wf = 0;
		double pmi;
		for (j = i; j < npairs && pairs[j] == pairs[i]; j++)
			;
		wf = v.freq[order[w]];
		pmi = log((double)(j - i) * (double)total /
		    ((double)wf * 2.0 * (double)ctxfreq[cx]));
		if (pmi <= 0)
			continue;
		vec[w * DIM + cx] = (float)pmi;
	}
	for (i = 0; i < nv; i++) {
		double s = 0;
		for (c = 0; c < DIM; c++)
			s += (double)vec[i * DIM + c] * vec[i * DIM + c];
		s = s > 0 ? 1.0 / sqrt(s) : 0;
		for (c = 0; c < DIM; c++)
			vec[i * DIM + c] *= (float)s;
	}

	/* k-means on the cosine. */
	if ((cent = calloc(k * DIM, sizeof(*cent))) == NULL ||
	    (csum = calloc(k * DIM, sizeof(*csum))) == NULL ||
	    (assign = calloc(nv, sizeof(*assign))) == NULL ||
	    (csize = calloc(k, sizeof(*csize))) == NULL)
		err(2, NULL);
	for (j = 0; j < k; j++)
		memcpy(cent + j * DIM, vec + (j * nv / k) * DIM, DIM * sizeof(*cent));
	for (r = 0; r < ROUNDS; r++) {
		size_t moved = 0;
		memset(csum, 0, k * DIM * sizeof(*csum));
		memset(csize, 0, k * sizeof(*csize));
		for (i = 0; i < nv; i++) {
			size_t best = 0;
			float bd = -2;
			for (j = 0; j < k; j++) {
				float d = 0;
				for (c = 0; c < DIM; c++)
					d += vec[i * DIM + c] * cent[j * DIM + c];
				if (d > bd) {
					bd = d;
					best = j;
				}
			}
			moved += r == 0 || assign[i] != best;
			assign[i] = best;
			csize[best]++;
			for (c = 0; c < DIM; c++)
				csum[best * DIM + c] += vec[i * DIM + c];
		}
		for (j = 0; j < k; j++) {
			double s = 0;
			if (csize[j] == 0)
				continue;	/* keep the old centre */
			for (c = 0; c < DIM; c++)
				s += (double)csum[j * DIM + c] * csum[j * DIM + c];
			s = s > 0 ? 1.0 / sqrt(s) : 0;
			for (c = 0; c < DIM; c++)
				cent[j * DIM + c] = csum[j * DIM + c] * (float)s;
		}
		fprintf(stderr, "mkclusters: round %d, %zu moved\n", r + 1, moved);
	}

	/* The first nv of order, sorted by the word's bytes, for a binary search. */
	{
		size_t *byw = reallocarray(NULL, nv, sizeof(*byw));
		if (byw == NULL)
			err(2, NULL);
		memcpy(byw, order, nv * sizeof(*byw));
		qsort(byw, nv, sizeof(*byw), by_word);
		for (i = 0; i < nv; i++)
			printf("%s\t%zu\n", v.word[byw[i]], assign[rank[byw[i]]]);
		free(byw);
	}
	if (fflush(stdout) != 0 || ferror(stdout))
		err(2, "stdout");
	return 0;
}
