#!/bin/sh
# The whole pipeline on the example articles in examples/.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
PATH=$top/bin:$PATH
for f in examples/*.txt; do
	echo "== $f: the first sentences"
	split-sentences -o "$f" | head -n 6 | cut -f 3-7
done
echo
echo "== sentences and paragraphs per article"
split-sentences -o examples/*.txt |
	awk -F '\t' '{ n[$2]++; if ($6 > p[$2]) p[$2] = $6 }
	END { for (d in n) printf "%-28s %3d sentences %3d paragraphs\n", d, n[d], p[d] }' | sort
echo
echo "== a stream of text records, passed through with their sentences"
printf 'text\tbrief-1\t0\t0\tThe ferry resumed service at 6 a.m. Passengers cheered.\n' |
	split-sentences
