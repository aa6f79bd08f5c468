#include <string.h>

#include "cues.h"
#include "wordlists.h"

/* Lower-case ASCII into a small buffer: cue words are short. */
static size_t
lower(char *out, size_t cap, const char *w, size_t n)
{
	size_t i;

	if (n > cap)
		return 0;
	for (i = 0; i < n; i++)
		out[i] = (w[i] >= 'A' && w[i] <= 'Z') ? (char)(w[i] + 32) : w[i];
	return n;
}

int
cues_add_line(struct cues *c, const char *line, size_t n, const char **why)
{
	size_t w, i;
	int cls = CUE_SPEECH;
	char buf[64];

	while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' ||
	    line[n - 1] == ' ' || line[n - 1] == '\t'))
		n--;
	while (n > 0 && (*line == ' ' || *line == '\t')) {
		line++;
		n--;
	}
	if (n == 0 || *line == '#')
		return 0;
	for (w = 0; w < n && line[w] != ' ' && line[w] != '\t'; w++)
		continue;
	for (i = w; i < n && (line[i] == ' ' || line[i] == '\t'); i++)
		continue;
	if (i < n) {
		if (i + 1 != n) {
			*why = "a cue is one word and an optional flag (o, b or n)";
			return -1;
		}
		switch (line[i]) {
		case 'o': cls = CUE_TELL; break;
		case 'b': cls = CUE_BELIEF; break;
		case 'n': cls = CUE_NOSPEECH; break;
		default:
			*why = "unknown flag (o, b or n)";
			return -1;
		}
	}
	if (lower(buf, sizeof(buf), line, w) == 0) {
		*why = "a cue word longer than 64 bytes";
		return -1;
	}
	/* The word's other class is kept. */
	wordset_add(&c->set, buf, w, cls |
	    (wordset_get(&c->set, buf, w) & ~15));
	return 0;
}

static void
add_word_line(struct cues *c, const char *line)
{
	static const struct { const char *name; enum word_class cls; } classes[] = {
		{ "title", WC_TITLE }, { "generic", WC_GENERIC },
		{ "org", WC_ORG }, { "nonagent", WC_NONAGENT },
		{ "aux", WC_AUX }, { "det", WC_DET }, { "stop", WC_STOP }
	};
	const char *sp = strchr(line, ' ');
	size_t i;

	if (sp == NULL)
		return;
	for (i = 0; i < sizeof(classes) / sizeof(classes[0]); i++)
		if (strcmp(sp + 1, classes[i].name) == 0)
			wordset_add_static(&c->set, line, (size_t)(sp - line),
			    (wordset_get(&c->set, line, (size_t)(sp - line)) & 15) |
			    (int)classes[i].cls << 4);
}

int
cues_load(struct cues *c, const char *lang)
{
	const struct wordlist *w;
	const char *const *line;
	const char *why;
	int found = 0;

	memset(c, 0, sizeof(*c));
	for (w = wordlists; w->lang != NULL; w++) {
		if (strcmp(w->lang, lang) != 0)
			continue;
		if (strcmp(w->kind, "cues") == 0) {
			found = 1;
			for (line = w->lines; *line != NULL; line++)
				(void)cues_add_line(c, *line, strlen(*line), &why);
		} else if (strcmp(w->kind, "speakers") == 0)
			for (line = w->lines; *line != NULL; line++)
				add_word_line(c, *line);
	}
	return found ? 0 : -1;
}

enum cue_class
cues_lookup(const struct cues *c, const char *w, size_t n, enum word_class *wc)
{
	char buf[64];
	int cls;

	if (lower(buf, sizeof(buf), w, n) == 0) {
		*wc = WC_NONE;
		return CUE_NONE;
	}
	cls = wordset_get(&c->set, buf, n);
	*wc = (enum word_class)(cls >> 4);
	return (enum cue_class)(cls & 15);
}

enum cue_class
cues_cue(const struct cues *c, const char *w, size_t n)
{
	enum word_class wc;

	return cues_lookup(c, w, n, &wc);
}

enum word_class
cues_word(const struct cues *c, const char *w, size_t n)
{
	enum word_class wc;

	(void)cues_lookup(c, w, n, &wc);
	return wc;
}

void
cues_free(struct cues *c)
{
	wordset_free(&c->set);
}
