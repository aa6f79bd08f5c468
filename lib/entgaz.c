/*
 * entgaz: a user gazetteer (tag-entities -g), lines of NAME<TAB>TYPE,
 * and the names of it in a sentence, longest first; they win over
 * the model and the rules.
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tagger.h"

int
tagger_gazetteer_line(struct tagger *tg, const char *line, size_t n,
    const char **why)
{
	const char *tab;
	size_t words = 1, i;
	int type;

	while (n > 0 && (line[n - 1] == '\r' || line[n - 1] == ' '))
		n--;
	if (n == 0 || line[0] == '#')
		return 0;
	if ((tab = memchr(line, '\t', n)) == NULL || tab == line) {
		*why = "expected NAME<TAB>TYPE";
		return -1;
	}
	if ((type = ent_type_parse(tab + 1, n - (size_t)(tab + 1 - line))) < 0) {
		*why = "unknown TYPE";
		return -1;
	}
	for (i = 0; line + i < tab; i++)
		if (line[i] == ' ')
			words++;
	if (words > tg->user_maxwords)
		tg->user_maxwords = words;
	wordset_add(&tg->user, line, (size_t)(tab - line), type + 1);
	return 0;
}

int
tagger_gazetteer_file(struct tagger *tg, const char *path, size_t *lineno,
    const char **why)
{
	FILE *fp;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int rc = 0, saved;

	*why = NULL;
	*lineno = 0;
	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	while (rc == 0 && (n = getline(&line, &cap, fp)) > 0) {
		++*lineno;
		if (line[n - 1] == '\n')
			n--;
		rc = tagger_gazetteer_line(tg, line, (size_t)n, why);
	}
	saved = errno;
	if (rc == 0 && ferror(fp))
		rc = -1;
	free(line);
	fclose(fp);
	errno = saved;
	return rc;
}

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

