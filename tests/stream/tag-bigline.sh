# A 1 MB "sentence" with no stop is tagged in pieces: exit 0, mentions in
# order and inside the document.
set -u
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "Mayor Lena Holt met Governor Ruiz in Portvale on Monday and "; printf "left\n" }' > "$TMPDIR_T/long.txt"
size=$(wc -c < "$TMPDIR_T/long.txt")
tag-entities -o "$TMPDIR_T/long.txt" > "$TMPDIR_T/out" || exit 1
[ "$(wc -l < "$TMPDIR_T/out")" -gt 10000 ] || { echo "too few mentions: $(wc -l < "$TMPDIR_T/out")"; exit 1; }
awk -F '\t' -v size="$size" '$3 < last || $4 > size || $4 <= $3 { print "bad offsets: " $0; bad = 1; exit } { last = $4 } END { exit bad }' "$TMPDIR_T/out"
