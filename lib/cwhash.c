#include "claimwords.h"

/*
 * 64-bit FNV-1a: the hash of every word and value of the claims, in a
 * file of its own so that build tools (tools/mkwordnet.c) hash alike.
 */
uint64_t
cw_hash(const char *s, size_t n)
{
	uint64_t h = 14695981039346656037ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}
