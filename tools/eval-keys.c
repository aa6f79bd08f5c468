/*
 * eval-keys: how well KEYs tell names apart, on lists of our own.
 *
 *	eval-keys [-v] share-file differ-file
 *
 * share-file holds sets of spelling variants that must share a key, one
 * set a line, names separated by TABs; differ-file pairs of different
 * names that must not.  Prints the share rate (sets whose names all get
 * one key) and the differ rate (pairs whose keys differ); -v lists the
 * failures.  Lines starting with # are comments.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "entkey.h"

static int verbose;

/* Sets (or pairs) of one line: 1 if all keys are equal, 0 if not. */
static int
one_key(const char *line, struct buf *first, struct buf *k)
{
	const char *p = line, *tab;
	size_t n;
	int same = 1, count = 0;

	buf_clear(first);
	for (;;) {
		tab = strchr(p, '\t');
		n = tab ? (size_t)(tab - p) : strlen(p);
		buf_clear(k);
		entkey_name(k, p, n);
		if (count++ == 0)
			buf_append(first, k->data, k->len);
		else if (k->len != first->len || (k->len > 0 &&
		    memcmp(k->data, first->data, k->len) != 0))
			same = 0;
		if (tab == NULL)
			break;
		p = tab + 1;
	}
	return same;
}

static void
run(const char *path, int want_same, const char *what)
{
	struct buf first = { 0 }, k = { 0 };
	char *line = NULL;
	size_t cap = 0, total = 0, good = 0;
	ssize_t n;
	FILE *fp;

	if ((fp = fopen(path, "r")) == NULL)
		err(2, "%s", path);
	while ((n = getline(&line, &cap, fp)) > 0) {
		if (line[n - 1] == '\n')
			line[--n] = '\0';
		if (n == 0 || line[0] == '#')
			continue;
		total++;
		if (one_key(line, &first, &k) == want_same)
			good++;
		else if (verbose)
			printf("  %s: %s (%.*s)\n", want_same ? "split" : "merged",
			    line, (int)first.len, first.data ? first.data : "");
	}
	fclose(fp);
	printf("%-32s %5zu  %5zu  %.4f\n", what, total, good,
	    total ? (double)good / (double)total : 0);
	free(line);
	buf_free(&first);
	buf_free(&k);
}

int
main(int argc, char *argv[])
{
	int ch;

	while ((ch = getopt(argc, argv, "v")) != -1) {
		switch (ch) {
		case 'v':
			verbose = 1;
			break;
		default:
			fprintf(stderr, "usage: eval-keys [-v] share-file differ-file\n");
			return 2;
		}
	}
	argc -= optind;
	argv += optind;
	if (argc != 2) {
		fprintf(stderr, "usage: eval-keys [-v] share-file differ-file\n");
		return 2;
	}
	printf("%-32s %5s  %5s  %s\n", "keys", "lists", "good", "rate");
	run(argv[0], 1, "variant sets sharing a key");
	run(argv[1], 0, "distinct pairs keyed apart");
	return 0;
}
