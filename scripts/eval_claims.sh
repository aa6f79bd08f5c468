#!/bin/sh
# Acceptance check of diff-claims on the two seed articles beside the
# checkout, against the anchors of tests/eval/seeds-claims.tsv: each
# check passes or fails, with what diff-claims said.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
seeds=${NEWSUTILS_SEEDS:-$top/../shared/seeds}
want=$top/tests/eval/seeds-claims.tsv
[ -d "$seeds" ] || { echo "eval: skipped: no $seeds"; exit 0; }
set -- $(awk -F '\t' '$1 == "files" { print $2, $3 }' "$want")
a=$seeds/$1
b=$seeds/$2
[ -f "$a" ] && [ -f "$b" ] || { echo "eval: skipped: no $a or $b"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$top/bin/diff-claims" "$a" "$b" > "$tmp/got"
rc=$?
awk -F '\t' -v rc="$rc" -v A="$a" '
FNR == NR {
	side = $2 == A ? "A" : "B"
	st[side, $3] = $5; other[side, $3] = $7; det[side, $3] = $10
	next
}
$1 == "check" {
	n++
	ok = 0; said = ""
	if ($3 == "-") {		# a claim of B alone
		k = "B" SUBSEP $4
		said = "B " $4 " " st[k]
		ok = index("," $5 ",", "," st[k] ",") > 0
	} else {
		k = "A" SUBSEP $3
		said = "A " $3 " " st[k] " " other[k] " " det[k]
		ok = index("," $5 ",", "," st[k] ",") > 0 && \
		    index("," $4 ",", "," other[k] ",") > 0 && \
		    ($6 == "-" || index(det[k], $6) > 0)
	}
	pass += ok
	printf "%-4s %-30s (%s)\n", ok ? "ok" : "FAIL", $2, said
}
$1 == "exit" {
	n++; ok = rc == $2; pass += ok
	printf "%-4s %-30s (%s)\n", ok ? "ok" : "FAIL", "exit status " $2, rc
}
END { printf "seeds: %d of %d checks pass\n", pass, n }' "$tmp/got" "$want"
