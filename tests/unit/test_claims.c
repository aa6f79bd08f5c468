/*
 * The claim comparison: similarity features and SCORE, the comparison
 * of values, names and speakers (factdiff), negations and antonyms
 * (claimpolar), the typo distance, the word diff and the matching in
 * both modes.
 */
#include <string.h>

#include "antonyms.h"
#include "claimdiff.h"
#include "claimmatch.h"
#include "claims.h"
#include "document.h"
#include "entities.h"
#include "factdiff.h"
#include "lang.h"
#include "quotes.h"
#include "similarity.h"
#include "typodist.h"
#include "unit.h"
#include "worddiff.h"

static struct lang lang;
static struct doc_engines en;

static void
build(struct document *d, const char *id, const char *text)
{
	document_reset(d, id, strlen(id));
	document_set_text(d, text, strlen(text));
	document_build(d, DL_TEXT | DL_SENTENCES | DL_ENTITIES | DL_QUOTES, &en);
}

/* SCORE and features of two one-sentence texts. */
static double
score(const char *a, const char *b, double *f)
{
	struct document da, db;
	struct claimset ca, cb;
	struct simwork w;
	double s;

	memset(&w, 0, sizeof(w));
	document_init(&da);
	document_init(&db);
	claimset_init(&ca);
	claimset_init(&cb);
	build(&da, "a", a);
	build(&db, "b", b);
	claimset_text(&ca, &da);
	claimset_text(&cb, &db);
	sim_features(&w, &ca, &ca.v[0], &cb, &cb.v[0], f);
	s = sim_score(f);
	simwork_free(&w);
	claimset_free(&ca);
	claimset_free(&cb);
	document_free(&da);
	document_free(&db);
	return s;
}

/* The DETAIL of one sentence against another, as factdiff writes it. */
static int
detail_is(const char *a, const char *b, const char *want)
{
	struct document da, db;
	struct claimset ca, cb;
	struct buf d = { NULL, 0, 0 };
	int ok;

	document_init(&da);
	document_init(&db);
	claimset_init(&ca);
	claimset_init(&cb);
	build(&da, "a", a);
	build(&db, "b", b);
	claimset_text(&ca, &da);
	claimset_text(&cb, &db);
	factdiff(&ca, &ca.v[0], &cb, &cb.v[0], 1, &d);
	ok = d.len == strlen(want) && (d.len == 0 || memcmp(d.data, want, d.len) == 0);
	if (!ok)
		printf("    detail of \"%s\" > \"%s\" is \"%.*s\", want \"%s\"\n",
		    a, b, (int)d.len, d.data != NULL ? d.data : "", want);
	buf_free(&d);
	claimset_free(&ca);
	claimset_free(&cb);
	document_free(&da);
	document_free(&db);
	return ok;
}

struct got {
	char	 line[4096];
	size_t	 len;
};

/* Records of claimdiff as "STATUS START>OTHER_START DETAIL;" for A's claims. */
static void
collect(void *ctx, const struct cd_record *r)
{
	struct got *g = ctx;
	char tmp[512];
	int n;

	if (strcmp(r->kind, "claim") != 0 || r->f[0].n != 1 || r->f[0].p[0] != 'a')
		return;
	if (r->f[5].number)
		n = snprintf(tmp, sizeof(tmp), "%.*s %llu>%llu %.*s;",
		    (int)r->f[3].n, r->f[3].p, (unsigned long long)r->f[1].v,
		    (unsigned long long)r->f[5].v, (int)r->f[8].n,
		    r->f[8].p != NULL ? r->f[8].p : "");
	else
		n = snprintf(tmp, sizeof(tmp), "%.*s %llu;", (int)r->f[3].n,
		    r->f[3].p, (unsigned long long)r->f[1].v);
	if (n > 0 && g->len + (size_t)n < sizeof(g->line)) {
		memcpy(g->line + g->len, tmp, (size_t)n);
		g->len += (size_t)n;
		g->line[g->len] = '\0';
	}
}

static int
diff_is(const char *a, const char *b, enum cm_mode mode, const char *want,
    enum cm_mode *used)
{
	struct document da, db;
	struct cd_opts o;
	struct cd_counts c;
	struct got g;
	int ok;

	memset(&o, 0, sizeof(o));
	o.match.mode = mode;
	o.match.threshold = -1;
	o.match.typo = 2;
	g.len = 0;
	g.line[0] = '\0';
	document_init(&da);
	document_init(&db);
	build(&da, "a", a);
	build(&db, "b", b);
	claimdiff(&da, &db, &o, collect, &g, &c);
	if (used != NULL)
		*used = c.mode;
	ok = strcmp(g.line, want) == 0;
	if (!ok)
		printf("    got  %s\n   want  %s\n", g.line, want);
	document_free(&da);
	document_free(&db);
	return ok;
}

static const char story[] =
    "The council voted on Monday to close the old bridge. "
    "Repairs will cost $3 million, the mayor said. "
    "Traffic will move to the ferry until June. "
    "Residents of Eastfield said they would protest.\n";

void
test_claims(void)
{
	double f[SF_NFEAT], s1, s2;
	size_t d;
	struct buf wd = { NULL, 0, 0 };
	enum cm_mode used;

	lang_load_or_exit(&lang, "en");
	en.lang = &lang;
	en.tagger = tagger_new();
	en.quoter = quoter_new();
	en.tag = tagger_document;
	en.quote = quoter_document;

	/* Similarity. */
	s1 = score("The storm closed every school in the valley on Friday.",
	    "The storm closed every school in the valley on Friday.", f);
	CHECK("identical: stem F1 1", f[SF_STEM_F1] == 1.0);
	CHECK("identical: IDF cosine 1", f[SF_IDF_COS] > 0.999);
	CHECK("identical: SCORE over threshold", s1 > sim_threshold());
	{
		double g[SF_NFEAT];
		int i, same = 1;

		sim_identical(10, 1, g);	/* its 10 words, one a value (Friday) */
		for (i = 0; i < SF_NFEAT; i++)
			if (g[i] != f[i] && i != SF_CHAR_F1) {
				printf("    feature %s: %g computed, %g assumed\n",
				    sim_feature_name(i), f[i], g[i]);
				same = 0;
			}
		CHECK("sim_identical matches the computed features", same);
	}
	s2 = score("The storm closed every school in the valley on Friday.",
	    "Schools across the valley shut on Friday because of the storm.", f);
	CHECK("paraphrase: stems shared", f[SF_STEM_F1] > 0.3);
	s1 = score("The storm closed every school in the valley on Friday.",
	    "A local baker won the regional pastry prize last spring.", f);
	CHECK("unrelated: SCORE under threshold", s1 < sim_threshold());
	CHECK("paraphrase scores above unrelated", s2 > s1);
	score("Officials counted two injured hikers.",
	    "Officials counted 2 injured hikers.", f);
	CHECK("two = 2: the same words", f[SF_WORD_F1] == 1.0);
	score("The mill did not close.", "The mill did close.", f);
	CHECK("negation feature", f[SF_NEG_XOR] == 1.0);

	/* Values, names, speakers. */
	CHECK("number changed", detail_is("Rescuers found 155 people.",
	    "Rescuers found 150 people.", "number:155>150"));
	CHECK("two = 2", detail_is("Rescuers found two people.",
	    "Rescuers found 2 people.", ""));
	CHECK("1,200 = 1200", detail_is("The plant employs 1,200 workers.",
	    "The plant employs 1200 workers.", ""));
	CHECK("weekday against weekday", detail_is(
	    "The ferry sank on Tuesday.", "The ferry sank on Friday.",
	    "date:Tuesday>Friday"));
	CHECK("weekday agrees with its date", detail_is(
	    "The ferry sank on Tuesday.", "The ferry sank on April 22, 2025.", ""));
	CHECK("weekday against another date", detail_is(
	    "The ferry sank on Friday.", "The ferry sank on April 22, 2025.",
	    "date:Friday>April 22 2025"));
	CHECK("weekday and a date without a year", detail_is(
	    "The ferry sank on Friday.", "The ferry sank on April 22.", ""));
	CHECK("speaker changed", detail_is(
	    "The bridge is unsafe, Mayor Anna Kowalczyk said.",
	    "The bridge is unsafe, engineer Tomas Brandt said.",
	    "speaker:Anna Kowalczyk>Tomas Brandt"));
	CHECK("speaker spelt otherwise", detail_is(
	    "The bridge is unsafe, Yevhen Marchuk said.",
	    "The bridge is unsafe, Yevgen Marchuk said.", ""));
	CHECK("negation", detail_is("The mill will close.",
	    "The mill will not close.", "negation"));
	CHECK("hedge", detail_is("The dam may fail.", "The dam will fail.",
	    "hedge:may>will"));
	/* Polarity: antonyms, denials, and the two cancelling. */
	CHECK("antonyms by word", antonyms(cw_hash("opened", 6), cw_hash("closed", 6)) &&
	    antonyms(cw_hash("closed", 6), cw_hash("opened", 6)));
	CHECK("antonyms: irregular forms", antonyms(cw_hash("won", 3), cw_hash("lost", 4)));
	CHECK("not antonyms", !antonyms(cw_hash("rain", 4), cw_hash("snow", 4)) &&
	    !antonyms(cw_hash("open", 4), cw_hash("open", 4)));
	CHECK("antonym", detail_is("The ferry service started in May.",
	    "The ferry service stopped in May.", "antonym:started>stopped"));
	CHECK("denial is a negation", detail_is("The port said the fee would rise.",
	    "The port denied the fee would rise.", "negation"));
	CHECK("an antonym and a negation cancel", detail_is(
	    "The ferry service started in May.",
	    "The ferry service did not stop in May.", ""));
	CHECK("a denial and a negation cancel", detail_is(
	    "The port rejected the fee.", "The port did not accept the fee.", ""));
	/* One frame (a hand-over of the same files), other agents. */
	CHECK("agent of a passive against a subject", detail_is(
	    "The tax files were handed to the court by the city auditors.",
	    "Mayor Lena Holm passed the tax files to the court.",
	    "entity:city auditors>Lena Holm"));
	CHECK("one agent, no conflict", detail_is(
	    "The tax files were handed to the court by Mayor Lena Holm.",
	    "Lena Holm passed the tax files to the court.", ""));
	CHECK("a capital is its country", detail_is(
	    "Tokyo denied the spill report.", "Japan denied the spill report.", ""));
	CHECK("may and might are style", detail_is("The dam may fail.",
	    "The dam might fail.", ""));
	CHECK("weekday 2025-04-22", weekday(2025, 4, 22) == 1);
	CHECK("weekday 2000-01-01", weekday(2000, 1, 1) == 5);

	/* Typo distance. */
	d = typo_distance("the recieved letter", 19, "the received letter", 19, 2);
	CHECK("typo: two edits", d == 2);
	d = typo_distance("a  b\tc", 6, "abc", 3, 0);
	CHECK("typo: white space ignored", d == 0);
	d = typo_distance("completely different", 20, "nothing alike here", 18, 2);
	CHECK("typo: far is max + 1", d == 3);

	/* Matching. */
	CHECK("versions: same text", diff_is(story, story, CM_AUTO,
	    "same 0>0 ;same 53>53 ;same 99>99 ;same 142>142 ;", &used));
	CHECK("versions chosen for one story", used == CM_VERSIONS);
	CHECK("versions: number, move, removal", diff_is(story,
	    "The council voted on Monday to close the old bridge. "
	    "Traffic will move to the ferry until June. "
	    "Residents of Eastfield said they would protest. "
	    "Repairs will cost $4 million, the mayor said.\n", CM_VERSIONS,
	    "same 0>0 ;conflict 53>144 number:3000000 USD>4000000 USD,moved;"
	    "same 99>53 ;same 142>96 ;", NULL));
	CHECK("outlets: order free", diff_is(story,
	    "People in Eastfield plan to protest against it. "
	    "Councillors decided on Monday that the ageing bridge must shut. "
	    "Mending it would cost $3 million, according to the mayor.\n", CM_AUTO,
	    "reworded 0>48 ;reworded 53>112 ;only 99;reworded 142>0 ;", &used));
	CHECK("outlets chosen for two stories", used == CM_OUTLETS);

	/* Word diff. */
	{
		struct document da, db;
		struct claimset ca, cb;

		document_init(&da);
		document_init(&db);
		claimset_init(&ca);
		claimset_init(&cb);
		build(&da, "a", "The gate failed at dawn.");
		build(&db, "b", "The old gate failed before dawn.");
		claimset_build(&ca, &da);
		claimset_build(&cb, &db);
		worddiff(&ca, &ca.v[0], &cb, &cb.v[0], &wd);
#define WANT	"The {+old+} gate failed [-at-] {+before+} dawn"
		CHECK("word diff", wd.len == strlen(WANT) &&
		    memcmp(wd.data, WANT, wd.len) == 0);
#undef WANT
		if (wd.len != 46)
			printf("    got %.*s\n", (int)wd.len, wd.data);
		claimset_free(&ca);
		claimset_free(&cb);
		document_free(&da);
		document_free(&db);
	}
	buf_free(&wd);
	quoter_free(en.quoter);
	tagger_free(en.tagger);
	lang_free(&lang);
}
