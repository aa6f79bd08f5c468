/*
 * tag-entities: who and what a news story names, as records
 *	entity DOC START END TYPE TEXT KEY
 * after the sentence each mention is in.
 */
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "entities.h"
#include "lang.h"
#include "out.h"
#include "reader.h"
#include "record.h"
#include "segment.h"
#include "tsv.h"
#include "version.h"

static void	usage(FILE *, int);

struct state {
	struct tagger	*tg;
	int		 only;		/* -o */
	unsigned	 types;		/* -t: bit per enum ent_type */
	struct buf	 doc;		/* escaped id of the current document */
	/* A text record held back until we know whether sentences follow it. */
	int		 held;
	struct buf	 held_line, held_body, held_doc;
	struct buf	 text;		/* an unescaped sentence */
	uint64_t	 base;		/* offset of the sentence being tagged */
	const char	*sent;
};

static void
put_entity(void *ctx, const struct entity *e)
{
	struct state *st = ctx;

	if (!(st->types & (1U << e->type)))
		return;
	record_begin("entity", st->doc.data, st->doc.len, st->base + e->start,
	    st->base + e->end);
	record_field_raw(ent_type_name(e->type), strlen(ent_type_name(e->type)));
	record_field_text(st->sent + e->start, e->end - e->start);
	record_field_text(e->key, e->keylen);
	record_end();
}

static void
tag(struct state *st, uint64_t start, const char *s, size_t n)
{
	st->base = start;
	st->sent = s;
	tagger_sentence(st->tg, s, n, put_entity, st);
}

/* A sentence found here: its record (as split-sentences writes it), then its entities. */
static void
put_sentence(void *ctx, const struct sentence *s)
{
	struct state *st = ctx;
	size_t n = (size_t)(s->end - s->start);

	if (!st->only) {
		record_begin("sentence", st->doc.data, st->doc.len, s->start, s->end);
		record_field_uint(s->n);
		record_field_uint(s->para);
		record_field_text(s->text, n);
		record_end();
	}
	tag(st, s->start, s->text, n);
}

static void
set_doc(struct state *st, const char *id, size_t n)
{
	if (st->doc.len == n && (n == 0 || memcmp(st->doc.data, id, n) == 0))
		return;
	buf_clear(&st->doc);
	buf_append(&st->doc, id, n);
	buf_putc(&st->doc, '\0');
	st->doc.len = n;
	tagger_begin(st->tg);
}

static void
pass(const struct state *st, const char *line, size_t n)
{
	if (st->only)
		return;
	out_bytes(line, n);
	out_end_record();
}

/* The held text record had no sentence records after it: split it here. */
static void
split_held(struct state *st, struct segmenter *sg)
{
	if (!st->held)
		return;
	st->held = 0;
	pass(st, st->held_line.data, st->held_line.len);
	buf_clear(&st->doc);
	set_doc(st, st->held_doc.data, st->held_doc.len);
	tagger_begin(st->tg);
	seg_begin(sg);
	seg_text(sg, st->held_body.data, st->held_body.len);
	seg_end(sg);
	out_end_document();
}

static void
hold(struct state *st, const struct reader *rd)
{
	st->held = 1;
	buf_clear(&st->held_line);
	buf_append(&st->held_line, rd->line, rd->len);
	buf_clear(&st->held_body);
	buf_append(&st->held_body, rd->body.data, rd->body.len);
	buf_clear(&st->held_doc);
	buf_append(&st->held_doc, rd->rec.doc.p, rd->rec.doc.n);
}

static void
sentence_record(struct state *st, const struct reader *rd)
{
	const struct record *r = &rd->rec;

	if (st->held && r->doc.n == st->held_doc.len &&
	    memcmp(r->doc.p, st->held_doc.data, r->doc.n) == 0) {
		/* The stream brings its own sentences: use them. */
		st->held = 0;
		pass(st, st->held_line.data, st->held_line.len);
		buf_clear(&st->doc);
	}
	pass(st, rd->line, rd->len);
	if (r->nfields != 7) {
		diag_input(rd->name, rd->lineno, "malformed sentence record: "
		    "%zu fields, expected 7", r->nfields);
		return;
	}
	set_doc(st, r->doc.p, r->doc.n);
	buf_clear(&st->text);
	tsv_unescape(&st->text, r->f[6].p, r->f[6].n);
	tag(st, r->start, st->text.data ? st->text.data : "", st->text.len);
}

static unsigned
parse_types(const char *arg)
{
	unsigned mask = 0;
	const char *p = arg, *comma;
	int t;

	for (;;) {
		comma = strchr(p, ',');
		size_t n = comma ? (size_t)(comma - p) : strlen(p);
		if ((t = ent_type_parse(p, n)) < 0)
			errx(EXIT_TROUBLE, "unknown type in -t: %.*s", (int)n, p);
		mask |= 1U << t;
		if (comma == NULL)
			return mask;
		p = comma + 1;
	}
}

static void
load_gazetteer(struct tagger *tg, const char *path)
{
	FILE *fp;
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t n;
	const char *why;

	if ((fp = fopen(path, "r")) == NULL)
		err(EXIT_TROUBLE, "%s", path);
	while ((n = getline(&line, &cap, fp)) > 0) {
		lineno++;
		if (line[n - 1] == '\n')
			n--;
		if (tagger_gazetteer_line(tg, line, (size_t)n, &why) != 0)
			errx(EXIT_TROUBLE, "%s: line %zu: %s", path, lineno, why);
	}
	if (ferror(fp))
		err(EXIT_TROUBLE, "%s", path);
	free(line);
	fclose(fp);
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
	enum rd_mode mode = RD_AUTO;
	struct state st;
	struct lang lang;
	struct reader rd;
	struct segmenter sg;
	enum rd_event ev;
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
			st.types = parse_types(optarg);
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

	if (lang_load(&lang, code) != 0)
		errx(EXIT_TROUBLE, "unknown language: %s (known: %s)", code,
		    lang_known());
	st.tg = tagger_new();
	if (gazfile != NULL)
		load_gazetteer(st.tg, gazfile);
	reader_init(&rd, mode, docid, argv, argc);
	seg_init(&sg, &lang, put_sentence, &st);
	while ((ev = reader_next(&rd)) != RD_EOF) {
		switch (ev) {
		case RD_DOC_BEGIN:
			split_held(&st, &sg);
			buf_clear(&st.doc);
			set_doc(&st, rd.doc, rd.doclen);
			tagger_begin(st.tg);
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
			if (record_is(&rd.rec, "sentence")) {
				sentence_record(&st, &rd);
				break;
			}
			split_held(&st, &sg);
			if (record_is(&rd.rec, "text"))
				hold(&st, &rd);
			else
				pass(&st, rd.line, rd.len);
			break;
		case RD_PASS:
			split_held(&st, &sg);
			pass(&st, rd.line, rd.len);
			break;
		case RD_EOF:
			break;
		}
	}
	split_held(&st, &sg);
	seg_free(&sg);
	reader_free(&rd);
	lang_free(&lang);
	tagger_free(st.tg);
	buf_free(&st.doc);
	buf_free(&st.held_line);
	buf_free(&st.held_body);
	buf_free(&st.held_doc);
	buf_free(&st.text);
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
