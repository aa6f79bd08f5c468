#include <err.h>
#include <stdlib.h>
#include <string.h>

#include "nerdata.h"

const char *
nerdata_typename(int t)
{
	static const char *const names[] = { "PER", "ORG", "LOC", "MISC", "OTHER" };

	return t >= 0 && t <= NT_OTHER ? names[t] : "?";
}

static int
tagtype(const char *t)
{
	if (strcmp(t, "PER") == 0 || strcmp(t, "PERSON") == 0)
		return NT_PER;
	if (strcmp(t, "ORG") == 0 || strcmp(t, "ORGANIZATION") == 0)
		return NT_ORG;
	if (strcmp(t, "LOC") == 0 || strcmp(t, "LOCATION") == 0 ||
	    strcmp(t, "GPE") == 0)
		return NT_LOC;
	if (strcmp(t, "MISC") == 0)
		return NT_MISC;
	return NT_OTHER;
}

static void
addtoken(struct nsent *s, const char *tok, size_t n, const char *tag)
{
	char prefix = tag[0];
	int type = -1, in;

	if (s->ntok == s->tokcap) {
		s->tokcap = s->tokcap ? 2 * s->tokcap : 64;
		if ((s->tstart = reallocarray(s->tstart, s->tokcap,
		    sizeof(size_t))) == NULL ||
		    (s->tend = reallocarray(s->tend, s->tokcap,
		    sizeof(size_t))) == NULL)
			err(2, NULL);
	}
	if (s->ntok > 0)
		buf_putc(&s->text, ' ');
	s->tstart[s->ntok] = s->text.len;
	buf_append(&s->text, tok, n);
	s->tend[s->ntok] = s->text.len;

	in = (prefix == 'B' || prefix == 'I') && tag[1] == '-';
	if (in)
		type = tagtype(tag + 2);
	if (type == NT_MISC)
		s->hasmisc = 1;
	/* conlleval: a chunk starts at B, or at I after O or another type. */
	if (in && (prefix == 'B' || !s->previn || s->prevtype != type)) {
		if (s->nchunk == s->chunkcap) {
			s->chunkcap = s->chunkcap ? 2 * s->chunkcap : 16;
			if ((s->chunk = reallocarray(s->chunk, s->chunkcap,
			    sizeof(*s->chunk))) == NULL)
				err(2, NULL);
		}
		s->chunk[s->nchunk].start = s->ntok;
		s->chunk[s->nchunk].type = type;
		s->nchunk++;
	}
	if (in)
		s->chunk[s->nchunk - 1].end = s->ntok + 1;
	s->previn = in;
	s->prevtype = type;
	s->ntok++;
}

int
nerdata_read(FILE *fp, struct nsent *s)
{
	char *f[16], *p, *tok, *tag;
	ssize_t len;
	int nf, tabbed;

	buf_clear(&s->text);
	s->ntok = s->nchunk = 0;
	s->newdoc = s->hasmisc = 0;
	s->previn = 0;
	s->prevtype = -1;
	while ((len = getline(&s->line, &s->linecap, fp)) != -1) {
		s->lineno++;
		while (len > 0 && (s->line[len - 1] == '\n' ||
		    s->line[len - 1] == '\r'))
			s->line[--len] = '\0';
		if (len == 0) {
			if (s->ntok > 0)
				break;
			continue;
		}
		if (s->line[0] == '#' && (len == 1 || s->line[1] == ' ')) {
			if (strncmp(s->line, "# newdoc", 8) == 0)
				s->pendingdoc = 1;
			continue;
		}
		if (strncmp(s->line, "-DOCSTART-", 10) == 0) {
			s->pendingdoc = 1;
			continue;
		}
		nf = 0;
		tabbed = strchr(s->line, '\t') != NULL;
		if (tabbed) {
			for (p = s->line; nf < 16; ) {
				f[nf++] = p;
				if ((p = strchr(p, '\t')) == NULL)
					break;
				*p++ = '\0';
			}
		} else {
			for (p = strtok(s->line, " "); p != NULL && nf < 16;
			    p = strtok(NULL, " "))
				f[nf++] = p;
		}
		if (nf < 2)
			continue;
		if (tabbed && nf >= 3 && f[0][strspn(f[0], "0123456789")] == '\0') {
			tok = f[1];	/* CoNLL-U: id, form, tag... */
			tag = f[2];
		} else if (tabbed && nf >= 3 && strspn(f[0], "0123456789-.") ==
		    strlen(f[0]) && strchr("0123456789", f[0][0]) != NULL)
			continue;	/* CoNLL-U multiword or empty node */
		else {
			tok = f[0];
			tag = f[nf - 1];
		}
		if (nf == 2 && strncmp(tok, "en:", 3) == 0 && tok[3] != '\0')
			tok += 3;
		if (*tok == '\0')
			continue;
		if (s->ntok == 0 && s->pendingdoc) {
			s->newdoc = 1;
			s->pendingdoc = 0;
		}
		addtoken(s, tok, strlen(tok), tag);
	}
	return s->ntok > 0;
}

void
nerdata_free(struct nsent *s)
{
	buf_free(&s->text);
	free(s->tstart);
	free(s->tend);
	free(s->chunk);
	free(s->line);
}
