# The rules look a bounded way back and ahead: long paragraphs full of
# what they look for stay linear (once a closing quote with no opening
# one made each look back to the paragraph's start, and each "ab.Cd" in
# a run with no space looked ahead to its end).  The limit is a hang
# guard, minutes above the time these take.
set -u
awk 'BEGIN { printf "Start here. "; for (i = 0; i < 300000; i++) printf "word\342\200\235 The "; printf "\n" }' > "$TMPDIR_T/quotes.txt"
awk 'BEGIN { printf "Start. "; for (i = 0; i < 2000000; i++) printf "AAAA "; for (i = 0; i < 300000; i++) printf "X: Bc "; printf "\n" }' > "$TMPDIR_T/colons.txt"
awk 'BEGIN { for (i = 0; i < 300000; i++) printf "-- Alpha beta "; printf "\n" }' > "$TMPDIR_T/dashes.txt"
awk 'BEGIN { printf "Start. "; for (i = 0; i < 200000; i++) printf "ab.Cd"; printf "\n" }' > "$TMPDIR_T/glued.txt"
for f in quotes colons dashes glued; do
	timeout 120 split-sentences -o "$TMPDIR_T/$f.txt" > "$TMPDIR_T/$f.out" ||
	    { echo "$f: status $?"; exit 1; }
done
[ "$(wc -l < "$TMPDIR_T/quotes.out")" -eq 1 ] || { echo "quotes: want 1 sentence"; exit 1; }
[ "$(wc -l < "$TMPDIR_T/colons.out")" -eq 2 ] || { echo "colons: want 2 sentences"; exit 1; }
[ "$(wc -l < "$TMPDIR_T/glued.out")" -eq 2 ] || { echo "glued: want 2 sentences"; exit 1; }
# Each double dash after the first item starts one: 300000 items.
[ "$(wc -l < "$TMPDIR_T/dashes.out")" -eq 300000 ] || { echo "dashes: $(wc -l < "$TMPDIR_T/dashes.out") sentences"; exit 1; }
