#!/bin/sh
# Make a case's .in from two raw texts: one text record each (ids a, b),
# as jq's @tsv writes them (the body escaped, START and END 0 0).
# Usage: sh mkin.sh A.txt B.txt > case.in
for f in "$1" "$2"; do
	id=$(basename "$f" .txt)
	printf 'text\t%s\t0\t0\t' "$id"
	awk 'BEGIN { ORS = "" } { gsub(/\\/, "\\\\"); gsub(/\t/, "\\t"); if (NR > 1) print "\\n"; print } END { print "\\n" }' "$f"
	printf '\n'
done
