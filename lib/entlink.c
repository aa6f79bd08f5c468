/*
 * entlink: the keys of named mentions (entkey's canonical spelling; a
 * person by family name and given initial) and what a document teaches
 * about them: an acronym in brackets after a name takes the name's key,
 * and a bare surname the key of the one person of that surname.
 */
#include <err.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "entkey.h"
#include "entkeymemo.h"
#include "tagger.h"

/* Keep a key for the rest of the document; its index + 1. */
static int
remember_key(struct tagger *tg, const char *key, size_t kn)
{
	if (tg->nakeys == tg->cakeys) {
		tg->cakeys = tg->cakeys ? tg->cakeys * 2 : 16;
		if ((tg->akey_off = reallocarray(tg->akey_off, tg->cakeys,
		    sizeof(*tg->akey_off))) == NULL)
			err(EXIT_TROUBLE, NULL);
	}
	tg->akey_off[tg->nakeys] = tg->akeys.len;
	buf_append(&tg->akeys, key, kn);
	buf_putc(&tg->akeys, '\0');
	return (int)++tg->nakeys;
}

static void
remember_acronym(struct tagger *tg, const char *acr, size_t an,
    const char *key, size_t kn)
{
	wordset_add(&tg->acronyms, acr, an, remember_key(tg, key, kn));
}

/*
 * Note that the person keyed full has this surname (or given name) key:
 * one person per name, -1 once two share it.
 */
static void
note_person(struct tagger *tg, struct wordset *ws, const char *name,
    size_t n, const char *full, size_t fn)
{
	const char *key;
	int idx;

	if (n == 0)
		return;
	if ((idx = wordset_get(ws, name, n)) == 0)
		wordset_add(ws, name, n, remember_key(tg, full, fn));
	else if (idx > 0) {
		key = tg->akeys.data + tg->akey_off[idx - 1];
		if (strlen(key) != fn || memcmp(key, full, fn) != 0)
			wordset_add(ws, name, n, -1);
	}
}

/*
 * The key of a person named s[0..n) (titles already off): the
 * surname's key, then "/" and the first letter of the given name's key
 * when the name has one ("Marisa T. Okonkwo" okonkwo/m).  The surname
 * is the last word, not Jr. or an initial, except in Chinese, Korean
 * and Vietnamese names, where the family name comes first ("Lin Jian"
 * lin/j).  A bare surname takes the full key of the one person of the
 * document with that surname, if there is just one, and a bare given
 * name ("Marisa") the key of the one person with that given name.
 */
void
tg_person_key(struct tagger *tg, struct buf *out, const char *s, size_t n)
{
	const struct token *v;
	size_t i, nw = 0, w[8], sur, given, start, sl;
	int idx, c;

	tokens_split(&tg->ktok, s, n);
	v = tg->ktok.v;
	/* The words of the name: not punctuation, possessives or Jr. */
	for (i = 0; i < tg->ktok.n && nw < 8; i++) {
		if (v[i].kind == TOK_PUNCT || v[i].kind == TOK_POSS ||
		    v[i].kind == TOK_NUMBER)
			continue;
		if (v[i].kind == TOK_ABBREV && (v[i].end - v[i].start != 2 ||
		    i + 1 == tg->ktok.n))
			continue;	/* "Jr.", "Sr.", a final "K." */
		w[nw++] = i;
	}
	if (nw == 0) {
		entkeymemo_name(&tg->keymemo, out, s, n);
		return;
	}
	sur = w[nw - 1];
	given = nw > 1 ? w[0] : SIZE_MAX;
	if (nw > 1 && v[w[0]].kind == TOK_WORD && v[sur].kind == TOK_WORD &&
	    tg_in_set(&tg->family_first, s + v[w[0]].start, v[w[0]].end - v[w[0]].start) &&
	    !tg_in_set(&tg->proper, s + v[sur].start, v[sur].end - v[sur].start)) {
		sur = w[0];
		given = w[1];
	}
	buf_clear(&tg->kscratch);
	entkeymemo_name(&tg->keymemo, &tg->kscratch, s + v[sur].start, v[sur].end - v[sur].start);
	if (tg->kscratch.len == 0)
		return;
	if (given == SIZE_MAX) {
		/* A bare name: the one person of the document of that surname, or else of that given name. */
		if ((idx = wordset_get(&tg->surnames, tg->kscratch.data,
		    tg->kscratch.len)) == 0)
			idx = wordset_get(&tg->givens, tg->kscratch.data,
			    tg->kscratch.len);
		if (idx > 0) {
			const char *key = tg->akeys.data + tg->akey_off[idx - 1];
			buf_append(out, key, strlen(key));
		} else
			buf_append(out, tg->kscratch.data, tg->kscratch.len);
		return;
	}
	start = out->len;
	sl = tg->kscratch.len;
	buf_append(out, tg->kscratch.data, sl);
	c = (unsigned char)s[v[given].start];
	if (c >= 'A' && c <= 'Z')
		c += 32;
	if (c >= 'a' && c <= 'z') {
		buf_putc(out, '/');
		buf_putc(out, (char)c);
	}
	note_person(tg, &tg->surnames, tg->kscratch.data, sl,
	    out->data + start, out->len - start);
	if (v[given].kind == TOK_WORD) {
		buf_clear(&tg->kscratch);
		entkeymemo_name(&tg->keymemo, &tg->kscratch, s + v[given].start,
		    v[given].end - v[given].start);
		note_person(tg, &tg->givens, tg->kscratch.data, tg->kscratch.len,
		    out->data + start, out->len - start);
	}
}

/* Keys of the names; an acronym in brackets after a name takes its key. */
void
tg_name_keys(struct tagger *tg, const char *s, size_t n)
{
	size_t i, a, b;
	int idx;

	for (i = 0; i < tg->nc; i++) {
		struct cand *c = &tg->c[i];
		if (c->klen > 0 || c->prio == 1)
			continue;
		a = c->start;
		b = c->end;
		if (c->type != ET_PERSON && tg_all_caps(s + a, b - a) &&
		    (idx = wordset_get(&tg->acronyms, s + a, b - a)) > 0) {
			const char *key = tg->akeys.data + tg->akey_off[idx - 1];
			c->koff = tg->keys.len;
			c->klen = strlen(key);
			buf_append(&tg->keys, key, c->klen);
			continue;
		}
		c->koff = tg->keys.len;
		if (c->type == ET_PERSON) {
			tg_person_key(tg, &tg->keys, s + a, b - a);
			c->klen = tg->keys.len - c->koff;
			continue;
		}
		/* "Brannock Freight, Inc." is keyed as "Brannock Freight". */
		if (c->type == ET_ORG) {
			size_t w = b;
			while (w > a && s[w - 1] != ' ')
				w--;
			if (w > a && tg_in_set(&tg->corp_suffix, s + w, b - w)) {
				while (w > a && (s[w - 1] == ' ' || s[w - 1] == ','))
					w--;
				if (w > a)
					b = w;
			}
		}
		c->koff = tg->keys.len;
		entkeymemo_name(&tg->keymemo, &tg->keys, s + a, b - a);
		c->klen = tg->keys.len - c->koff;
		/* "the Security Service of Ukraine (SBU)" */
		if (c->type != ET_PERSON && c->end + 4 < n && s[c->end] == ' ' &&
		    s[c->end + 1] == '(') {
			const char *p = s + c->end + 2, *close = memchr(p, ')',
			    n - (c->end + 2));
			if (close != NULL && close - p >= 2 && close - p <= 10 &&
			    tg_all_caps(p, (size_t)(close - p)))
				remember_acronym(tg, p, (size_t)(close - p),
				    tg->keys.data + c->koff, c->klen);
		}
	}
}

void
tg_forget(struct tagger *tg)
{
	wordset_clear(&tg->acronyms);
	wordset_clear(&tg->surnames);
	wordset_clear(&tg->givens);
	buf_clear(&tg->akeys);
	tg->nakeys = 0;
}
