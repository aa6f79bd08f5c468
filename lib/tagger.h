/*
 * tagger: the entity tagger's state and the steps its files share.
 * entities.c runs the steps of one sentence (model, rules, overlaps),
 * entgaz.c reads a user gazetteer and finds its names, entlink.c keys
 * the names and keeps what the document taught about them (acronyms,
 * the one full name behind a surname), entdoc.c is the document pass.
 * Programs use entities.h, not this.
 */
#ifndef NU_TAGGER_H
#define NU_TAGGER_H
#include <stddef.h>

#include "buf.h"
#include "entities.h"
#include "entkeymemo.h"
#include "ner.h"
#include "numex.h"
#include "tokens.h"
#include "wordset.h"

/* A candidate mention of one sentence (offsets in the sentence). */
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
	struct wordset		 family_first;	/* Chinese, Korean, Vietnamese family names */
	struct wordset		 proper;	/* capitalised English words */
	struct wordset		 greeting, unit, currency, product;	/* not names */
	struct wordset		 storm;		/* "Hurricane" before a storm's name */
	struct wordset		 country;	/* the country list alone (gpe has it too) */
	struct wordset		 family_english;	/* family names that are English words */
	struct wordset		 known_org;	/* organisations newer than the model */
	struct wordset		 jargon;	/* abbreviations of jargon and chat ("FYI") */
	struct wordset		 corp_suffix;	/* "Inc.", "Ltd" after a company's name */
	struct wordset		 facility, way;	/* last words of places that are not GPE */
	struct wordset		 event_org;	/* last words of events the model calls ORG */
	struct wordset		 title_small;	/* words a Title Case headline leaves lower-case */
	struct wordset		 person_cue;	/* "the rapper" before a person */
	struct wordset		 lower_country;	/* "malaysia": countries in lower case, no English words */
	uint8_t			 lower_country_pair[26 * 26 / 8 + 1];	/* their first two letters */
	struct wordset		 place_prep;	/* "in" before a known place */
	struct wordset		 org_cue;	/* "the band" before an organisation */
	struct wordset		 award;		/* last words of awards and charts (not tagged) */
	struct wordset		 user;		/* name -> type + 1 */
	size_t			 user_maxwords;
	struct wordset		 acronyms;	/* per document: acronym -> index + 1 */
	struct wordset		 surnames;	/* per document: surname key -> index + 1,
						 * -1 when two people share it */
	struct wordset		 givens;	/* the same for given names */
	struct tokens		 ktok;		/* the words of a person's name */
	struct entkeymemo	 keymemo;	/* names keyed before */
	struct buf		 kscratch;
	struct buf		 akeys;		/* keys remembered, NUL-separated */
	size_t			*akey_off;
	size_t			 nakeys, cakeys;
	struct buf		 keys;		/* keys of this sentence */
	struct cand		*c;		/* this sentence's candidates */
	size_t			 nc, ccap;
	struct ner_mention	*nm;		/* the model's mentions */
	size_t			 nmcap;
	struct numex		*nx;		/* the rules' patterns, this tagger's own */
	struct numex_mention	*xm;		/* the rules' mentions */
	size_t			 xmcap;
	struct entdoc		*ed;		/* the document pass's memory (entdoc.c) */
	int			 in_document;	/* in its first step: no name keys */
	int			 drop_tokens;	/* !tagger_hand_on_tokens() */
	int			 headline;	/* the last piece tagged is a Title Case headline */
	size_t			 line_words, line_mixed;	/* this piece's words, and those in lower case */
	int			 line_digits;	/* this piece has a number */
};

/* Is s[0..n) in the set? */
int	tg_in_set(const struct wordset *, const char *s, size_t n);
/* At least two capitals and no lower-case ASCII letter. */
int	tg_all_caps(const char *s, size_t n);
/* A country, city or region of the gazetteer, as written or in capitals. */
int	tg_known_place(const struct tagger *, const char *s, size_t n);
/* Is the sentence (tokenised in t) a headline in Title Case? */
int	tg_title_case(const struct tagger *, const struct tokens *t, const char *s);
/* Is the model's mention s[a..b) of the sentence s[0..n), tokenised in tg->tok,
 * the noise of mail and posts (a file name, a shouted or lone common
 * word, jargon) rather than a name?  person: the model took it for one.
 * See entnoise.c. */
int	tg_noise(const struct tagger *, const char *s, size_t n, size_t a,
	    size_t b, int person);
/* What tg_noise() needs to know of the whole piece s, once a piece. */
void	tg_noise_line(struct tagger *, const char *s);
/* Is the one-word name s[a..b) of the piece s[0..n), which the model
 * found at a0, the person a letter addresses ("Hey Quella,")?  See
 * entnoise.c. */
int	tg_addressed(const struct tagger *, const char *s, size_t n, size_t a0,
	    size_t a, size_t b);
/* Add a candidate to tg->c: the new one, or NULL for an empty span (ignored). */
struct cand *tg_add_cand(struct tagger *, size_t start, size_t end,
	    enum ent_type, int prio);
/* The rules' k mentions as candidates keyed by their values (empty spans
 * are dropped with their values). */
void	tg_add_numbers(struct tagger *, const struct numex_mention *, size_t k);
/* The user gazetteer's names in the sentence tokenised in tg->tok. */
void	tg_gazetteer(struct tagger *, const char *s);
/* What the model left untagged of known_org and of countries' letters (after names). */
void	tg_known_names(struct tagger *, const char *s);
/* "US", "U.S.", "UK": a country's letters, of the country list (entities.c). */
int	tg_short_country(const struct tagger *, const char *w, size_t n);
/* Index of the first token of t that starts at byte b or after, or t->n. */
size_t	tg_tok_at(const struct tokens *t, size_t b);
/* entcue.c: is s[a..b) all there is between a pair of quotation marks? */
int	tg_whole_quotation(const char *s, size_t n, size_t a, size_t b);
/* Is the word before s[a] (a space between) one of ws? */
int	tg_word_before(const struct wordset *ws, const char *s, size_t a);
/* entgaz.c: is w a word with a capital? */
int	tg_capital_word(const char *s, const struct token *w);
/* Two persons of m[0..k) with only a space between them made one; the new count. */
size_t	tg_join_persons(const char *s, struct ner_mention *m, size_t k);
/* "the Bush administration": the name before it a person. */
void	tg_administrations(struct tagger *, const char *s, size_t n);
/* The candidates of one sentence (at most a piece of 8 kB) in tg->c,
 * resolved, keyed (names not, in the document pass's first step). */
void	tg_piece(struct tagger *, const char *s, size_t n);
/* Keys of tg->c's names that have none yet, in tg->keys. */
void	tg_name_keys(struct tagger *, const char *s, size_t n);
/* Append the key of a person named s[0..n) (see entlink.c). */
void	tg_person_key(struct tagger *, struct buf *out, const char *s, size_t n);
/* Forget the document's keys: acronyms and surnames. */
void	tg_forget(struct tagger *);
/* Free the document pass's memory. */
void	tg_entdoc_free(struct entdoc *);

/* No real sentence is this long: longer runs are tagged in pieces, so memory stays small. */
#define TG_MAXSENTENCE	(8 * 1024)

#endif
