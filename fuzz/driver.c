/*
 * A stand-in for libFuzzer where clang's is not available: runs the
 * target on every seed file, then on random mutations of them for the
 * given number of seconds.  Usage: driver SECONDS FILE...
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static uint64_t rng = 88172645463325252ULL;

static uint64_t
next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

int
main(int argc, char *argv[])
{
	static const char spice[] = ".?!\t\n\r\\ \"'\xE2\x80\x9D\xE3\x80\x82\xC2\xA0\xFF\x00";
	uint8_t **seed;
	size_t *len, i, k, n, runs = 0;
	time_t stop;
	int nseed = argc - 2, j;
	uint8_t *buf;

	if (argc < 3) {
		fprintf(stderr, "usage: driver seconds file...\n");
		return 2;
	}
	stop = time(NULL) + atoi(argv[1]);
	seed = calloc((size_t)nseed, sizeof(*seed));
	len = calloc((size_t)nseed, sizeof(*len));
	for (j = 0; j < nseed; j++) {
		FILE *fp = fopen(argv[j + 2], "rb");
		if (fp == NULL)
			continue;
		seed[j] = malloc(1 << 16);
		len[j] = fread(seed[j], 1, 1 << 16, fp);
		fclose(fp);
		LLVMFuzzerTestOneInput(seed[j], len[j]);
	}
	buf = malloc(1 << 17);
	while (time(NULL) < stop) {
		j = (int)(next() % (uint64_t)nseed);
		if (seed[j] == NULL)
			continue;
		n = len[j];
		memcpy(buf, seed[j], n);
		for (k = next() % 16 + 1; k > 0; k--) {
			i = n ? next() % n : 0;
			switch (next() % 4) {
			case 0:	/* flip a byte */
				if (n)
					buf[i] = (uint8_t)next();
				break;
			case 1:	/* insert a byte that matters to the splitter */
				if (n < (1 << 16)) {
					memmove(buf + i + 1, buf + i, n - i);
					buf[i] = (uint8_t)spice[next() % (sizeof(spice) - 1)];
					n++;
				}
				break;
			case 2:	/* cut */
				n = i;
				break;
			default:	/* duplicate a span */
				if (n && n < (1 << 16)) {
					size_t m = next() % (n - i + 1);
					memmove(buf + i + m, buf + i, n - i);
					n += m;
				}
				break;
			}
		}
		LLVMFuzzerTestOneInput(buf, n);
		runs++;
	}
	printf("driver: %zu runs, no crash\n", runs);
	/* LeakSanitizer reports what main still holds at exit. */
	for (j = 0; j < nseed; j++)
		free(seed[j]);
	free(seed);
	free(len);
	free(buf);
	return 0;
}
