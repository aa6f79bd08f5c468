#!/bin/sh
# Run the examples of a man page: in its EXAMPLES section, each literal
# display line "$ command" is run from the top of the tree with bin/ on
# PATH, and its output must equal the display lines that follow it.
# Prints "examples: N passed, N failed".
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
PATH=$top/bin:$PATH
export PATH
cd "$top" || exit 2
page=$1
out=$2/man-$(basename "$page")
rm -rf "$out"
mkdir -p "$out"
awk -v dir="$out" '
/^\.Sh / { inex = ($2 == "EXAMPLES") ; next }
!inex { next }
/^\.Bd -literal/ { lit = 1; next }
/^\.Ed/ { lit = 0; next }
!lit { next }
{
	gsub(/\\e/, "\\")
	gsub(/\\\(aq/, "\047")
	gsub(/\\&/, "")
	gsub(/\\\(lq/, "\342\200\234")
	gsub(/\\\(rq/, "\342\200\235")
	if (substr($0, 1, 2) == "$ ") {
		n++
		cmd = dir "/" n ".cmd"
		printf "%s\n", substr($0, 3) > cmd
		close(cmd)
		printf "" > (dir "/" n ".want")
		next
	}
	if (n > 0)
		print >> (dir "/" n ".want")
}' "$page"
pass=0
fail=0
for cmd in "$out"/*.cmd; do
	[ -f "$cmd" ] || continue
	want=${cmd%.cmd}.want
	got=${cmd%.cmd}.got
	sh "$cmd" > "$got" 2>&1
	if cmp -s "$got" "$want"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $page example: $(cat "$cmd")"
		diff -u "$want" "$got" | head -10
	fi
done
echo "examples: $pass passed, $fail failed"
