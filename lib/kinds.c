#include <string.h>

#include "kinds.h"

static const struct kind_field text_f[] = {
	{ "body", KF_TEXT }
};
static const struct kind_field sentence_f[] = {
	{ "n", KF_NUMBER }, { "para", KF_NUMBER }, { "text", KF_TEXT }
};
static const struct kind_field entity_f[] = {
	{ "type", KF_TEXT }, { "text", KF_TEXT }, { "key", KF_TEXT }
};
/* find-quotes(1) */
static const struct kind_field quote_f[] = {
	{ "type", KF_TEXT }, { "cue", KF_TEXT }, { "speaker", KF_TEXT },
	{ "source", KF_TEXT }, { "key", KF_TEXT }, { "text", KF_TEXT },
	{ "cue_start", KF_NUMBER }, { "cue_end", KF_NUMBER },
	{ "speaker_start", KF_NUMBER }, { "speaker_end", KF_NUMBER }
};
/* diff-claims(1) */
static const struct kind_field claim_f[] = {
	{ "status", KF_TEXT }, { "other_doc", KF_TEXT },
	{ "other_start", KF_NUMBER }, { "other_end", KF_NUMBER },
	{ "score", KF_NUMBER }, { "detail", KF_TEXT }, { "text", KF_TEXT },
	{ "other_text", KF_TEXT }
};
/* diff-claims(1) -w */
static const struct kind_field worddiff_f[] = {
	{ "other_doc", KF_TEXT }, { "other_start", KF_NUMBER },
	{ "other_end", KF_NUMBER }, { "diff", KF_TEXT }
};

#define KIND(name, f)	{ name, sizeof(f) / sizeof(f[0]), f }

static const struct kind kinds[] = {
	KIND("text", text_f),
	KIND("sentence", sentence_f),
	KIND("entity", entity_f),
	KIND("quote", quote_f),
	KIND("claim", claim_f),
	KIND("worddiff", worddiff_f),
};

const struct kind *
kind_find(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strlen(kinds[i].name) == n && memcmp(kinds[i].name, p, n) == 0)
			return &kinds[i];
	return NULL;
}
