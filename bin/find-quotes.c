/*
 * find-quotes: who said what in a news story, as records
 *	quote DOC START END TYPE CUE SPEAKER SOURCE KEY TEXT
 *	    CUE_START CUE_END SPEAKER_START SPEAKER_END
 * after the last sentence each quotation touches.
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
#include "quotes.h"
#include "reader.h"
#include "sink.h"
#include "usage.h"

static void	usage(int);

static const char *const type_names[] = { "direct", "indirect", "mixed" };

/* -T direct,mixed as a bit per enum quote_type; 0 if a name is unknown. */
static unsigned
type_mask(const char *list)
{
	unsigned mask = 0, i;
	size_t n;

	while (*list != '\0') {
		n = strcspn(list, ",");
		for (i = 0; i < 3; i++)
			if (strlen(type_names[i]) == n &&
			    strncmp(type_names[i], list, n) == 0)
				break;
		if (i == 3)
			return 0;
		mask |= 1U << i;
		list += n;
		if (*list == ',')
			list++;
	}
	return mask;
}

static void
field_offset(struct sink *s, uint64_t off)
{
	if (off == DOC_NONE)
		record_field_none(s);
	else
		record_field_uint(s, off);
}

static void
field_span(struct sink *s, const struct document *d, uint64_t a, uint64_t b)
{
	if (a == DOC_NONE || b > d->len || a > b)
		record_field_text(s, "", 0);
	else
		record_field_text(s, d->text + a, (size_t)(b - a));
}

/* Entities computed here are written as tag-entities writes them. */
static void
put_entity(struct docsource *src, struct document *d, const struct doc_entity *e)
{
	const char *tn = ent_type_name(e->type);
	struct sink *s = docsource_out(src, d, e->sent);

	record_begin(s, "entity", d->id, d->idlen, e->start, e->end);
	record_field_raw(s, tn, strlen(tn));
	record_field_text(s, d->text + e->start, (size_t)(e->end - e->start));
	record_field_text(s, e->key, e->keylen);
	record_end(s);
}

static void
put_quote(struct docsource *src, struct document *d, const struct doc_quote *q)
{
	const char *tn = type_names[q->type];
	struct sink *s = docsource_out(src, d, q->last_sent);

	record_begin(s, "quote", d->id, d->idlen, q->start, q->end);
	record_field_raw(s, tn, strlen(tn));
	field_span(s, d, q->cue_start, q->cue_end);
	field_span(s, d, q->speaker_start, q->speaker_end);
	record_field_text(s, q->source, q->sourcelen);
	record_field_text(s, q->key, q->keylen);
	field_span(s, d, q->start, q->end);
	field_offset(s, q->cue_start);
	field_offset(s, q->cue_end);
	field_offset(s, q->speaker_start);
	field_offset(s, q->speaker_end);
	record_end(s);
}

/* A quote to write: the sentence it follows, its place in d->quotes. */
struct qorder {
	size_t		 last, i;
};

/* In the order of their last sentence, ties in their own. */
static int
by_last(const void *x, const void *y)
{
	const struct qorder *a = x, *b = y;

	if (a->last != b->last)
		return a->last < b->last ? -1 : 1;
	return a->i < b->i ? -1 : a->i > b->i;
}

/*
 * The records of a document: its entities unless read (none with -o),
 * and its quotes (with -o those read too, as they are not passed
 * through then), each after the last sentence it touches, entities
 * before quotes there.  Given in that order, they go straight out
 * (in_order), none held.  *ord is scratch, *cap its size.
 */
static void
put_records(struct docsource *src, struct document *d, unsigned types,
    int only, struct qorder **ord, size_t *cap)
{
	size_t ne = 0, nq = 0, e = 0, k = 0, i;
	int sorted = 1;

	if (!only && !(d->from_stream & DL_ENTITIES))
		ne = d->nents;
	if (!(d->from_stream & DL_QUOTES) || only) {
		if (d->nquotes > *cap) {
			*cap = d->nquotes;
			if ((*ord = reallocarray(*ord, *cap, sizeof(**ord))) == NULL)
				err(EXIT_TROUBLE, NULL);
		}
		for (i = 0; i < d->nquotes; i++) {
			if (!(types & (1U << d->quotes[i].type)))
				continue;
			(*ord)[nq].last = d->quotes[i].last_sent;
			(*ord)[nq].i = i;
			if (nq > 0 && (*ord)[nq - 1].last > (*ord)[nq].last)
				sorted = 0;
			nq++;
		}
		if (!sorted)
			qsort(*ord, nq, sizeof(**ord), by_last);
	}
	while (e < ne || k < nq) {
		if (e < ne && (k == nq || d->ents[e].sent <= (*ord)[k].last))
			put_entity(src, d, &d->ents[e++]);
		else
			put_quote(src, d, &d->quotes[(*ord)[k++].i]);
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
	const char *docid = NULL, *cuefile = NULL, *code = "en", *why;
	enum rd_mode mode = RD_AUTO;
	enum sink_format fmt = SINK_TSV;
	unsigned types = 7;
	struct lang lang;
	struct reader rd;
	struct tagger *tg;
	struct quoter *qt;
	struct docsource_opts opts;
	struct docsource *src;
	struct document *d;
	struct sink *out;
	size_t lineno, ordcap = 0;
	struct qorder *ord = NULL;
	int ch, only = 0, unbuffered = 0;

	setlocale(LC_ALL, "");
	while ((ch = getopt_long(argc, argv, "c:d:hJl:orsT:uV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'c':
			cuefile = optarg;
			break;
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
		case 'r':
			mode = RD_RAW;
			break;
		case 's':
			mode = RD_RECORDS;
			break;
		case 'T':
			if ((types = type_mask(optarg)) == 0)
				errx(EXIT_TROUBLE, "unknown type in -T: %s "
				    "(known: direct, indirect, mixed)", optarg);
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
	qt = quoter_new();
	quoter_use_tagger(qt, tg);
	if (cuefile != NULL && quoter_cues_file(qt, cuefile, &lineno, &why) != 0) {
		if (why == NULL)
			err(EXIT_TROUBLE, "%s", cuefile);
		errx(EXIT_TROUBLE, "%s: line %zu: %s", cuefile, lineno, why);
	}
	out = sink_stdout(fmt);
	sink_set_unbuffered(out, unbuffered);
	memset(&opts, 0, sizeof(opts));
	opts.want = DL_SENTENCES | DL_ENTITIES | DL_QUOTES;
	/* Sentences computed here are written too (entities below). */
	opts.write = only ? 0 : DL_SENTENCES;
	opts.only = only;
	/* put_records() gives the records in order: they go straight out. */
	opts.in_order = 1;
	opts.engines.lang = &lang;
	opts.engines.tagger = tg;
	opts.engines.quoter = qt;
	opts.engines.tag = tagger_document;
	opts.engines.quote = quoter_document;
	reader_init(&rd, mode, docid, argv, argc);
	src = docsource_new(&rd, out, &opts);
	while ((d = docsource_next(src)) != NULL) {
		put_records(src, d, types, only, &ord, &ordcap);
		docsource_done(src, d);
	}
	free(ord);
	docsource_free(src);
	reader_free(&rd);
	lang_free(&lang);
	quoter_free(qt);
	tagger_free(tg);
	sink_close(out);
	return diag_status;
}

static void
usage(int status)
{
	usage_exit("usage: find-quotes [-JorsuV] [-c cues] "
	    "[-d id] [-l lang] [-T types] [file ...]\n", status);
}
