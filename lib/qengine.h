/*
 * qengine: what the modules of find-quotes' engine share (internal to
 * lib/quotes*.c, not an API): the document's tokens with their classes,
 * the attributions and candidates, and the small tests on tokens every
 * rule uses.  Offsets are bytes into the document; token ranges [a, b).
 *
 *	quotes.c	the quoter, the token array, the whole pass, records
 *	qphrase.c	a speaker's phrase around a cue
 *	qsubject.c	the subject of a sentence, a speaker away from its cue
 *	qdirect.c	direct quotations: attribution, merging, posts
 *	qreported.c	reported clauses after, before and around cues
 *	qclause.c	where the clause a cue reports begins
 *	qlabel.c	speakers named by a label and a colon, no marks
 *	qrunon.c	direct quotations that go on the one before
 */
#ifndef NU_QENGINE_H
#define NU_QENGINE_H
#include <err.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

#include "cues.h"
#include "document.h"
#include "entities.h"
#include "qmarks.h"
#include "resolve.h"
#include "tokens.h"
#include "utf8.h"

#define NONE	((size_t)-1)
/* How far a cue may stand from the mark it attributes, in tokens. */
#define AFTER_REACH	12
#define BEFORE_REACH	8
/* A quoted phrase with no cue and fewer words is a scare quote or a title. */
#define SCARE_WORDS	5
/* Tokens a reported clause may run over (a sentence with no stops is cut). */
#define CLAUSE_MAX	400
/* Tokens a speaker's phrase may run over. */
#define NP_MAX		8

/*
 * A token, 16 bytes (a document has millions, and they are the engine's
 * largest array): offsets and the sentence in 32 bits, as documents of
 * 4 GiB or more are not searched (quoter_document says so), the rest in
 * bits.  Of the entity and the quotation a token lies in, only what the
 * rules ask is kept: whether it lies in one, the entity's type, and
 * where an entity's tokens begin (ent_goes_on()); an index each would
 * be 8 bytes more a token.
 */
#define TMAX	(UINT32_MAX - 1)
#define ONONE	UINT32_MAX	/* no offset (none is TMAX or more) */
struct qtok {
	uint32_t	 start, end;	/* bytes into the document, < TMAX */
	uint32_t	 sent;
	/* (The two read most are whole bytes: no mask or shift for them.) */
	unsigned char	 kind;		/* enum tok_kind */
	unsigned char	 wc;		/* enum word_class */
	unsigned	 cue:4;		/* enum cue_class, 0 if not a cue */
	unsigned	 used:1;	/* taken by an attribution */
	unsigned	 inspan:1;	/* within a direct quotation (marks included) */
	unsigned	 opens:1;	/* that quotation's opening mark */
	unsigned	 inent:1;	/* within an entity */
	unsigned	 efirst:1;	/* its first token (or one after a token of another) */
	unsigned	 etype:4;	/* that entity's enum ent_type */
};
_Static_assert(sizeof(struct qtok) == 16, "struct qtok grew");
_Static_assert(ET_NTYPES <= 16 && CUE_NOSPEECH < 16,
    "a class outgrew its bits in struct qtok");

/* What a quotation is attributed to: cue and speaker as token ranges. */
struct attr {
	size_t		 ca, cb;	/* cue tokens [ca, cb), ca NONE if none */
	size_t		 sa, sb;	/* speaker tokens, sa NONE if none */
};

struct cand {
	uint64_t	 start, end;
	struct attr	 at;
	size_t		 span;		/* the direct quotation it is, or NONE */
	enum quote_type	 type;		/* (the two ints together: no padding) */
	int		 drop;
};

struct quoter {
	struct cues	 cues;
	struct resolver	 res;
	struct tokens	 tk;
	struct qspans	 qs;
	struct qtok	*t;
	size_t		 nt, tcap;
	size_t		*sfirst;	/* first token of each sentence, and nt */
	size_t		 scap;
	uint64_t	*paras;
	size_t		 npara, pcap;
	struct cand	*c;
	size_t		 nc, ccap;
	struct cand	*ctmp;		/* scratch for sorting c */
	size_t		 ctcap;
	struct qoff {			/* c's cue and speaker in bytes, for emit() */
		uint32_t	 cs, ce, ss, se;	/* ONONE where none */
	}		*off;
	size_t		 offcap;
	struct attr	*da;		/* each direct quotation's attribution */
	size_t		*dopen, *dafter;	/* its mark's token, the token after it */
	size_t		 dcap;
	const struct document *d;
	struct tagger	*tg;		/* whose tokens are taken, or NULL */
};


/* Grow an array to hold need elements of size sz. */
static inline void *
grow(void *p, size_t *cap, size_t need, size_t sz)
{
	if (need <= *cap)
		return p;
	while (*cap < need)
		*cap = *cap < 16 ? 16 : *cap * 2;
	if ((p = reallocarray(p, *cap, sz)) == NULL)
		err(EXIT_TROUBLE, NULL);
	return p;
}

/* Token helpers: the bytes of token i, and tests on them. */
#define TXT(q, i)	((q)->d->text + (q)->t[i].start)
#define LEN(q, i)	((size_t)((q)->t[i].end - (q)->t[i].start))
/* Is token i outside any quotation's marks? */
#define FREE(q, i)	(!(q)->t[i].inspan)

/* Does token i lie in an entity, and in one of type ty? */
static inline int
in_ent(const struct quoter *q, size_t i)
{
	return q->t[i].inent;
}

static inline int
ent_is(const struct quoter *q, size_t i, enum ent_type ty)
{
	return q->t[i].inent && q->t[i].etype == (unsigned)ty;
}

/* Its entity's type, where in_ent(). */
static inline enum ent_type
etype_of(const struct quoter *q, size_t i)
{
	return (enum ent_type)q->t[i].etype;
}

/* Is token k (k > 0) in the same entity as token k - 1? */
static inline int
ent_goes_on(const struct quoter *q, size_t k)
{
	return q->t[k].inent && !q->t[k].efirst;
}

/* Is token i the word w (in lower case; the token in any case)? */
static inline int
is_word(const struct quoter *q, size_t i, const char *w)
{
	const char *s = TXT(q, i);
	size_t n = LEN(q, i), k;

	for (k = 0; k < n; k++)
		if (w[k] == '\0' || (s[k] | 0x20) != w[k])
			return 0;
	return w[n] == '\0';
}

/* A word of a list with its length, so most tokens are turned down on it. */
struct qword {
	const char	*w;
	size_t		 n;
};
#define QWORD(s)	{ s, sizeof(s) - 1 }

/* Is token i one of the nw words of w? */
static inline int
is_one_of(const struct quoter *q, size_t i, const struct qword *w, size_t nw)
{
	size_t k, n;

	if (i >= q->nt)
		return 0;
	n = LEN(q, i);
	for (k = 0; k < nw; k++)
		if (w[k].n == n && is_word(q, i, w[k].w))
			return 1;
	return 0;
}

/*
 * The same for a string literal: the lengths first, as most tokens
 * differ in it (strlen of a literal costs nothing once inlined).  A
 * list of words is a struct qword array, for is_one_of().
 */
static inline int
is(const struct quoter *q, size_t i, const char *w)
{
	/* Past the last token (the end of a cue that ends the text) is no word. */
	return i < q->nt && LEN(q, i) == strlen(w) && is_word(q, i, w);
}

static inline int
punct(const struct quoter *q, size_t i, int ch)
{
	return i < q->nt && q->t[i].kind == TOK_PUNCT && LEN(q, i) == 1 && TXT(q, i)[0] == ch;
}

static inline int
dash(const struct quoter *q, size_t i)
{
	const unsigned char *s = (const unsigned char *)TXT(q, i);

	return q->t[i].kind == TOK_PUNCT && LEN(q, i) == 3 && s[0] == 0xE2 &&
	    s[1] == 0x80 && (s[2] == 0x93 || s[2] == 0x94);
}

static inline int
terminal(const struct quoter *q, size_t i)
{
	return punct(q, i, '.') || punct(q, i, '!') || punct(q, i, '?') ||
	    (q->t[i].kind == TOK_PUNCT && LEN(q, i) == 3 &&
	    memcmp(TXT(q, i), "\xE2\x80\xA6", 3) == 0);
}

/* A mark that ends a phrase: every punctuation but - & ' % and the like. */
static inline int
breaks(const struct quoter *q, size_t i)
{
	if (q->t[i].kind != TOK_PUNCT)
		return 0;
	return !(punct(q, i, '-') || punct(q, i, '&') || punct(q, i, '\'') ||
	    punct(q, i, '%') ||
	    punct(q, i, '.') || (LEN(q, i) == 3 &&
	    memcmp(TXT(q, i), "\xE2\x80\x99", 3) == 0));
}

static inline int
pronoun(const struct quoter *q, size_t i)
{
	return is(q, i, "he") || is(q, i, "she") || is(q, i, "they") ||
	    is(q, i, "it") || is(q, i, "we") || is(q, i, "i");
}

static inline int
capital(const struct quoter *q, size_t i)
{
	int32_t cp;

	if (q->t[i].kind != TOK_WORD && q->t[i].kind != TOK_ABBREV)
		return 0;
	utf8_decode(TXT(q, i), LEN(q, i), &cp);
	return utf8_class(cp) == CC_UPPER;
}

static inline int
speechcue(const struct quoter *q, size_t i)
{
	return q->t[i].cue == CUE_SPEECH || q->t[i].cue == CUE_TELL;
}

static inline int
according(const struct quoter *q, size_t i)
{
	return i + 1 < q->nt && is(q, i, "according") && is(q, i + 1, "to");
}

static inline int
same_para(const struct quoter *q, size_t i, size_t j)
{
	return q->d->sents[q->t[i].sent].para == q->d->sents[q->t[j].sent].para;
}

/* A lower-case word in -ly: "initially said", "flatly denied". */
static inline int
adverb(const struct quoter *q, size_t i)
{
	size_t n = LEN(q, i);

	return n > 4 && ascii_lower((unsigned char)TXT(q, i)[0]) &&
	    memcmp(TXT(q, i) + n - 2, "ly", 2) == 0;
}

static inline int
participle(const struct quoter *q, size_t i)
{
	return LEN(q, i) > 4 && memcmp(TXT(q, i) + LEN(q, i) - 3, "ing", 3) == 0;
}

/* A word in capitals, as datelines are written. */
static inline int
upper_word(const struct quoter *q, size_t i)
{
	size_t k;

	if (q->t[i].kind != TOK_WORD || LEN(q, i) < 2)
		return 0;
	for (k = 0; k < LEN(q, i); k++)
		if (!ascii_upper((unsigned char)TXT(q, i)[k]))
			return 0;
	return 1;
}

static inline int
within(size_t i, size_t a, size_t b)
{
	return a != NONE && i >= a && i < b;
}

static inline void
set_attr(struct attr *at, size_t ca, size_t cb, size_t sa, size_t sb)
{
	at->ca = ca;
	at->cb = cb;
	at->sa = sa;
	at->sb = sb;
}

/* The content without the comma that stands for a stop: “We will,” he said. */
static inline uint64_t
trim_comma(const struct quoter *q, uint64_t end)
{
	return end > 1 && q->d->text[end - 1] == ',' ? end - 1 : end;
}

/* qphrase.c */
int	qp_np_before(const struct quoter *, size_t ci, size_t lo, size_t *a, size_t *b);
int	qp_np_after(const struct quoter *, size_t i, size_t hi, size_t *a, size_t *b);
int	qp_appositive(const struct quoter *, size_t comma, size_t *a, size_t *b);
int	qp_words_only(const struct quoter *, size_t a, size_t b);
int	qp_share(const struct quoter *, size_t i);	/* "60 percent", "most" */
size_t	qp_cue_end(const struct quoter *, size_t ci);

/* qsubject.c (qp_ as they were in qphrase.c) */
int	qp_subject_of(const struct quoter *, size_t s, size_t *a, size_t *b);
size_t	qp_after_dateline(const struct quoter *, size_t a, size_t b);
int	qp_participle_subject(const struct quoter *, size_t ci, size_t *a, size_t *b);
int	qp_subject_name(const struct quoter *, size_t s, size_t *a, size_t *b);

/* qdirect.c */
size_t	qd_tok_at(const struct quoter *, uint64_t off);
size_t	qd_nwords(const struct quoter *, size_t k);
int	qd_sentence_like(const struct quoter *, size_t k);
int	qd_embedded(const struct quoter *, size_t k);
int	qd_goes_on(const struct quoter *, size_t k);
void	qd_direct(struct quoter *);
void	qd_posts(struct quoter *);

/* qreported.c */
struct cand *qr_new_cand(struct quoter *);
void	qr_use(struct quoter *, const struct attr *);
int	qr_content(struct quoter *, size_t a, size_t b, struct cand *);
void	qr_reported(struct quoter *, size_t ci);

/* qclause.c */
size_t	qc_clause_start(const struct quoter *, size_t ci, size_t cb, size_t last);
int	qc_question(const struct quoter *, size_t i);

/* qlabel.c */
void	ql_label(struct quoter *, size_t s);

/* qrunon.c */
void	qn_run_on(struct quoter *);

#endif
