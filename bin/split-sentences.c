/*
 * split-sentences: sentence boundaries in news prose, as records
 *	sentence DOC START END N PARA TEXT
 */
#include <err.h>
#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "lang.h"
#include "out.h"
#include "reader.h"
#include "record.h"
#include "segment.h"
#include "version.h"

static void	usage(FILE *, int);

struct doc {
	const char	*id;	/* escaped */
	size_t		 idlen;
};

static void
put_sentence(void *ctx, const struct sentence *s)
{
	const struct doc *d = ctx;

	record_sentence(d->id, d->idlen, s);
}

static void
pass(const struct reader *r, int only)
{
	if (only)
		return;
	out_bytes(r->line, r->len);
	out_end_record();
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *code = "en", *docid = NULL, *pfile = NULL;
	enum rd_mode mode = RD_AUTO;
	int ch, only = 0;
	struct lang lang;
	struct reader rd;
	struct segmenter sg;
	struct doc doc = { NULL, 0 };
	enum rd_event ev;
	struct buf why = { NULL, 0, 0 };	/* -p: what is wrong with the file */
	size_t lineno;

	setlocale(LC_ALL, "");
	while ((ch = getopt_long(argc, argv, "d:hl:op:rsuV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			docid = optarg;
			break;
		case 'h':
			usage(stdout, 0);
			break;
		case 'l':
			code = optarg;
			break;
		case 'o':
			only = 1;
			break;
		case 'p':
			pfile = optarg;
			break;
		case 'r':
			mode = RD_RAW;
			break;
		case 's':
			mode = RD_RECORDS;
			break;
		case 'u':
			out_set_unbuffered(1);
			break;
		case 'V':
			printf("split-sentences (newsutils) %s\n", NEWSUTILS_VERSION);
			return 0;
		default:
			usage(stderr, EXIT_TROUBLE);
		}
	}
	argc -= optind;
	argv += optind;

	lang_load_or_exit(&lang, code);
	if (pfile != NULL && lang_add_prefix_file(&lang, pfile, &lineno, &why) != 0) {
		if (why.len == 0)
			err(EXIT_TROUBLE, "%s", pfile);
		errx(EXIT_TROUBLE, "%s: line %zu: %s", pfile, lineno, why.data);
	}
	buf_free(&why);

	reader_init(&rd, mode, docid, argv, argc);
	seg_init(&sg, &lang, put_sentence, &doc);
	while ((ev = reader_next(&rd)) != RD_EOF) {
		switch (ev) {
		case RD_DOC_BEGIN:
			doc.id = rd.doc;
			doc.idlen = rd.doclen;
			seg_begin(&sg);
			break;
		case RD_DOC_LINE:
			seg_line(&sg, rd.line, rd.len);
			break;
		case RD_DOC_END:
			seg_end(&sg);
			out_end_document();
			break;
		case RD_RECORD:
			pass(&rd, only);
			if (!record_is(&rd.rec, "text"))
				break;
			doc.id = rd.rec.doc.p;
			doc.idlen = rd.rec.doc.n;
			seg_begin(&sg);
			seg_text(&sg, rd.body.data, rd.body.len);
			seg_end(&sg);
			out_end_document();
			break;
		case RD_PASS:
			pass(&rd, only);
			break;
		case RD_EOF:
			break;
		}
	}
	seg_free(&sg);
	reader_free(&rd);
	lang_free(&lang);
	out_close();
	return diag_status;
}

static void
usage(FILE *fp, int status)
{
	fprintf(fp, "usage: split-sentences [-orsuV] [-d id] [-l lang] "
	    "[-p file] [file ...]\n");
	exit(status);
}
