/*
 * Unit tests of find-quotes' engine: the cue lexicon (lib/cues.c), the
 * pairing of quotation marks (lib/qmarks.c) and the speaker resolver
 * (lib/resolve.c, through lib/quotes.c on whole documents).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cues.h"
#include "document.h"
#include "entities.h"
#include "lang.h"
#include "qmarks.h"
#include "quotes.h"
#include "unit.h"

void	test_quotes(void);

static void
test_cues(void)
{
	struct cues c;
	const char *why = NULL;

	CHECK("cues: the English lexicon loads", cues_load(&c, "en") == 0);
	CHECK("cues: said is speech", cues_cue(&c, "said", 4) == CUE_SPEECH);
	CHECK("cues: Said at a sentence's start too", cues_cue(&c, "Said", 4) == CUE_SPEECH);
	CHECK("cues: told takes a hearer", cues_cue(&c, "told", 4) == CUE_TELL);
	CHECK("cues: thinks is a belief", cues_cue(&c, "thinks", 6) == CUE_BELIEF);
	CHECK("cues: shows reports no speech", cues_cue(&c, "shows", 5) == CUE_NOSPEECH);
	CHECK("cues: expect reports no speech", cues_cue(&c, "expect", 6) == CUE_NOSPEECH);
	CHECK("cues: a plain word is none", cues_cue(&c, "bridge", 6) == CUE_NONE);
	CHECK("cues: ministry is an organisation noun",
	    cues_word(&c, "ministry", 8) == WC_ORG);
	CHECK("cues: minister is a title", cues_word(&c, "minister", 8) == WC_TITLE);
	CHECK("cues: leader stands for any title", cues_word(&c, "leader", 6) == WC_GENERIC);
	CHECK("cues: data cannot speak", cues_word(&c, "data", 4) == WC_NONAGENT);
	CHECK("cues: a user's verb", cues_add_line(&c, "grumbled\n", 9, &why) == 0 &&
	    cues_cue(&c, "grumbled", 8) == CUE_SPEECH);
	CHECK("cues: a user's flag", cues_add_line(&c, "briefed o", 9, &why) == 0 &&
	    cues_cue(&c, "briefed", 7) == CUE_TELL);
	CHECK("cues: a flag makes a word no cue", cues_add_line(&c, "said n", 6, &why) == 0 &&
	    cues_cue(&c, "said", 4) == CUE_NOSPEECH);
	CHECK("cues: a word keeps its other class",
	    cues_add_line(&c, "minister", 8, &why) == 0 &&
	    cues_word(&c, "minister", 8) == WC_TITLE);
	CHECK("cues: comments and blank lines", cues_add_line(&c, "# x", 3, &why) == 0 &&
	    cues_add_line(&c, "  \n", 3, &why) == 0);
	CHECK("cues: an unknown flag is refused", cues_add_line(&c, "said x", 6, &why) == -1 &&
	    why != NULL);
	CHECK("cues: two words are refused", cues_add_line(&c, "said so much", 12, &why) == -1);
	cues_free(&c);
}

/* Does cues_lookup_at() on the word at text[off..off+n) say what cues_lookup() says? */
static int
lookup_agrees(const struct cues *c, const char *text, size_t off, size_t n,
    enum cue_class want)
{
	enum word_class wc1, wc2;
	enum cue_class c1, c2;

	c1 = cues_lookup(c, text + off, n, &wc1);
	c2 = cues_lookup_at(c, text + off, n, strlen(text) - off, &wc2);
	return c1 == want && c2 == want && wc1 == wc2;
}

/* The quoter's inline lookup, which reads the text eight bytes at a time. */
static void
test_cues_at(void)
{
	static const char text[] =
	    "Ms. Arle STRESSED, Acknowledged and announced.  The spokeswoman said"
	    "so.  Counterproductively ... said";
	struct cues c;
	enum word_class wc;
	const char *why = NULL;

	CHECK("cues at: the lexicon loads", cues_load(&c, "en") == 0);
	/* Eight bytes in capitals, the text going on after it. */
	CHECK("cues at: STRESSED", lookup_agrees(&c, text, 9, 8, CUE_SPEECH));
	CHECK("cues at: Acknowledged (12 bytes)", lookup_agrees(&c, text, 19, 12,
	    CUE_SPEECH));
	CHECK("cues at: announced (9 bytes)", lookup_agrees(&c, text, 36, 9,
	    CUE_SPEECH));
	CHECK("cues at: spokeswoman is a title", lookup_agrees(&c, text, 52, 11,
	    CUE_NONE) && cues_lookup_at(&c, text + 52, 11, 40, &wc) == CUE_NONE &&
	    wc == WC_TITLE);
	/* "said" with "so" after it: the bytes past the word do not count. */
	CHECK("cues at: said before more letters", lookup_agrees(&c, text, 64, 4,
	    CUE_SPEECH));
	CHECK("cues at: a part of a word is none", lookup_agrees(&c, text, 64, 3,
	    CUE_NONE));
	CHECK("cues at: longer than 16 bytes", lookup_agrees(&c, text, 73, 19,
	    CUE_NONE));
	/* Near the end, fewer than 16 bytes to read: the careful way. */
	CHECK("cues at: said at the end", lookup_agrees(&c, text, sizeof(text) - 5,
	    4, CUE_SPEECH));
	CHECK("cues at: a user's verb", cues_add_line(&c, "Harrumphed b", 12,
	    &why) == 0 && lookup_agrees(&c, "They harrumphed at it all day.", 5,
	    10, CUE_BELIEF));
	cues_free(&c);
}

/* Do the quotations of s, as content "[...]" joined by '|', read as want? */
static int
pairs_are(const char *s, const char *want)
{
	struct qspans qs = { 0 };
	uint64_t paras[8];
	size_t np = 0, i, n, len = strlen(s);
	char got[512];
	int ok;

	/* Paragraphs at blank lines, as the splitter numbers them. */
	paras[np++] = 0;
	for (i = 0; i + 1 < len && np < 8; i++)
		if (s[i] == '\n' && s[i + 1] == '\n')
			paras[np++] = i + 2;
	qmarks_find(&qs, s, len, paras, np);
	got[0] = '\0';
	for (i = 0, n = 0; i < qs.n; i++) {
		size_t k = (size_t)(qs.v[i].end - qs.v[i].start);

		if (n + k + 4 > sizeof(got))
			break;
		n += (size_t)snprintf(got + n, sizeof(got) - n, "%s[%.*s]",
		    i ? "|" : "", (int)k, s + qs.v[i].start);
	}
	ok = strcmp(got, want) == 0;
	if (!ok)
		printf("  marks of \"%s\": got \"%s\", want \"%s\"\n", s, got, want);
	qmarks_free(&qs);
	return ok;
}

static void
test_marks(void)
{
	CHECK("marks: curly", pairs_are("He said \u201cyes\u201d twice.", "[yes]"));
	CHECK("marks: straight", pairs_are("He said \"yes\" and \"no\".", "[yes]|[no]"));
	CHECK("marks: apostrophes are not marks",
	    pairs_are("Don't touch O'Neill's car, it's the students' one.", ""));
	CHECK("marks: curly apostrophes inside a quotation",
	    pairs_are("\u201cZelenskyy\u2019s plan isn\u2019t new,\u201d she said.",
	    "[Zelenskyy\u2019s plan isn\u2019t new,]"));
	CHECK("marks: single quotes at a word's edge",
	    pairs_are("The headline read \u2018Bridge Reopens\u2019 today.", "[Bridge Reopens]"));
	CHECK("marks: a quotation inside a quotation is part of it",
	    pairs_are("\u201cHe told me \u2018never\u2019, and left.\u201d",
	    "[He told me \u2018never\u2019, and left.]"));
	CHECK("marks: a paragraph that reopens the quotation goes on",
	    pairs_are("\u201cOne.\n\n\u201cTwo.\u201d", "[One.\n\n\u201cTwo.]"));
	CHECK("marks: left open without a reopening mark, it ends with its paragraph",
	    pairs_are("\u201cOne two.\n\nThen she left.", "[One two.]"));
	CHECK("marks: straight marks reopened across paragraphs",
	    pairs_are("\"One.\n\n\"Two.\"", "[One.\n\n\"Two.]"));
	CHECK("marks: guillemets with spaces",
	    pairs_are("Il a dit : \u00ab Non. \u00bb", "[Non.]"));
	CHECK("marks: German low-high marks",
	    pairs_are("Sie sagte: \u201eJa.\u201c Dann ging sie.", "[Ja.]"));
	CHECK("marks: corner brackets",
	    pairs_are("\u5e02\u9577\u306f\u300c\u6a4b\u300d\u3068", "[\u6a4b]"));
	CHECK("marks: two apostrophes for a double mark",
	    pairs_are("He said, ''We won.'' Then he left.", "[We won.]"));
	CHECK("marks: a stray closing mark opens nothing",
	    pairs_are("Wait\u201d. Then \u201cgo\u201d.", "[go]"));
	CHECK("marks: a straight opener closed by a curly closer",
	    pairs_are("\"We stay,\u201d he said. \"Go.\"", "[We stay,]|[Go.]"));
	CHECK("marks: a curly opener closed by a straight closer",
	    pairs_are("\u201cWe stay,\" he said. \"Go.\u201d", "[We stay,]|[Go.]"));
	CHECK("marks: curly marks nested in straight ones",
	    pairs_are("\"It was \u201ca crisis\u201d then,\" he said.",
	    "[It was \u201ca crisis\u201d then,]"));
	CHECK("marks: straight marks nested in curly ones",
	    pairs_are("\u201cShe said \"no\" twice,\u201d he said.",
	    "[She said \"no\" twice,]"));
	CHECK("marks: a paragraph reopening in the other style goes on",
	    pairs_are("\"One.\n\n\u201cTwo.\u201d", "[One.\n\n\u201cTwo.]"));
	CHECK("marks: a mark at the very end", pairs_are("He said \"", ""));
	CHECK("marks: invalid bytes", pairs_are("\xff\"a\xfe\"\xc2", "[a\xfe]"));
}

/* The first quotation find-quotes' engine finds in text, as SOURCE. */
static int
source_is(struct doc_engines *en, const char *text, const char *want)
{
	struct document d;
	char got[128] = "";
	int ok;

	document_init(&d);
	document_reset(&d, "t", 1);
	document_set_text(&d, text, strlen(text));
	document_build(&d, DL_TEXT | DL_SENTENCES | DL_ENTITIES | DL_QUOTES, en);
	if (d.nquotes > 0)
		snprintf(got, sizeof(got), "%.*s", (int)d.quotes[d.nquotes - 1].sourcelen,
		    d.quotes[d.nquotes - 1].source);
	ok = strcmp(got, want) == 0;
	if (!ok)
		printf("  last speaker of \"%s\": got \"%s\", want \"%s\"\n", text, got, want);
	document_free(&d);
	return ok;
}

static void
test_resolver(void)
{
	struct doc_engines en;
	struct lang lang;

	lang_load_or_exit(&lang, "en");
	en.lang = &lang;
	en.tagger = tagger_new();
	en.quoter = quoter_new();
	en.tag = tagger_document;
	en.quote = quoter_document;
	CHECK("resolve: a name is itself, written in full",
	    source_is(&en, "Mayor Ellen Ruiz came. Ruiz said the bridge would open.", "Ellen Ruiz"));
	CHECK("resolve: he is the last person named",
	    source_is(&en, "Harbour master Tom Keller spoke. \u201cThe port is shut,\u201d he said.",
	    "Tom Keller"));
	CHECK("resolve: a name inside a quotation is not the speaker",
	    source_is(&en, "Nurse Maria Lopez spoke. \u201cAsk Doctor Paul Grey about it,\u201d she said.",
	    "Maria Lopez"));
	CHECK("resolve: she skips a man shown to be one",
	    source_is(&en, "Ms. Ana Brandt met Mr. Tom Keller. She said the talks had failed.",
	    "Ana Brandt"));
	CHECK("resolve: a pronoun chain across paragraphs",
	    source_is(&en, "Nurse Maria Lopez spoke.\n\nShe said the clinic was full.\n\n"
	    "She said two doctors had left.", "Maria Lopez"));
	CHECK("resolve: a title phrase is the person introduced with it",
	    source_is(&en, "Deputy Transport Minister Paul Okafor opened the line. "
	    "The deputy transport minister said it would carry ten thousand riders.",
	    "Paul Okafor"));
	CHECK("resolve: a nationality and a generic title",
	    source_is(&en, "Portuguese Prime Minister Rui Sampaio arrived. "
	    "\u201cThis is a model for the region,\u201d the Portuguese leader said.",
	    "Rui Sampaio"));
	CHECK("resolve: the ministry is the ministry named",
	    source_is(&en, "The Ministry of Water Resources issued a warning. "
	    "The ministry said the lake had risen by two metres.",
	    "Ministry of Water Resources"));
	CHECK("resolve: they is left unresolved",
	    source_is(&en, "Mayor Ellen Ruiz came. They said the bridge would open.", ""));
	quoter_free(en.quoter);
	tagger_free(en.tagger);
	lang_free(&lang);
}

/*
 * text with a run of n copies of c at its '@': the quotation found first
 * starts at from and ends at to (the first byte of each string in the
 * text, past the run), of type ty, with the cue and speaker given.
 */
static int
long_token(struct doc_engines *en, const char *text, int c, size_t n,
    enum quote_type ty, const char *from, const char *to, const char *cue,
    const char *speaker)
{
	struct document d;
	const struct doc_quote *dq;
	char *s;
	const char *at = strchr(text, '@');
	size_t pre = (size_t)(at - text), len = strlen(text) - 1 + n;
	int ok;

	if ((s = malloc(len + 1)) == NULL)
		return 0;
	memcpy(s, text, pre);
	memset(s + pre, c, n);
	strcpy(s + pre + n, at + 1);
	document_init(&d);
	document_reset(&d, "t", 1);
	document_set_text(&d, s, len);
	document_build(&d, DL_TEXT | DL_SENTENCES | DL_ENTITIES | DL_QUOTES, en);
	dq = d.nquotes > 0 ? &d.quotes[0] : NULL;
	ok = dq != NULL && dq->type == ty &&
	    dq->start == (uint64_t)(strstr(s, from) - s) &&
	    dq->end == (uint64_t)(strstr(s + pre + n, to) - s) &&
	    dq->cue_start != DOC_NONE && dq->cue_end - dq->cue_start == strlen(cue) &&
	    memcmp(s + dq->cue_start, cue, strlen(cue)) == 0 &&
	    dq->speaker_start != DOC_NONE &&
	    dq->speaker_end - dq->speaker_start == strlen(speaker) &&
	    memcmp(s + dq->speaker_start, speaker, strlen(speaker)) == 0;
	if (!ok && dq != NULL)
		printf("  long token: got %d [%llu, %llu)\n", (int)dq->type,
		    (unsigned long long)dq->start, (unsigned long long)dq->end);
	document_free(&d);
	free(s);
	return ok;
}

/* Tokens of 64 KiB or more, whose ends the engine keeps aside. */
static void
test_long_tokens(void)
{
	struct doc_engines en;
	struct lang lang;

	lang_load_or_exit(&lang, "en");
	en.lang = &lang;
	en.tagger = tagger_new();
	en.quoter = quoter_new();
	en.tag = tagger_document;
	en.quote = quoter_document;
	CHECK("long tokens: a direct quotation with one inside",
	    long_token(&en, "\u201cWe will rebuild the bridge @ by spring,\u201d "
	    "Mayor Ana Lopez said on Tuesday.", 'x', 70000, QT_DIRECT, "We",
	    ",\u201d", "said", "Mayor Ana Lopez"));
	CHECK("long tokens: a reported clause ending in one",
	    long_token(&en, "Officials said the span was @. It rained.",
	    'b', 65535, QT_INDIRECT, "the span", ". It", "said", "Officials"));
	CHECK("long tokens: one byte short of the limit",
	    long_token(&en, "Officials said the span was @. It rained.",
	    'b', 65534, QT_INDIRECT, "the span", ". It", "said", "Officials"));
	CHECK("long tokens: a quoted fragment of one",
	    long_token(&en, "The council told reporters that \"@\" was final. She agreed.",
	    'y', 65536, QT_MIXED, "that", ". She", "told", "The council"));
	quoter_free(en.quoter);
	tagger_free(en.tagger);
	lang_free(&lang);
}

void
test_quotes(void)
{
	test_cues();
	test_cues_at();
	test_marks();
	test_resolver();
	test_long_tokens();
}
