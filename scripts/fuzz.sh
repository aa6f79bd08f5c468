#!/bin/sh
# Build the fuzz targets in fuzz/ and run each for FUZZ_SECONDS (default
# 60), with libFuzzer under clang where it is there, else with the
# stand-in driver under gcc; both with AddressSanitizer and UBSan.
set -eu
secs=${FUZZ_SECONDS:-60}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
b=fuzz/build
mkdir -p "$b/corpus"
san="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g -O1"
# make fuzz passes the flags it found (and checked) and its wrong-code
# warnings; run alone, the script asks pkg-config.
pkgs="libpcre2-8 libbsd-overlay libutf8proc"
pkg_cflags=${PKG_CFLAGS-$(pkg-config --cflags $pkgs)}
pkg_libs=${PKG_LIBS-$(pkg-config --libs $pkgs)}
inc="-std=c11 ${WRONGCODE:--Werror=implicit-function-declaration} -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Ilib -Ilib/gen $pkg_cflags"
libs="$pkg_libs -lstemmer -lm"
# Every generated table: a new one needs no line here.
src="lib/*.c lib/gen/*.c"
if command -v clang >/dev/null && echo 'int LLVMFuzzerTestOneInput(const char *d, long n){(void)d;(void)n;return 0;}' |
    clang -fsanitize=fuzzer -x c -o "$b/probe" - 2>/dev/null; then
	engine=libfuzzer
else
	engine=driver
fi
# On a crash, show the sanitizer's report from its first line (the
# stack is what CI's log must keep, not the shadow-byte legend) and the
# input that made it, in hex, so it can be rebuilt from the log alone.
fuzz_report() {
	sed -n '/^==[0-9]*== *ERROR\|runtime error/,/^SUMMARY/p' "$1" | head -60
	for f in ./crash-* ./leak-* ./timeout-* ./oom-*; do
		[ -f "$f" ] || continue
		echo "fuzz: input $f:"
		od -An -c "$f" | head -40
	done
}
# The library is compiled once for all the targets (it is most of the
# build), two files at a time: with the fuzzer's coverage under libFuzzer.
if [ $engine = libfuzzer ]; then
	cc_fuzz="clang" cov="-fsanitize=fuzzer-no-link"
else
	cc_fuzz="${CC:-cc}" cov=""
fi
mkdir -p "$b/obj"
rm -f "$b"/obj/*.o
# shellcheck disable=SC2086 # the flags are lists of words
for f in $src; do echo "$f"; done |
    CCF="$cc_fuzz $inc $san $cov" B="$b" xargs -P 2 -n 1 sh -c \
    'o=$B/obj/$(echo "$1" | tr / _).o; $CCF -c -o "$o" "$1"' sh
objs=$(ls "$b"/obj/*.o)
for t in fuzz/fuzz_*.c; do
	name=$(basename "$t" .c)
	corpus=$b/corpus/$name
	mkdir -p "$corpus"
	cp tests/*/*.in examples/*.txt "$corpus"/ 2>/dev/null || true
	if [ $engine = libfuzzer ]; then
		clang $inc $san -fsanitize=fuzzer -o "$b/$name" "$t" $objs $libs
		echo "fuzz: $name (libFuzzer, ${secs}s)"
		"$b/$name" -max_total_time="$secs" -max_len=65536 -print_final_stats=0 \
		    "$corpus" 2> "$b/$name.log" || { fuzz_report "$b/$name.log"; exit 1; }
		grep -E '^#[0-9]+.*DONE|Done [0-9]+ runs' "$b/$name.log" | tail -1
	else
		${CC:-cc} $inc $san -o "$b/$name" "$t" fuzz/driver.c $objs $libs
		echo "fuzz: $name (stand-in driver, ${secs}s)"
		"$b/$name" "$secs" "$corpus"/*
	fi
done
