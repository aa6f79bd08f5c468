/*
 * diff-claims: what two reports of one event agree on, what only one
 * says and where they conflict, as records
 *	claim DOC START END STATUS OTHER_DOC OTHER_START OTHER_END SCORE
 *	      DETAIL TEXT OTHER_TEXT
 * Exit status as diff(1): 0 no substantive difference, 1 differences,
 * 2 trouble.
 *
 * INTERIM: until the document source (lib/docsource.c, issue 8) is on
 * main, the two documents are gathered from the reader here (raw text
 * or text records; other layers are computed, not read).  When it
 * lands, get_documents() becomes docsource_next() twice and emit()
 * writes to the sink.
 */
#include <err.h>
#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimdiff.h"
#include "diag.h"
#include "document.h"
#include "entities.h"
#include "lang.h"
#include "out.h"
#include "quotes.h"
#include "reader.h"
#include "record.h"
#include "similarity.h"
#include "version.h"

static void	usage(FILE *, int);

/* INTERIM: up to two documents from the input; returns how many there were. */
static size_t
get_documents(struct reader *rd, struct document d[2])
{
	enum rd_event ev;
	size_t n = 0;
	struct document *cur = NULL;

	while ((ev = reader_next(rd)) != RD_EOF) {
		switch (ev) {
		case RD_DOC_BEGIN:
			cur = n < 2 ? &d[n] : NULL;
			n++;
			if (cur != NULL) {
				document_reset(cur, rd->doc, rd->doclen);
				document_set_text(cur, "", 0);
			}
			break;
		case RD_DOC_LINE:
			if (cur != NULL)
				document_append_text(cur, rd->line, rd->len);
			break;
		case RD_RECORD:
			if (!record_is(&rd->rec, "text"))
				break;
			cur = n < 2 ? &d[n] : NULL;
			n++;
			if (cur != NULL) {
				document_reset(cur, rd->rec.doc.p, rd->rec.doc.n);
				document_set_text(cur, rd->body.data != NULL ?
				    rd->body.data : "", rd->body.len);
			}
			break;
		default:
			break;
		}
	}
	return n;
}

static void
put_field(const struct cd_field *f)
{
	if (f->number)
		record_field_uint(f->v);
	else if (f->p == NULL)
		record_field_raw("", 0);
	else if (f->escaped)
		record_field_raw(f->p, f->n);
	else
		record_field_text(f->p, f->n);
}

static void
emit(void *ctx, const struct cd_record *r)
{
	size_t i;

	(void)ctx;
	record_begin(r->kind, r->f[0].p, r->f[0].n, r->f[1].v, r->f[2].v);
	for (i = 3; i < r->nf; i++)
		put_field(&r->f[i]);
	record_end();
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
	struct doc_engines en;
	struct document d[2];
	struct lang lang;
	struct reader rd;
	const char *code = "en", *errstr;
	int ch, quiet = 0, summary = 0, i;
	size_t n;
	char *end;

	setlocale(LC_ALL, "");
	memset(&o, 0, sizeof(o));
	o.match.mode = CM_AUTO;
	o.match.threshold = -1;
	o.match.typo = 2;
	while ((ch = getopt_long(argc, argv, "ce:hl:m:qst:uVw", longopts,
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
			usage(stdout, 0);
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
			out_set_unbuffered(1);
			break;
		case 'V':
			printf("diff-claims (newsutils) %s\n", NEWSUTILS_VERSION);
			return 0;
		case 'w':
			o.words = 1;
			break;
		default:
			usage(stderr, EXIT_TROUBLE);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 2)
		usage(stderr, EXIT_TROUBLE);

	lang_load_or_exit(&lang, code);
	memset(&en, 0, sizeof(en));
	en.lang = &lang;
	en.tagger = tagger_new();
	en.quoter = quoter_new();
	document_init(&d[0]);
	document_init(&d[1]);
	reader_init(&rd, RD_AUTO, NULL, argv, argc);
	n = get_documents(&rd, d);
	if (diag_status != 0)
		exit(EXIT_TROUBLE);
	if (n != 2)
		errx(EXIT_TROUBLE, "expected two documents, found %zu", n);
	for (i = 0; i < 2; i++)
		document_build(&d[i], DL_TEXT | DL_SENTENCES | DL_ENTITIES |
		    DL_QUOTES, &en);
	claimdiff(&d[0], &d[1], &o, quiet || summary ? NULL : emit, NULL, &cnt);
	if (summary && !quiet) {
		char line[200];

		snprintf(line, sizeof(line), "same %zu reworded %zu conflict %zu "
		    "only %zu mode %s\n", cnt.same, cnt.reworded, cnt.conflict,
		    cnt.only_a + cnt.only_b, modes[cnt.mode]);
		out_str(line);
	}
	out_close();
	document_free(&d[0]);
	document_free(&d[1]);
	reader_free(&rd);
	quoter_free(en.quoter);
	tagger_free(en.tagger);
	lang_free(&lang);
	return cnt.conflict + cnt.only_a + cnt.only_b > 0;
}

static void
usage(FILE *fp, int status)
{
	fprintf(fp, "usage: diff-claims [-cqsuVw] [-e chars] [-l lang] "
	    "[-m mode] [-t threshold] [A [B]]\n");
	exit(status);
}
