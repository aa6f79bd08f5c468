#include <err.h>
#include <stdlib.h>
#include <string.h>

#include "cues.h"
#include "diag.h"
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

/* The key of a short word: its bytes, lower-cased, zero-padded. */
static void
short_key(uint64_t k[2], const char *w, size_t n)
{
	k[0] = k[1] = 0;
	memcpy(k, w, n);
	k[0] = cues_lower8(k[0]);
	if (n > 8)
		k[1] = cues_lower8(k[1]);
}

/* The slot of key k in a table of cap slots: its own, or the empty one. */
static struct cue_slot *
short_slot(struct cue_slot *tab, size_t cap, const uint64_t k[2], size_t n)
{
	size_t j = cues_hash(k, n, cap);

	while (tab[j].len != 0 && (tab[j].len != n || tab[j].w[0] != k[0] ||
	    tab[j].w[1] != k[1]))
		j = (j + 1) & (cap - 1);
	return &tab[j];
}

/* Keep the short table as the set has w (just added or changed). */
static void
short_sync(struct cues *c, const char *w, size_t n)
{
	struct cue_slot *old = c->tab, *s;
	size_t oldcap = c->cap, i;
	uint64_t k[2];

	if (n == 0 || n > CUES_SHORT)
		return;
	if ((c->count + 1) * 2 > c->cap) {
		c->cap = c->cap ? c->cap * 2 : 1024;
		if ((c->tab = calloc(c->cap, sizeof(*c->tab))) == NULL)
			err(EXIT_TROUBLE, NULL);
		for (i = 0; i < oldcap; i++)
			if (old[i].len != 0)
				*short_slot(c->tab, c->cap, old[i].w,
				    old[i].len) = old[i];
		free(old);
	}
	short_key(k, w, n);
	s = short_slot(c->tab, c->cap, k, n);
	if (s->len == 0)
		c->count++;
	s->w[0] = k[0];
	s->w[1] = k[1];
	s->len = (unsigned char)n;
	s->cls = (unsigned char)wordset_get(&c->set, w, n);
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
	short_sync(c, buf, w);
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
		if (strcmp(sp + 1, classes[i].name) == 0) {
			wordset_add_static(&c->set, line, (size_t)(sp - line),
			    (wordset_get(&c->set, line, (size_t)(sp - line)) & 15) |
			    (int)classes[i].cls << 4);
			short_sync(c, line, (size_t)(sp - line));
		}
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
	uint64_t k[2];
	int cls;

	if (n == 0 || n > sizeof(buf)) {
		*wc = WC_NONE;
		return CUE_NONE;
	}
	if (n <= CUES_SHORT) {
		cls = c->cap == 0 ? 0 : (short_key(k, w, n),
		    short_slot(c->tab, c->cap, k, n)->cls);
	} else {
		lower(buf, sizeof(buf), w, n);
		cls = wordset_get(&c->set, buf, n);
	}
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
	free(c->tab);
	c->tab = NULL;
	c->cap = c->count = 0;
}
