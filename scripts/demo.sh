#!/bin/sh
# The whole pipeline on the example articles in examples/.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
PATH=$top/bin:$PATH
for f in examples/*.txt; do
	echo "== $f: the first sentences"
	split-sentences -o "$f" | head -n 4 | cut -f 3-7
done
echo
echo "== sentences and paragraphs per article"
split-sentences -o examples/*.txt |
	awk -F '\t' '{ n[$2]++; if ($6 > p[$2]) p[$2] = $6 }
	END { for (d in n) printf "%-28s %3d sentences %3d paragraphs\n", d, n[d], p[d] }' | sort
echo
echo "== split-sentences | tag-entities: the entities of the wire's morning report"
split-sentences examples/wire-morning.txt | tag-entities -o | cut -f 3-7 | head -n 24
echo
echo "== who is named in each report (PERSON keys link spellings across reports)"
split-sentences examples/*.txt | tag-entities -o -t PERSON |
	awk -F '\t' '{ seen[$7] = seen[$7] ? seen[$7] : $6; n[$2 "\t" $7]++ }
	END { for (k in n) { split(k, a, "\t"); printf "%-28s %-10s %-24s %d\n", a[1], a[2], seen[a[2]], n[k] } }' |
	sort | head -n 20
echo
echo "== the numbers that differ between the two morning reports"
for f in examples/wire-morning.txt examples/daily-morning.txt; do
	tag-entities -o -t CARDINAL,MONEY,PERCENT "$f" | cut -f 5,7 | LC_ALL=C sort -u > "${TMPDIR:-/tmp}/demo.$$.$(basename "$f")"
done
LC_ALL=C comm -3 "${TMPDIR:-/tmp}/demo.$$.wire-morning.txt" "${TMPDIR:-/tmp}/demo.$$.daily-morning.txt" |
	sed 's/^\t/\t\t\t\tdaily only: /; s/^\([^\t]\)/wire only: \1/'
rm -f "${TMPDIR:-/tmp}/demo.$$."*
echo
echo "== who said what: split-sentences | tag-entities | find-quotes on the daily's report"
split-sentences examples/daily-morning.txt | tag-entities | find-quotes -o |
	awk -F '\t' '{ who = $8 != "" ? $8 : ($7 != "" ? $7 : "?")
	printf "%-8s %-32s %-10s %.60s\n", $5, who, $6, $10 }'
echo
echo "== quotations per resolved speaker across the three reports"
find-quotes -o examples/*.txt | awk -F '\t' '$8 != "" { n[$8]++ } END { for (s in n) printf "%3d %s\n", n[s], s }' |
	sort -rn
echo
echo "== diff-claims: what changed between the wire's morning and evening versions"
diff-claims examples/wire-morning.txt examples/wire-evening.txt |
	awk -F '\t' '$2 ~ /morning/ || $5 == "only" { printf "%-8s %-24s %s\n", $5, $10, substr($11, 1, 70) }' |
	grep -v '^same'
diff-claims -s examples/wire-morning.txt examples/wire-evening.txt || :	# 1: they differ
echo
echo "== diff-claims: where the wire and the daily disagree (conflicts only)"
diff-claims -c examples/wire-morning.txt examples/daily-morning.txt |
	awk -F '\t' '$2 ~ /wire/ { printf "%-52s %s\n", $10, substr($11, 1, 60) }'
diff-claims -s examples/wire-morning.txt examples/daily-morning.txt || :
