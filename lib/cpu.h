/*
 * cpu: AVX2 chosen at run time, for the splitter's scans (split_scan.c,
 * utf8.c).  GCC and Clang build a function for AVX2 on any x86 with
 * SSE2 (__attribute__((target("avx2")))); CPU_AVX2_TARGET says they
 * will, and cpu_has_avx2() whether this CPU runs it.  Build with
 * CFLAGS=-DNU_NO_AVX2 to leave those functions out and test the SSE2
 * ones (and -U__SSE2__ for the portable ones), as CI does.
 */
#ifndef NU_CPU_H
#define NU_CPU_H

#if defined(__SSE2__) && defined(__GNUC__) && \
    (defined(__x86_64__) || defined(__i386__)) && !defined(NU_NO_AVX2)
#define CPU_AVX2_TARGET	__attribute__((target("avx2")))

/* Nonzero where the CPU has AVX2; asked once. */
static inline int
cpu_has_avx2(void)
{
	static int has = -1;

	if (has < 0) {
		__builtin_cpu_init();
		has = __builtin_cpu_supports("avx2") != 0;
	}
	return has;
}
#endif

#endif
