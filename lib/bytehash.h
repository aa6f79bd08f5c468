/*
 * bytehash: a hash of a short byte string and an equality test, both
 * reading it eight (or four) bytes at a time and never past its end, for
 * the tables looked up once a word (wordset, the tagger's word cache).
 * Only the tables' own slots depend on the hash: it is not the hash of
 * any model or file (those are ner_hash() and friends), so it may change.
 */
#ifndef NU_BYTEHASH_H
#define NU_BYTEHASH_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline uint64_t
bytehash_load8(const char *p)
{
	uint64_t v;

	memcpy(&v, p, 8);
	return v;
}

static inline uint64_t
bytehash_load4(const char *p)
{
	uint32_t v;

	memcpy(&v, p, 4);
	return v;
}

/* Hash of s[0..n) with seed; a word of up to 16 bytes costs two loads. */
static inline uint64_t
bytehash(const char *s, size_t n, uint64_t seed)
{
	const uint64_t k = 0x9E3779B97F4A7C15ULL;
	uint64_t h = (seed + n) * k, a, b;
	size_t i;

	if (n >= 8) {
		/* Whole words, then the last eight bytes (overlapping). */
		for (i = 0; i + 8 < n; i += 8) {
			h = (h ^ bytehash_load8(s + i)) * k;
			h ^= h >> 32;
		}
		a = bytehash_load8(s + n - 8);
		b = 0;
	} else if (n >= 4) {
		a = bytehash_load4(s);
		b = bytehash_load4(s + n - 4);
	} else {
		a = n > 0 ? (unsigned char)s[0] : 0;
		b = n > 1 ? (uint64_t)(unsigned char)s[1] << 8 |
		    (uint64_t)(unsigned char)s[n - 1] << 16 : 0;
	}
	h = (h ^ a ^ (b << 32)) * k;
	h ^= h >> 29;
	h *= 0xBF58476D1CE4E5B9ULL;
	return h ^ (h >> 32);
}

/* Are a[0..n) and b[0..n) the same bytes?  memcmp() without the call. */
static inline int
bytehash_equal(const char *a, const char *b, size_t n)
{
	size_t i;

	if (n >= 8) {
		for (i = 0; i + 8 < n; i += 8)
			if (bytehash_load8(a + i) != bytehash_load8(b + i))
				return 0;
		return bytehash_load8(a + n - 8) == bytehash_load8(b + n - 8);
	}
	if (n >= 4)
		return bytehash_load4(a) == bytehash_load4(b) &&
		    bytehash_load4(a + n - 4) == bytehash_load4(b + n - 4);
	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

#endif
