#!/bin/sh
# diff-claims: time and peak memory of diffing two versions of one
# generated document (scripts/gencorpus, fictional), from 10 KB to 10 MB.
# The second version changes a number in every seventh line, drops
# every 23rd and moves one block, so every kind of work is done.
# Run on one core (taskset where there is one); the figures are the
# best of RUNS (default 3): wall time, CPU time (user + system, less
# moved by other load on the machine) and peak resident memory, from
# GNU time.
set -eu
export LC_ALL=C
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
RUNS=${RUNS:-3}
[ scripts/gencorpus -nt scripts/gencorpus.c ] || ${CC:-cc} -O2 -o scripts/gencorpus scripts/gencorpus.c
[ -x /usr/bin/time ] || { echo "bench: skipped diff-claims: no /usr/bin/time (apt-get install time)"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
one=
command -v taskset >/dev/null 2>&1 && one="taskset -c 0"
scripts/gencorpus -m 10 > "$tmp/all.txt"
echo "diff-claims: two versions of one document, size of each (measured under load; best of $RUNS)"
printf '%11s %9s %9s %9s %9s\n' size wall cpu "MB/s cpu" "peak MiB"
for kb in 10 100 1024 10240; do
	# The first kb KiB, cut at a line end.
	head -c $((kb * 1024)) "$tmp/all.txt" | sed '$d' > "$tmp/a.txt"
	awk 'NR % 23 == 0 { next }
	    NR % 7 == 0 { sub(/[0-9]+/, "&1") }
	    NR == 40 { held = $0; next }
	    NR == 60 && held != "" { print; print held; next }
	    { print }' "$tmp/a.txt" > "$tmp/b.txt"
	r=0
	: > "$tmp/runs"
	while [ $r -lt "$RUNS" ]; do
		rc=0
		$one /usr/bin/time -o "$tmp/t" -f '%e %U %S %M' bin/diff-claims \
		    "$tmp/a.txt" "$tmp/b.txt" > /dev/null || rc=$?
		[ $rc -le 1 ] || { echo "bench: diff-claims failed (status $rc)" >&2; exit 1; }
		tail -n 1 "$tmp/t" >> "$tmp/runs"
		r=$((r + 1))
	done
	bytes=$(($(wc -c < "$tmp/a.txt") + $(wc -c < "$tmp/b.txt")))
	awk -v kb="$kb" -v b="$bytes" '
	{ if (NR == 1 || $1 < w) w = $1; c = $2 + $3; if (NR == 1 || c < cpu) cpu = c; if ($4 > p) p = $4 }
	END { printf "%8d KB %9.3f %9.3f %9.2f %9.1f\n", kb, w, cpu, (cpu > 0 ? b / cpu / 1048576 : 0), p / 1024 }' "$tmp/runs"
done
