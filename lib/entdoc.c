/*
 * entdoc: the document pass of the tagger (tagger_document).
 *
 * 1. Every sentence is tagged as tagger_sentence() tags it.
 * 2. The name mentions are grouped by their text, case folded ("Ashby
 *    Ford", "ASHBY FORD"), and each group's type is the one with the
 *    most evidence over all its mentions: a mention of two words or more
 *    counts 4, of one word 2, in capitals half that (headlines), a
 *    dateline ("ASHBY FORD, Oct 14") 16, a person after a person's
 *    title ("President Bush") or a body after a noun of bodies ("the
 *    band Killing Joke") 16, and 16 to a place for a
 *    mention a place noun introduces ("the island of Corrabeg", "a town
 *    called Marrowby"); a tie goes to the first mention's type.  A user gazetteer's type is never changed.  So one
 *    weak decision never overrides the rest of the story.
 * 3. A one-word name also gets, as PERSON, 4 for every mention of a
 *    person named in full with it as the family name, 2 with it as the
 *    given name ("Lincoln" after "Maya Lincoln"), so the full name
 *    weighs most.  Then every mention takes its group's type, except
 *    that a known place keeps ORG where the model saw its team or its
 *    government ("Chicago beat Detroit": CoNLL's convention), unless
 *    a place noun introduced it in the document.
 * 4. Repeats the tagger missed are tagged: the same text as a person's
 *    name, a family name of a full name, or another name with evidence
 *    of 6 or more, capitalised, standing alone (no capitalised word
 *    joined to it, other than a title, except in a Title Case headline
 *    or caption; not in an address or a file name), and, if it is a common word in lower case ("Hill"), not the
 *    first word of its sentence.  Texts opening with an article or a
 *    preposition, and short codes in capitals, are not looked for.
 * 5. Keys are given in one sweep over the document after the full names
 *    of persons are known, so that every mention of one person shares
 *    the full name's key (entlink.c).
 *
 * Memory: the mentions (32 bytes each) and groups of one document, and
 * the tokens of its sentences as step 1 split them (4 bytes a token, so
 * step 4 need not split them again), reused across documents up to
 * KEEP_BYTES an array; a long document's larger arrays are freed as soon
 * as their step is done (the tokens after step 4 when no later pass
 * wants them: tagger_hand_on_tokens).
 */
#include <err.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "document.h"
#include "stablesort.h"
#include "tagger.h"

/* Evidence a name other than a person's needs to be looked for again (measured: 6). */
#define REPEAT_MIN	6

/*
 * A mention, 32 bytes (a long document has millions): offsets and
 * indexes in 32 bits, as a document of DOC_MAX bytes or more, or one
 * whose keys of numbers and full names pass DOC_MAX bytes, is not
 * tagged (tagger_document says so).
 */
#define DOC_MAX		UINT32_MAX
#define NOGROUP		UINT32_MAX
struct dment {
	uint32_t	 start, end;	/* in the document */
	uint32_t	 sent;
	uint32_t	 group;		/* names: index into ed->g, or NOGROUP */
	uint32_t	 koff, klen;	/* key in ed->nkeys: a number, a full name */
	uint32_t	 words;		/* word tokens of a name */
	unsigned char	 type;		/* enum ent_type */
	signed char	 prio;		/* as struct cand */
};
_Static_assert(sizeof(struct dment) == 32, "struct dment is 32 bytes");
_Static_assert(ET_NTYPES <= UCHAR_MAX, "struct dment type");

/*
 * A token of a sentence kept from step 1 for step 4, 4 bytes (a long
 * document has tens of millions): offsets in the sentence, which step
 * 4 only looks at when it is at most TG_MAXSENTENCE bytes long.
 */
struct stok {
	unsigned	 start : 14, end : 14, kind : 4;
};
_Static_assert(TG_MAXSENTENCE < 1 << 14, "struct stok offsets");
_Static_assert(TOK_PUNCT < 1 << 4, "struct stok kind");
_Static_assert(sizeof(struct stok) == 4, "struct stok is 4 bytes");

/* Evidence is counted in halves: 1 a mention in capitals, 2 one word. */
struct group {
	unsigned	 score[ET_NTYPES];
	enum ent_type	 first, type;
	int		 fixed;		/* from the user gazetteer */
	int		 placed;	/* a place noun introduced a mention */
	size_t		 words;
};

struct entdoc {
	struct dment	*m;
	struct dment	*spare;		/* merge_repeats()' copy of the repeats */
	size_t		 sparecap;
	size_t		 n, cap;
	struct group	*g;
	size_t		 ng, gcap;
	struct wordset	 forms;		/* folded text -> group + 1 */
	struct wordset	 repeat;	/* text as written -> type + 1 */
	size_t		 maxtok;	/* tokens of the longest text in repeat */
	struct buf	 nkeys;		/* keys of numbers */
	struct buf	 form;		/* scratch */
	struct buf	 keys;		/* the keys of the result */
	struct doc_entity *out;
	size_t		 outcap;
	struct stok	*tok;		/* every kept sentence's tokens */
	size_t		 ntok, tokcap;
	uint32_t	*sfirst;	/* sentence i's are tok[sfirst[i]..sfirst[i + 1]) */
	size_t		 sfcap;
	unsigned char	*headline;	/* sentence i's tg_title_case(), kept with them */
	struct token	*view;		/* one sentence's, as tokens_split gives them */
	size_t		 viewcap;
	/* The document tagged last, for tagger_kept_tokens(). */
	const struct document *doc;
	const char	*doctext;
	size_t		 doclen, docsents;
	int		 toobig;	/* the keys in nkeys passed DOC_MAX bytes */
};

void
tg_entdoc_free(struct entdoc *ed)
{
	if (ed == NULL)
		return;
	free(ed->m);
	free(ed->spare);
	free(ed->g);
	wordset_free(&ed->forms);
	wordset_free(&ed->repeat);
	buf_free(&ed->nkeys);
	buf_free(&ed->form);
	buf_free(&ed->keys);
	free(ed->out);
	free(ed->tok);
	free(ed->sfirst);
	free(ed->headline);
	free(ed->view);
	free(ed);
}

static void *
grow(void *p, size_t *cap, size_t have, size_t sz)
{
	if (have < *cap)
		return p;
	*cap = *cap < 64 ? 64 : *cap * 2;
	if ((p = reallocarray(p, *cap, sz)) == NULL)
		err(EXIT_TROUBLE, NULL);
	return p;
}

/* p, of *cap elements of sz bytes, with room for need. */
static void *
reserve(void *p, size_t *cap, size_t need, size_t sz)
{
	if (need <= *cap)
		return p;
	*cap = need < 64 ? 64 : need + need / 2;
	if ((p = reallocarray(p, *cap, sz)) == NULL)
		err(EXIT_TROUBLE, NULL);
	return p;
}

/*
 * What is kept of an array of one document for the next, at most: a
 * stream of articles reuses its small arrays, and a long document's
 * are let go as soon as their step is done, so they do not add up to
 * the peak (nor stay for the rest of the stream).
 */
#define KEEP_BYTES	((size_t)1 << 20)

/* p, of *cap elements of sz bytes, freed if it is larger than KEEP_BYTES. */
static void *
shed(void *p, size_t *cap, size_t sz)
{
	if (*cap <= KEEP_BYTES / sz)
		return p;
	free(p);
	*cap = 0;
	return NULL;
}

static void
shed_buf(struct buf *b)
{
	if (b->cap > KEEP_BYTES)
		buf_free(b);
}

/* Keep the tokens in tg->tok, those of the sentence tagged last. */
static void
keep_tokens(struct tagger *tg, struct entdoc *ed)
{
	const struct token *v = tg->tok.v;
	struct stok *k;
	size_t i;

	ed->tok = reserve(ed->tok, &ed->tokcap, ed->ntok + tg->tok.n,
	    sizeof(*ed->tok));
	k = ed->tok + ed->ntok;
	for (i = 0; i < tg->tok.n; i++) {
		/* Built whole, so it is stored in one write. */
		k[i] = (struct stok){ .start = (unsigned)v[i].start,
		    .end = (unsigned)v[i].end, .kind = (unsigned)v[i].kind };
	}
	ed->ntok += tg->tok.n;
}

static int
is_name(enum ent_type t)
{
	return t == ET_PERSON || t == ET_ORG || t == ET_GPE || t == ET_LOC ||
	    t == ET_NORP || t == ET_EVENT;
}

static int
upper_ascii(int c)
{
	return c >= 'A' && c <= 'Z';
}

/* The text folded for grouping: ASCII case folded, other bytes kept. */
static void
fold(struct buf *out, const char *s, size_t n)
{
	size_t i;

	buf_clear(out);
	buf_reserve(out, n);
	for (i = 0; i < n; i++)
		out->data[i] = upper_ascii((unsigned char)s[i]) ? (char)(s[i] + 32) :
		    s[i];
	out->len = n;
}

/*
 * The word tokens of the mention s[a..b) of the piece s[0..n) that
 * tg->tok holds the tokens of.  Where the mention starts at a token and
 * ends at the piece's end or before a space, they are the piece's own
 * (tokens_split() decides a token from the bytes after its start, and
 * sees a space as the end of its input); else it is split again.
 */
static size_t
count_words(struct tagger *tg, const char *s, size_t n, size_t a, size_t b)
{
	const struct tokens *t = &tg->tok;
	size_t i, lo = 0, hi = t->n, mid, w = 0;

	if (b == n || s[b] == ' ') {
		while (lo < hi) {
			mid = lo + (hi - lo) / 2;
			if (t->v[mid].start < a)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < t->n && t->v[lo].start == a) {
			for (i = lo; i < t->n && t->v[i].start < b; i++)
				w += t->v[i].kind == TOK_WORD;
			return w;
		}
	}
	tokens_split(&tg->ktok, s + a, b - a);
	for (i = 0; i < tg->ktok.n; i++)
		w += tg->ktok.v[i].kind == TOK_WORD;
	return w;
}

/* Step 1, for one piece of sentence si at offset base of the document. */
static void
collect(struct tagger *tg, struct entdoc *ed, size_t si, uint64_t base, const char *s, size_t n)
{
	const struct cand *c;
	struct dment *m;
	size_t i;

	tg_piece(tg, s, n);
	for (i = 0; i < tg->nc; i++) {
		c = &tg->c[i];
		ed->m = grow(ed->m, &ed->cap, ed->n, sizeof(*ed->m));
		m = &ed->m[ed->n++];
		m->start = (uint32_t)(base + c->start);
		m->end = (uint32_t)(base + c->end);
		m->sent = (uint32_t)si;
		m->type = (unsigned char)c->type;
		m->prio = (signed char)c->prio;
		m->koff = m->klen = 0;
		m->group = NOGROUP;
		m->words = 0;
		if (!is_name(c->type)) {
			if (c->klen > DOC_MAX - ed->nkeys.len) {
				ed->toobig = 1;
				continue;
			}
			m->koff = (uint32_t)ed->nkeys.len;
			m->klen = (uint32_t)c->klen;
			buf_append(&ed->nkeys, tg->keys.data + c->koff, c->klen);
			if (m->klen == 0)
				m->prio = 1;
			continue;
		}
		m->words = (uint32_t)count_words(tg, s, n, c->start, c->end);
	}
}

/*
 * "the island of Corrabeg", "a town called Marrowby": the words before the
 * mention at off name it a place.  As strong as a dateline: the model
 * often takes a place it never saw for a body.
 */
static int
place_cue(const struct document *d, uint64_t off)
{
	static const char *const nouns[] = { "city", "cities", "town", "towns",
	    "village", "villages", "island", "islands", "state", "province",
	    "county", "district", "region", "suburb", "borough", "parish",
	    "municipality", "hamlet", NULL };
	static const char *const links[] = { " of ", " called ", " named ", NULL };
	const char *const *w, *const *l;
	size_t ln, wn;

	/* Every link ends in "f " or "d ". */
	if (off < 2 || d->text[off - 1] != ' ' || (d->text[off - 2] != 'f' &&
	    d->text[off - 2] != 'd'))
		return 0;
	for (l = links; *l != NULL; l++) {
		ln = strlen(*l);
		if (off < ln || memcmp(d->text + off - ln, *l, ln) != 0)
			continue;
		for (w = nouns; *w != NULL; w++) {
			wn = strlen(*w);
			if (off >= ln + wn && memcmp(d->text + off - ln - wn, *w,
			    wn) == 0 && (off == ln + wn || !((d->text[off - ln - wn - 1] |
			    0x20) >= 'a' && (d->text[off - ln - wn - 1] | 0x20) <= 'z')))
				return 1;
		}
	}
	return 0;
}

/* Step 2: the groups and their evidence. */
static void
weigh(struct tagger *tg, struct entdoc *ed, const struct document *d)
{
	struct dment *m;
	struct group *g;
	const char *t;
	size_t i, n;
	unsigned w;
	int gi, t2;

	for (i = 0; i < ed->n; i++) {
		m = &ed->m[i];
		if (!is_name(m->type))
			continue;
		t = d->text + m->start;
		n = (size_t)(m->end - m->start);
		fold(&ed->form, t, n);
		if ((gi = wordset_get(&ed->forms, ed->form.data, ed->form.len)) == 0) {
			ed->g = grow(ed->g, &ed->gcap, ed->ng, sizeof(*ed->g));
			g = &ed->g[ed->ng++];
			memset(g, 0, sizeof(*g));
			g->first = g->type = (enum ent_type)m->type;
			g->words = m->words;
			wordset_add(&ed->forms, ed->form.data, ed->form.len,
			    gi = (int)ed->ng);
		}
		m->group = (uint32_t)gi - 1;
		g = &ed->g[m->group];
		if (m->prio == 3) {
			g->fixed = 1;
			g->type = (enum ent_type)m->type;
			continue;
		}
		w = m->words >= 2 ? 4 : 2;
		if (tg_all_caps(t, n)) {
			/* "ASHBY FORD, Oct 14": a dateline. */
			if (m->start == d->sents[m->sent].start &&
			    m->end < d->len && d->text[m->end] == ',')
				w = 16;
			else
				w /= 2;
		}
		if (place_cue(d, m->start)) {
			g->score[tg_known_place(tg, t, n) ? ET_GPE : ET_LOC] += 16;
			g->placed = 1;
			continue;
		}
		/* "President Bush", "the band Killing Joke": as strong as a
		 * dateline, for the model often takes a one-word surname for
		 * a body or a place. */
		if ((m->type == ET_PERSON &&
		    (tg_word_before(&tg->person_title, d->text, m->start) ||
		    tg_word_before(&tg->person_cue, d->text, m->start))) ||
		    (m->type == ET_ORG &&
		    tg_word_before(&tg->org_cue, d->text, m->start)))
			w = 16;
		g->score[m->type] += w;
	}
	for (i = 0; i < ed->ng; i++) {
		g = &ed->g[i];
		if (g->fixed)
			continue;
		g->type = g->first;
		for (t2 = 0; t2 < ET_NTYPES; t2++)
			if (g->score[t2] > g->score[g->type])
				g->type = (enum ent_type)t2;
	}
}

/* The word tokens of a person's name in tg->ktok: the surname's and the given name's indexes. */
static void
name_parts(struct tagger *tg, const char *s, size_t n, size_t *sur,
    size_t *given)
{
	const struct token *v;
	size_t i, first = SIZE_MAX, last = SIZE_MAX;

	tokens_split(&tg->ktok, s, n);
	v = tg->ktok.v;
	for (i = 0; i < tg->ktok.n; i++)
		if (v[i].kind == TOK_WORD) {
			if (first == SIZE_MAX)
				first = i;
			last = i;
		}
	*sur = last;
	*given = first != last ? first : SIZE_MAX;
	if (*given != SIZE_MAX &&
	    tg_in_set(&tg->family_first, s + v[first].start, v[first].end - v[first].start) &&
	    !tg_in_set(&tg->proper, s + v[last].start, v[last].end - v[last].start)) {
		*sur = first;
		*given = last;
	}
}

static void
add_repeat(struct entdoc *ed, const char *s, size_t n, enum ent_type type,
    size_t ntok)
{
	if (n < 2 || wordset_get(&ed->repeat, s, n) != 0)
		return;
	wordset_add(&ed->repeat, s, n, (int)type + 1);
	if (ntok > ed->maxtok)
		ed->maxtok = ntok;
}

/*
 * A name worth looking for again: capitalised or in another script; a
 * person's, or of several words not opening with an article or a
 * preposition ("A Beautiful Lie" is a title more often than a name), or
 * one word that is not a common word or a short code in capitals ("CD").
 */
static int
namelike(struct tagger *tg, const char *s, size_t n, enum ent_type type,
    size_t words)
{
	static const char *const openers[] = { "A ", "An ", "The ", "In ",
	    "On ", "At ", "Of ", "For ", "To ", "By ", NULL };
	const char *const *o;
	char low[32];
	size_t i;

	if (n < 2 || !(upper_ascii((unsigned char)s[0]) ||
	    (unsigned char)s[0] >= 0x80))
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] == '@' || s[i] == '/' || s[i] == '_' || (s[i] == '.' &&
		    i + 1 < n && s[i + 1] >= 'a' && s[i + 1] <= 'z'))
			return 0;
	for (o = openers; *o != NULL; o++)
		if (s[0] == (*o)[0] && n > strlen(*o) &&
		    memcmp(s, *o, strlen(*o)) == 0)
			return 0;
	if (type == ET_PERSON || words >= 2)
		return 1;
	if (tg_all_caps(s, n) && n <= 4)
		return 0;
	if (n >= sizeof(low))
		return 1;
	for (i = 0; i < n; i++)
		low[i] = upper_ascii((unsigned char)s[i]) ? (char)(s[i] + 32) : s[i];
	return wordset_get(&tg->common, low, n) == 0;
}

/* Part of an address or a file name: t.co/abc, @handle, Lisa_cv.doc. */
static int
in_address(const char *s, size_t n, size_t a, size_t b)
{
	if (a > 0 && strchr("/@._#-", s[a - 1]) != NULL)
		return 1;
	if (b < n && strchr("/@_-", s[b]) != NULL)
		return 1;
	return b + 1 < n && s[b] == '.' && ((s[b + 1] | 0x20) >= 'a' &&
	    (s[b + 1] | 0x20) <= 'z');
}

/* Step 3: persons' surnames and given names; and what step 4 looks for. */
static void
inherit(struct tagger *tg, struct entdoc *ed, const struct document *d)
{
	struct dment *m;
	struct group *g;
	const char *t;
	size_t i, n, sur, given, k, part[2];
	int gi, t2;

	/* A full name's word counts for the person where it stands alone. */
	for (i = 0; i < ed->n; i++) {
		m = &ed->m[i];
		if (m->group == NOGROUP || ed->g[m->group].type != ET_PERSON ||
		    m->words < 2)
			continue;
		t = d->text + m->start;
		n = (size_t)(m->end - m->start);
		name_parts(tg, t, n, &sur, &given);
		part[0] = sur;
		part[1] = given;
		for (k = 0; k < 2; k++) {
			if (part[k] == SIZE_MAX)
				continue;
			fold(&ed->form, t + tg->ktok.v[part[k]].start,
			    tg->ktok.v[part[k]].end - tg->ktok.v[part[k]].start);
			if ((gi = wordset_get(&ed->forms, ed->form.data,
			    ed->form.len)) > 0 && !ed->g[gi - 1].fixed)
				ed->g[gi - 1].score[ET_PERSON] += k == 0 ? 4 : 2;
			else if (gi == 0 && k == 0)
				/* A surname never tagged alone: look for it. */
				add_repeat(ed, t + tg->ktok.v[sur].start,
				    tg->ktok.v[sur].end - tg->ktok.v[sur].start,
				    ET_PERSON, 1);
		}
	}
	for (i = 0; i < ed->ng; i++) {
		g = &ed->g[i];
		if (g->fixed || g->words != 1)
			continue;
		for (t2 = 0; t2 < ET_NTYPES; t2++)
			if (g->score[t2] > g->score[g->type])
				g->type = (enum ent_type)t2;
	}
	for (i = 0; i < ed->n; i++) {
		m = &ed->m[i];
		if (m->group == NOGROUP)
			continue;
		g = &ed->g[m->group];
		t = d->text + m->start;
		n = (size_t)(m->end - m->start);
		/* A place is also its team or its government: "Chicago beat Detroit". */
		if (!(m->type == ET_ORG && (g->type == ET_GPE || g->type == ET_LOC) &&
		    !g->placed && tg_known_place(tg, t, n)) &&
		    !((m->type == ET_GPE || m->type == ET_LOC) && g->type == ET_ORG &&
		    tg_known_place(tg, t, n)))
			m->type = (unsigned char)g->type;
		/* One weak mention is not worth repeating; a person's name is. */
		if ((g->score[g->type] >= REPEAT_MIN || g->type == ET_PERSON) &&
		    namelike(tg, t, n, (enum ent_type)m->type, m->words))
			add_repeat(ed, t, n, m->type, tokens_split(&tg->ktok, t, n));
	}
}

static int
capitalised_word(const char *s, const struct stok *v)
{
	return (v->kind == TOK_WORD || v->kind == TOK_ABBREV) &&
	    (upper_ascii((unsigned char)s[v->start]) ||
	    (unsigned char)s[v->start] >= 0x80);
}

/* Step 4, in sentence si; its mentions are ed->m[lo..hi). */
static void
repeats(struct tagger *tg, struct entdoc *ed, const struct document *d,
    size_t si, size_t lo, size_t hi)
{
	const struct sentence *st = &d->sents[si];
	const char *s = st->text;
	size_t n = (size_t)(st->end - st->start), i, k, j, a, b, firstword;
	const struct stok *v;
	size_t nt;
	struct dment *m;
	int type, headline;
	char low[64];

	if (n > TG_MAXSENTENCE)
		return;
	/* The tokens step 1 kept, as they are. */
	v = ed->tok + ed->sfirst[si];
	nt = ed->sfirst[si + 1] - ed->sfirst[si];
	/* In a Title Case headline or caption every word has a capital. */
	headline = ed->headline[si];
	for (firstword = 0; firstword < nt && v[firstword].kind !=
	    TOK_WORD; firstword++)
		;
	j = lo;
	for (i = 0; i < nt; i++) {
		if (!capitalised_word(s, &v[i]))
			continue;
		/* Skip what a mention covers. */
		while (j < hi && ed->m[j].end - st->start <= v[i].start)
			j++;
		if (j < hi && ed->m[j].start - st->start < v[i].end)
			continue;
		for (k = nt - i < ed->maxtok ? nt - i : ed->maxtok;
		    k > 0; k--) {
			a = v[i].start;
			b = v[i + k - 1].end;
			if ((type = wordset_get(&ed->repeat, s + a, b - a)) == 0)
				continue;
			/* Not a piece of a longer name. */
			if (!headline && i + k < nt && capitalised_word(s, &v[i + k]) &&
			    (size_t)v[i + k].start == b + 1)
				break;
			if (!headline && i > 0 && capitalised_word(s, &v[i - 1]) &&
			    (size_t)v[i - 1].end + 1 == a &&
			    !tg_in_set(&tg->title, s + v[i - 1].start,
			    v[i - 1].end - v[i - 1].start))
				break;
			if (j < hi && ed->m[j].start - st->start < b)
				break;
			if (in_address(s, n, a, b))
				break;
			/* "Hill" can be the hill that opens a sentence. */
			if (k == 1 && b - a < sizeof(low)) {
				size_t x;
				for (x = 0; x < b - a; x++)
					low[x] = upper_ascii((unsigned char)s[a + x]) ?
					    (char)(s[a + x] + 32) : s[a + x];
				if (wordset_get(&tg->common, low, b - a) != 0 &&
				    (i == firstword || (i > 0 && v[i - 1].kind ==
				    TOK_PUNCT && s[v[i - 1].start] != ',')))
					break;
			}
			ed->m = grow(ed->m, &ed->cap, ed->n, sizeof(*ed->m));
			m = &ed->m[ed->n++];
			m->start = (uint32_t)(st->start + a);
			m->end = (uint32_t)(st->start + b);
			m->sent = (uint32_t)si;
			m->type = (unsigned char)(type - 1);
			m->prio = 2;
			m->koff = m->klen = 0;
			m->group = NOGROUP;
			m->words = (uint32_t)k;
			i += k - 1;
			break;
		}
	}
}

static int
by_start(const void *x, const void *y)
{
	const struct dment *a = x, *b = y;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return 0;
}

static int
sorted_run(const struct dment *m, size_t n)
{
	size_t i;

	for (i = 1; i < n; i++)
		if (m[i - 1].start > m[i].start)
			return 0;
	return 1;
}

/*
 * Put the repeats step 4 appended after the first nfirst mentions in
 * order of start.  Both runs are in order already (sentence by
 * sentence, token by token), so they are merged from the back in one
 * pass: on one long document a sort of every mention cost more than
 * the step.  Starts never tie (mentions do not overlap); if a run is
 * ever out of order, a stable sort does it.
 */
static void
merge_repeats(struct entdoc *ed, size_t nfirst)
{
	size_t nrep = ed->n - nfirst, i = nfirst, j = nrep, k = ed->n;

	if (!sorted_run(ed->m, nfirst) || !sorted_run(ed->m + nfirst, nrep)) {
		stable_sort(ed->m, ed->n, sizeof(*ed->m), by_start);
		return;
	}
	ed->spare = reserve(ed->spare, &ed->sparecap, nrep, sizeof(*ed->spare));
	memcpy(ed->spare, ed->m + nfirst, nrep * sizeof(*ed->spare));
	while (j > 0) {
		if (i > 0 && ed->m[i - 1].start > ed->spare[j - 1].start)
			ed->m[--k] = ed->m[--i];
		else
			ed->m[--k] = ed->spare[--j];
	}
}

/* Step 5: keys, sentence by sentence, into ed->out; 0 if they are too many. */
static int
keys(struct tagger *tg, struct entdoc *ed, const struct document *d)
{
	struct dment *m;
	struct cand *c;
	struct doc_entity *e;
	size_t i, lo, hi, k;

	tg_forget(tg);
	/*
	 * Persons named in full first, so that a surname before them has
	 * their key.  A full name's key depends on its words alone, so it
	 * is kept (with the numbers' keys) and not made again below.
	 */
	for (i = 0; i < ed->n; i++) {
		m = &ed->m[i];
		if (m->type == ET_PERSON && m->words >= 2) {
			size_t koff = ed->nkeys.len;

			tg_person_key(tg, &ed->nkeys, d->text + m->start,
			    (size_t)(m->end - m->start));
			if (ed->nkeys.len > DOC_MAX)
				return 0;
			m->koff = (uint32_t)koff;
			m->klen = (uint32_t)(ed->nkeys.len - koff);
		}
	}
	buf_clear(&ed->keys);
	/* Their number is known: one allocation, not a copy a doubling. */
	ed->out = reserve(ed->out, &ed->outcap, ed->n, sizeof(*ed->out));
	for (lo = 0; lo < ed->n; lo = hi) {
		const struct sentence *st = &d->sents[ed->m[lo].sent];
		for (hi = lo; hi < ed->n && ed->m[hi].sent == ed->m[lo].sent; hi++)
			;
		tg->nc = 0;
		buf_clear(&tg->keys);
		for (i = lo; i < hi; i++) {
			m = &ed->m[i];
			tg_add_cand(tg, (size_t)(m->start - st->start),
			    (size_t)(m->end - st->start), (enum ent_type)m->type,
			    m->prio);
			c = &tg->c[tg->nc - 1];
			c->koff = tg->keys.len;
			c->klen = m->klen;
			if (m->klen > 0)
				buf_append(&tg->keys, ed->nkeys.data + m->koff, m->klen);
		}
		tg_name_keys(tg, st->text, (size_t)(st->end - st->start));
		for (k = 0, i = lo; i < hi; i++, k++) {
			e = &ed->out[i];
			e->start = ed->m[i].start;
			e->end = ed->m[i].end;
			e->type = (enum ent_type)ed->m[i].type;
			e->sent = ed->m[i].sent;
			/* Offsets into ed->keys until it stops growing. */
			e->key = (const char *)(uintptr_t)ed->keys.len;
			e->keylen = tg->c[k].klen;
			if (tg->c[k].klen > 0)
				buf_append(&ed->keys, tg->keys.data + tg->c[k].koff,
				    tg->c[k].klen);
		}
	}
	for (i = 0; i < ed->n; i++)
		ed->out[i].key = ed->keys.data != NULL ? ed->keys.data +
		    (uintptr_t)ed->out[i].key : "";
	return 1;
}

/* A document too big for struct dment: no entities, and a message. */
static void
too_big(const struct document *d, const char *what)
{
	char *id;

	if ((id = strndup(d->id, d->idlen)) == NULL)
		err(EXIT_TROUBLE, NULL);
	diag_file(id, "%s of 4 GiB or more: no entities tagged", what);
	free(id);
}

void
tagger_document(struct tagger *tg, struct document *d)
{
	struct entdoc *ed;
	const struct sentence *st;
	size_t i, off, len, n, lo, hi, nfirst;

	if (tg->ed == NULL && (tg->ed = calloc(1, sizeof(*tg->ed))) == NULL)
		err(EXIT_TROUBLE, NULL);
	ed = tg->ed;
	ed->n = ed->ng = ed->maxtok = ed->ntok = 0;
	ed->toobig = 0;
	ed->doc = NULL;
	if (d->len > DOC_MAX) {
		too_big(d, "document");
		document_set_entities(d, NULL, 0);
		return;
	}
	if (d->nsents + 1 > ed->sfcap) {
		ed->sfirst = reserve(ed->sfirst, &ed->sfcap, d->nsents + 1,
		    sizeof(*ed->sfirst));
		if ((ed->headline = reallocarray(ed->headline, ed->sfcap, 1)) == NULL)
			err(EXIT_TROUBLE, NULL);
	}
	wordset_clear(&ed->forms);
	wordset_clear(&ed->repeat);
	buf_clear(&ed->nkeys);
	tagger_begin(tg);
	tg->in_document = 1;
	for (i = 0; i < d->nsents; i++) {
		st = &d->sents[i];
		n = (size_t)(st->end - st->start);
		ed->sfirst[i] = (uint32_t)ed->ntok;
		for (off = 0; n - off > TG_MAXSENTENCE; off += len) {
			/* Cut at the last space of the window, as tagger_sentence does. */
			for (len = TG_MAXSENTENCE; len > TG_MAXSENTENCE / 2 &&
			    st->text[off + len] != ' '; len--)
				;
			collect(tg, ed, i, st->start + off, st->text + off, len);
		}
		collect(tg, ed, i, st->start + off, st->text + off, n - off);
		if (n <= TG_MAXSENTENCE) {
			keep_tokens(tg, ed);
			ed->headline[i] = (unsigned char)tg->headline;
		}
	}
	ed->sfirst[d->nsents] = (uint32_t)ed->ntok;
	tg->in_document = 0;
	if (ed->toobig) {
		too_big(d, "keys of numbers");
		document_set_entities(d, NULL, 0);
		return;
	}
	weigh(tg, ed, d);
	inherit(tg, ed, d);
	nfirst = ed->n;
	for (lo = 0, i = 0; i < d->nsents; i++) {
		for (hi = lo; hi < nfirst && ed->m[hi].sent == i; hi++)
			;
		repeats(tg, ed, d, i, lo, hi);
		lo = hi;
	}
	if (ed->n > nfirst)
		merge_repeats(ed, nfirst);
	if (tg->drop_tokens) {
		ed->tok = shed(ed->tok, &ed->tokcap, sizeof(*ed->tok));
		ed->ntok = 0;
	}
	ed->spare = shed(ed->spare, &ed->sparecap, sizeof(*ed->spare));
	ed->g = shed(ed->g, &ed->gcap, sizeof(*ed->g));
	if (!keys(tg, ed, d)) {
		too_big(d, "keys of names");
		document_set_entities(d, NULL, 0);
		return;
	}
	/* Only ed->out is needed now; the document takes it over and
	 * hands back its last one to refill. */
	ed->m = shed(ed->m, &ed->cap, sizeof(*ed->m));
	shed_buf(&ed->nkeys);
	document_swap_entities(d, &ed->out, &ed->outcap, ed->n, &ed->keys);
	ed->out = shed(ed->out, &ed->outcap, sizeof(*ed->out));
	shed_buf(&ed->keys);
	ed->doc = tg->drop_tokens ? NULL : d;
	ed->doctext = d->text;
	ed->doclen = d->len;
	ed->docsents = d->nsents;
}

void
tagger_hand_on_tokens(struct tagger *tg, int yes)
{
	tg->drop_tokens = !yes;
}

/* The tokens keep_tokens() kept of sentence si, widened to struct token. */
static const struct token *
kept_tokens(struct entdoc *ed, size_t si, size_t *n)
{
	size_t a = ed->sfirst[si], i;

	*n = ed->sfirst[si + 1] - a;
	ed->view = reserve(ed->view, &ed->viewcap, *n, sizeof(*ed->view));
	for (i = 0; i < *n; i++) {
		ed->view[i].start = ed->tok[a + i].start;
		ed->view[i].end = ed->tok[a + i].end;
		ed->view[i].kind = (enum tok_kind)ed->tok[a + i].kind;
	}
	return ed->view;
}

/*
 * A hook for the passes after this one (find-quotes' engine): the
 * tokens step 1 kept of a sentence, so they are not split again.  Only
 * while d's entities are the ones computed here (none read since).
 */
const struct token *
tagger_kept_tokens(struct tagger *tg, const struct document *d, size_t si,
    size_t *n)
{
	struct entdoc *ed = tg->ed;

	if (ed == NULL || ed->doc != d || ed->doctext != d->text ||
	    ed->doclen != d->len || ed->docsents != d->nsents ||
	    si >= d->nsents || !(d->have & DL_ENTITIES) ||
	    (d->from_stream & DL_ENTITIES) ||
	    d->sents[si].end - d->sents[si].start > TG_MAXSENTENCE)
		return NULL;
	return kept_tokens(ed, si, n);
}
