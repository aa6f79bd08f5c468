# A 42 MB line without a stop is one sentence; a missing final newline is fine.
set -u
awk 'BEGIN { for (i = 0; i < 2000000; i++) printf "words and more words "; printf "end" }' > "$TMPDIR_T/long.txt"
split-sentences -o "$TMPDIR_T/long.txt" > "$TMPDIR_T/out" || exit 1
n=$(wc -l < "$TMPDIR_T/out")
[ "$n" -eq 1 ] || { echo "$n records, want 1"; exit 1; }
cut -f 3,4,5,6 "$TMPDIR_T/out" | grep -q "^0	42000003	1	1$" || { cut -f 1-6 "$TMPDIR_T/out"; exit 1; }
