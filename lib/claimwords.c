#include <err.h>
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>

#include "claimwords.h"
#include "diag.h"
#include "utf8.h"
#include "wordset.h"

/*
 * Function words: they carry little of a claim, so overlap measures
 * count them apart.  Negations and hedges are here too, each with
 * its class, because a change in them changes what is claimed.
 */
static const char *const stopwords[] = {
	"a", "about", "after", "against", "all", "also", "an", "and", "any",
	"are", "as", "at", "be", "because", "been", "before", "being",
	"between", "both", "but", "by", "did", "do", "does", "during",
	"each", "for", "from", "had", "has", "have", "he", "her", "here",
	"hers", "him", "his", "how", "i", "if", "in", "into", "is", "it",
	"its", "just", "me", "more", "most", "my", "of", "on", "once",
	"only", "or", "other", "our", "out", "over", "own", "same", "she",
	"so", "some", "such", "than", "that", "the", "their", "them",
	"then", "there", "these", "they", "this", "those", "through", "to",
	"too", "under", "until", "up", "very", "was", "we", "were", "what",
	"when", "where", "which", "while", "who", "whom", "why", "with",
	"you", "your", "'s", "’s", "said", "says", "say", "told", "added",
	"according"
};
static const char *const negations[] = {
	"not", "no", "never", "none", "nothing", "nobody", "neither", "nor",
	"cannot", "without", "n't"
};
/*
 * Words that deny what they govern ("denied the tax would rise"): each
 * flips a claim as a "not" does (claimpolar).  Forms, not stems:
 * "dispute" is left out, as the noun is a quarrel more often than not.
 */
static const char *const denials[] = {
	"deny", "denies", "denied", "denying", "denial", "denials",
	"reject", "rejects", "rejected", "rejecting", "rejection",
	"dismiss", "dismisses", "dismissed", "dismissing", "dismissal",
	"refute", "refutes", "refuted", "refuting", "rebuff", "rebuffs",
	"rebuffed", "rebuffing", "refuse", "refuses", "refused", "refusing",
	"refusal"
};
/* Index + 1 is the hedge number; "will" and "can" are the certain ones. */
static const char *const hedges[] = {
	"may", "might", "could", "would", "should", "will", "can", "must",
	"reportedly", "allegedly", "possibly", "probably", "likely",
	"perhaps", "alleged", "suspected", "apparently", "unconfirmed"
};

enum { CLS_STOP = 1, CLS_NEG, CLS_DENY, CLS_HEDGE0 };

/* Word classes (lib/data/claims-classes.txt): stem hash to class hash. */
extern const char *const claimclass_words[][3];
extern const size_t claimclass_count;
struct classmap {
	uint64_t	 stem, cls;
	int		 pred;		/* a class of main predicates */
	size_t		 line;		/* in the list: of two words alike, the first wins */
};
static struct classmap *classmap;
static size_t nclassmap;

static int
by_stem(const void *x, const void *y)
{
	const struct classmap *a = x, *b = y;

	if (a->stem != b->stem)
		return a->stem < b->stem ? -1 : 1;
	return a->line < b->line ? -1 : a->line > b->line;
}

/* Stem each class word with the stemmer the claims use, once. */
static void
classmap_init(struct sb_stemmer *st)
{
	const sb_symbol *s;
	const char *w, *c;
	size_t i;

	if ((classmap = calloc(claimclass_count + 1, sizeof(*classmap))) == NULL)
		err(EXIT_TROUBLE, NULL);
	for (i = 0; i < claimclass_count; i++) {
		w = claimclass_words[i][0];
		c = claimclass_words[i][1];
		s = sb_stemmer_stem(st, (const sb_symbol *)w, (int)strlen(w));
		classmap[i].stem = s != NULL ? cw_hash((const char *)s,
		    (size_t)sb_stemmer_length(st)) : cw_hash(w, strlen(w));
		classmap[i].cls = cw_hash(c, strlen(c)) ^ 0x5bd1e995ULL;
		classmap[i].pred = claimclass_words[i][2][0] == 'p';
		classmap[i].line = i;
	}
	nclassmap = claimclass_count;
	qsort(classmap, nclassmap, sizeof(*classmap), by_stem);
}

/* The class of a stem (the stem itself if it has none); *pred: a predicate class. */
static uint64_t
class_of(uint64_t stem, int *pred)
{
	size_t lo = 0, hi = nclassmap, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (classmap[mid].stem < stem)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < nclassmap && classmap[lo].stem == stem) {
		*pred = classmap[lo].pred;
		return classmap[lo].cls;
	}
	*pred = 0;
	return stem;
}

static struct wordset classes;
static int classes_ready;

static void
classes_init(void)
{
	size_t i;

	for (i = 0; i < sizeof(stopwords) / sizeof(*stopwords); i++)
		wordset_add_static(&classes, stopwords[i], strlen(stopwords[i]), CLS_STOP);
	for (i = 0; i < sizeof(negations) / sizeof(*negations); i++)
		wordset_add_static(&classes, negations[i], strlen(negations[i]), CLS_NEG);
	for (i = 0; i < sizeof(denials) / sizeof(*denials); i++)
		wordset_add_static(&classes, denials[i], strlen(denials[i]), CLS_DENY);
	for (i = 0; i < sizeof(hedges) / sizeof(*hedges); i++)
		wordset_add_static(&classes, hedges[i], strlen(hedges[i]),
		    CLS_HEDGE0 + (int)i);
	classes_ready = 1;
}

const char *
hedge_name(int h)
{
	if (h < 1 || (size_t)h > sizeof(hedges) / sizeof(*hedges))
		return "";
	return hedges[h - 1];
}

void
claimwords_init(struct claimwords *cw)
{
	memset(cw, 0, sizeof(*cw));
	/* Never NULL, so that v + i is defined when there are no words. */
	cw->cap = 64;
	if ((cw->v = calloc(cw->cap, sizeof(*cw->v))) == NULL ||
	    (cw->memo = calloc(CW_MEMO, sizeof(*cw->memo))) == NULL)
		err(EXIT_TROUBLE, NULL);
	if (!classes_ready)
		classes_init();
	if ((cw->stemmer = sb_stemmer_new("english", NULL)) == NULL)
		errx(EXIT_TROUBLE, "libstemmer: no English stemmer");
	if (classmap == NULL)
		classmap_init(cw->stemmer);
}

void
claimwords_free(struct claimwords *cw)
{
	free(cw->v);
	free(cw->memo);
	tokens_free(&cw->tok);
	buf_free(&cw->fold);
	if (cw->stemmer != NULL)
		sb_stemmer_delete(cw->stemmer);
	memset(cw, 0, sizeof(*cw));
}

void
claimwords_clear(struct claimwords *cw)
{
	cw->n = 0;
}

static struct cword *
push(struct claimwords *cw)
{
	if (cw->n == cw->cap) {
		cw->cap = cw->cap < 64 ? 64 : cw->cap * 2;
		if ((cw->v = reallocarray(cw->v, cw->cap, sizeof(*cw->v))) == NULL)
			err(EXIT_TROUBLE, NULL);
	}
	return &cw->v[cw->n++];
}

/* Case fold s into cw->fold (ASCII fast, the rest through utf8proc). */
static void
fold(struct claimwords *cw, const char *s, size_t n)
{
	size_t i = 0, k;
	int32_t cp;
	char enc[4];

	buf_clear(&cw->fold);
	while (i < n) {
		k = utf8_decode(s + i, n - i, &cp);
		if (cp == UTF8_BAD)
			buf_putc(&cw->fold, (unsigned char)s[i]);
		else if (cp < 0x80)
			buf_putc(&cw->fold, ascii_upper(cp) ? cp + 32 : cp);
		else if (cp == 0x2019)	/* ’ as ' so "didn’t" is "didn't" */
			buf_putc(&cw->fold, '\'');
		else
			buf_append(&cw->fold, enc, utf8_encode(utf8_tolower(cp), enc));
		i += k;
	}
}

static int
is_quote_mark(const char *s, size_t n)
{
	int32_t cp;

	if (n == 0)
		return 0;
	utf8_decode(s, n, &cp);
	return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x00AB ||
	    cp == 0x00BB || cp == 0x201E;
}

/* Numbers compare by value: 1,200 is 1200. */
static uint64_t
number_hash(const char *s, size_t n)
{
	char tmp[64];
	size_t i, k = 0;

	for (i = 0; i < n && k < sizeof(tmp); i++)
		if (s[i] != ',')
			tmp[k++] = s[i];
	if (i < n)		/* longer than any number: hash as written */
		return cw_hash(s, n);
	return cw_hash(tmp, k);
}

void
claimwords_add(struct claimwords *cw, const char *s, size_t n, uint64_t base,
    const struct cw_value *vals, size_t nvals)
{
	const struct token *t;
	struct cword *w;
	const sb_symbol *st;
	size_t i, vi = 0, len, first = cw->n;
	int quoted = 0, cls;
	struct cw_memo *m;
	int32_t cp;

	tokens_split(&cw->tok, s, n);
	for (i = 0; i < cw->tok.n; i++) {
		t = &cw->tok.v[i];
		while (vi < nvals && vals[vi].end <= t->start)
			vi++;
		if (vi < nvals && vals[vi].start <= t->start) {
			/* One word for the whole value, at its first token. */
			if (t->start == vals[vi].start || cw->n == first ||
			    cw->v[cw->n - 1].end != base + vals[vi].end) {
				w = push(cw);
				w->stem = w->word = cw_hash(vals[vi].key, vals[vi].keylen);
				w->start = base + vals[vi].start;
				w->end = base + vals[vi].end;
				w->flags = CW_NUM | CW_VALUE | (quoted ? CW_QUOTED : 0);
				w->hedge = 0;
				w->idf = claimidf(0);
			}
			continue;
		}
		len = t->end - t->start;
		if (t->kind == TOK_PUNCT) {
			if (is_quote_mark(s + t->start, len))
				quoted = !quoted;
			continue;
		}
		fold(cw, s + t->start, len);
		w = push(cw);
		w->start = base + t->start;
		w->end = base + t->end;
		w->flags = quoted ? CW_QUOTED : 0;
		w->hedge = 0;
		w->word = cw_hash(cw->fold.data, cw->fold.len);
		if (t->kind == TOK_NUMBER) {
			w->flags |= CW_NUM;
			w->stem = w->word = number_hash(cw->fold.data, cw->fold.len);
			w->idf = claimidf(0);
			continue;
		}
		utf8_decode(s + t->start, len, &cp);
		if (cw->n - 1 > first && utf8_class(cp) == CC_UPPER)
			w->flags |= CW_CAP;
		cls = wordset_get(&classes, cw->fold.data, cw->fold.len);
		if (cls == 0 && cw->fold.len > 3 &&
		    memcmp(cw->fold.data + cw->fold.len - 3, "n't", 3) == 0)
			cls = CLS_NEG;
		if (cls == CLS_STOP)
			w->flags |= CW_STOP;
		else if (cls == CLS_NEG)
			w->flags |= CW_NEG | CW_STOP;
		else if (cls == CLS_DENY)
			w->flags |= CW_DENY;
		else if (cls >= CLS_HEDGE0) {
			w->flags |= CW_HEDGE | CW_STOP;
			w->hedge = cls - CLS_HEDGE0 + 1;
		}
		m = &cw->memo[w->word % CW_MEMO];
		if (m->word != w->word || w->word == 0) {
			st = sb_stemmer_stem(cw->stemmer,
			    (const sb_symbol *)cw->fold.data, (int)cw->fold.len);
			if (st != NULL)
				m->stem = cw_hash((const char *)st,
				    (size_t)sb_stemmer_length(cw->stemmer));
			else
				m->stem = w->word;
			/* A class weighs as a word of its own (tools/fitclaims counts it so). */
			m->stem = class_of(m->stem, &m->pred);
			m->idf = claimidf(m->stem);
			m->word = w->word;
		}
		w->stem = m->stem;
		if (m->pred && !(w->flags & CW_STOP))
			w->flags |= CW_PRED;
		w->idf = m->idf;
	}
}
