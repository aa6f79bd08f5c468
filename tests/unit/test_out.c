/*
 * Output: numbers in decimal and escaped text, as written to stdout.
 * Standard output is pointed at a temporary file while they run.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "out.h"
#include "tsv.h"
#include "unit.h"

/* Run fn with stdout in a temporary file; return what it wrote. */
static void
capture(void (*fn)(void *), void *arg, struct buf *got)
{
	FILE *tmp = tmpfile();
	int saved;
	char chunk[4096];
	size_t n;

	buf_clear(got);
	if (tmp == NULL) {
		CHECK("tmpfile for capture", 0);
		return;
	}
	fflush(stdout);
	saved = dup(STDOUT_FILENO);
	dup2(fileno(tmp), STDOUT_FILENO);
	fn(arg);
	out_flush();
	dup2(saved, STDOUT_FILENO);
	close(saved);
	rewind(tmp);
	while ((n = fread(chunk, 1, sizeof(chunk), tmp)) > 0)
		buf_append(got, chunk, n);
	fclose(tmp);
}

struct texts {
	char	 s[200][120];
	size_t	 n[200];
};

static void
put_texts(void *arg)
{
	struct texts *tx = arg;
	size_t i;

	for (i = 0; i < 200; i++)
		tsv_put(tx->s[i], tx->n[i]);
}

/* Fields of every length to 400, each in its own allocation (so ASan sees a read past it). */
#define LONG_FIELDS	400
struct fields {
	char	*s[LONG_FIELDS];
	size_t	 n[LONG_FIELDS];
};

static void
put_fields(void *arg)
{
	struct fields *fl = arg;
	size_t i;

	for (i = 0; i < LONG_FIELDS; i++)
		tsv_put(fl->s[i], fl->n[i]);
}

/*
 * The same on fields as long as sentences, plain or with one special
 * byte anywhere: they take the copy that tests a whole field at once.
 */
static void
test_tsv_put_sentences(void)
{
	static const char special[] = "\\\t\n\r\x01\x0f";
	struct fields fl;
	struct buf want = { 0 }, got = { 0 };
	size_t i, k;
	unsigned seed = 3;
	int ok = 1;

	for (i = 0; i < LONG_FIELDS; i++) {
		fl.n[i] = i;
		if ((fl.s[i] = malloc(i + 1)) == NULL)
			return;
		for (k = 0; k < i; k++) {
			seed = seed * 1103515245u + 12345u;
			fl.s[i][k] = (seed >> 16) % 5 ? 'a' + (char)((seed >> 8) % 26) :
			    (seed >> 16) % 2 ? ' ' : (char)0xC3;
		}
		seed = seed * 1103515245u + 12345u;
		if (i > 0 && i % 2 == 1)
			fl.s[i][(seed >> 8) % i] = special[(seed >> 20) % (sizeof(special) - 1)];
		tsv_escape(&want, fl.s[i], fl.n[i]);
	}
	capture(put_fields, &fl, &got);
	ok = got.len == want.len && memcmp(got.data, want.data, want.len) == 0;
	CHECK("tsv_put escapes as tsv_escape does, fields of 0 to 399 bytes", ok);
	for (i = 0; i < LONG_FIELDS; i++)
		free(fl.s[i]);
	buf_free(&want);
	buf_free(&got);
}

static void
test_fmt_uint(void)
{
	static const uint64_t v[] = { 0, 1, 9, 10, 99, 100, 999, 1000, 99999,
	    100000, 9999999, 10000000, 999999999, 1000000000, 4294967295ULL,
	    4294967296ULL, 9999999999ULL, 10000000000ULL, 123456789012345ULL,
	    18446744073709551615ULL };
	char got[24], want[24];
	size_t i, n;
	int ok = 1;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		n = fmt_uint(got, v[i]);
		got[n] = '\0';
		snprintf(want, sizeof(want), "%" PRIu64, v[i]);
		ok = ok && strcmp(got, want) == 0;
	}
	CHECK("fmt_uint writes every width like printf", ok);
	/* Around every power of ten, and between them. */
	{
		uint64_t t = 1, x;
		int k, d;

		for (k = 0, ok = 1; k < 20; k++, t *= 10)
			for (d = -1; d <= 7; d++) {
				x = d < 2 ? t + (uint64_t)d : t / 3 * (uint64_t)d +
				    (uint64_t)d;
				if (k == 0 && d == -1)
					x = 0;
				n = fmt_uint(got, x);
				got[n] = '\0';
				snprintf(want, sizeof(want), "%" PRIu64, x);
				ok = ok && strcmp(got, want) == 0;
			}
		CHECK("fmt_uint round every power of ten like printf", ok);
	}
}

/* fmt_uint_run writes any sequence as printf would: small steps, carries, going back. */
static void
test_fmt_uint_run(void)
{
	static const uint64_t fixed[] = { 0, 999, 1000, 1001, 9998, 9999,
	    10000, 10001, 19999, 20000, 99999999, 100000000, 100009998,
	    100010000, 5, 1234, 9999999999999999ULL, 10000000000000000ULL,
	    10000000000000001ULL, 18446744073709551615ULL, 3 };
	struct fmt_run r;
	char got[24], want[24];
	uint64_t v = 0;
	unsigned seed = 7;
	size_t i, n;
	int ok = 1;

	memset(&r, 0, sizeof(r));
	for (i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++) {
		n = fmt_uint_run(&r, got, fixed[i]);
		got[n] = '\0';
		snprintf(want, sizeof(want), "%" PRIu64, fixed[i]);
		ok = ok && strcmp(got, want) == 0;
	}
	CHECK("fmt_uint_run on edges like printf", ok);
	for (i = 0, ok = 1; i < 200000; i++) {
		seed = seed * 1103515245 + 12345;
		/* Mostly small steps forward, now and then a jump either way. */
		if ((seed >> 16) % 97 == 0)
			v = (seed >> 8) % 3 == 0 ? v / 2 : v * 3 + 12345;
		else
			v += (seed >> 16) % ((seed >> 4) % 2 ? 3 : 3000);
		n = fmt_uint_run(&r, got, v);
		got[n] = '\0';
		snprintf(want, sizeof(want), "%" PRIu64, v);
		ok = ok && strcmp(got, want) == 0;
	}
	CHECK("fmt_uint_run on a long walk like printf", ok);
}

/* tsv_put must escape exactly as tsv_escape, wherever the specials fall. */
static void
test_tsv_put(void)
{
	static const char pool[] = "ab \\\t\n\r\x01\x0f\x10\xc3\xa9.";
	struct texts *tx = calloc(1, sizeof(*tx));
	struct buf want = { 0 }, got = { 0 };
	size_t i, k;
	unsigned seed = 7;

	if (tx == NULL)
		return;
	for (i = 0; i < 200; i++) {
		tx->n[i] = i < 120 ? i : (size_t)(seed % 120);
		for (k = 0; k < tx->n[i]; k++) {
			seed = seed * 1103515245u + 12345u;
			/* Mostly plain letters, a special now and then. */
			tx->s[i][k] = (seed >> 16) % 8 ? 'a' + (char)((seed >> 8) % 26) :
			    pool[(seed >> 20) % (sizeof(pool) - 1)];
		}
		tsv_escape(&want, tx->s[i], tx->n[i]);
	}
	capture(put_texts, tx, &got);
	CHECK("tsv_put escapes as tsv_escape does", got.len == want.len &&
	    memcmp(got.data, want.data, want.len) == 0);
	buf_free(&want);
	buf_free(&got);
	free(tx);
}

struct longtexts {
	char	*s;
	size_t	 n[8];
};

static void
put_long(void *arg)
{
	struct longtexts *lt = arg;
	size_t i;

	for (i = 0; i < 8; i++)
		tsv_put(lt->s, lt->n[i]);
}

/*
 * Texts longer than what tsv_put takes from its input at a time, some
 * all specials (each written as two bytes), some mixed: the same again.
 */
static void
test_tsv_put_long(void)
{
	static const size_t lens[8] = { 2047, 2048, 2049, 4095, 4097, 6000,
	    9000, 17 };
	struct longtexts lt;
	struct buf want = { 0 }, got = { 0 };
	size_t i, k, pass;
	unsigned seed = 11;
	int ok = 1;

	if ((lt.s = malloc(9000)) == NULL)
		return;
	memcpy(lt.n, lens, sizeof(lens));
	for (pass = 0; pass < 2; pass++) {
		for (k = 0; k < 9000; k++) {
			seed = seed * 1103515245u + 12345u;
			lt.s[k] = pass == 0 ? "\\\t\n\r"[(seed >> 16) % 4] :
			    (seed >> 16) % 3 ? 'a' + (char)((seed >> 8) % 26) :
			    "\\\t\n\r\x01"[(seed >> 20) % 5];
		}
		buf_clear(&want);
		for (i = 0; i < 8; i++)
			tsv_escape(&want, lt.s, lt.n[i]);
		capture(put_long, &lt, &got);
		ok = ok && got.len == want.len &&
		    memcmp(got.data, want.data, want.len) == 0;
	}
	CHECK("tsv_put escapes long texts, all specials or mixed, as tsv_escape does", ok);
	buf_free(&want);
	buf_free(&got);
	free(lt.s);
}

void
test_out(void)
{
	test_fmt_uint();
	test_fmt_uint_run();
	test_tsv_put();
	test_tsv_put_sentences();
	test_tsv_put_long();
}
