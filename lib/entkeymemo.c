#include <err.h>
#include <stdlib.h>

#include "diag.h"
#include "entkey.h"
#include "entkeymemo.h"

void
entkeymemo_name(struct entkeymemo *m, struct buf *out, const char *s,
    size_t n)
{
	size_t start;
	int idx;

	if ((idx = wordset_get(&m->names, s, n)) > 0) {
		buf_append(out, m->keys.data + m->off[idx - 1], m->len[idx - 1]);
		return;
	}
	start = out->len;
	entkey_name(out, s, n);
	if (n == 0)
		return;	/* wordset_get() never finds an empty name */
	if (m->n == ENTKEYMEMO_MAX)
		entkeymemo_free(m);
	if (m->off == NULL && ((m->off = calloc(ENTKEYMEMO_MAX,
	    sizeof(*m->off))) == NULL || (m->len = calloc(ENTKEYMEMO_MAX,
	    sizeof(*m->len))) == NULL))
		err(EXIT_TROUBLE, NULL);
	m->off[m->n] = m->keys.len;
	m->len[m->n] = out->len - start;
	buf_append(&m->keys, out->data + start, out->len - start);
	wordset_add(&m->names, s, n, (int)++m->n);
}

void
entkeymemo_free(struct entkeymemo *m)
{
	wordset_free(&m->names);
	buf_free(&m->keys);
	free(m->off);
	free(m->len);
	m->off = m->len = NULL;
	m->n = 0;
}
