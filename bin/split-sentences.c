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
#include "docsource.h"
#include "lang.h"
#include "reader.h"
#include "sink.h"
#include "usage.h"

static void	usage(int);

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
	enum sink_format fmt = SINK_TSV;
	int ch, only = 0, unbuffered = 0;
	struct lang lang;
	struct reader rd;
	struct docsource_opts opts;
	struct docsource *src;
	struct document *d;
	struct sink *out;
	struct buf why = { NULL, 0, 0 };	/* -p: what is wrong with the file */
	size_t lineno;

	setlocale(LC_ALL, "");
	while ((ch = getopt_long(argc, argv, "d:hJl:op:rsuV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			docid = optarg;
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
			unbuffered = 1;
			break;
		case 'V':
			version_exit();
		default:
			usage(EXIT_TROUBLE);
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

	out = sink_stdout(fmt);
	sink_set_unbuffered(out, unbuffered);
	memset(&opts, 0, sizeof(opts));
	opts.want = DL_SENTENCES;
	opts.write = DL_SENTENCES;
	opts.only = only;
	/* Raw text is split paragraph by paragraph, never held whole. */
	opts.stream_raw = 1;
	opts.engines.lang = &lang;
	reader_init(&rd, mode, docid, argv, argc);
	src = docsource_new(&rd, out, &opts);
	/* The source writes the sentences it splits; nothing to add here. */
	while ((d = docsource_next(src)) != NULL)
		docsource_done(src, d);
	docsource_free(src);
	reader_free(&rd);
	lang_free(&lang);
	sink_close(out);
	return diag_status;
}

static void
usage(int status)
{
	usage_exit("usage: split-sentences [-JorsuV] [-d id] "
	    "[-l lang] [-p file] [file ...]\n", status);
}
