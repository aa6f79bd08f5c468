#!/bin/sh
# Write each file given as one text record (id: the file name), for the
# stream tests: backslash, TAB, CR and newline escaped as the stream wants.
for f in "$@"; do
	awk -v id="$f" 'BEGIN { ORS = "" }
	{ gsub(/\\/, "\\\\"); gsub(/\t/, "\\t"); gsub(/\r/, "\\r"); body = body (NR > 1 ? "\\n" : "") $0 }
	END { print "text\t" id "\t0\t0\t" body "\n" }' "$f"
done
