/*
 * Unit tests of lib/wordset.c (a set grown, cleared and filled again, as
 * the tagger's per-document sets are) and of lib/bytehash.h, its hash and
 * equality, at the lengths where they change how they read.
 */
#include <stdio.h>
#include <string.h>

#include "bytehash.h"
#include "unit.h"
#include "wordset.h"

void	test_wordset(void);

static void
word(char *w, size_t cap, int i)
{
	snprintf(w, cap, "w%d-%s", i, i % 3 ? "Okonkwo" : "é");
}

static void
test_grow_clear(void)
{
	struct wordset ws = { 0 };
	char w[32];
	int i, found, missing, round;

	for (round = 0; round < 3; round++) {
		/* Past several doublings, then empty again, keeping the table. */
		for (i = 0; i < 1000; i++) {
			word(w, sizeof(w), i + round);
			wordset_add(&ws, w, strlen(w), i + 1);
		}
		CHECK("wordset: count after adding", ws.count == 1000);
		for (i = found = 0; i < 1000; i++) {
			word(w, sizeof(w), i + round);
			found += wordset_get(&ws, w, strlen(w)) == i + 1;
		}
		CHECK("wordset: every word found with its class", found == 1000);
		word(w, sizeof(w), 5000);
		CHECK("wordset: a word never added is not found",
		    wordset_get(&ws, w, strlen(w)) == 0);
		wordset_clear(&ws);
		CHECK("wordset: empty after clear", ws.count == 0 && ws.cap >= 2000);
		for (i = missing = 0; i < 1000; i++) {
			word(w, sizeof(w), i + round);
			missing += wordset_get(&ws, w, strlen(w)) == 0;
		}
		CHECK("wordset: no word left after clear", missing == 1000);
	}
	/* A later entry wins, and adds no word. */
	wordset_add(&ws, "Hall", 4, 1);
	wordset_add(&ws, "Hall", 4, 2);
	CHECK("wordset: replace", ws.count == 1 && wordset_get(&ws, "Hall", 4) == 2);
	CHECK("wordset: Hill is not Hall", wordset_get(&ws, "Hill", 4) == 0);
	wordset_clear(&ws);
	wordset_clear(&ws);
	CHECK("wordset: clear twice", ws.count == 0 && wordset_get(&ws, "Hall", 4) == 0);
	wordset_free(&ws);
	CHECK("wordset: free", ws.cap == 0 && ws.count == 0);
}

/*
 * Copies and static strings in one set, through the rehashes of growth:
 * a slot keeps whether its word is a copy in its length, so each must
 * still be found at its own length (and one byte shorter or longer not).
 */
static void
test_mixed(void)
{
	static const char *const fixed[] = { "Kerrow", "Almsby", "Tarn", "Q" };
	struct wordset ws = { 0 };
	char w[32];
	int i, found = 0, near = 0;
	size_t k;

	for (k = 0; k < 4; k++)
		wordset_add_static(&ws, fixed[k], strlen(fixed[k]), 100 + (int)k);
	for (i = 0; i < 500; i++) {
		word(w, sizeof(w), i);
		wordset_add(&ws, w, strlen(w), i + 1);
	}
	for (k = 0; k < 4; k++) {
		found += wordset_get(&ws, fixed[k], strlen(fixed[k])) == 100 + (int)k;
		near += wordset_get(&ws, fixed[k], strlen(fixed[k]) - 1) != 0;
	}
	for (i = 0; i < 500; i++) {
		word(w, sizeof(w), i);
		found += wordset_get(&ws, w, strlen(w)) == i + 1;
		near += wordset_get(&ws, w, strlen(w) - 1) != 0;
	}
	CHECK("wordset: static words and copies found after growing", found == 504);
	CHECK("wordset: a prefix of a word is not it", near == 0);
	wordset_clear(&ws);
	CHECK("wordset: a static word is gone after clear",
	    wordset_get(&ws, "Kerrow", 6) == 0);
	wordset_add_static(&ws, "Kerrow", 6, 7);
	CHECK("wordset: and found when added again", wordset_get(&ws, "Kerrow", 6) == 7);
	wordset_free(&ws);
}

static void
test_bytehash(void)
{
	char a[40], b[40];
	size_t n, i;
	int same = 1, differ = 1, seeded = 1;

	for (i = 0; i < sizeof(a); i++)
		a[i] = b[i] = (char)('a' + i % 26);
	/* Every length from 0 to 33 bytes: the short, 4-7, 8 and longer reads. */
	for (n = 0; n <= 33; n++) {
		same &= bytehash_equal(a, b, n) && bytehash(a, n, 0) == bytehash(b, n, 0);
		for (i = 0; i < n; i++) {
			b[i] ^= 0x20;
			differ &= !bytehash_equal(a, b, n) &&
			    bytehash(a, n, 0) != bytehash(b, n, 0);
			b[i] ^= 0x20;
		}
		seeded &= bytehash(a, n, 1) != bytehash(a, n, 2);
	}
	CHECK("bytehash: equal bytes hash and compare equal", same);
	CHECK("bytehash: one byte changed at any place differs", differ);
	CHECK("bytehash: the seed changes the hash", seeded);
	CHECK("bytehash: a length is part of the hash",
	    bytehash("ab", 1, 0) != bytehash("ab", 2, 0));
}

void
test_wordset(void)
{
	test_grow_clear();
	test_mixed();
	test_bytehash();
}
