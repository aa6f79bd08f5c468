/*
 * entities: the tagger's life (its lists, its model) and the steps of one
 * sentence: the user gazetteer, the model's names typed as OntoNotes
 * types, the rules' numbers, overlaps resolved, pieces of one name
 * merged, then keys (entlink.c).  entdoc.c runs them over a document.
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "places.h"
#include "stablesort.h"
#include "tagger.h"
#include "utf8.h"
#include "wordlists.h"

/* Messages for a bad type or gazetteer line, NUL-terminated in why. */
static void
why_put(struct buf *why, const char *s)
{
	buf_append(why, s, strlen(s));
}

static void
why_end(struct buf *why)
{
	buf_putc(why, '\0');
	why->len--;
}

/*
 * "unknown type "X"; the types are PERSON, ORG, ... (in any case)"; an
 * empty one is shown in the list it is in, where there is one.
 */
static void
why_bad_type(struct buf *why, const char *s, size_t n, const char *list)
{
	int i;

	buf_clear(why);
	if (n == 0) {
		why_put(why, "empty type");
		if (list != NULL) {
			why_put(why, " in \"");
			why_put(why, list);
			why_put(why, "\"");
		}
	} else {
		why_put(why, "unknown type \"");
		buf_append(why, s, n);
		why_put(why, "\"");
	}
	why_put(why, "; the types are ");
	for (i = 0; i < ET_NTYPES; i++) {
		why_put(why, ent_type_name((enum ent_type)i));
		why_put(why, i + 1 < ET_NTYPES ? ", " : " (in any case)");
	}
	why_end(why);
}

static void
add_all(struct wordset *ws, const char *const *list)
{
	size_t n;

	for (n = 0; list[n] != NULL; n++)
		;
	wordset_reserve(ws, ws->count + n);
	for (; *list != NULL; list++)
		wordset_add_static(ws, *list, strlen(*list), 1);
}

/*
 * The countries of one capitalised word that are no English word in
 * lower case ("malaysia", not "china"), for tg_known_names; with a bit
 * for each pair of first letters, so most words are turned away unhashed.
 */
static void
add_lower_countries(struct tagger *tg)
{
	const char *const *c;
	char low[64];
	size_t n, i;

	for (c = places_country; *c != NULL; c++) {
		n = strlen(*c);
		if (n < 5 || n >= sizeof(low) || !ascii_upper((unsigned char)(*c)[0]))
			continue;
		low[0] = (char)((*c)[0] - 'A' + 'a');
		for (i = 1; i < n && ascii_lower((unsigned char)(*c)[i]); i++)
			low[i] = (*c)[i];
		if (i < n || tg_in_set(&tg->common, low, n))
			continue;
		wordset_add(&tg->lower_country, low, n, 1);
		i = (size_t)(low[0] - 'a') * 26 + (size_t)(low[1] - 'a');
		tg->lower_country_pair[i / 8] |= (uint8_t)(1u << (i % 8));
	}
}

/* A list of lib/data/entities/ (the file's name without .txt). */
static void
add_list(struct wordset *ws, const char *name)
{
	const struct wordlist *w;

	for (w = wordlists; w->lang != NULL; w++)
		if (strcmp(w->kind, "entities") == 0 && strcmp(w->lang, name) == 0) {
			add_all(ws, w->lines);
			return;
		}
	errx(EXIT_TROUBLE, "the word list entities/%s.txt is missing from this build", name);
}

struct tagger *
tagger_new(void)
{
	struct tagger *tg;

	if ((tg = calloc(1, sizeof(*tg))) == NULL)
		err(EXIT_TROUBLE, NULL);
	if ((tg->model = ner_load()) == NULL)
		errx(EXIT_TROUBLE, "the entity model is missing from this build");
	tg->doc = ner_doc_new(tg->model);
	add_all(&tg->gpe, places_country);
	add_all(&tg->country, places_country);
	add_all(&tg->gpe, places_city);
	add_all(&tg->gpe, places_region);
	add_all(&tg->nationality, places_lang);
	add_all(&tg->common, places_common);
	add_lower_countries(tg);
	add_all(&tg->proper, places_proper);
	add_list(&tg->title, "title");
	add_list(&tg->person_title, "person-title");
	add_list(&tg->event, "event");
	add_list(&tg->group, "group");
	add_list(&tg->family_first, "family-first");
	add_list(&tg->greeting, "greeting");
	add_list(&tg->unit, "unit");
	add_list(&tg->jargon, "jargon");
	add_list(&tg->corp_suffix, "corp-suffix");
	add_list(&tg->product, "product");
	add_list(&tg->storm, "storm");
	add_list(&tg->family_english, "family-english");
	add_list(&tg->known_org, "org");
	add_list(&tg->facility, "facility");
	add_list(&tg->way, "way");
	add_list(&tg->event_org, "event-org");
	add_list(&tg->award, "award");
	add_list(&tg->org_cue, "org-cue");
	add_list(&tg->place_prep, "place-prep");
	add_list(&tg->person_cue, "person-cue");
	add_list(&tg->title_small, "title-small");
	add_all(&tg->currency, places_currency);
	if ((tg->nx = numex_new()) == NULL)
		errx(EXIT_TROUBLE, "cannot compile the number patterns");
	return tg;
}

void
tagger_free(struct tagger *tg)
{
	if (tg == NULL)
		return;
	ner_doc_free(tg->doc);
	ner_free(tg->model);
	tokens_free(&tg->tok);
	wordset_free(&tg->gpe);
	wordset_free(&tg->nationality);
	wordset_free(&tg->common);
	wordset_free(&tg->title);
	wordset_free(&tg->person_title);
	wordset_free(&tg->family_first);
	wordset_free(&tg->greeting);
	wordset_free(&tg->unit);
	wordset_free(&tg->jargon);
	wordset_free(&tg->corp_suffix);
	wordset_free(&tg->product);
	wordset_free(&tg->storm);
	wordset_free(&tg->country);
	wordset_free(&tg->family_english);
	wordset_free(&tg->known_org);
	wordset_free(&tg->facility);
	wordset_free(&tg->way);
	wordset_free(&tg->event_org);
	wordset_free(&tg->award);
	wordset_free(&tg->org_cue);
	wordset_free(&tg->place_prep);
	wordset_free(&tg->lower_country);
	wordset_free(&tg->person_cue);
	wordset_free(&tg->title_small);
	wordset_free(&tg->currency);
	wordset_free(&tg->proper);
	wordset_free(&tg->event);
	wordset_free(&tg->group);
	wordset_free(&tg->user);
	wordset_free(&tg->acronyms);
	wordset_free(&tg->surnames);
	wordset_free(&tg->givens);
	tokens_free(&tg->ktok);
	entkeymemo_free(&tg->keymemo);
	buf_free(&tg->kscratch);
	buf_free(&tg->akeys);
	buf_free(&tg->keys);
	free(tg->akey_off);
	free(tg->c);
	free(tg->nm);
	free(tg->xm);
	tg_entdoc_free(tg->ed);
	numex_free(tg->nx);
	free(tg);
}

int
tagger_gazetteer_line(struct tagger *tg, const char *line, size_t n,
    struct buf *why)
{
	const char *tab, *type_s, *extra;
	size_t words = 1, i, type_n;
	int type;

	while (n > 0 && (line[n - 1] == '\r' || line[n - 1] == ' '))
		n--;
	if (n == 0 || line[0] == '#')
		return 0;
	if ((tab = memchr(line, '\t', n)) == NULL || tab == line) {
		buf_clear(why);
		why_put(why, tab == NULL ? "no TAB: expected NAME<TAB>TYPE" :
		    "empty NAME: expected NAME<TAB>TYPE");
		why_end(why);
		return -1;
	}
	type_s = tab + 1;
	type_n = n - (size_t)(type_s - line);
	if ((extra = memchr(type_s, '\t', type_n)) != NULL) {
		buf_clear(why);
		why_put(why, "a third field \"");
		buf_append(why, extra + 1, n - (size_t)(extra + 1 - line));
		why_put(why, "\": expected NAME<TAB>TYPE");
		why_end(why);
		return -1;
	}
	if ((type = ent_type_parse(type_s, type_n)) < 0) {
		why_bad_type(why, type_s, type_n, NULL);
		return -1;
	}
	for (i = 0; line + i < tab; i++)
		if (line[i] == ' ')
			words++;
	if (words > tg->user_maxwords)
		tg->user_maxwords = words;
	wordset_add(&tg->user, line, (size_t)(tab - line), type + 1);
	return 0;
}

int
tagger_gazetteer_file(struct tagger *tg, const char *path, size_t *lineno,
    struct buf *why)
{
	FILE *fp;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int rc = 0, saved;

	buf_clear(why);
	*lineno = 0;
	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	while (rc == 0 && (n = getline(&line, &cap, fp)) > 0) {
		++*lineno;
		if (line[n - 1] == '\n')
			n--;
		rc = tagger_gazetteer_line(tg, line, (size_t)n, why);
	}
	saved = errno;
	if (rc == 0 && ferror(fp))
		rc = -1;
	free(line);
	fclose(fp);
	errno = saved;
	return rc;
}

unsigned
ent_type_mask(const char *list, struct buf *why)
{
	unsigned mask = 0;
	const char *p = list, *comma;
	size_t n;
	int t;

	for (;;) {
		comma = strchr(p, ',');
		n = comma ? (size_t)(comma - p) : strlen(p);
		if ((t = ent_type_parse(p, n)) < 0) {
			why_bad_type(why, p, n, list);
			return 0;
		}
		mask |= 1U << t;
		if (comma == NULL)
			return mask;
		p = comma + 1;
	}
}

void
tagger_begin(struct tagger *tg)
{
	ner_doc_reset(tg->doc);
	tg_forget(tg);
}

int
tg_in_set(const struct wordset *ws, const char *s, size_t n)
{
	return wordset_get(ws, s, n) != 0;
}

/* As in_set, and an ALL CAPS name ("BRAZIL", "NEW YORK") as it is usually written. */
static int
in_set_caps(const struct wordset *ws, const char *s, size_t n)
{
	char tc[128];
	size_t i;

	if (tg_in_set(ws, s, n))
		return 1;
	if (n >= sizeof(tc) || !tg_all_caps(s, n))
		return 0;
	for (i = 0; i < n; i++)
		tc[i] = (i > 0 && s[i - 1] != ' ' && s[i - 1] != '-' &&
		    s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
	return tg_in_set(ws, tc, n);
}

int
tg_known_place(const struct tagger *tg, const char *s, size_t n)
{
	return in_set_caps(&tg->gpe, s, n);
}

struct cand *
tg_add_cand(struct tagger *tg, size_t start, size_t end, enum ent_type type,
    int prio)
{
	if (end <= start)
		return NULL;
	if (tg->nc == tg->ccap) {
		tg->ccap = tg->ccap ? tg->ccap * 2 : 64;
		if ((tg->c = reallocarray(tg->c, tg->ccap, sizeof(*tg->c))) == NULL)
			err(EXIT_TROUBLE, NULL);
	}
	tg->c[tg->nc].start = start;
	tg->c[tg->nc].end = end;
	tg->c[tg->nc].type = type;
	tg->c[tg->nc].prio = prio;
	tg->c[tg->nc].klen = 0;
	return &tg->c[tg->nc++];
}

/* Index of the first token that starts at byte b or after, or tok.n. */
size_t
tg_tok_at(const struct tokens *t, size_t b)
{
	size_t lo = 0, hi = t->n, mid;

	/* Starts grow along the sentence: halve. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (t->v[mid].start < b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * After "of" in a title ("Governor of Texas Greg Abbott"): if the words
 * from token i are a known place and a name follows inside the span
 * (ending at b), the token after the place, *a moved to it; else i - 1.
 */
static size_t
after_place(struct tagger *tg, const char *s, size_t i, size_t b, size_t *a)
{
	const struct tokens *t = &tg->tok;
	size_t k;

	for (k = 3; k > 0; k--)
		if (i + k < t->n && t->v[i + k].end <= b &&
		    in_set_caps(&tg->gpe, s + t->v[i].start,
		    t->v[i + k - 1].end - t->v[i].start)) {
			*a = t->v[i + k].start;
			return i + k;
		}
	return i - 1;
}

/*
 * The edges of a name the model found: a leading "The" is not part of it
 * ("The Guardian" is Guardian, as CoNLL and OntoNotes mark it), nor a
 * greeting ("Thanks John"), nor jargon at its end ("ASAP"); a greeting
 * or sign-off alone ("Best,"), a
 * currency or unit code ("MMBTU", "USD") and a product ("Firefox",
 * "Windows") are not names.  0 to keep s[*a..*b), -1 to drop it.
 */
static int
edges(struct tagger *tg, const char *s, size_t *a, size_t *b)
{
	const struct tokens *t = &tg->tok;
	size_t i = tg_tok_at(t, *a), last;
	int32_t cp;

	if (i >= t->n)
		return -1;
	/* An emoji's variation selector before "️Ukraine" is no part of it. */
	while (*a < *b) {
		size_t k = utf8_decode(s + *a, *b - *a, &cp);
		if (utf8_is_letter(cp) || utf8_class(cp) == CC_DIGIT)
			break;
		*a += k;
	}
	if (*a == *b)
		return -1;
	for (last = i; last + 1 < t->n && t->v[last + 1].end <= *b; last++)
		;
	if (last > i && t->v[i].end - t->v[i].start == 3 &&
	    ((memcmp(s + t->v[i].start, "The", 3) == 0 && i == 0) ||
	    memcmp(s + t->v[i].start, "the", 3) == 0)) {
		*a = t->v[++i].start;
	}
	if (tg_in_set(&tg->greeting, s + t->v[i].start,
	    t->v[i].end - t->v[i].start)) {
		if (last == i)
			return -1;
		/* What is left must still look like a name. */
		i++;
		while (i <= last && t->v[i].kind == TOK_PUNCT)
			i++;
		if (i > last || !(s[t->v[i].start] >= 'A' && s[t->v[i].start] <= 'Z'))
			return -1;
		*a = t->v[i].start;
	}
	/* Nor jargon after it: "send it to Brannock Freight ASAP". */
	if (last > i && t->v[last - 1].kind == TOK_WORD &&
	    tg_in_set(&tg->jargon, s + t->v[last].start,
	    t->v[last].end - t->v[last].start))
		*b = t->v[--last].end;
	if (last == i && (tg_in_set(&tg->currency, s + *a, *b - *a) ||
	    tg_in_set(&tg->unit, s + *a, *b - *a)))
		return -1;
	if (tg_in_set(&tg->product, s + *a, *b - *a) ||
	    tg_in_set(&tg->product, s + t->v[i].start, t->v[i].end - t->v[i].start) ||
	    tg_in_set(&tg->product, s + t->v[last].start,
	    t->v[last].end - t->v[last].start))
		return -1;
	return 0;
}

/*
 * "US", "U.S.", "UK": a country's letters, a name of the country list
 * in capitals and stops (a region's, "OK" or "IN", would be a word).
 */
int
tg_short_country(const struct tagger *tg, const char *w, size_t n)
{
	size_t i;

	if (n < 2 || n > 6)
		return 0;
	for (i = 0; i < n; i++)
		if (!ascii_upper((unsigned char)w[i]) && w[i] != '.')
			return 0;
	return tg_in_set(&tg->country, w, n);
}

/*
 * The tokens of a storm's word from token i ("Hurricane": 1, "Tropical
 * Storm": 2, a phrase of storm.txt), or 0.
 */
static size_t
storm_words(const struct tagger *tg, const char *s, size_t i)
{
	const struct tokens *t = &tg->tok;

	if (i >= t->n || t->v[i].kind != TOK_WORD)
		return 0;
	if (i + 1 < t->n && t->v[i + 1].kind == TOK_WORD &&
	    t->v[i + 1].start == t->v[i].end + 1 && tg_in_set(&tg->storm,
	    s + t->v[i].start, t->v[i + 1].end - t->v[i].start))
		return 2;
	return tg_in_set(&tg->storm, s + t->v[i].start,
	    t->v[i].end - t->v[i].start);
}

/* Is token i a name after a storm's word ("Hurricane Milton")? */
static int
storm_before(const struct tagger *tg, const char *s, size_t i)
{
	const struct tokens *t = &tg->tok;

	return i > 0 && i < t->n && t->v[i - 1].end < t->v[i].start &&
	    (storm_words(tg, s, i - 1) == 1 ||
	    (i > 1 && storm_words(tg, s, i - 2) == 2));
}

/*
 * "Xi Jinping met...": the model can leave out a family name that comes
 * first.  The start of the person's name at a: the family name's, when
 * one of family-first.txt stands just before a name of one or two words,
 * and is not one of family-english.txt, English words a name can follow
 * ("Oh Sarah, ...").
 */
static size_t
family_before(const struct tagger *tg, const char *s, size_t a, size_t b)
{
	const struct tokens *t = &tg->tok;
	size_t i = tg_tok_at(t, a);

	if (i == 0 || i >= t->n || t->v[i - 1].end + 1 != a || s[a - 1] != ' ' ||
	    (i + 2 < t->n && t->v[i + 2].end <= b) || t->v[i - 1].kind != TOK_WORD ||
	    !tg_in_set(&tg->family_first, s + t->v[i - 1].start,
	    t->v[i - 1].end - t->v[i - 1].start) ||
	    tg_in_set(&tg->family_english, s + t->v[i - 1].start,
	    t->v[i - 1].end - t->v[i - 1].start))
		return a;
	return t->v[i - 1].start;
}

/* The OntoNotes type of a name the model found, or -1 to drop it. */
static int
name_type(struct tagger *tg, const char *s, size_t n, size_t *a, size_t *b,
    enum ner_type nt)
{
	const struct tokens *t = &tg->tok;
	size_t i = tg_tok_at(t, *a), j, k, last;
	const char *w;
	size_t wn;

	/*
	 * "Hurricane Milton", "Tropical Storm Nadine": the name after a
	 * storm's word is the storm, whatever the model took it for.  A
	 * storm's word the model kept in the span is left out of it, and
	 * so is what follows the name ("Storm Darragh hit Wales").
	 */
	if ((k = storm_words(tg, s, i)) > 0 && i + k < t->n &&
	    t->v[i + k].end <= *b &&
	    ascii_upper((unsigned char)s[t->v[i + k].start]))
		i += k;
	if (storm_before(tg, s, i)) {
		*a = t->v[i].start;
		for (j = i; j + 1 < t->n && t->v[j + 1].end <= *b &&
		    t->v[j + 1].kind == TOK_WORD &&
		    ascii_upper((unsigned char)s[t->v[j + 1].start]); j++)
			continue;
		*b = t->v[j].end;
		return ET_EVENT;
	}
	/* "President Zelenskyy" tagged as an organisation is a person. */
	if (nt == NER_ORG && i + 1 < t->n && t->v[i + 1].end <= *b &&
	    tg_in_set(&tg->person_title, s + t->v[i].start, t->v[i].end - t->v[i].start) &&
	    s[t->v[i + 1].start] >= 'A' && s[t->v[i + 1].start] <= 'Z')
		nt = NER_PER;
	/* Titles before a person's name are not the name ("Polish Ambassador"). */
	while (nt == NER_PER && i < t->n && t->v[i].end < *b &&
	    (tg_in_set(&tg->title, s + t->v[i].start, t->v[i].end - t->v[i].start) ||
	    tg_in_set(&tg->nationality, s + t->v[i].start, t->v[i].end - t->v[i].start))) {
		i++;
		*a = t->v[i].start;
		/* Nor the place of the office: "Governor of Texas Greg Abbott". */
		if (i + 2 < t->n && t->v[i].end - t->v[i].start == 2 &&
		    memcmp(s + t->v[i].start, "of", 2) == 0)
			i = after_place(tg, s, i + 1, *b, a);
	}
	/* A title and its place alone ("Governor of Texas") name no one,
	 * but the place: "the Mayor of London" names London. */
	if (nt == NER_PER && i < t->n && t->v[i].end - t->v[i].start == 2 &&
	    memcmp(s + t->v[i].start, "of", 2) == 0) {
		if (i + 1 < t->n && in_set_caps(&tg->gpe, s + t->v[i + 1].start,
		    *b - t->v[i + 1].start)) {
			*a = t->v[i + 1].start;
			return ET_GPE;
		}
		return -1;
	}
	/* Nor is a possessive after it. */
	for (j = i; j < t->n && t->v[j].end <= *b; j++)
		if (t->v[j].kind == TOK_POSS && t->v[j].end == *b) {
			*b = j > i ? t->v[j - 1].end : *b;
			break;
		}
	last = j > i ? j - 1 : i;
	/* What the steps above left of a span can be nothing ("Mayor"
	 * with the title taken off): no name. */
	if (*a >= *b)
		return -1;
	/* "KYIV, Ukraine (AP) —": a dateline names a place. */
	if (*a == 0 && *b < n && s[*b] == ',' &&
	    tg_all_caps(s + *a, *b - *a))
		return ET_GPE;
	/* A nationality or a group is NORP whatever the model guessed. */
	if (tg_in_set(&tg->group, s + *a, *b - *a) ||
	    tg_in_set(&tg->nationality, s + *a, *b - *a))
		return ET_NORP;
	/* "Kennedy Space Center", "Mill Lane": a facility is a place (LOC). */
	if (last > i && last < t->n && (nt == NER_ORG || nt == NER_PER)) {
		w = s + t->v[last].start;
		wn = t->v[last].end - t->v[last].start;
		if (tg_in_set(nt == NER_ORG ? &tg->facility : &tg->way, w, wn))
			return ET_LOC;
		w = s + t->v[last - 1].start;
		if (nt == NER_ORG && tg_in_set(&tg->facility, w,
		    t->v[last].end - t->v[last - 1].start))
			return ET_LOC;
	}
	/* "the song “A Beautiful Lie”": a name that fills a quotation
	 * is a title of a work, which the model takes for an organisation. */
	if (nt == NER_ORG && tg_whole_quotation(s, n, *a, *b))
		return -1;
	/* "Trust me I know", "I 'm Men": a span with the pronoun "I" and a
	 * word in lower case (not "of") or a contraction after it is a
	 * sentence, not a name ("Louis I of Hungary" and "World War I" have
	 * a numeral). */
	for (j = i; j < last; j++)
		if (t->v[j].end - t->v[j].start == 1 && s[t->v[j].start] == 'I' &&
		    (s[t->v[j + 1].start] == '\'' || (ascii_lower((unsigned char)
		    s[t->v[j + 1].start]) && !tg_in_set(&tg->title_small,
		    s + t->v[j + 1].start, t->v[j + 1].end - t->v[j + 1].start))))
			return -1;
	/* "the Booker Prize" is no organisation, and no type of ours. */
	if (nt == NER_ORG && last > i && last < t->n && tg_in_set(&tg->award,
	    s + t->v[last].start, t->v[last].end - t->v[last].start))
		return -1;
	/* "the Second World War" as an organisation is an event. */
	if (nt == NER_ORG && last > i && last < t->n && tg_in_set(&tg->event_org,
	    s + t->v[last].start, t->v[last].end - t->v[last].start))
		return ET_EVENT;
	/* So is "the Battle of Marrowby", "the Siege of Tolgarth". */
	if (nt == NER_ORG && i + 2 <= last && last < t->n &&
	    t->v[i + 1].end - t->v[i + 1].start == 2 &&
	    memcmp(s + t->v[i + 1].start, "of", 2) == 0 &&
	    tg_in_set(&tg->event_org, s + t->v[i].start,
	    t->v[i].end - t->v[i].start))
		return ET_EVENT;
	switch (nt) {
	case NER_PER:
		return ET_PERSON;
	case NER_ORG:
		/*
		 * "Japan beat Syria": a country's team; trust the model here,
		 * but not for the country's short name, which a team is
		 * not called by ("US troops", "the UK said").
		 */
		if (tg_short_country(tg, s + *a, *b - *a))
			return ET_GPE;
		return ET_ORG;
	case NER_LOC:
		return in_set_caps(&tg->gpe, s + *a, *b - *a) ? ET_GPE : ET_LOC;
	case NER_MISC:
		if (tg_in_set(&tg->nationality, s + *a, *b - *a) ||
		    tg_in_set(&tg->group, s + *a, *b - *a))
			return ET_NORP;
		/* Plurals: Ukrainians, Americans. */
		if (*b - *a > 2 && s[*b - 1] == 's' &&
		    tg_in_set(&tg->nationality, s + *a, *b - *a - 1))
			return ET_NORP;
		if (last < t->n) {
			w = s + t->v[last].start;
			wn = t->v[last].end - t->v[last].start;
			if (tg_in_set(&tg->event, w, wn))
				return ET_EVENT;
		}
		return -1;
	}
	return -1;
}

/*
 * A headline in Title Case ("Ukraine to Share Intelligence with China"):
 * most longer words capitalised, some of them common words (Share,
 * Intelligence), so the capitals mean nothing.  A line of names
 * ("Glamorgan 259, Durham 114") is not one.
 */
int
tg_title_case(const struct tagger *tg, const struct tokens *t, const char *s)
{
	size_t i, k, n, words = 0, caps = 0, common = 0, lower = 0, pass;
	char low[32];

	/* Count the capitals first: most sentences have too few to ask
	 * about common words and words in lower case. */
	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < t->n; i++) {
			n = t->v[i].end - t->v[i].start;
			/* What comes before a colon is a label ("Read more:"). */
			if (pass == 1 && n == 1 && s[t->v[i].start] == ':')
				lower = 0;
			/* "Magna was up on the New York Stock Exchange": a
			 * headline would have "Was". */
			if (pass == 1 && t->v[i].kind == TOK_WORD && n > 1 &&
			    s[t->v[i].start] >= 'a' && s[t->v[i].start] <= 'z' &&
			    !tg_in_set(&tg->title_small, s + t->v[i].start, n))
				lower++;
			if (t->v[i].kind != TOK_WORD || n < 4 || n >= sizeof(low))
				continue;
			words += pass == 0;
			/* Capitalised, not ALL CAPS: the model has its own headline mode for those. */
			if (!(s[t->v[i].start] >= 'A' && s[t->v[i].start] <= 'Z' &&
			    s[t->v[i].start + 1] >= 'a' && s[t->v[i].start + 1] <= 'z'))
				continue;
			if (pass == 0) {
				caps++;
				continue;
			}
			for (k = 0; k < n; k++)
				low[k] = (char)(s[t->v[i].start + k] | 0x20);
			common += wordset_get(&tg->common, low, n) != 0;
		}
		if (caps * 5 < words * 4 || caps < 2 || lower > 1)
			return 0;
	}
	return common >= 2 && common * 3 >= caps;
}

/*
 * The model knows Latin script only: a name in another script
 * (Зеленський, 习近平) is passed through untagged rather than guessed.
 */
static int
latin(const char *s, size_t a, size_t b)
{
	size_t i;
	int32_t cp;

	for (i = a; i < b; ) {
		i += utf8_decode(s + i, b - i, &cp);
		/* Greek, Cyrillic and beyond, but Vietnamese (U+1E00..) is Latin. */
		if (cp >= 0x370 && !(cp >= 0x1E00 && cp <= 0x1EFF) &&
		    utf8_is_letter(cp))
			return 0;
	}
	return 1;
}

/* Parts of a link or a handle are not names: t.co/Xq7Lm2Pz, @HarlowTimes. */
static int
in_address(const char *s, size_t n, size_t a, size_t b)
{
	size_t i;
	int digit = 0, letter = 0;

	if ((a > 0 && (s[a - 1] == '/' || s[a - 1] == '@' || s[a - 1] == '.' ||
	    s[a - 1] == '#')) || (b < n && (s[b] == '/' || s[b] == '@')))
		return 1;
	for (i = a; i < b; i++) {
		digit |= s[i] >= '0' && s[i] <= '9';
		letter |= (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z';
	}
	return digit && letter;
}

/* Where w first starts in s[a..b), or b. */
static size_t
find(const char *s, size_t a, size_t b, const char *w)
{
	size_t n = strlen(w), i;

	for (i = a; i + n <= b; i++)
		if (memcmp(s + i, w, n) == 0)
			return i;
	return b;
}

/*
 * "Brannock Freight, Inc.": the model often takes the legal form for a
 * name of its own; it goes on the name before it, and alone it is
 * none.  Returns the new count of m[0..k).
 */
static size_t
join_suffixes(struct tagger *tg, const char *s, struct ner_mention *m,
    size_t k)
{
	size_t i, j, g;

	for (i = j = 0; i < k; i++) {
		if (!tg_in_set(&tg->corp_suffix, s + m[i].start,
		    m[i].end - m[i].start)) {
			m[j++] = m[i];
			continue;
		}
		if (j == 0)
			continue;
		for (g = m[j - 1].end; g < m[i].start && (s[g] == ' ' ||
		    s[g] == ','); g++)
			;
		/* A legal form makes the name a company's. */
		if (g == m[i].start && m[i].start - m[j - 1].end <= 3) {
			m[j - 1].end = m[i].end;
			m[j - 1].type = NER_ORG;
		}
	}
	return j;
}

static void
names(struct tagger *tg, const char *s, size_t n)
{
	struct ner_mention *m;
	size_t k, i;
	int type, headline = tg_title_case(tg, &tg->tok, s);

	tg->headline = headline;

	/* The model splits as tokens_split does: a mention per token at most
	 * (and room to cut some in two). */
	if (tg->nmcap < 2 * tg->tok.n + 1) {
		tg->nmcap = 2 * tg->tok.n + 1;
		if ((tg->nm = reallocarray(tg->nm, tg->nmcap, sizeof(*tg->nm))) == NULL)
			err(EXIT_TROUBLE, NULL);
	}
	m = tg->nm;
	k = ner_tag_tokens(tg->model, tg->doc, s, &tg->tok, m, tg->nmcap);
	if (k > tg->nmcap)
		errx(EXIT_TROUBLE, "ner_tag found more mentions than tokens");
	k = join_suffixes(tg, s, m, k);
	k = tg_join_persons(s, m, k);
	if (k > 0)
		tg_noise_line(tg, s);
	for (i = 0; i < k; i++) {
		size_t a = m[i].start, b = m[i].end;
		size_t and;
		/* "The Guardian and The Coastline Herald": two names. */
		if ((and = find(s, a, b, " and The ")) < b && k < tg->nmcap) {
			memmove(m + i + 1, m + i, (k - i) * sizeof(*m));
			k++;
			m[i].end = b = and;
			m[i + 1].start = and + 5;
		}
		if (!latin(s, a, b) || edges(tg, s, &a, &b) < 0 ||
		    (type = name_type(tg, s, n, &a, &b, m[i].type)) < 0 ||
		    in_address(s, n, a, b) || tg_noise(tg, s, n, a, b, type == ET_PERSON))
			continue;
		if ((type == ET_LOC || type == ET_GPE || type == ET_ORG) &&
		    tg_addressed(tg, s, n, m[i].start, a, b))
			type = ET_PERSON;
		/* A capital "The" kept within a sentence is an organisation's
		 * ("The Triffids"), never a person's. */
		if (type == ET_PERSON && b - a > 4 && memcmp(s + a, "The ", 4) == 0)
			a += 4;
		if (type == ET_PERSON)
			a = family_before(tg, s, a, b);
		/* "President Bush on Tuesday": after a person's title the
		 * model's organisation or place is the person. */
		if ((type == ET_ORG || type == ET_LOC || type == ET_GPE) &&
		    (tg_word_before(&tg->person_title, s, a) ||
		    tg_word_before(&tg->person_cue, s, a)))
			type = ET_PERSON;
		/* "What do you eat in Miramar?": a known place after "in" is
		 * the place, not its team or its council. */
		if (type == ET_ORG && tg_word_before(&tg->place_prep, s, a) &&
		    in_set_caps(&tg->gpe, s + a, b - a))
			type = ET_GPE;
		/* "the band Killing Joke", "the carmaker Stellantis". */
		if ((type == ET_PERSON || type == ET_LOC || type == ET_GPE) &&
		    tg_word_before(&tg->org_cue, s, a))
			type = ET_ORG;
		/* "Google said": a company the model never saw is no person. */
		if (type != ET_ORG && wordset_get(&tg->known_org, s + a, b - a))
			type = ET_ORG;
		/* In a Title Case headline only names the lists know are trusted. */
		if (headline && (type == ET_ORG || type == ET_LOC || type == ET_EVENT) &&
		    !(type == ET_EVENT && storm_before(tg, s, tg_tok_at(&tg->tok, a))))
			continue;
		tg_add_cand(tg, a, b, (enum ent_type)type, 2);
	}
}

/* enum numex_type to enum ent_type. */
static const int numex_types[] = {
	[NX_DATE] = ET_DATE, [NX_TIME] = ET_TIME, [NX_MONEY] = ET_MONEY,
	[NX_PERCENT] = ET_PERCENT, [NX_QUANTITY] = ET_QUANTITY,
	[NX_CARDINAL] = ET_CARDINAL, [NX_ORDINAL] = ET_ORDINAL,
};

static void
numbers(struct tagger *tg, const char *s, size_t n)
{
	size_t k;

	/* numex keeps nothing between calls: when out is too small, ask again. */
	if (tg->xm == NULL) {
		tg->xmcap = 64;
		if ((tg->xm = reallocarray(NULL, tg->xmcap, sizeof(*tg->xm))) == NULL)
			err(EXIT_TROUBLE, NULL);
	}
	for (;;) {
		k = numex_find(tg->nx, s, n, tg->xm, tg->xmcap);
		if (k <= tg->xmcap)
			break;
		tg->xmcap = k;
		if ((tg->xm = reallocarray(tg->xm, tg->xmcap, sizeof(*tg->xm))) == NULL)
			err(EXIT_TROUBLE, NULL);
	}
	tg_add_numbers(tg, tg->xm, k);
}

void
tg_add_numbers(struct tagger *tg, const struct numex_mention *m, size_t k)
{
	struct cand *c;
	size_t i;

	for (i = 0; i < k; i++) {
		/* An empty span is no candidate: its value keys nothing. */
		c = tg_add_cand(tg, m[i].start, m[i].end,
		    (enum ent_type)numex_types[m[i].type], 1);
		if (c == NULL)
			continue;
		c->koff = tg->keys.len;
		c->klen = strlen(m[i].value);
		buf_append(&tg->keys, m[i].value, c->klen);
	}
}

static int
by_start(const void *x, const void *y)
{
	const struct cand *a = x, *b = y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->prio != b->prio)
		return b->prio - a->prio;
	return a->end > b->end ? -1 : a->end < b->end;
}

/* Keep the best of overlapping mentions: higher priority, then the longer. */
static void
resolve(struct tagger *tg)
{
	size_t i, j, out = 0;

	if (tg->nc == 0)
		return;
	/* Stably: the first made of two alike wins below (j < i). */
	stable_sort(tg->c, tg->nc, sizeof(tg->c[0]), by_start);
	for (i = 0; i < tg->nc; i++) {
		int keep = 1;
		for (j = 0; j < tg->nc; j++) {
			if (j == i || tg->c[j].start >= tg->c[i].end ||
			    tg->c[j].end <= tg->c[i].start)
				continue;
			if (tg->c[j].prio > tg->c[i].prio ||
			    (tg->c[j].prio == tg->c[i].prio &&
			    (tg->c[j].end - tg->c[j].start > tg->c[i].end -
			    tg->c[i].start || (tg->c[j].end - tg->c[j].start ==
			    tg->c[i].end - tg->c[i].start && j < i)))) {
				keep = 0;
				break;
			}
		}
		if (keep)
			tg->c[out++] = tg->c[i];
	}
	tg->nc = out;
}

/* Adjacent pieces of one name: "the Security Service" + "of" + "Ukraine". */
static void
merge_of(struct tagger *tg, const char *s)
{
	size_t i, out = 0;

	for (i = 0; i < tg->nc; i++) {
		struct cand *c = &tg->c[i];
		/*
		 * A person's leading initials are part of the name: the
		 * model often leaves out or splits off the first of two
		 * ("director E. J. Marchetti" gave "J. Marchetti").
		 */
		while (c->type == ET_PERSON && c->start >= 3 &&
		    s[c->start - 1] == ' ' && s[c->start - 2] == '.' &&
		    ascii_upper(s[c->start - 3]) &&
		    (c->start == 3 || s[c->start - 4] == ' ') &&
		    (out == 0 || tg->c[out - 1].end <= c->start - 3))
			c->start -= 3;
		if (out > 0) {
			struct cand *p = &tg->c[out - 1];
			if (p->type == ET_PERSON && c->type == ET_PERSON &&
			    p->end - p->start == 2 && s[p->start + 1] == '.' &&
			    c->start == p->end + 1 && s[p->end] == ' ') {
				p->end = c->end;
				continue;
			}
			if (p->type == ET_ORG && p->prio == 2 && (c->type == ET_GPE ||
			    c->type == ET_LOC || c->type == ET_ORG) && c->prio == 2 &&
			    c->start == p->end + 4 && memcmp(s + p->end, " of ", 4) == 0) {
				p->end = c->end;
				continue;
			}
			/* "the Paris" + "Olympics": one event. */
			if ((p->type == ET_GPE || p->type == ET_LOC) && p->prio == 2 &&
			    c->type == ET_EVENT && c->prio == 2 && c->start == p->end + 1 &&
			    s[p->end] == ' ') {
				p->end = c->end;
				p->type = ET_EVENT;
				continue;
			}
		}
		tg->c[out++] = *c;
	}
	tg->nc = out;
}

int
tg_all_caps(const char *s, size_t n)
{
	size_t i, letters = 0;

	for (i = 0; i < n; i++) {
		if (s[i] >= 'a' && s[i] <= 'z')
			return 0;
		if (s[i] >= 'A' && s[i] <= 'Z')
			letters++;
	}
	return letters >= 2;
}

void
tg_piece(struct tagger *tg, const char *s, size_t n)
{
	tg->nc = 0;
	buf_clear(&tg->keys);
	tokens_split(&tg->tok, s, n);
	tg_gazetteer(tg, s);
	names(tg, s, n);
	tg_known_names(tg, s);
	tg_administrations(tg, s, n);
	numbers(tg, s, n);
	resolve(tg);
	merge_of(tg, s);
	/* The document pass keys the names once their types are decided. */
	if (!tg->in_document)
		tg_name_keys(tg, s, n);
}

/* Hand the candidates of the piece at base to fn. */
static void
emit(struct tagger *tg, size_t base, entity_fn fn, void *ctx)
{
	struct entity e;
	size_t i;

	for (i = 0; i < tg->nc; i++) {
		e.start = base + tg->c[i].start;
		e.end = base + tg->c[i].end;
		e.type = tg->c[i].type;
		e.key = tg->keys.data != NULL ? tg->keys.data + tg->c[i].koff : "";
		e.keylen = tg->c[i].klen;
		fn(ctx, &e);
	}
}

void
tagger_sentence(struct tagger *tg, const char *s, size_t n, entity_fn fn,
    void *ctx)
{
	size_t off = 0, len;

	while (n - off > TG_MAXSENTENCE) {
		/* Cut at the last space of the window. */
		for (len = TG_MAXSENTENCE; len > TG_MAXSENTENCE / 2 &&
		    s[off + len] != ' '; len--)
			;
		tg_piece(tg, s + off, len);
		emit(tg, off, fn, ctx);
		off += len;
	}
	tg_piece(tg, s + off, n - off);
	emit(tg, off, fn, ctx);
}
