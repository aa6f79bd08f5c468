#!/bin/sh
# Acceptance check of tag-entities on the two seed articles beside the
# checkout, against our hand annotation (tests/eval/seeds-entities.tsv):
# precision, recall and F1 over the distinct (type, name) pairs per file.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
seeds=${NEWSUTILS_SEEDS:-$top/../shared/seeds}
gold=$top/tests/eval/seeds-entities.tsv
[ -d "$seeds" ] || { echo "eval: skipped: no $seeds"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
grep -v '^#' "$gold" | LC_ALL=C sort -u > "$tmp/gold"
for f in $(cut -f 1 "$tmp/gold" | sort -u); do
	[ -f "$seeds/$f" ] || { echo "eval: skipped: no $seeds/$f"; exit 0; }
	"$top/bin/tag-entities" -o "$seeds/$f" | awk -F '\t' -v f="$f" '{ print f "\t" $5 "\t" $6 }'
done | LC_ALL=C sort -u > "$tmp/got"
LC_ALL=C comm -12 "$tmp/gold" "$tmp/got" > "$tmp/tp"
tp=$(wc -l < "$tmp/tp")
ng=$(wc -l < "$tmp/gold")
np=$(wc -l < "$tmp/got")
awk -v tp="$tp" -v ng="$ng" -v np="$np" 'BEGIN {
	p = np ? tp / np : 0; r = ng ? tp / ng : 0; f = p + r ? 2 * p * r / (p + r) : 0
	printf "%-32s mentions %5d  P %.4f  R %.4f  F1 %.4f\n", "seeds (hand-tagged)", ng, p, r, f }'
if [ "${VERBOSE:-0}" = 1 ]; then
	echo "missed:"; LC_ALL=C comm -23 "$tmp/gold" "$tmp/got" | sed 's/^/  /'
	echo "extra:"; LC_ALL=C comm -13 "$tmp/gold" "$tmp/got" | sed 's/^/  /'
fi
