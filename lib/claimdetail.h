/*
 * claimdetail: how diff-claims writes a DETAIL: differences separated
 * by commas, each "kind:x>y"; a value loses any ',' or '>' (and a TAB
 * or line end becomes a space) so that the field splits cleanly.
 */
#ifndef NU_CLAIMDETAIL_H
#define NU_CLAIMDETAIL_H
#include <stddef.h>

#include "buf.h"

/* A comma before every difference but the first (the DETAIL starts at base). */
void	detail_sep(struct buf *, size_t base);
/* Append s[0..n) as a value. */
void	detail_value(struct buf *, const char *s, size_t n);

#endif
