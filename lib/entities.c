#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "entities.h"
#include "entkey.h"
#include "ner.h"
#include "numex.h"
#include "places.h"
#include "tokens.h"
#include "utf8.h"
#include "wordset.h"

#define MAXMENTIONS	256

static const char *const type_names[ET_NTYPES] = {
	"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "DATE", "TIME",
	"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL",
};

/* Words before a name that are not part of it ("President Zelenskyy"). */
static const char *const titles[] = {
	"President", "Vice", "Prime", "Minister", "Ambassador", "Foreign",
	"Deputy", "Secretary", "Chancellor", "King", "Queen", "Prince",
	"Princess", "Pope", "Senator", "Sen.", "Rep.", "Gov.", "Governor",
	"Mayor", "Judge", "Justice", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.",
	"Gen.", "General", "Col.", "Lt.", "Sgt.", "Capt.", "Adm.", "Chief",
	"Spokesman", "Spokeswoman", "Commander", "Director", "Chairman",
	"Chairwoman", "Sir", "Dame", "Lord", "Lady", "Saint", "St.",
	"Mr", "Mrs", "Ms", "Dr", "Rev.", "Father", "Sheikh", "Emir",
	"Ukrainian", "Russian", "Chinese", "American", "British", "French",
	"German", NULL
};

/* Titles that come before a person only ("Foreign" also names ministries). */
static const char *const person_titles[] = {
	"President", "Ambassador", "Minister", "Senator", "Sen.", "Rep.",
	"Gov.", "Governor", "Mayor", "Judge", "Mr.", "Mrs.", "Ms.", "Dr.",
	"Prof.", "Gen.", "Col.", "Lt.", "Sgt.", "Capt.", "King", "Queen",
	"Pope", "Chancellor", "Sir", "Dame", NULL
};

/* Last words of events ("the Second World War", "the Paris Olympics"). */
static const char *const event_words[] = {
	"War", "Wars", "Games", "Olympics", "Olympiad", "Cup", "Summit",
	"Championship", "Championships", "Election", "Elections",
	"Revolution", "Crisis", "Conference", "Festival", "Forum",
	"Marathon", "Expo", "Tournament", "Uprising", "Massacre", "Genocide",
	"Holocaust", "Pandemic", "Referendum", "Congress", "Protests", NULL
};

/* Groups that are not nationalities but are NORP all the same. */
static const char *const groups[] = {
	"Muslim", "Muslims", "Christian", "Christians", "Jewish", "Jews",
	"Catholic", "Catholics", "Protestant", "Protestants", "Hindu",
	"Hindus", "Buddhist", "Buddhists", "Sikh", "Sikhs", "Orthodox",
	"Republican", "Republicans", "Democrat", "Democrats", "Democratic",
	"Conservative", "Conservatives", "Labour", "Socialist", "Socialists",
	"Communist", "Communists", "Islamist", "Islamists", "Sunni", "Shia",
	"Shiite", "Kurdish", "Kurds", "Palestinians", "Israelis", NULL
};

struct cand {
	size_t		 start, end;
	enum ent_type	 type;
	int		 prio;		/* gazetteer 3, names 2, numbers 1 */
	size_t		 koff, klen;	/* key in the tagger's key buffer */
};

struct tagger {
	struct ner_model	*model;
	struct ner_doc		*doc;
	struct tokens		 tok;
	struct wordset		 gpe, nationality, title, event, group, common;
	struct wordset		 person_title;	/* only ever before a person */
	struct wordset		 user;		/* name -> type + 1 */
	size_t			 user_maxwords;
	struct wordset		 acronyms;	/* per document: acronym -> index + 1 */
	struct buf		 akeys;		/* keys of acronyms, NUL-separated */
	size_t			*akey_off;
	size_t			 nakeys, cakeys;
	struct buf		 keys;		/* keys of this sentence */
	struct cand		 c[MAXMENTIONS];
	size_t			 nc;
};

const char *
ent_type_name(enum ent_type t)
{
	return (unsigned)t < ET_NTYPES ? type_names[t] : "?";
}

/* Type names are matched in any case: "person" is PERSON. */
int
ent_type_parse(const char *s, size_t n)
{
	int i;

	for (i = 0; i < ET_NTYPES; i++)
		if (strlen(type_names[i]) == n && strncasecmp(type_names[i], s, n) == 0)
			return i;
	return -1;
}

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
		why_put(why, type_names[i]);
		why_put(why, i + 1 < ET_NTYPES ? ", " : " (in any case)");
	}
	why_end(why);
}

static void
add_all(struct wordset *ws, const char *const *list)
{
	for (; *list != NULL; list++)
		wordset_add_static(ws, *list, strlen(*list), 1);
}

struct tagger *
tagger_new(void)
{
	struct tagger *tg;

	if ((tg = calloc(1, sizeof(*tg))) == NULL)
		err(2, NULL);
	if ((tg->model = ner_load()) == NULL)
		errx(2, "the entity model is missing from this build");
	tg->doc = ner_doc_new(tg->model);
	add_all(&tg->gpe, places_country);
	add_all(&tg->gpe, places_city);
	add_all(&tg->gpe, places_region);
	add_all(&tg->nationality, places_lang);
	add_all(&tg->common, places_common);
	add_all(&tg->title, titles);
	add_all(&tg->person_title, person_titles);
	add_all(&tg->event, event_words);
	add_all(&tg->group, groups);
	if (numex_init() != 0)
		errx(2, "cannot compile the number patterns");
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
	wordset_free(&tg->event);
	wordset_free(&tg->group);
	wordset_free(&tg->user);
	wordset_free(&tg->acronyms);
	buf_free(&tg->akeys);
	buf_free(&tg->keys);
	free(tg->akey_off);
	numex_free();
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
	wordset_free(&tg->acronyms);
	buf_clear(&tg->akeys);
	tg->nakeys = 0;
}

static int
in_set(const struct wordset *ws, const char *s, size_t n)
{
	return wordset_get(ws, s, n) != 0;
}

static int	all_caps(const char *, size_t);

/* As in_set, and an ALL CAPS name ("BRAZIL", "NEW YORK") as it is usually written. */
static int
in_set_caps(const struct wordset *ws, const char *s, size_t n)
{
	char tc[128];
	size_t i;

	if (in_set(ws, s, n))
		return 1;
	if (n >= sizeof(tc) || !all_caps(s, n))
		return 0;
	for (i = 0; i < n; i++)
		tc[i] = (i > 0 && s[i - 1] != ' ' && s[i - 1] != '-' &&
		    s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
	return in_set(ws, tc, n);
}

static void
add_cand(struct tagger *tg, size_t start, size_t end, enum ent_type type,
    int prio)
{
	if (tg->nc == MAXMENTIONS || end <= start)
		return;
	tg->c[tg->nc].start = start;
	tg->c[tg->nc].end = end;
	tg->c[tg->nc].type = type;
	tg->c[tg->nc].prio = prio;
	tg->c[tg->nc].klen = 0;
	tg->nc++;
}

/* Index of the token that starts at byte b, or tok.n. */
static size_t
tok_at(const struct tokens *t, size_t b)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		if (t->v[i].start >= b)
			return i;
	return t->n;
}

/* A user gazetteer's names, longest first at each token. */
static void
gazetteer(struct tagger *tg, const char *s)
{
	const struct tokens *t = &tg->tok;
	size_t i, k;
	int type;

	if (tg->user.count == 0)
		return;
	for (i = 0; i < t->n; i++) {
		for (k = t->n - i < tg->user_maxwords * 2 ? t->n - i :
		    tg->user_maxwords * 2; k > 0; k--) {
			size_t a = t->v[i].start, b = t->v[i + k - 1].end;
			if ((type = wordset_get(&tg->user, s + a, b - a)) != 0) {
				add_cand(tg, a, b, (enum ent_type)(type - 1), 3);
				i += k - 1;
				break;
			}
		}
	}
}

/* The OntoNotes type of a name the model found, or -1 to drop it. */
static int
name_type(struct tagger *tg, const char *s, size_t n, size_t *a, size_t *b,
    enum ner_type nt)
{
	const struct tokens *t = &tg->tok;
	size_t i = tok_at(t, *a), j, last;
	const char *w;
	size_t wn;

	/* "President Zelenskyy" tagged as an organisation is a person. */
	if (nt == NER_ORG && i + 1 < t->n && t->v[i + 1].end <= *b &&
	    in_set(&tg->person_title, s + t->v[i].start, t->v[i].end - t->v[i].start) &&
	    s[t->v[i + 1].start] >= 'A' && s[t->v[i + 1].start] <= 'Z')
		nt = NER_PER;
	/* Titles before a person's name are not the name ("Polish Ambassador"). */
	while (nt == NER_PER && i < t->n && t->v[i].end < *b &&
	    (in_set(&tg->title, s + t->v[i].start, t->v[i].end - t->v[i].start) ||
	    in_set(&tg->nationality, s + t->v[i].start, t->v[i].end - t->v[i].start))) {
		i++;
		*a = t->v[i].start;
	}
	/* Nor is a possessive after it. */
	for (j = i; j < t->n && t->v[j].end <= *b; j++)
		if (t->v[j].kind == TOK_POSS && t->v[j].end == *b) {
			*b = j > i ? t->v[j - 1].end : *b;
			break;
		}
	last = j > i ? j - 1 : i;
	/* "KYIV, Ukraine (AP) —": a dateline names a place. */
	if (*a == 0 && *b < n && s[*b] == ',' &&
	    all_caps(s + *a, *b - *a))
		return ET_GPE;
	/* A nationality or a group is NORP whatever the model guessed. */
	if (in_set(&tg->group, s + *a, *b - *a) ||
	    in_set(&tg->nationality, s + *a, *b - *a))
		return ET_NORP;
	switch (nt) {
	case NER_PER:
		return ET_PERSON;
	case NER_ORG:
		/* "Japan beat Syria": a country's team; trust the model here. */
		return ET_ORG;
	case NER_LOC:
		return in_set_caps(&tg->gpe, s + *a, *b - *a) ? ET_GPE : ET_LOC;
	case NER_MISC:
		if (in_set(&tg->nationality, s + *a, *b - *a) ||
		    in_set(&tg->group, s + *a, *b - *a))
			return ET_NORP;
		/* Plurals: Ukrainians, Americans. */
		if (*b - *a > 2 && s[*b - 1] == 's' &&
		    in_set(&tg->nationality, s + *a, *b - *a - 1))
			return ET_NORP;
		if (last < t->n) {
			w = s + t->v[last].start;
			wn = t->v[last].end - t->v[last].start;
			if (in_set(&tg->event, w, wn))
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
static int
title_case(const struct tagger *tg, const struct tokens *t, const char *s)
{
	size_t i, k, n, words = 0, caps = 0, common = 0;
	char low[32];

	for (i = 0; i < t->n; i++) {
		n = t->v[i].end - t->v[i].start;
		if (t->v[i].kind != TOK_WORD || n < 4 || n >= sizeof(low))
			continue;
		words++;
		/* Capitalised, not ALL CAPS: the model has its own headline mode for those. */
		if (!(s[t->v[i].start] >= 'A' && s[t->v[i].start] <= 'Z' &&
		    s[t->v[i].start + 1] >= 'a' && s[t->v[i].start + 1] <= 'z'))
			continue;
		caps++;
		for (k = 0; k < n; k++)
			low[k] = (char)(s[t->v[i].start + k] | 0x20);
		common += wordset_get(&tg->common, low, n) != 0;
	}
	return caps * 5 >= words * 4 && common >= 2 && common * 3 >= caps;
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

/* Parts of a link or a handle are not names: t.co/S9Lt24l19D, @KyivPost. */
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

static void
names(struct tagger *tg, const char *s, size_t n)
{
	struct ner_mention m[MAXMENTIONS];
	size_t k, i;
	int type, headline = title_case(tg, &tg->tok, s);

	k = ner_tag(tg->model, tg->doc, s, n, m, MAXMENTIONS);
	if (k > MAXMENTIONS)
		k = MAXMENTIONS;
	for (i = 0; i < k; i++) {
		size_t a = m[i].start, b = m[i].end;
		if (!latin(s, a, b) ||
		    (type = name_type(tg, s, n, &a, &b, m[i].type)) < 0 ||
		    in_address(s, n, a, b))
			continue;
		/* In a Title Case headline only names the lists know are trusted. */
		if (headline && (type == ET_ORG || type == ET_LOC || type == ET_EVENT))
			continue;
		add_cand(tg, a, b, (enum ent_type)type, 2);
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
	struct numex_mention m[MAXMENTIONS];
	size_t k, i;
	int type;

	k = numex_find(s, n, m, MAXMENTIONS);
	if (k > MAXMENTIONS)
		k = MAXMENTIONS;
	for (i = 0; i < k; i++) {
		type = numex_types[m[i].type];
		add_cand(tg, m[i].start, m[i].end, (enum ent_type)type, 1);
		tg->c[tg->nc - 1].koff = tg->keys.len;
		tg->c[tg->nc - 1].klen = strlen(m[i].value);
		buf_append(&tg->keys, m[i].value, strlen(m[i].value));
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

	qsort(tg->c, tg->nc, sizeof(tg->c[0]), by_start);
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
		if (out > 0) {
			struct cand *p = &tg->c[out - 1];
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

static int
all_caps(const char *s, size_t n)
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

static void
remember_acronym(struct tagger *tg, const char *acr, size_t an,
    const char *key, size_t kn)
{
	if (tg->nakeys == tg->cakeys) {
		tg->cakeys = tg->cakeys ? tg->cakeys * 2 : 16;
		if ((tg->akey_off = reallocarray(tg->akey_off, tg->cakeys,
		    sizeof(*tg->akey_off))) == NULL)
			err(2, NULL);
	}
	tg->akey_off[tg->nakeys] = tg->akeys.len;
	buf_append(&tg->akeys, key, kn);
	buf_putc(&tg->akeys, '\0');
	wordset_add(&tg->acronyms, acr, an, (int)++tg->nakeys);
}

/* Keys of the names; an acronym in brackets after a name takes its key. */
static void
name_keys(struct tagger *tg, const char *s, size_t n)
{
	size_t i, a, b, k;
	int idx;

	for (i = 0; i < tg->nc; i++) {
		struct cand *c = &tg->c[i];
		if (c->klen > 0 || c->prio == 1)
			continue;
		a = c->start;
		b = c->end;
		if (c->type != ET_PERSON && all_caps(s + a, b - a) &&
		    (idx = wordset_get(&tg->acronyms, s + a, b - a)) > 0) {
			const char *key = tg->akeys.data + tg->akey_off[idx - 1];
			c->koff = tg->keys.len;
			c->klen = strlen(key);
			buf_append(&tg->keys, key, c->klen);
			continue;
		}
		if (c->type == ET_PERSON) {
			/* The surname: the last word that is not Jr. or a numeral. */
			k = tok_at(&tg->tok, b);
			while (k > 0 && tg->tok.v[k - 1].end > b)
				k--;
			while (k > 1 && tg->tok.v[k - 1].start > a && (tg->tok.v[k - 1].kind ==
			    TOK_PUNCT || tg->tok.v[k - 1].kind == TOK_POSS ||
			    tg->tok.v[k - 1].kind == TOK_ABBREV))
				k--;
			if (k > 0 && tg->tok.v[k - 1].start >= a)
				a = tg->tok.v[k - 1].start, b = tg->tok.v[k - 1].end;
		}
		c->koff = tg->keys.len;
		entkey_name(&tg->keys, s + a, b - a);
		c->klen = tg->keys.len - c->koff;
		/* "the Security Service of Ukraine (SBU)" */
		if (c->type != ET_PERSON && c->end + 4 < n && s[c->end] == ' ' &&
		    s[c->end + 1] == '(') {
			const char *p = s + c->end + 2, *close = memchr(p, ')',
			    n - (c->end + 2));
			if (close != NULL && close - p >= 2 && close - p <= 10 &&
			    all_caps(p, (size_t)(close - p)))
				remember_acronym(tg, p, (size_t)(close - p),
				    tg->keys.data + c->koff, c->klen);
		}
	}
}

/* No real sentence is this long: longer runs are tagged in pieces, so memory stays small. */
#define MAXSENTENCE	(8 * 1024)

static void	tag_piece(struct tagger *, const char *, size_t, size_t,
		    entity_fn, void *);

void
tagger_sentence(struct tagger *tg, const char *s, size_t n, entity_fn fn,
    void *ctx)
{
	size_t off = 0, len;

	while (n - off > MAXSENTENCE) {
		/* Cut at the last space of the window. */
		for (len = MAXSENTENCE; len > MAXSENTENCE / 2 && s[off + len] != ' '; len--)
			;
		tag_piece(tg, s + off, len, off, fn, ctx);
		off += len;
	}
	tag_piece(tg, s + off, n - off, off, fn, ctx);
}

static void
tag_piece(struct tagger *tg, const char *s, size_t n, size_t base,
    entity_fn fn, void *ctx)
{
	struct entity e;
	size_t i;

	tg->nc = 0;
	buf_clear(&tg->keys);
	tokens_split(&tg->tok, s, n);
	gazetteer(tg, s);
	names(tg, s, n);
	numbers(tg, s, n);
	resolve(tg);
	merge_of(tg, s);
	name_keys(tg, s, n);
	for (i = 0; i < tg->nc; i++) {
		e.start = base + tg->c[i].start;
		e.end = base + tg->c[i].end;
		e.type = tg->c[i].type;
		e.key = tg->keys.data != NULL ? tg->keys.data + tg->c[i].koff : "";
		e.keylen = tg->c[i].klen;
		fn(ctx, &e);
	}
}
