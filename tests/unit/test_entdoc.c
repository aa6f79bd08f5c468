/*
 * The document pass (tagger_document through document_build): types
 * decided over all the mentions of a name, repeats tagged, keys shared.
 * The texts are fictional, written for these tests.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "document.h"
#include "entities.h"
#include "lang.h"
#include "tagger.h"
#include "unit.h"

static struct tagger *tg;
static struct lang lang;

static void
build(struct document *d, const char *text, size_t n)
{
	struct doc_engines en = { &lang, tg, NULL, tagger_document, NULL };

	document_reset(d, "t", 1);
	document_set_text(d, text, n);
	document_build(d, DL_ENTITIES, &en);
}

/* How many mentions of exactly this text there are, and how many have type t and key k. */
static int
all_are(const struct document *d, const char *text, enum ent_type t,
    const char *key, size_t want)
{
	size_t i, n = strlen(text), seen = 0, good = 0;

	for (i = 0; i < d->nents; i++) {
		const struct doc_entity *e = &d->ents[i];
		if (e->end - e->start != n || memcmp(d->text + e->start, text, n) != 0)
			continue;
		seen++;
		if (e->type == t && (key == NULL || (e->keylen == strlen(key) &&
		    memcmp(e->key, key, e->keylen) == 0)))
			good++;
		else
			printf("    \"%s\" at %llu: %s %.*s\n", text,
			    (unsigned long long)e->start, ent_type_name(e->type),
			    (int)e->keylen, e->key);
	}
	if (seen != want)
		printf("    \"%s\": %zu mentions, want %zu\n", text, seen, want);
	return seen == want && good == want;
}

/* No text with two types in the document. */
static int
consistent(const struct document *d)
{
	size_t i, j, n;

	for (i = 0; i < d->nents; i++)
		for (j = i + 1; j < d->nents; j++) {
			n = (size_t)(d->ents[i].end - d->ents[i].start);
			if (d->ents[j].end - d->ents[j].start == n &&
			    strncasecmp(d->text + d->ents[i].start,
			    d->text + d->ents[j].start, n) == 0 &&
			    d->ents[i].type != d->ents[j].type)
				return 0;
		}
	return 1;
}

static const char harbour[] =
    "Paul Jordan, the ferry company's chief engineer, inspected the hull on Monday.\n"
    "Jordan said the crack was older than the last survey.\n"
    "The report reached Jordan on Tuesday, and Jordan ordered the ship back to port.\n"
    "Ines Marlow runs the harbour office. Asked about the delay, Marlow shrugged.\n"
    "By noon Marlow had called the coastguard twice, and Ines went home at six.\n";

static const char bridge[] =
    "Gov. Marisa T. Okonkwo sent a letter; Okonkwo called the bridge a gift to Dunmore.\n";

static const char caption[] =
    "Workers From The Lindmark Valley Water Authority Inspect The Damaged Gate\n"
    "Workers from the Lindmark Valley Water Authority inspected the gate on Thursday.\n"
    "The Lindmark Valley Water Authority said repairs would take a month.\n";

static char *
slurp(const char *path, size_t *n)
{
	struct buf b = { 0 };
	char tmp[4096];
	size_t k;
	FILE *fp;

	if ((fp = fopen(path, "r")) == NULL)
		return NULL;
	while ((k = fread(tmp, 1, sizeof(tmp), fp)) > 0)
		buf_append(&b, tmp, k);
	fclose(fp);
	*n = b.len;
	return b.data;
}

/*
 * A number mention with an empty span is dropped, and its value with it:
 * it used to be written as the key of the candidate before it (or of
 * the one before the array when it came first).
 */
static void
empty_numbers(void)
{
	struct numex_mention m[2];
	struct cand *c;

	memset(m, 0, sizeof(m));
	tg->nc = 0;
	buf_clear(&tg->keys);
	m[0].start = m[0].end = 3;
	m[0].type = NX_CARDINAL;
	strcpy(m[0].value, "999");
	tg_add_numbers(tg, m, 1);
	CHECK("an empty number first is no candidate", tg->nc == 0);

	c = tg_add_cand(tg, 0, 5, ET_PERSON, 2);
	CHECK("a name is a candidate", c != NULL && tg->nc == 1);
	c->koff = tg->keys.len;
	c->klen = 4;
	buf_append(&tg->keys, "ames", 4);
	m[1].start = 10;
	m[1].end = 12;
	m[1].type = NX_CARDINAL;
	strcpy(m[1].value, "12");
	tg_add_numbers(tg, m, 2);
	CHECK("an empty number is dropped, the next kept", tg->nc == 2);
	CHECK("the name keeps its key", tg->c[0].klen == 4 &&
	    memcmp(tg->keys.data + tg->c[0].koff, "ames", 4) == 0);
	CHECK("the number has its own value", tg->nc == 2 &&
	    tg->c[1].type == ET_CARDINAL && tg->c[1].klen == 2 &&
	    memcmp(tg->keys.data + tg->c[1].koff, "12", 2) == 0);
	tg->nc = 0;
	buf_clear(&tg->keys);
}

void
test_entdoc(void)
{
	struct document d;
	char *text;
	size_t n, nkept;

	if (lang_load(&lang, "en") != 0) {
		CHECK("entdoc: English", 0);
		return;
	}
	tg = tagger_new();
	document_init(&d);
	empty_numbers();

	build(&d, harbour, strlen(harbour));
	/* The sentence model calls the third "Jordan" a country. */
	CHECK("a surname that is also a place stays PERSON",
	    all_are(&d, "Jordan", ET_PERSON, "jordan/p", 3));
	CHECK("the full name's key", all_are(&d, "Paul Jordan", ET_PERSON, "jordan/p", 1));
	CHECK("a bare first name after the full name",
	    all_are(&d, "Ines", ET_PERSON, "marlow/i", 1));
	CHECK("a bare surname", all_are(&d, "Marlow", ET_PERSON, "marlow/i", 2));
	CHECK("harbour: one type per name", consistent(&d));

	build(&d, bridge, strlen(bridge));
	/* The sentence model misses the bare "Okonkwo". */
	CHECK("a repeat of a tagged name is tagged",
	    all_are(&d, "Okonkwo", ET_PERSON, "okonkwo/m", 1));

	build(&d, caption, strlen(caption));
	/* The Title Case rule drops the name in the caption; the story has it. */
	CHECK("a name in a caption", all_are(&d, "Lindmark Valley Water Authority",
	    ET_ORG, "lindmark-valei-water-authoriti", 3));

	if ((text = slurp("examples/wire-morning.txt", &n)) == NULL)
		CHECK("entdoc: examples/wire-morning.txt", 0);
	else {
		build(&d, text, n);
		/* The dateline says it is a place; the model had a person twice. */
		CHECK("the demo's town is one place",
		    all_are(&d, "Ashby Ford", ET_GPE, "ashbi-ford", 2) &&
		    all_are(&d, "ASHBY FORD", ET_GPE, "ashbi-ford", 1));
		CHECK("demo: one type per name", consistent(&d));
		free(text);
	}

	build(&d, "", 0);
	CHECK("an empty document", d.nents == 0);

	/* Tokens not handed on: the same entities, no tokens for a later pass. */
	build(&d, harbour, strlen(harbour));
	CHECK("the tokens are handed on by default",
	    tagger_kept_tokens(tg, &d, 0, &n) != NULL && n > 0);
	nkept = d.nents;
	tagger_hand_on_tokens(tg, 0);
	build(&d, harbour, strlen(harbour));
	CHECK("not when the program says no",
	    tagger_kept_tokens(tg, &d, 0, &n) == NULL);
	CHECK("the entities do not change", d.nents == nkept &&
	    all_are(&d, "Jordan", ET_PERSON, "jordan/p", 3) &&
	    all_are(&d, "Marlow", ET_PERSON, "marlow/i", 2));
	tagger_hand_on_tokens(tg, 1);
	build(&d, harbour, strlen(harbour));
	CHECK("and again when it says yes",
	    tagger_kept_tokens(tg, &d, 0, &n) != NULL && n > 0);

	/*
	 * A document of 4 GiB or more is not tagged (its mentions keep
	 * offsets in 32 bits), and says so.  Only its length is looked at,
	 * so the last document stands in for one.
	 */
	build(&d, harbour, strlen(harbour));
	CHECK("entdoc: harbour has entities", d.nents > 0);
	d.have &= ~(unsigned)DL_ENTITIES;
	d.len = (size_t)UINT32_MAX + 1;
	diag_status = 0;
	tagger_document(tg, &d);
	CHECK("a document of 4 GiB: no entities, bad input",
	    d.nents == 0 && (d.have & DL_ENTITIES) && diag_status == EXIT_BADINPUT);
	CHECK("its tokens are not handed on",
	    tagger_kept_tokens(tg, &d, 0, &n) == NULL);
	diag_status = 0;
	d.len = strlen(harbour);
	build(&d, harbour, strlen(harbour));
	CHECK("the next document is tagged", d.nents > 0 &&
	    all_are(&d, "Marlow", ET_PERSON, "marlow/i", 2));
	document_free(&d);
	tagger_free(tg);
	lang_free(&lang);
}
