/*
 * diff-claims: what two reports of one event agree on, what only one
 * says and where they conflict, as records
 *	claim DOC START END STATUS OTHER_DOC OTHER_START OTHER_END SCORE
 *	      DETAIL TEXT OTHER_TEXT
 * Exit status as diff(1): 0 no substantive difference, 1 differences,
 * 2 trouble.
 */
#include <err.h>
#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimdiff.h"
#include "diag.h"
#include "docsource.h"
#include "entities.h"
#include "lang.h"
#include "quotes.h"
#include "reader.h"
#include "sink.h"
#include "usage.h"

static void	usage(int);

struct out {
	struct docsource *src;
	struct document	*d[2];
	struct document	*whole;	/* the one document d[0] and d[1] halve, or NULL */
};

/* Each record goes after the sentence of the claim it belongs to. */
static void
emit(void *ctx, const struct cd_record *r)
{
	struct out *o = ctx;
	const struct cd_field *f;
	struct sink *s;
	size_t i;

	struct document *d = o->d[r->of_b];
	size_t sent = r->sent;

	/* A half's records go after the sentence of the whole they are in. */
	if (o->whole != NULL) {
		sent = sent < d->nsents ? document_sentence_at(o->whole,
		    d->sents[sent].start) : o->whole->nsents;
		d = o->whole;
	}
	s = docsource_out(o->src, d, sent);
	record_begin(s, r->kind, r->f[0].p, r->f[0].n, r->f[1].v, r->f[2].v);
	for (i = 3; i < r->nf; i++) {
		f = &r->f[i];
		if (f->number)
			record_field_uint(s, f->v);
		else if (f->p == NULL)
			record_field_none(s);
		else if (f->escaped)
			record_field_raw(s, f->p, f->n);
		else
			record_field_text(s, f->p, f->n);
	}
	record_end(s);
}

static const char *const modes[] = { "auto", "versions", "outlets" };

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct cd_opts o;
	struct cd_counts cnt;
	struct docsource_opts opts;
	struct out ctx;
	struct lang lang;
	struct reader rd;
	struct sink *out;
	struct tagger *tg;
	struct quoter *qt;
	enum rd_mode mode = RD_AUTO;
	enum sink_format fmt = SINK_TSV;
	const char *code = "en", *errstr;
	struct document *extra = NULL, halves[2];
	int ch, quiet = 0, summary = 0, unbuffered = 0, i, status = 0;
	char *end, line[200];

	setlocale(LC_ALL, "");
	memset(&o, 0, sizeof(o));
	o.match.mode = CM_AUTO;
	o.match.threshold = -1;
	o.match.typo = 2;
	while ((ch = getopt_long(argc, argv, "ce:hJl:m:qrSst:uVw", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			o.conflicts_only = 1;
			break;
		case 'e':
			o.match.typo = (size_t)strtonum(optarg, 0, 1000, &errstr);
			if (errstr != NULL)
				errx(EXIT_TROUBLE, "-e %s: %s", optarg, errstr);
			break;
		case 'h':
			usage(0);
			break;
		case 'J':
			fmt = SINK_JSON;
			break;
		case 'l':
			code = optarg;
			break;
		case 'm':
			for (i = 0; i < 3 && strcmp(optarg, modes[i]) != 0; i++)
				;
			if (i == 3)
				errx(EXIT_TROUBLE, "-m %s: not auto, versions or outlets",
				    optarg);
			o.match.mode = (enum cm_mode)i;
			break;
		case 'q':
			quiet = 1;
			break;
		case 'r':
			mode = RD_RAW;
			break;
		case 'S':
			mode = RD_RECORDS;
			break;
		case 's':
			summary = 1;
			break;
		case 't':
			o.match.threshold = strtod(optarg, &end);
			if (end == optarg || *end != '\0' || !(o.match.threshold >= 0 &&
			    o.match.threshold <= 1))
				errx(EXIT_TROUBLE, "-t %s: not a number from 0 to 1",
				    optarg);
			break;
		case 'u':
			unbuffered = 1;
			break;
		case 'V':
			version_exit();
		case 'w':
			o.words = 1;
			break;
		default:
			usage(EXIT_TROUBLE);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 2)
		usage(EXIT_TROUBLE);

	lang_load_or_exit(&lang, code);
	tg = tagger_new();
	qt = quoter_new();
	quoter_use_tagger(qt, tg);
	out = sink_stdout(fmt);
	sink_set_unbuffered(out, unbuffered);
	memset(&opts, 0, sizeof(opts));
	opts.want = DL_SENTENCES | DL_ENTITIES | DL_QUOTES;
	opts.only = 1;		/* the claims are the output, not the input */
	opts.engines.lang = &lang;
	opts.engines.tagger = tg;
	opts.engines.quoter = qt;
	opts.engines.tag = tagger_document;
	opts.engines.quote = quoter_document;
	reader_init(&rd, mode, NULL, argv, argc);
	ctx.src = docsource_new(&rd, out, &opts);
	/* A file that cannot be read is trouble here: there is nothing to compare. */
	ctx.d[0] = docsource_next(ctx.src);
	ctx.d[1] = ctx.d[0] != NULL ? docsource_next(ctx.src) : NULL;
	ctx.whole = NULL;
	/* One text of two paragraphs ("Rain fell.\nRain stopped.\n"), or of
	 * two sentences ("Rain fell. Rain stopped."): the two. */
	if (ctx.d[0] != NULL && ctx.d[1] == NULL && diag_status == 0 &&
	    document_split_two(ctx.d[0], opts.want, &opts.engines, &halves[0],
	    &halves[1])) {
		ctx.whole = ctx.d[0];
		ctx.d[0] = &halves[0];
		ctx.d[1] = &halves[1];
	}
	if (ctx.d[1] == NULL) {
		if (diag_status == 0)
			warnx("expected two documents, found %d (raw text is one document: give two files, a stream of two, or a text of two paragraphs or two sentences)", ctx.d[0] != NULL);
		status = EXIT_TROUBLE;
	} else if ((extra = docsource_next(ctx.src)) != NULL) {
		warnx("expected two documents, found more than two");
		status = EXIT_TROUBLE;
	} else if (diag_status != 0)
		status = EXIT_TROUBLE;
	if (status == 0) {
		claimdiff(ctx.d[0], ctx.d[1], &o, quiet || summary ? NULL : emit,
		    &ctx, &cnt);
		status = cnt.conflict + cnt.only_a + cnt.only_b > 0;
	}
	/* Done with, so their memory is freed (nothing was written to them on trouble). */
	if (ctx.whole != NULL) {
		docsource_done(ctx.src, ctx.whole);
		document_free(&halves[0]);
		document_free(&halves[1]);
	} else
		for (i = 0; i < 2; i++)
			if (ctx.d[i] != NULL)
				docsource_done(ctx.src, ctx.d[i]);
	if (extra != NULL)
		docsource_done(ctx.src, extra);
	if (summary && !quiet && status != EXIT_TROUBLE) {
		snprintf(line, sizeof(line), "same %zu reworded %zu conflict %zu "
		    "only %zu mode %s\n", cnt.same, cnt.reworded, cnt.conflict,
		    cnt.only_a + cnt.only_b, modes[cnt.mode]);
		sink_text(out, line);
	}
	docsource_free(ctx.src);
	reader_free(&rd);
	quoter_free(qt);
	tagger_free(tg);
	lang_free(&lang);
	sink_close(out);
	return status;
}

static void
usage(int status)
{
	usage_exit("usage: diff-claims [-cJqrSsuVw] [-e chars] "
	    "[-l lang] [-m mode] [-t threshold] [A [B]]\n", status);
}
