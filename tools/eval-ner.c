/*
 * eval-ner: run the entity tagger on annotated files and print
 * conlleval-style entity-level precision, recall and F1 (exact span and
 * type) for PER, ORG and LOC.  MISC and other types are set aside on both
 * sides.  Each sentence is its tokens joined by spaces; a mention maps
 * back to the tokens it starts and ends in.  A file with no document
 * markers is one document per sentence.
 *
 * -m FILE uses a model file instead of the compiled-in model; -r N tags
 * the data N times more and reports the speed; -v lists the mentions
 * missed (FN) and wrongly found (FP).
 *
 * -e scores through tag-entities sentence by sentence (tagger_sentence);
 * -d through the document pass, each document its own input built as
 * lib/document.h has it (tagger_document).  Both also count the names
 * typed two ways in one document ("inconsistent"): distinct texts,
 * case folded, with more than one of PERSON, ORG, GPE/LOC, NORP/EVENT.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "document.h"
#include "entities.h"
#include "ner.h"
#include "nerdata.h"

struct counts {
	size_t	tp[3], gold[3], pred[3];
};

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int
hasdocs(FILE *fp)
{
	char *line = NULL;
	size_t cap = 0;
	int found = 0;

	while (!found && getline(&line, &cap, fp) != -1)
		found = strncmp(line, "-DOCSTART-", 10) == 0 ||
		    strncmp(line, "# newdoc", 8) == 0;
	free(line);
	rewind(fp);
	return found;
}

/* The index of the token holding byte off. */
static size_t
tokat(const struct nsent *s, size_t off)
{
	size_t lo = 0, hi = s->ntok, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (s->tend[mid] <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < s->ntok ? lo : s->ntok - 1;
}

static int verbose;

/*
 * -e: the mentions as tag-entities gives them (titles stripped, types
 * mapped), scored as CoNLL: PERSON as PER, ORG as ORG, GPE and LOC as
 * LOC; NORP and EVENT set aside as MISC is; numbers and dates ignored.
 */
struct collect {
	struct ner_mention	*m;
	size_t			 n, cap;
	struct doc_entity	**ents;	/* sentence mode: the entities kept here too */
	size_t			*nents, *entcap;
	uint64_t		 base;
	size_t			 sent;
};

static void
collect(void *ctx, const struct entity *e)
{
	struct collect *c = ctx;
	enum ner_type t;

	if (c->ents != NULL) {
		/* Sentence mode: the document's entities, for the consistency count. */
		if (*c->nents == *c->entcap) {
			*c->entcap = *c->entcap ? *c->entcap * 2 : 64;
			if ((*c->ents = reallocarray(*c->ents, *c->entcap,
			    sizeof(**c->ents))) == NULL)
				err(2, NULL);
		}
		(*c->ents)[*c->nents].start = c->base + e->start;
		(*c->ents)[*c->nents].end = c->base + e->end;
		(*c->ents)[*c->nents].type = e->type;
		(*c->ents)[*c->nents].key = "";
		(*c->ents)[*c->nents].keylen = 0;
		(*c->ents)[*c->nents].sent = c->sent;
		++*c->nents;
	}
	switch (e->type) {
	case ET_PERSON:
		t = NER_PER;
		break;
	case ET_ORG:
		t = NER_ORG;
		break;
	case ET_GPE:
	case ET_LOC:
		t = NER_LOC;
		break;
	case ET_NORP:
	case ET_EVENT:
		t = NER_MISC;
		break;
	default:
		return;
	}
	if (c->n < c->cap) {
		c->m[c->n].start = e->start;
		c->m[c->n].end = e->end;
		c->m[c->n].type = t;
		c->n++;
	}
}

static void
show(const char *what, const struct nsent *s, size_t a, size_t b, int t)
{
	printf("%s %s\t%.*s\t| %.*s\n", what, nerdata_typename(t),
	    (int)(s->tend[b - 1] - s->tstart[a]), s->text.data + s->tstart[a],
	    (int)s->text.len, s->text.data);
}

static void
score(const struct nsent *s, const struct ner_mention *m, size_t nm,
    struct counts *c)
{
	size_t i, j, a, b;
	int t, hit;

	for (j = 0; j < s->nchunk; j++)
		if (s->chunk[j].type < 3)
			c->gold[s->chunk[j].type]++;
	for (i = 0; i < nm; i++) {
		if ((t = (int)m[i].type) >= 3)
			continue;
		c->pred[t]++;
		a = tokat(s, m[i].start);
		b = tokat(s, m[i].end - 1) + 1;
		hit = 0;
		for (j = 0; j < s->nchunk; j++)
			if (s->chunk[j].start == a && s->chunk[j].end == b &&
			    s->chunk[j].type == t)
				hit = 1;
		c->tp[t] += hit;
		if (verbose && !hit)
			show("FP", s, a, b, t);
	}
	for (j = 0; verbose && j < s->nchunk; j++) {
		if (s->chunk[j].type >= 3)
			continue;
		for (i = 0, hit = 0; i < nm; i++)
			if (tokat(s, m[i].start) == s->chunk[j].start &&
			    tokat(s, m[i].end - 1) + 1 == s->chunk[j].end &&
			    (int)m[i].type == s->chunk[j].type)
				hit = 1;
		if (!hit)
			show("FN", s, s->chunk[j].start, s->chunk[j].end,
			    s->chunk[j].type);
	}
}

static void
prf(const char *name, size_t tp, size_t gold, size_t pred)
{
	double p = pred ? (double)tp / (double)pred : 0;
	double r = gold ? (double)tp / (double)gold : 0;
	double f = p + r > 0 ? 2 * p * r / (p + r) : 0;

	printf("%-8s %9.4f %9.4f %9.4f %7zu %7zu %7zu\n", name, p, r, f, gold,
	    pred, tp);
}

static char *
slurp(const char *path, size_t *n)
{
	struct buf b = { 0 };
	char tmp[65536];
	size_t k;
	FILE *fp;

	if ((fp = fopen(path, "rb")) == NULL)
		err(2, "%s", path);
	while ((k = fread(tmp, 1, sizeof(tmp), fp)) > 0)
		buf_append(&b, tmp, k);
	if (ferror(fp))
		err(2, "%s", path);
	fclose(fp);
	*n = b.len;
	return b.data;
}

/* A sentence of the document being read, copied out of the reader. */
struct dsent {
	struct nsent	 s;
	struct ner_mention *m;
	size_t		 nm, mcap;
};

struct dbuf {
	struct dsent	*v;
	size_t		 n, cap;
	struct doc_entity *ents;	/* sentence mode */
	size_t		 nents, entcap;
	size_t		 inconsistent, names;
};

static void
copy_sent(struct dbuf *db, const struct nsent *s)
{
	struct dsent *t;

	if (db->n == db->cap) {
		db->cap = db->cap ? db->cap * 2 : 64;
		if ((db->v = reallocarray(db->v, db->cap, sizeof(*db->v))) == NULL)
			err(2, NULL);
		memset(db->v + db->n, 0, (db->cap - db->n) * sizeof(*db->v));
	}
	t = &db->v[db->n++];
	buf_clear(&t->s.text);
	buf_append(&t->s.text, s->text.data, s->text.len);
	if (t->s.tokcap < s->ntok) {
		t->s.tokcap = s->ntok;
		if ((t->s.tstart = reallocarray(t->s.tstart, s->ntok, sizeof(size_t))) == NULL ||
		    (t->s.tend = reallocarray(t->s.tend, s->ntok, sizeof(size_t))) == NULL)
			err(2, NULL);
	}
	memcpy(t->s.tstart, s->tstart, s->ntok * sizeof(size_t));
	memcpy(t->s.tend, s->tend, s->ntok * sizeof(size_t));
	t->s.ntok = s->ntok;
	if (t->s.chunkcap < s->nchunk) {
		t->s.chunkcap = s->nchunk;
		if ((t->s.chunk = reallocarray(t->s.chunk, s->nchunk,
		    sizeof(*t->s.chunk))) == NULL)
			err(2, NULL);
	}
	if (s->nchunk > 0)
		memcpy(t->s.chunk, s->chunk, s->nchunk * sizeof(*s->chunk));
	t->s.nchunk = s->nchunk;
	t->nm = 0;
	if (t->mcap < s->ntok + 1) {
		t->mcap = s->ntok + 1;
		if ((t->m = reallocarray(t->m, t->mcap, sizeof(*t->m))) == NULL)
			err(2, NULL);
	}
}

static int
coarse(enum ent_type t)
{
	switch (t) {
	case ET_PERSON: return 0;
	case ET_ORG: return 1;
	case ET_GPE: case ET_LOC: return 2;
	case ET_NORP: case ET_EVENT: return 3;
	default: return -1;
	}
}

/* Names of the document typed two ways: each distinct text counted once. */
static void
consistency(struct dbuf *db, const struct document *d)
{
	size_t i, j, ni, nj;
	int seen, two;

	for (i = 0; i < d->nents; i++) {
		if (coarse(d->ents[i].type) < 0)
			continue;
		ni = (size_t)(d->ents[i].end - d->ents[i].start);
		seen = two = 0;
		for (j = 0; j < d->nents && !seen; j++) {
			nj = (size_t)(d->ents[j].end - d->ents[j].start);
			if (coarse(d->ents[j].type) < 0 || nj != ni ||
			    strncasecmp(d->text + d->ents[i].start,
			    d->text + d->ents[j].start, ni) != 0)
				continue;
			if (j < i)
				seen = 1;	/* counted at its first mention */
			else if (coarse(d->ents[j].type) != coarse(d->ents[i].type))
				two = 1;
		}
		if (seen)
			continue;
		db->names++;
		db->inconsistent += two;
	}
}

/* Tag the buffered document, one way or the other, and score it. */
static void
flush_doc(struct dbuf *db, struct tagger *tg, struct document *d,
    int docpass, struct counts *c, double *tagtime)
{
	struct sentence st;
	struct collect col;
	struct dsent *t;
	size_t i;
	uint64_t off = 0;
	double t1;

	if (db->n == 0)
		return;
	document_reset(d, "eval", 4);
	for (i = 0; i < db->n; i++) {
		t = &db->v[i];
		if (i > 0)
			document_append_text(d, "\n", 1);
		document_append_text(d, t->s.text.data, t->s.text.len);
		st.start = off;
		st.end = off + t->s.text.len;
		st.n = i + 1;
		st.para = i + 1;
		st.text = t->s.text.data;
		document_add_sentence(d, &st);
		off = st.end + 1;
	}
	t1 = now();
	if (docpass) {
		struct doc_engines en = { NULL, tg, NULL, tagger_document, NULL };
		document_build(d, DL_ENTITIES, &en);
	} else {
		struct doc_engines en = { NULL, NULL, NULL, NULL, NULL };
		document_build(d, 0, &en);
		tagger_begin(tg);
		db->nents = 0;
		for (i = 0; i < db->n; i++) {
			t = &db->v[i];
			col.m = t->m;
			col.n = 0;
			col.cap = t->mcap;
			col.ents = &db->ents;
			col.nents = &db->nents;
			col.entcap = &db->entcap;
			col.base = d->sents[i].start;
			col.sent = i;
			tagger_sentence(tg, t->s.text.data, t->s.text.len, collect, &col);
			t->nm = col.n;
		}
		document_set_entities(d, db->ents, db->nents);
	}
	*tagtime += now() - t1;
	if (docpass)
		for (i = 0; i < d->nents; i++) {
			const struct doc_entity *e = &d->ents[i];
			struct entity x;
			t = &db->v[e->sent];
			col.m = t->m;
			col.n = t->nm;
			col.cap = t->mcap;
			col.ents = NULL;
			x.start = (size_t)(e->start - d->sents[e->sent].start);
			x.end = (size_t)(e->end - d->sents[e->sent].start);
			x.type = e->type;
			x.key = e->key;
			x.keylen = e->keylen;
			collect(&col, &x);
			t->nm = col.n;
		}
	for (i = 0; i < db->n; i++)
		score(&db->v[i].s, db->v[i].m, db->v[i].nm, c);
	consistency(db, d);
	db->n = 0;
}

static void
usage(void)
{
	fprintf(stderr, "usage: eval-ner [-dev] [-m model] [-r repeat] file ...\n");
	exit(2);
}

int
main(int argc, char *argv[])
{
	struct ner_model *model;
	struct ner_doc *doc;
	struct ner_mention *m = NULL;
	struct nsent s = { 0 };
	struct counts c;
	struct buf all = { 0 };
	size_t mcap = 0, nm, nsent, ntok, bytes, blobn = 0, *starts = NULL;
	size_t nstarts = 0, scap = 0, i;
	const char *errstr, *name;
	char *blob = NULL;
	double t0, t1, tagtime;
	int ch, rval = 0, repeat = 0, docs, r, k, through = 0, docpass = 0;
	struct tagger *tg = NULL;
	struct dbuf db = { 0 };
	struct document d;
	FILE *fp;

	while ((ch = getopt(argc, argv, "dem:r:v")) != -1) {
		switch (ch) {
		case 'd':
			through = docpass = 1;
			break;
		case 'e':
			through = 1;
			break;
		case 'v':
			verbose = 1;
			break;
		case 'm':
			blob = slurp(optarg, &blobn);
			break;
		case 'r':
			repeat = (int)strtonum(optarg, 0, 100000, &errstr);
			if (errstr)
				errx(2, "-r %s: %s", optarg, errstr);
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		usage();
	t0 = now();
	model = blob ? ner_open(blob, blobn) : ner_load();
	if (model == NULL)
		errx(2, "%s: not a model of this version", blob ? "-m" : "built-in model");
	doc = ner_doc_new(model);
	printf("model loaded in %.2f ms\n", (now() - t0) * 1e3);
	if (through) {
		tg = tagger_new();
		repeat = 0;
		printf("scored through tag-entities (GPE and LOC as LOC)%s\n",
		    docpass ? ", document pass" : "");
	}
	document_init(&d);

	for (k = 0; k < argc; k++) {
		if ((fp = fopen(argv[k], "r")) == NULL) {
			warn("%s", argv[k]);
			rval = 1;
			continue;
		}
		name = strrchr(argv[k], '/') ? strrchr(argv[k], '/') + 1 : argv[k];
		docs = hasdocs(fp);
		memset(&c, 0, sizeof(c));
		nsent = ntok = bytes = 0;
		tagtime = 0;
		buf_clear(&all);
		nstarts = 0;
		ner_doc_reset(doc);
		db.inconsistent = db.names = 0;
		while (nerdata_read(fp, &s)) {
			if (!docs || s.newdoc) {
				ner_doc_reset(doc);
				if (tg != NULL)
					flush_doc(&db, tg, &d, docpass, &c, &tagtime);
			}
			if (tg != NULL) {
				copy_sent(&db, &s);
				nsent++;
				ntok += s.ntok;
				bytes += s.text.len + 1;
				continue;
			}
			if (mcap < s.ntok + 1) {
				mcap = s.ntok + 1;
				if ((m = reallocarray(m, mcap, sizeof(*m))) == NULL)
					err(2, NULL);
			}
			t1 = now();
			nm = ner_tag(model, doc, s.text.data, s.text.len, m, mcap);
			tagtime += now() - t1;
			score(&s, m, nm < mcap ? nm : mcap, &c);
			nsent++;
			ntok += s.ntok;
			bytes += s.text.len + 1;
			if (repeat) {
				if (nstarts + 2 > scap) {
					scap = scap ? 2 * scap : 1024;
					if ((starts = reallocarray(starts, scap,
					    sizeof(*starts))) == NULL)
						err(2, NULL);
				}
				/* Odd entries mark documents. */
				starts[nstarts++] = all.len << 1 |
				    (size_t)(!docs || s.newdoc);
				buf_append(&all, s.text.data, s.text.len);
				buf_putc(&all, '\n');
			}
		}
		if (ferror(fp))
			err(2, "%s", argv[k]);
		fclose(fp);
		if (tg != NULL)
			flush_doc(&db, tg, &d, docpass, &c, &tagtime);
		printf("%s: %zu sentences, %zu tokens; tagged at %.1f MB/s "
		    "(first pass)\n", name, nsent, ntok,
		    (double)bytes / 1e6 / (tagtime > 0 ? tagtime : 1e-9));
		printf("%-8s %9s %9s %9s %7s %7s %7s\n", "type", "precision",
		    "recall", "F1", "gold", "pred", "correct");
		prf("PER", c.tp[0], c.gold[0], c.pred[0]);
		prf("ORG", c.tp[1], c.gold[1], c.pred[1]);
		prf("LOC", c.tp[2], c.gold[2], c.pred[2]);
		prf("overall", c.tp[0] + c.tp[1] + c.tp[2],
		    c.gold[0] + c.gold[1] + c.gold[2],
		    c.pred[0] + c.pred[1] + c.pred[2]);
		if (tg != NULL)
			printf("%s: %zu of %zu names typed two ways in one document\n",
			    name, db.inconsistent, db.names);
		if (repeat) {
			t1 = now();
			for (r = 0; r < repeat; r++)
				for (i = 0; i < nstarts; i++) {
					size_t a = starts[i] >> 1;
					size_t b = i + 1 < nstarts ?
					    starts[i + 1] >> 1 : all.len;

					if (starts[i] & 1)
						ner_doc_reset(doc);
					ner_tag(model, doc, all.data + a, b - a - 1,
					    m, mcap);
				}
			t1 = now() - t1;
			printf("%s: %d more passes, %.1f MB in %.3f s: %.1f MB/s, "
			    "%.0f tokens/s\n", name, repeat,
			    (double)all.len * repeat / 1e6, t1,
			    (double)all.len * repeat / 1e6 / t1,
			    (double)ntok * repeat / t1);
		}
	}
	ner_doc_free(doc);
	for (i = 0; i < db.cap; i++) {
		nerdata_free(&db.v[i].s);
		free(db.v[i].m);
	}
	free(db.v);
	free(db.ents);
	document_free(&d);
	tagger_free(tg);
	ner_free(model);
	nerdata_free(&s);
	buf_free(&all);
	free(starts);
	free(m);
	free(blob);
	return rval;
}
