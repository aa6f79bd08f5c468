/*
 * Unit tests of lib/tokens.c (the tokenizer) and lib/ner_feat.c (the
 * entity tagger's features), with a few end-to-end checks of the tagger (lib/ner*.c)
 * on its compiled-in model.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ner.h"
#include "ner_feat.h"
#include "tokens.h"
#include "unit.h"

void	test_tokens(void);

/* Do the tokens of s read, joined by '|', as want (kinds ignored)? */
static int
split_is(const char *s, const char *want)
{
	struct tokens t = { 0 };
	char got[512];
	size_t i, n = 0, len;
	int ok;

	tokens_split(&t, s, strlen(s));
	got[0] = '\0';
	for (i = 0; i < t.n; i++) {
		len = t.v[i].end - t.v[i].start;
		if (n + len + 2 > sizeof(got))
			break;
		if (i > 0)
			got[n++] = '|';
		memcpy(got + n, s + t.v[i].start, len);
		n += len;
		got[n] = '\0';
	}
	ok = strcmp(got, want) == 0;
	if (!ok)
		printf("  tokens of \"%s\": got \"%s\", want \"%s\"\n", s, got, want);
	tokens_free(&t);
	return ok;
}

static enum tok_kind
kind_of(const char *s, size_t k)
{
	struct tokens t = { 0 };
	enum tok_kind kind;

	tokens_split(&t, s, strlen(s));
	kind = k < t.n ? t.v[k].kind : 0;
	tokens_free(&t);
	return kind;
}

static void
test_split(void)
{
	struct tokens t = { 0 };
	char big[3000];
	size_t i;

	CHECK("apostrophe name", split_is("O'Neill said", "O'Neill|said"));
	CHECK("possessive split", split_is("O'Neill's plan", "O'Neill|'s|plan"));
	CHECK("curly possessive", split_is("Zelenskyy\xE2\x80\x99s aide",
	    "Zelenskyy|\xE2\x80\x99s|aide"));
	CHECK("possessive is its own kind",
	    kind_of("Kyiv's", 1) == TOK_POSS);
	CHECK("plural possessive", split_is("the Smiths' car", "the|Smiths|'|car"));
	CHECK("hyphenated name", split_is("Bashar al-Assad", "Bashar|al-Assad"));
	CHECK("hyphenated word", split_is("a Kyiv-based firm", "a|Kyiv-based|firm"));
	CHECK("no trailing hyphen", split_is("pre- and post-war",
	    "pre|-|and|post-war"));
	CHECK("contraction kept", split_is("don't go", "don't|go"));
	CHECK("thousands", split_is("1,200 people", "1,200|people"));
	CHECK("decimal", split_is("2.5 percent", "2.5|percent"));
	CHECK("number kind", kind_of("1,200", 0) == TOK_NUMBER);
	CHECK("money and percent", split_is("$5 or 5%", "$|5|or|5|%"));
	CHECK("number then stop", split_is("rose 5.", "rose|5|."));
	CHECK("comma after number", split_is("in 2019, he", "in|2019|,|he"));
	CHECK("letter-dot abbreviation", split_is("the U.S. said", "the|U.S.|said"));
	CHECK("abbreviation kind", kind_of("U.S. troops", 0) == TOK_ABBREV);
	CHECK("U.K. possessive", split_is("U.K.'s", "U.K.|'s"));
	CHECK("title", split_is("Dr. Smith", "Dr.|Smith"));
	CHECK("initial", split_is("J. Smith", "J.|Smith"));
	CHECK("company", split_is("Apple Inc. said", "Apple|Inc.|said"));
	/* lib/data/tokens/abbrevs.txt: any case; a word not in it keeps no stop. */
	CHECK("abbreviation in capitals", split_is("SGT. LUND", "SGT.|LUND"));
	CHECK("longest listed", split_is("Sept. 9", "Sept.|9"));
	CHECK("not listed", split_is("the Assoc. met", "the|Assoc|.|met"));
	CHECK("listed word inside a longer one", split_is("Incas.", "Incas|."));
	/* The list is loaded again after tokens_free(). */
	tokens_split(&t, "Gen. Ode", 8);
	tokens_free(&t);
	CHECK("reused after free", tokens_split(&t, "Gen. Ode", 8) == 2 &&
	    t.v[0].kind == TOK_ABBREV && t.v[0].end == 4);
	tokens_free(&t);
	CHECK("final stop", split_is("met Smith.", "met|Smith|."));
	CHECK("quotes", split_is("\xE2\x80\x9CNo,\xE2\x80\x9D he said",
	    "\xE2\x80\x9C|No|,|\xE2\x80\x9D|he|said"));
	CHECK("brackets", split_is("(AP) --", "(|AP|)|-|-"));
	CHECK("ampersand name", split_is("AT&T and S&P", "AT&T|and|S&P"));
	CHECK("ampersand loose", split_is("Tom & Jerry", "Tom|&|Jerry"));
	CHECK("Cyrillic word", split_is("\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2 city",
	    "\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2|city"));
	CHECK("diacritics", split_is("Jos\xC3\xA9 Mu\xC3\xB1oz", "Jos\xC3\xA9|Mu\xC3\xB1oz"));
	CHECK("invalid byte alone", split_is("a\xFF" "b", "a|\xFF|b"));
	CHECK("no-break space", split_is("10\xC2\xA0km", "10|km"));
	CHECK("empty", split_is("", ""));
	CHECK("only spaces", split_is(" \t\n ", ""));

	/* Offsets and growth past the first allocation. */
	for (i = 0; i + 2 <= sizeof(big); i += 2) {
		big[i] = 'a';
		big[i + 1] = ' ';
	}
	tokens_split(&t, big, sizeof(big));
	CHECK("many tokens", t.n == sizeof(big) / 2);
	CHECK("offsets", t.n > 1000 && t.v[1000].start == 2000 &&
	    t.v[1000].end == 2001);
	/* Not NUL-terminated: the scan stops at n. */
	tokens_split(&t, "Smith.", 5);
	CHECK("stops at n", t.n == 1 && t.v[0].end == 5);
	tokens_free(&t);
}

static void
word(const char *w, int capsent, struct ner_wordinfo *wi)
{
	ner_word(NULL, w, strlen(w), capsent, wi);
}

static int
hasfeat(const struct ner_wordinfo *a, const struct ner_wordinfo *b, int slot)
{
	int i, j;

	for (i = 0; i < a->nf[slot]; i++)
		for (j = 0; j < b->nf[slot]; j++)
			if (a->f[slot][i] == b->f[slot][j])
				return 1;
	return 0;
}

static void
test_features(void)
{
	struct ner_wordinfo a, b;
	struct tokens t = { 0 };
	unsigned char gazbuf[8 * 64], pos[5 * NER_NGAZ];
	struct ner_gaz g = { gazbuf, 63 };
	uint64_t h[5], ph;
	uint32_t one[5];
	const char *s;
	size_t i, j;
	char longw[300];
	int s2, ok;

	word("Kyiv", 0, &a);
	CHECK("cap: initial capital", a.cap == CAP_INIT && a.upper);
	word("NATO", 0, &a);
	CHECK("cap: all capitals", a.cap == CAP_ALLCAP);
	word("iPhone", 0, &a);
	CHECK("cap: mixed", a.cap == CAP_MIXED);
	word("McDonald", 0, &a);
	CHECK("cap: inner capital", a.cap == CAP_MIXED);
	word("the", 0, &a);
	CHECK("cap: lower", a.cap == CAP_LOWER && !a.upper);
	word("1,200", 0, &a);
	CHECK("cap: digits", a.cap == CAP_DIGITS);
	word("G7", 0, &a);
	CHECK("cap: letters and digits", a.cap == CAP_ALNUM);
	word(",", 0, &a);
	CHECK("cap: punctuation", a.cap == CAP_PUNCT);
	word("J.", 0, &a);
	CHECK("cap: initial", a.cap == CAP_SINGLE);
	word("\xE5\x8C\x97\xE4\xBA\xAC", 0, &a);
	CHECK("cap: caseless script", a.cap == CAP_CASELESS);
	word("JAPAN", 1, &a);
	CHECK("cap: headline word", a.cap == CAP_CAPSENT);

	word("KYIV", 1, &a);
	word("Kyiv", 0, &b);
	CHECK("lower hash ignores case", a.lower == b.lower);
	word("\xD0\x9A\xD0\x98\xD0\x87\xD0\x92", 0, &a);
	word("\xD0\xBA\xD0\xB8\xD1\x97\xD0\xB2", 0, &b);
	CHECK("lower hash folds Cyrillic", a.lower == b.lower);
	word("Kyiv", 0, &a);
	word("Kyiv", 0, &b);
	for (s2 = 0, ok = 1; s2 < NER_NSLOT; s2++)
		ok &= a.nf[s2] == b.nf[s2] && memcmp(a.f[s2], b.f[s2],
		    a.nf[s2] * sizeof(a.f[s2][0])) == 0;
	CHECK("features are deterministic", ok);
	word("Kyiv", 0, &a);
	word("kyiv", 0, &b);
	CHECK("lower-case feature shared across case", hasfeat(&a, &b, SLOT_W));
	CHECK("neighbour features shared across case", hasfeat(&a, &b, SLOT_P1));
	word("Lviv", 0, &b);
	CHECK("suffix and shape features shared", hasfeat(&a, &b, SLOT_W));
	word("Kyiv", 1, &b);
	CHECK("headline word differs", a.f[SLOT_W][1] != b.f[SLOT_W][1]);
	for (s2 = 0, ok = 1; s2 < NER_NSLOT; s2++)
		ok &= a.nf[s2] > 0 && a.nf[s2] <= NER_MAXF;
	CHECK("every slot has features", ok);
	ner_boundary(0, &a);
	CHECK("boundary has no own features", a.nf[SLOT_W] == 0 &&
	    a.nf[SLOT_P1] > 0 && a.cap == CAP_BOS);
	memset(longw, 'x', sizeof(longw));
	ner_word(NULL, longw, sizeof(longw), 0, &a);
	CHECK("long word is fine", a.cap == CAP_LOWER && a.nf[SLOT_W] > 0);
	ner_word(NULL, "\xE2\x80", 2, 0, &a);
	CHECK("invalid bytes are fine", a.cap == CAP_PUNCT);

	s = "SOCCER - JAPAN GET LUCKY WIN";
	tokens_split(&t, s, strlen(s));
	CHECK("headline in capitals", ner_capsent(s, &t));
	s = "NATO said so";
	tokens_split(&t, s, strlen(s));
	CHECK("acronym is no headline", !ner_capsent(s, &t));
	s = "UN .";
	tokens_split(&t, s, strlen(s));
	CHECK("short capitals are no headline", !ner_capsent(s, &t));

	/* A gazetteer of "new york" and "york": longest match wins. */
	memset(gazbuf, 0, sizeof(gazbuf));
	s = "in New York and York";
	tokens_split(&t, s, strlen(s));
	for (i = 0; i < t.n; i++) {
		ner_word(NULL, s + t.v[i].start, t.v[i].end - t.v[i].start, 0, &a);
		h[i] = a.lower;
	}
	{
		uint64_t keys[3];
		uint32_t bits[3] = { GZ_CITY, GZ_PREFIX, GZ_CITY };

		keys[0] = ner_phrase(h + 1, 2);	/* new york */
		keys[1] = ner_phrase(h + 1, 1);	/* new (prefix) */
		keys[2] = ner_phrase(h + 4, 1);	/* york */
		for (i = 0; i < 3; i++) {
			ph = keys[i];
			for (j = ph & g.mask; gazbuf[8 * j] | gazbuf[8 * j + 1] |
			    gazbuf[8 * j + 2] | gazbuf[8 * j + 3]; j = (j + 1) & g.mask)
				;
			gazbuf[8 * j] = (unsigned char)ner_key(ph);
			gazbuf[8 * j + 1] = (unsigned char)(ner_key(ph) >> 8);
			gazbuf[8 * j + 2] = (unsigned char)(ner_key(ph) >> 16);
			gazbuf[8 * j + 3] = (unsigned char)(ner_key(ph) >> 24);
			gazbuf[8 * j + 4] = (unsigned char)bits[i];
		}
	}
	CHECK("gazetteer lookup", ner_gaz_get(&g, ner_phrase(h + 4, 1)) == GZ_CITY);
	CHECK("gazetteer miss", ner_gaz_get(&g, ner_phrase(h, 1)) == 0);
	for (i = 0; i < t.n; i++)
		one[i] = ner_gaz_get(&g, ner_phrase(h + i, 1));
	ner_gaz_match(&g, h, one, t.n, pos);
	CHECK("gazetteer phrase B L", pos[1 * NER_NGAZ + 2] == 1 + NER_B &&
	    pos[2 * NER_NGAZ + 2] == 1 + NER_L);
	CHECK("gazetteer single U", pos[4 * NER_NGAZ + 2] == 1 + NER_U);
	CHECK("gazetteer no match", pos[0 * NER_NGAZ + 2] == 0 &&
	    pos[3 * NER_NGAZ + 2] == 0 && pos[1 * NER_NGAZ + 0] == 0);
	tokens_free(&t);
}

/* Is there a mention of type ty spanning exactly text in s? */
static int
found(const char *s, const struct ner_mention *m, size_t n, const char *text,
    enum ner_type ty)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (m[i].type == ty && m[i].end - m[i].start == strlen(text) &&
		    memcmp(s + m[i].start, text, strlen(text)) == 0)
			return 1;
	return 0;
}

static void
test_tagger(void)
{
	struct ner_model *m = ner_load();
	struct ner_doc *d;
	struct ner_mention out[32], again[32];
	const char *s;
	char junk[2000];
	size_t n, n2, i;
	unsigned r = 12345;
	int ok;

	CHECK("compiled-in model loads", m != NULL);
	if (m == NULL)
		return;
	CHECK("bad blob refused", ner_open("NRM1", 4) == NULL);
	d = ner_doc_new(m);

	s = "German Chancellor Angela Merkel met officials of the European "
	    "Union in Brussels on Monday .";
	n = ner_tag(m, d, s, strlen(s), out, 32);
	CHECK("person", found(s, out, n, "Angela Merkel", NER_PER));
	CHECK("place", found(s, out, n, "Brussels", NER_LOC));
	CHECK("organisation", found(s, out, n, "European Union", NER_ORG));
	for (i = 0, ok = 1; i < n; i++)
		ok &= out[i].start < out[i].end && out[i].end <= strlen(s) &&
		    (i == 0 || out[i - 1].end <= out[i].start);
	CHECK("mentions ordered, inside, not overlapping", ok);
	n2 = ner_tag(m, d, s, strlen(s), again, 1);
	CHECK("count beyond max", n2 == n);
	ner_doc_reset(d);
	n2 = ner_tag(m, d, s, strlen(s), again, 32);
	for (i = 0, ok = n2 == n; ok && i < n; i++)
		ok = out[i].start == again[i].start && out[i].end == again[i].end &&
		    out[i].type == again[i].type;
	CHECK("same again after reset", ok);
	{
		struct tokens tk;

		memset(&tk, 0, sizeof(tk));
		ner_doc_reset(d);
		tokens_split(&tk, s, strlen(s));
		n2 = ner_tag_tokens(m, d, s, &tk, again, 32);
		for (i = 0, ok = n2 == n && n > 0; ok && i < n; i++)
			ok = out[i].start == again[i].start &&
			    out[i].end == again[i].end &&
			    out[i].type == again[i].type;
		CHECK("ner_tag_tokens on the same tokens tags alike", ok);
		tokens_free(&tk);
	}

	s = "Merkel said the talks went well .";
	n = ner_tag(m, d, s, strlen(s), out, 32);
	CHECK("later surname in document", found(s, out, n, "Merkel", NER_PER));

	ner_doc_reset(d);
	s = "";
	CHECK("empty sentence", ner_tag(m, d, s, 0, out, 32) == 0);
	for (i = 0; i < sizeof(junk); i++) {
		r = r * 1103515245 + 12345;
		junk[i] = (char)(r >> 16);
	}
	n = ner_tag(m, d, junk, sizeof(junk), out, 32);
	for (i = 0, ok = 1; i < n && i < 32; i++)
		ok &= out[i].end <= sizeof(junk);
	CHECK("random bytes", ok);
	CHECK("type names", strcmp(ner_type_name(NER_LOC), "LOC") == 0);
	ner_doc_free(d);
	ner_free(m);
}

void
test_tokens(void)
{
	test_split();
	test_features();
	test_tagger();
}
