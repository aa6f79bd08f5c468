#!/bin/sh
# Speed and peak memory of the programs on a generated corpus.
#
#	sh scripts/bench.sh [SIZE_MB]
#
# Builds scripts/gencorpus and scripts/runstat if they are missing or
# older than their source, writes a corpus of SIZE_MB (default 64) MiB
# into a temporary directory three ways: as raw text in one file (one
# document of SIZE_MB: the worst case for memory, which is bounded by the
# longest document), as a stream of `text' records (one per article), and
# as raw text with one file per article, as a user's files are (given as
# arguments).  It runs each program on each input with stdout to
# /dev/null, RUNS times, keeping the best wall-clock and CPU (user +
# system) times and the largest peak resident set size.  MB/s is of the CPU time: on a machine that others
# load, the wall-clock time measures them as much as the program.
#
# Variables:
#	PROGRAMS	programs to time (default "split-sentences")
#	BIN_DIR		where they are (default bin/ in the checkout)
#	ARGS		arguments given to each program (default -o; ARGS=
#			for none)
#	RUNS		runs per program and input (default 3)
#	CC		C compiler for the helpers (default cc)
#	TMPDIR		where the corpus is written (default /tmp)
#
# MB is 2^20 bytes throughout.  Each program's figures are compared with
# `pcre2grep -c [.!?]' on the raw text, timed just before it in the same
# run (a reference row before each program's rows): the last column is
# the program's MB/s divided by the reference's (both of CPU time), the
# figure to compare across machines and loads.  pcre2grep (Debian: pcre2-utils) is required.
# Exit status 1 if a program is missing or fails, 2 on trouble.
set -eu
export LC_ALL=C

usage() {
	echo "usage: sh scripts/bench.sh [SIZE_MB]" >&2
	exit 2
}
[ $# -le 1 ] || usage
size=${1:-64}
case $size in '' | *[!0-9]*) usage ;; esac

here=$(pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
BIN_DIR=${BIN_DIR:-$top/bin}
case $BIN_DIR in /*) ;; *) BIN_DIR=$here/$BIN_DIR ;; esac
PROGRAMS=${PROGRAMS:-split-sentences}
ARGS=${ARGS--o}
RUNS=${RUNS:-3}
CC=${CC:-cc}
case $RUNS in '' | *[!0-9]* | 0) echo "bench: RUNS must be a positive number" >&2; exit 2 ;; esac

if ! command -v pcre2grep > /dev/null 2>&1; then
	echo "bench: pcre2grep, the reference, is not installed; on Debian run: apt-get install -y pcre2-utils" >&2
	exit 2
fi
for t in gencorpus runstat; do
	if [ ! -x "scripts/$t" ] || [ -n "$(find "scripts/$t.c" -newer "scripts/$t")" ]; then
		echo "bench: building scripts/$t" >&2
		$CC -O2 -o "scripts/$t" "scripts/$t.c"
	fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsutils-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

scripts/gencorpus -m "$size" > "$tmp/corpus.txt"
scripts/gencorpus -m "$size" -r > "$tmp/corpus.rec"
mkdir "$tmp/files"
scripts/gencorpus -m "$size" -d "$tmp/files"

# measure NAME INPUT FILE BYTES COMMAND [ARG...]: time COMMAND < FILE,
# print a row with the MB/s of BYTES.
measure() {
	name=$1 input=$2 file=$3 bytes=$4
	shift 4
	best='' cpu='' peak=0 bad=0 i=0
	while [ "$i" -lt "$RUNS" ]; do
		i=$((i + 1))
		line=$(scripts/runstat -i "$file" -- "$@") || exit 2
		# shellcheck disable=SC2086 # the fields of runstat's line
		set -- $line "$@"
		if [ "$3" -ne 0 ]; then
			bad=$3
		fi
		best=$(awk -v a="$best" -v b="$1" 'BEGIN { print (a == "" || b + 0 < a + 0) ? b : a }')
		cpu=$(awk -v a="$cpu" -v b="$4" 'BEGIN { print (a == "" || b + 0 < a + 0) ? b : a }')
		if [ "$2" -gt "$peak" ]; then
			peak=$2
		fi
		shift 4
	done
	if [ "$bad" -ne 0 ]; then
		echo "bench: $name on $input: exit status $bad" >&2
		printf '%-16s %-8s %8s %8s %8s %9s %9s %7s\n' "$name" "$input" - - - "FAILED($bad)" - -
		rval=1
		return 0
	fi
	awk -v n="$name" -v inp="$input" -v b="$bytes" -v s="$best" -v c="$cpu" \
	    -v k="$peak" -v ref="$ref" 'BEGIN {
		mb = b / 1048576
		rate = c > 0 ? sprintf("%.1f", mb / c) : "-"
		ratio = c > 0 && ref > 0 ? sprintf("%.3f", mb / c / ref) : "-"
		if (n ~ /^pcre2grep/)
			ratio = "1.000"
		printf "%-16s %-8s %8.1f %8.3f %8.3f %9s %9.1f %7s\n", n, inp, mb, s, c, rate, k / 1024, ratio
		if (n ~ /^pcre2grep/)
			print (c > 0 ? mb / c : 0) > "/dev/stderr"
	}' 2> "$tmp/rate"
}

# reference: time pcre2grep on the raw text; its MB/s becomes $ref.
reference() {
	ref=0
	measure "pcre2grep -c" text "$tmp/corpus.txt" "$(wc -c < "$tmp/corpus.txt")" \
	    pcre2grep -c '[.!?]'
	ref=$(cat "$tmp/rate")
}

rval=0
ref=0
printf '%-16s %-8s %8s %8s %8s %9s %9s %7s\n' program input MB seconds cpu-s MB/s peak-MiB ratio
for p in $PROGRAMS; do
	if [ ! -x "$BIN_DIR/$p" ]; then
		echo "bench: $BIN_DIR/$p: not built (run make)" >&2
		rval=1
		continue
	fi
	reference
	# shellcheck disable=SC2086 # ARGS is split into words on purpose
	measure "$p" text "$tmp/corpus.txt" "$(wc -c < "$tmp/corpus.txt")" \
	    "$BIN_DIR/$p" $ARGS
	# shellcheck disable=SC2086
	measure "$p" records "$tmp/corpus.rec" "$(wc -c < "$tmp/corpus.rec")" \
	    "$BIN_DIR/$p" $ARGS
	# shellcheck disable=SC2086
	measure "$p" files /dev/null "$(cat "$tmp"/files/* | wc -c)" \
	    "$BIN_DIR/$p" $ARGS "$tmp"/files/*
done
exit $rval
