/*
 * tag-entities: who and what a news story names, as records
 *	entity DOC START END TYPE TEXT KEY
 * after the sentence each mention is in.
 */
#include <err.h>
#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "docsource.h"
#include "entities.h"
#include "lang.h"
#include "reader.h"
#include "sink.h"
#include "usage.h"

static void	usage(int);

/*
 * The entity records of a document: those found here, or with -o
 * those read too (they are not passed through then).
 */
static void
put_entities(struct docsource *src, struct document *d, unsigned types, int only)
{
	const struct doc_entity *e;
	const char *tn;
	struct sink *s;
	size_t i;

	if ((d->from_stream & DL_ENTITIES) && !only)
		return;
	for (i = 0; i < d->nents; i++) {
		e = &d->ents[i];
		if (!(types & (1U << e->type)))
			continue;
		s = docsource_out(src, d, e->sent);
		tn = ent_type_name(e->type);
		record_begin(s, "entity", d->id, d->idlen, e->start, e->end);
		record_field_raw(s, tn, strlen(tn));
		record_field_text(s, d->text + e->start, (size_t)(e->end - e->start));
		record_field_text(s, e->key, e->keylen);
		record_end(s);
	}
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *docid = NULL, *gazfile = NULL, *code = "en";
	struct buf why = { NULL, 0, 0 };
	enum rd_mode mode = RD_AUTO;
	enum sink_format fmt = SINK_TSV;
	unsigned types = (1U << ET_NTYPES) - 1;
	struct lang lang;
	struct reader rd;
	struct tagger *tg;
	struct docsource_opts opts;
	struct docsource *src;
	struct document *d;
	struct sink *out;
	size_t lineno;
	int ch, only = 0, unbuffered = 0;

	setlocale(LC_ALL, "");
	while ((ch = getopt_long(argc, argv, "d:g:hJl:orst:uV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			docid = optarg;
			break;
		case 'g':
			gazfile = optarg;
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
		case 'r':
			mode = RD_RAW;
			break;
		case 's':
			mode = RD_RECORDS;
			break;
		case 't':
			if ((types = ent_type_mask(optarg, &why)) == 0)
				errx(EXIT_TROUBLE, "-t: %s", why.data);
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
	tg = tagger_new();
	/* No pass after the tagger's here. */
	tagger_hand_on_tokens(tg, 0);
	if (gazfile != NULL && tagger_gazetteer_file(tg, gazfile, &lineno,
	    &why) != 0) {
		if (why.len == 0)
			err(EXIT_TROUBLE, "%s", gazfile);
		errx(EXIT_TROUBLE, "%s: line %zu: %s", gazfile, lineno, why.data);
	}
	buf_free(&why);
	out = sink_stdout(fmt);
	sink_set_unbuffered(out, unbuffered);
	memset(&opts, 0, sizeof(opts));
	opts.want = DL_SENTENCES | DL_ENTITIES;
	/* Sentences split here are written too, as split-sentences would. */
	opts.write = only ? 0 : DL_SENTENCES;
	opts.only = only;
	/* Entities come sorted, so their records go straight out. */
	opts.in_order = 1;
	opts.engines.lang = &lang;
	opts.engines.tagger = tg;
	opts.engines.tag = tagger_document;
	reader_init(&rd, mode, docid, argv, argc);
	src = docsource_new(&rd, out, &opts);
	while ((d = docsource_next(src)) != NULL) {
		put_entities(src, d, types, only);
		docsource_done(src, d);
	}
	docsource_free(src);
	reader_free(&rd);
	lang_free(&lang);
	tagger_free(tg);
	sink_close(out);
	return diag_status;
}

static void
usage(int status)
{
	usage_exit("usage: tag-entities [-JorsuV] [-d id] "
	    "[-g gazetteer] [-l lang] [-t types] [file ...]\n", status);
}
