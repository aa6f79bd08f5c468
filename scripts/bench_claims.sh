#!/bin/sh
# diff-claims: time and peak memory of diffing two versions of one
# generated document (scripts/gencorpus, fictional), from 10 KB to 10 MB.
# The second version changes a number in every seventh line, drops
# every 23rd and moves one block, so every kind of work is done.
# Run on one core (taskset where there is one); figures are wall time,
# best of RUNS (default 3).
set -eu
export LC_ALL=C
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
RUNS=${RUNS:-3}
for t in gencorpus runstat; do
	[ scripts/$t -nt scripts/$t.c ] || ${CC:-cc} -O2 -o scripts/$t scripts/$t.c
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
one=
command -v taskset >/dev/null 2>&1 && one="taskset -c 0"
scripts/gencorpus -m 10 > "$tmp/all.txt"
echo "diff-claims: two versions of one document (measured under load; best of $RUNS)"
printf '%10s %10s %10s %12s\n' size seconds "MB/s" "peak MiB"
for kb in 10 100 1024 10240; do
	# The first kb KiB, cut at a line end.
	head -c $((kb * 1024)) "$tmp/all.txt" | sed '$d' > "$tmp/a.txt"
	awk 'NR % 23 == 0 { next }
	    NR % 7 == 0 { sub(/[0-9]+/, "&1") }
	    NR == 40 { held = $0; next }
	    NR == 60 && held != "" { print; print held; next }
	    { print }' "$tmp/a.txt" > "$tmp/b.txt"
	best=
	peak=0
	r=0
	while [ $r -lt "$RUNS" ]; do
		set -- $($one scripts/runstat -- bin/diff-claims "$tmp/a.txt" "$tmp/b.txt")
		[ "$3" -le 1 ] || { echo "bench: diff-claims failed (status $3)" >&2; exit 1; }
		if [ -z "$best" ] || awk -v a="$1" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$1; fi
		[ "$2" -gt "$peak" ] && peak=$2
		r=$((r + 1))
	done
	bytes=$(($(wc -c < "$tmp/a.txt") + $(wc -c < "$tmp/b.txt")))
	awk -v kb="$kb" -v s="$best" -v b="$bytes" -v p="$peak" 'BEGIN {
		printf "%8d KB %10.3f %10.2f %12.1f\n", kb, s, (s > 0 ? b / s / 1048576 : 0), p / 1024 }'
done
