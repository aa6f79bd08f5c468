# Every sentence points back at its source: the document's bytes
# START..END, escaped, are the TEXT field.
set -u
for f in examples/*.txt tests/split-sentences/basic.in tests/split-sentences/crlf.in; do
	split-sentences -o "$f" > "$TMPDIR_T/s" || exit 1
	[ -s "$TMPDIR_T/s" ] || { echo "no sentences in $f"; exit 1; }
	LC_ALL=C awk -F '\t' -v f="$f" '
	function esc(s,   out, i, c) {
		out = ""
		for (i = 1; i <= length(s); i++) {
			c = substr(s, i, 1)
			if (c == "\\") c = "\\\\"
			else if (c == "\t") c = "\\t"
			else if (c == "\n") c = "\\n"
			else if (c == "\r") c = "\\r"
			out = out c
		}
		return out
	}
	BEGIN { RS = "\001"; getline doc < f; RS = "\n" }
	{ if (esc(substr(doc, $3 + 1, $4 - $3)) != $7) { print "mismatch " f ": " $0; bad = 1 } }
	END { exit bad }' "$TMPDIR_T/s" || exit 1
done
