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
#include "entities.h"
#include "lang.h"
#include "out.h"
#include "reader.h"
#include "record.h"
#include "sentsource.h"
#include "version.h"

static void	usage(FILE *, int);

struct state {
	struct tagger	*tg;
	int		 only;		/* -o */
	unsigned	 types;		/* -t: bit per enum ent_type */
	const char	*doc;		/* escaped id of the current document */
	size_t		 doclen;
	uint64_t	 base;		/* offset of the sentence being tagged */
	const char	*sent;
};

static void
put_entity(void *ctx, const struct entity *e)
{
	struct state *st = ctx;

	if (!(st->types & (1U << e->type)))
		return;
	record_begin("entity", st->doc, st->doclen, st->base + e->start,
	    st->base + e->end);
	record_field_raw(ent_type_name(e->type), strlen(ent_type_name(e->type)));
	record_field_text(st->sent + e->start, e->end - e->start);
	record_field_text(e->key, e->keylen);
	record_end();
}

static void
pass(void *ctx, const char *line, size_t n)
{
	const struct state *st = ctx;

	if (st->only)
		return;
	out_bytes(line, n);
	out_end_record();
}

static void
document(void *ctx, const char *id, size_t n)
{
	struct state *st = ctx;

	st->doc = id;
	st->doclen = n;
	tagger_begin(st->tg);
}

/* A sentence split here gets its record, as split-sentences writes it. */
static void
sentence(void *ctx, const struct sentence *s, int found)
{
	struct state *st = ctx;
	size_t n = (size_t)(s->end - s->start);

	if (found && !st->only)
		record_sentence(st->doc, st->doclen, s);
	st->base = s->start;
	st->sent = s->text;
	tagger_sentence(st->tg, s->text, n, put_entity, st);
}

static void
end(void *ctx)
{
	(void)ctx;
	out_end_document();
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	static const struct ss_handler handler = { pass, document, sentence, end };
	const char *docid = NULL, *gazfile = NULL, *code = "en";
	struct buf why = { NULL, 0, 0 };
	enum rd_mode mode = RD_AUTO;
	struct state st;
	struct lang lang;
	struct reader rd;
	size_t lineno;
	int ch;

	setlocale(LC_ALL, "");
	memset(&st, 0, sizeof(st));
	st.types = (1U << ET_NTYPES) - 1;
	while ((ch = getopt_long(argc, argv, "d:g:hl:orst:uV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			docid = optarg;
			break;
		case 'g':
			gazfile = optarg;
			break;
		case 'h':
			usage(stdout, 0);
			break;
		case 'l':
			code = optarg;
			break;
		case 'o':
			st.only = 1;
			break;
		case 'r':
			mode = RD_RAW;
			break;
		case 's':
			mode = RD_RECORDS;
			break;
		case 't':
			if ((st.types = ent_type_mask(optarg, &why)) == 0)
				errx(EXIT_TROUBLE, "-t: %s", why.data);
			break;
		case 'u':
			out_set_unbuffered(1);
			break;
		case 'V':
			printf("tag-entities (newsutils) %s\n", NEWSUTILS_VERSION);
			return 0;
		default:
			usage(stderr, EXIT_TROUBLE);
		}
	}
	argc -= optind;
	argv += optind;

	lang_load_or_exit(&lang, code);
	st.tg = tagger_new();
	if (gazfile != NULL && tagger_gazetteer_file(st.tg, gazfile, &lineno,
	    &why) != 0) {
		if (why.len == 0)
			err(EXIT_TROUBLE, "%s", gazfile);
		errx(EXIT_TROUBLE, "%s: line %zu: %s", gazfile, lineno, why.data);
	}
	buf_free(&why);
	reader_init(&rd, mode, docid, argv, argc);
	sentsource_run(&rd, &lang, &handler, &st);
	reader_free(&rd);
	lang_free(&lang);
	tagger_free(st.tg);
	out_close();
	return diag_status;
}

static void
usage(FILE *fp, int status)
{
	fprintf(fp, "usage: tag-entities [-orsuV] [-d id] [-g gazetteer] "
	    "[-l lang] [-t types] [file ...]\n");
	exit(status);
}
