/* A placeholder until the quotation engine lands: it finds nothing. */
#include <stdlib.h>
#include <err.h>

#include "diag.h"
#include "document.h"
#include "quotes.h"

struct quoter {
	int	 unused;
};

struct quoter *
quoter_new(void)
{
	struct quoter *q;

	if ((q = calloc(1, sizeof(*q))) == NULL)
		err(EXIT_TROUBLE, NULL);
	return q;
}

void
quoter_free(struct quoter *q)
{
	free(q);
}

int
quoter_cues_file(struct quoter *q, const char *path, size_t *lineno,
    const char **why)
{
	(void)q;
	(void)path;
	*lineno = 0;
	*why = "cue files are not supported yet";
	return -1;
}

void
quoter_document(struct quoter *q, struct document *d)
{
	(void)q;
	(void)d;
}
