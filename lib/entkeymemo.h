/*
 * entkeymemo: entkey_name() with a memory.  A name's key depends on its
 * bytes only, and a story names the same people again and again, so a
 * name keyed once is looked up, not folded and respelt again.  The
 * memory holds up to ENTKEYMEMO_MAX names, and starts again empty when
 * it is full, so it stays small on any input.
 */
#ifndef NU_ENTKEYMEMO_H
#define NU_ENTKEYMEMO_H
#include <stddef.h>

#include "buf.h"
#include "wordset.h"

#define ENTKEYMEMO_MAX	4096

/* Zero-initialise; entkeymemo_free() releases it, and it may be used again. */
struct entkeymemo {
	struct wordset	 names;	/* name -> index + 1 into off and len */
	struct buf	 keys;	/* the keys, one after another */
	size_t		*off, *len;
	size_t		 n;
};

/* Append the key of the name s[0..n) to out, as entkey_name() does. */
void	entkeymemo_name(struct entkeymemo *, struct buf *out, const char *s,
	    size_t n);
void	entkeymemo_free(struct entkeymemo *);

#endif
