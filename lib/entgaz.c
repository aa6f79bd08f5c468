/*
 * entgaz: the names of a user gazetteer (tag-entities -g) in a sentence,
 * longest first; they win over the model and the rules.  Its lines are
 * read in entities.c, beside the messages about types.  And the known
 * organisations (lib/data/entities/org.txt) and countries' letters
 * ("US") that the model missed.
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tagger.h"
#include "utf8.h"

/* A user gazetteer's names, longest first at each token. */
void
tg_gazetteer(struct tagger *tg, const char *s)
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
				tg_add_cand(tg, a, b, (enum ent_type)(type - 1), 3);
				i += k - 1;
				break;
			}
		}
	}
}


int
tg_capital_word(const char *s, const struct token *w)
{
	return w->kind == TOK_WORD && s[w->start] >= 'A' && s[w->start] <= 'Z';
}

/*
 * "i live in florida": in a text that writes names in lower case, a
 * country, five letters or more, that is no English word ("china",
 * "turkey" and "jordan" are).
 */
static int
lower_place(const struct tagger *tg, const char *w, size_t n)
{
	size_t pair;

	if (n < 5 || !ascii_lower((unsigned char)w[0]) ||
	    !ascii_lower((unsigned char)w[1]))
		return 0;
	pair = (size_t)(w[0] - 'a') * 26 + (size_t)(w[1] - 'a');
	if (!(tg->lower_country_pair[pair / 8] & (1u << (pair % 8))))
		return 0;
	return tg_in_set(&tg->lower_country, w, n);
}

/*
 * A word of known_org, capitalised, that no name found so far covers
 * ("OpenAI announced"): an organisation, at the names' priority, so a
 * longer name around it ("the OpenAI Foundation") still wins; and a
 * country's letters ("The US lost") and a country in lower case ("in
 * malaysia") the same way, a place.
 */
void
tg_known_names(struct tagger *tg, const char *s)
{
	const struct tokens *t = &tg->tok;
	size_t i, j, nc = tg->nc;

	for (i = 0; i < t->n; i++) {
		size_t a = t->v[i].start, b = t->v[i].end;
		int type = ET_ORG;
		if (t->v[i].kind != TOK_WORD && t->v[i].kind != TOK_ABBREV)
			continue;
		if ((a == 0 || s[a - 1] == ' ') && lower_place(tg, s + a, b - a)) {
			/* "moving to malaysia": a place written in lower case. */
			type = ET_GPE;
		} else if (tg_short_country(tg, s + a, b - a)) {
			/* "The US lost": the country, unless the line shouts
			 * ("TELL US"). */
			tg_noise_line(tg, s);
			if (tg->line_mixed * 2 <= tg->line_words)
				continue;
			type = ET_GPE;
		} else if (t->v[i].kind != TOK_WORD ||
		    !wordset_get(&tg->known_org, s + a, b - a))
			continue;
		/* A word of a longer name that the filters dropped ("Adobe
		 * Acrobat" is a product) names no organisation alone. */
		if ((i + 1 < t->n && tg_capital_word(s, &t->v[i + 1]) &&
		    t->v[i + 1].start == b + 1) ||
		    (i > 0 && tg_capital_word(s, &t->v[i - 1]) &&
		    t->v[i - 1].end + 1 == a && !(t->v[i - 1].end -
		    t->v[i - 1].start == 3 && memcmp(s + t->v[i - 1].start, "The", 3) == 0)))
			continue;
		for (j = 0; j < nc; j++)
			if (tg->c[j].start < b && tg->c[j].end > a)
				break;
		if (j == nc)
			tg_add_cand(tg, a, b, (enum ent_type)type, 2);
	}
}
